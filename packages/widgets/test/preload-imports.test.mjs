// The preloadImports rollup plugin, on a small bundle built in memory: which
// chunks each on-demand import asks for early, and which it leaves alone.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { rollup } from 'rollup';
import { preloadImports } from '../scripts/preload-imports.mjs';

/**
 * entry ─static→ shared;  entry ⇢ feature ─static→ shared, big;
 * feature ⇢ later ─static→ big, extra-a, extra-b.  (⇢: on demand)
 */
const MODULES = {
  'entry.js': `import { shared } from './shared.js';
    export const load = () => import('./feature.js');
    console.log(shared);`,
  'feature.js': `import { shared } from './shared.js';
    import { big } from './big.js';
    export const run = () => shared + big;
    export const more = () => import('./later.js');`,
  'later.js': `import { big } from './big.js';
    import { a } from './extra-a.js';
    import { b } from './extra-b.js';
    export const go = () => big + a + b;`,
  'shared.js': `export const shared = 'shared';`,
  'big.js': `export const big = 'big';`,
  'extra-a.js': `export const a = 'a';`,
  'extra-b.js': `export const b = 'b';`,
};

/** Serves MODULES as files. */
const inMemory = {
  name: 'in-memory',
  resolveId: (id) => id.replace(/^\.\//u, ''),
  load: (id) => MODULES[id],
};

/** Builds the bundle with the plugin and returns each chunk's code by file name. */
async function build(options) {
  const bundle = await rollup({ input: 'entry.js', plugins: [inMemory, preloadImports(options)] });
  const { output } = await bundle.generate({
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: '[name].js',
    // One chunk per module, so there are chunks to preload.
    manualChunks: (id) => id.replace(/\.js$/u, ''),
    sourcemap: true,
  });
  await bundle.close();
  return Object.fromEntries(output.map((chunk) => [chunk.fileName, chunk]));
}

describe('preloadImports', () => {
  it("asks for an on-demand chunk's imports together with it, but not those already loaded", async () => {
    const chunks = await build();
    // `shared` is the entry's own import, so only `big` is asked for early.
    assert.match(
      chunks['entry.js'].code,
      /\(import\('\.\/big\.js'\)\.catch\(\(\) => \{\}\), import\('\.\/feature\.js'\)\)/u,
    );
    assert.doesNotMatch(chunks['entry.js'].code, /import\('\.\/shared\.js'\)/u);
  });

  it('leaves out what every way of reaching the importer has already loaded, and settles several preloads together', async () => {
    const chunks = await build();
    // `later` is only reached through `feature`, which has loaded `big`.
    assert.match(
      chunks['feature.js'].code,
      /\(Promise\.allSettled\(\[import\('\.\/extra-a\.js'\), import\('\.\/extra-b\.js'\)\]\), import\('\.\/later\.js'\)\)/u,
    );
    assert.doesNotMatch(chunks['feature.js'].code, /import\('\.\/big\.js'\)/u);
  });

  it('asks a limited chunk for the listed chunks only, and for nothing when none are listed', async () => {
    const chunks = await build({ limit: { entry: [], feature: ['extra-b'] } });
    assert.match(chunks['entry.js'].code, /\(0, import\('\.\/feature\.js'\)\)/u);
    assert.match(
      chunks['feature.js'].code,
      /\(import\('\.\/extra-b\.js'\)\.catch\(\(\) => \{\}\), import\('\.\/later\.js'\)\)/u,
    );
    assert.doesNotMatch(chunks['feature.js'].code, /extra-a/u);
  });

  it('keeps the source map pointing at the original code', async () => {
    const { code, map } = (await build())['feature.js'];
    const lines = code.split('\n');
    const line = lines.findIndex((text) => text.includes("import('./later.js')"));
    // The preload was written into this line, before the import: the import must still map to its place in feature.js.
    const column = lines[line].indexOf("import('./later.js')");
    const original = originalPositionFor(new TraceMap(map), { line: line + 1, column });
    const source = MODULES['feature.js'].split('\n');
    assert.equal(original.source, 'feature.js');
    assert.equal(source[original.line - 1].indexOf("import('./later.js')"), original.column);
  });
});
