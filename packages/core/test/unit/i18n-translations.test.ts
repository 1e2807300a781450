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

/** Every `msg(…, { id: '…' })` id in the components' and core's sources. */
function idsInSources(): Set<string> {
  const ids = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (name === 'generated' || name === 'node_modules') continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.ts')) {
        for (const [, id] of readFileSync(path, 'utf8').matchAll(/\bmsg\([^;]*?\{ id: '([a-z0-9-]+)' \}\)/g))
          ids.add(id!);
      }
    }
  };
  for (const pkg of readdirSync(packagesDir)) {
    const src = join(packagesDir, pkg, 'src');
    if (statSync(join(packagesDir, pkg)).isDirectory() && readdirSync(join(packagesDir, pkg)).includes('src'))
      walk(src);
  }
  return ids;
}

describe('Welsh translations', () => {
  it('translate every string the components use', () => {
    const translated = new Set(units.filter((unit) => unit.target).map((unit) => unit.id));
    const missing = [...idsInSources()].filter((id) => !translated.has(id));
    expect(missing).toEqual([]);
    expect(translated.size).toBeGreaterThan(20);
  });

  it('are all built into the runtime locale module', () => {
    expect(Object.keys(templates).sort()).toEqual(units.map((unit) => unit.id).sort());
  });
});
