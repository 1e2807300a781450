import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { templates } from '../../src/i18n/generated/locales/cy.js';

const packagesDir = fileURLToPath(new URL('../../../', import.meta.url));
const xliff = readFileSync(new URL('../../xliff/cy.xlf', import.meta.url), 'utf8');
const units = [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(
  ([, id, body]) => ({
    id: id!,
    target: /<target>([\s\S]*?)<\/target>/.exec(body!)?.[1]?.trim() ?? '',
  }),
);

/** Every TypeScript source of the components and core, as [path, text]. */
function sources(): Array<[string, string]> {
  const files: Array<[string, string]> = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (name === 'generated' || name === 'node_modules') continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.ts')) files.push([path, readFileSync(path, 'utf8')]);
    }
  };
  for (const pkg of readdirSync(packagesDir)) {
    if (statSync(join(packagesDir, pkg)).isDirectory() && readdirSync(join(packagesDir, pkg)).includes('src'))
      walk(join(packagesDir, pkg, 'src'));
  }
  return files;
}

const MSG_WITH_ID = /\bmsg\([^;]*?\{\s*id: '([a-z0-9-]+)',?\s*\}\)/g;
/** A call of msg() (not a mention in a comment): its first argument is a string or `str` template. */
const MSG_CALL = /\bmsg\((?:'|"|`|str`)/g;

/** Every `msg(…, { id: '…' })` id in the components' and core's sources. */
function idsInSources(): Set<string> {
  return new Set(sources().flatMap(([, text]) => [...text.matchAll(MSG_WITH_ID)].map(([, id]) => id!)));
}

describe('Welsh translations', () => {
  it('translate every string the components use', () => {
    const translated = new Set(units.filter((unit) => unit.target).map((unit) => unit.id));
    const missing = [...idsInSources()].filter((id) => !translated.has(id));
    expect(missing).toEqual([]);
    expect(translated.size).toBeGreaterThan(20);
  });

  it('are looked up by id, so every msg() call gives one', () => {
    // Placard's msg() finds translations by `id` only (src/i18n/localize.ts).
    const withoutId = sources()
      .filter(([, text]) => (text.match(MSG_CALL) ?? []).length !== [...text.matchAll(MSG_WITH_ID)].length)
      .map(([path]) => path);
    expect(withoutId).toEqual([]);
  });

  it('are all built into the runtime locale module', () => {
    expect(Object.keys(templates).sort()).toEqual(units.map((unit) => unit.id).sort());
  });
});
