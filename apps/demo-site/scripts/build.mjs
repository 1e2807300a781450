// Builds the demo branch site: its pages, plus the script-tag bundle copied in
// exactly as a webmaster would upload it (to /placard/).
import { cp, mkdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const site = join(here, '..');
const out = join(site, 'dist');
const widgets = dirname(createRequire(import.meta.url).resolve('@placard/widgets/package.json'));

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
await cp(join(site, 'pages'), out, { recursive: true });
await cp(join(widgets, 'dist'), join(out, 'placard'), {
  recursive: true,
  filter: (source) => !source.endsWith('.map') && !source.endsWith('manifest.json'),
});
console.log(`Demo site built in ${out}`);
