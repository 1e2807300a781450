import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { writeFileSync, mkdirSync } from 'node:fs';
import { preloadImports } from './scripts/preload-imports.mjs';
import { sharedChunks } from './scripts/shared-chunks.mjs';

const resolve = () => nodeResolve({ browser: true, exportConditions: ['browser', 'production'] });
const plugins = () => [
  resolve(),
  // Terser leaves template literals alone; this strips the whitespace inside html`` and css``.
  minifyHtmlLiterals(),
  terser({ format: { comments: false }, ecma: 2022, module: true, compress: { passes: 3 } }),
];

/**
 * @lit/localize declares no `sideEffects`, so its index keeps the runtime and
 * transform initialisers in every bundle (its own TODO says so). Its modules only
 * define things, so unused ones may be dropped.
 */
const treeshake = {
  moduleSideEffects: (id) => !id.includes('/node_modules/@lit/localize/'),
};

/**
 * Records which files each component needs (its chunk and everything that chunk
 * imports), so `npm run size` can report what a page with that component loads.
 */
function componentManifest() {
  return {
    name: 'placard-component-manifest',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const closure = (fileName, seen = new Set()) => {
        if (seen.has(fileName)) return seen;
        seen.add(fileName);
        for (const imported of bundle[fileName]?.imports ?? []) closure(imported, seen);
        return seen;
      };
      const loader = chunks.find((chunk) => chunk.name === 'placard' && chunk.isEntry);
      const manifest = {
        loader: [...closure(loader.fileName)],
        components: {},
        lazy: {},
        // Files are named by their hash alone (see chunkFileNames): this says which chunk each one is.
        chunks: Object.fromEntries(chunks.map((chunk) => [chunk.fileName, describe(chunk)])),
      };
      // Each chunk the loader imports dynamically is a component's registering module, named after its tag.
      for (const fileName of loader.dynamicImports) {
        const tag = bundle[fileName].name;
        manifest.components[tag] = [...closure(fileName)].filter((file) => !manifest.loader.includes(file));
      }
      // Chunks loaded only on demand (ical.js, a Temporal polyfill, Welsh data): not part of a page's first load.
      // Each maps to what loading it brings with it.
      const eager = new Set([...manifest.loader, ...Object.values(manifest.components).flat()]);
      for (const chunk of chunks) {
        if (eager.has(chunk.fileName)) continue;
        // What loading this chunk on demand brings with it, beyond what the page already has.
        const brings = [...closure(chunk.fileName)].filter((file) => !eager.has(file));
        manifest.lazy[chunk.fileName] = brings;
      }
      mkdirSync('dist', { recursive: true });
      writeFileSync('dist/manifest.json', JSON.stringify(manifest, null, 2));
    },
  };
}

/** A readable name for a chunk: the npm module it wraps (`@formatjs/intl-numberformat/locale-data/cy`), or its own file's name. */
function describe(chunk) {
  const id = chunk.facadeModuleId ?? '';
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(id);
  if (!inPackage) return chunk.name;
  const [, name, path] = inPackage;
  const entry = path
    .replace(/\.(m?js|cjs)$/, '')
    .replace(/^(lib|dist|index)(\/|$)/, '')
    .replace(/\/?index$/, '');
  return entry ? `${name}/${entry}` : name;
}

const loaderInput = { input: { placard: 'build/placard.js' }, treeshake };

export default async () => [
  {
    ...loaderInput,
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      // A chunk's file is named by its hash alone: the loader and core name many chunks (each
      // component, each parser loaded on demand), and descriptive names cost every page ~70 bytes
      // gzip. manifest.json says which chunk each file is; the source maps name the sources.
      chunkFileNames: 'chunks/[hash].js',
      // Arrow functions and the like in rollup's own glue code: fewer bytes on every page.
      generatedCode: 'es2015',
      manualChunks: await sharedChunks({ ...loaderInput, plugins: [resolve()] }, 'placard-event-card'),
      sourcemap: true,
    },
    // Before the minifier: it drops what preloadImports leaves empty.
    plugins: [
      preloadImports({
        // Each name preloaded costs bytes, so the chunks on the tightest budgets preload only what
        // their usual first view waits for: the card page (at its 20 KB), nothing more; the calendar,
        // what an iCalendar feed needs. The loader is not limited: with each component it asks for
        // everything that component's chunk imports (core, and the chunks components share).
        limit: {
          core: [],
          'placard-event-card': [],
          'placard-action-calendar': [
            'icalendar-event',
            'fetch-document',
            'document-format',
            'parse-calendar',
            'calendar-options',
            'select-event',
          ],
        },
      }),
      ...plugins(),
      componentManifest(),
    ],
  },
  {
    input: 'build/placard.all.js',
    output: {
      file: 'dist/placard.all.js',
      format: 'iife',
      inlineDynamicImports: true,
      sourcemap: true,
    },
    plugins: plugins(),
    treeshake,
  },
];
