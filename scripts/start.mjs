#!/usr/bin/env node
// `npm start`: serves the demo branch site and the built Storybook on localhost.
// (The packages are built by turbo before this runs; Storybook is built here if needed.)
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createStaticServer, listen } from '@placard/demo-site/static-server';

const root = fileURLToPath(new URL('..', import.meta.url));
const storybook = `${root}storybook-static`;
if (!existsSync(`${storybook}/index.html`)) {
  execFileSync('npm', ['run', 'build-storybook'], { cwd: root, stdio: 'inherit' });
}

const demo = createStaticServer(`${root}apps/demo-site/dist`);
const docs = createStaticServer(storybook, { csp: null });
const demoUrl = await listen(demo.server, Number(process.env.DEMO_PORT ?? 8000));
const docsUrl = await listen(docs.server, Number(process.env.STORYBOOK_PORT ?? 6006));
console.log(
  `\nPlacard is running:\n  Demo branch site: ${demoUrl}\n  Storybook:        ${docsUrl}\n\nPress Ctrl+C to stop.`,
);
