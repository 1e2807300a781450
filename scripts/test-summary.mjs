#!/usr/bin/env node
// Reads the log of `npm test` and prints one closing line with the totals of
// every test runner in it (vitest, @web/test-runner, node:test), so CI and
// people see how many tests ran without adding up turbo's interleaved output.
import { readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

const log = stripVTControlCharacters(readFileSync(process.argv[2] ?? 0, 'utf8'));
let passed = 0;
let failed = 0;
let skipped = 0;
const add = (p = 0, f = 0, s = 0) => {
  passed += Number(p);
  failed += Number(f);
  skipped += Number(s);
};
for (const line of log.split('\n')) {
  // vitest: "      Tests  353 passed (353)" or "Tests  1 failed | 15 passed (16)"
  const vitest = /\bTests\s+(.*)\(\d+\)\s*$/.exec(line);
  if (vitest) {
    const part = (word) => Number(new RegExp(`(\\d+) ${word}`).exec(vitest[1])?.[1] ?? 0);
    add(part('passed'), part('failed'), part('skipped'));
    continue;
  }
  // node:test: "# pass 6" / "# fail 0" / "# skipped 0"
  const node = /#\s(pass|fail|skipped)\s(\d+)\s*$/.exec(line);
  if (node) {
    if (node[1] === 'pass') add(node[2]);
    else if (node[1] === 'fail') add(0, node[2]);
    else add(0, 0, node[2]);
  }
}
// @web/test-runner redraws "… test files | 23 passed, 0 failed" as it goes: count
// the last one of each task (turbo prefixes every line with "package:task: ").
const lastProgress = new Map();
for (const line of log.split('\n')) {
  const progress = /^(.*?)Chromium: .*test files \| (\d+) passed, (\d+) failed(?:, (\d+) skipped)?/.exec(
    line,
  );
  if (progress) lastProgress.set(progress[1], progress.slice(2));
}
for (const [p, f, s] of lastProgress.values()) add(p, f, s);
console.log(`Placard tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
