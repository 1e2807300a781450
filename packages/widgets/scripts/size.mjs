#!/usr/bin/env node
// Prints what the script-tag bundle costs a page: the loader, each component's
// chunks on top of it, and the all-in-one file — raw, gzip and brotli — and
// checks them against the budgets. Exits non-zero when a budget is broken.
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', dist), 'utf8'));

const BUDGETS_GZIP = {
  loader: 2 * 1024,
  'page with placard-event-card': 20 * 1024,
  // What the agenda adds to a page that already has the event card.
  'placard-agenda on top of placard-event-card': 6 * 1024,
  // What the petition counter adds to core: its parsers and polling load on demand.
  'placard-petition-counter on top of core': 5 * 1024,
  // What the calendar adds to core: feed fetching, parsers (ical.js in its own chunk) and the details dialog load on demand.
  'placard-action-calendar on top of core': 12 * 1024,
};

function measure(files) {
  const buffers = files.map((file) => readFileSync(new URL(file, dist)));
  // Files are compressed one by one, as a server sends them.
  return buffers.reduce(
    (total, buffer) => ({
      raw: total.raw + buffer.length,
      gzip: total.gzip + gzipSync(buffer, { level: 9 }).length,
      brotli:
        total.brotli +
        brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
}

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const rows = [['loader (placard.js)', manifest.loader, 'loader']];
for (const [tag, files] of Object.entries(manifest.components)) {
  rows.push([`${tag} chunks`, files]);
  rows.push([`page with ${tag} (loader + chunks)`, [...manifest.loader, ...files], `page with ${tag}`]);
}
const eventCardFiles = new Set(manifest.components['placard-event-card'] ?? []);
for (const [tag, files] of Object.entries(manifest.components)) {
  if (tag === 'placard-event-card') continue;
  const label = `${tag} on top of placard-event-card`;
  rows.push([label, files.filter((file) => !eventCardFiles.has(file)), label]);
}
// The chunk every component shares (lit, localisation, the element base …): see shared-chunks.mjs.
const isCore = (file) => manifest.chunks[file] === 'core';
for (const [tag, files] of Object.entries(manifest.components)) {
  const label = `${tag} on top of core`;
  rows.push([label, files.filter((file) => !isCore(file)), label]);
}
rows.push(['all-in-one (placard.all.js)', ['placard.all.js']]);

// What a page with the event card loads in total for each way of giving it an event
// (the card's parsers load on demand, only for the input the page uses).
const EVENT_CARD_INPUTS = {
  attributes: [],
  'h-event markup': ['h-event'],
  'JSON-LD script': ['json-ld'],
  'Placard JSON src': ['event-document', 'placard-json'],
  'iCalendar src': ['event-document', 'icalendar-event'],
};
const eventCardPage = [...manifest.loader, ...(manifest.components['placard-event-card'] ?? [])];
for (const [input, names] of Object.entries(EVENT_CARD_INPUTS)) {
  const extra = Object.entries(manifest.lazy)
    .filter(([file]) => names.includes(manifest.chunks[file]))
    .flatMap(([, brings]) => brings);
  rows.push([`page with placard-event-card from ${input}`, [...new Set([...eventCardPage, ...extra])]]);
}
for (const file of Object.keys(manifest.lazy)) rows.push([`on demand: ${manifest.chunks[file]}`, [file]]);

let failed = false;
console.log(['what', 'raw', 'gzip', 'brotli', 'budget (gzip)'].join('\t'));
for (const [label, files, budgetKey] of rows) {
  const size = measure(files);
  const budget = budgetKey && BUDGETS_GZIP[budgetKey];
  const verdict = budget ? `${kb(budget)} ${size.gzip <= budget ? 'ok' : 'OVER'}` : '';
  if (budget && size.gzip > budget) failed = true;
  console.log([label, kb(size.raw), kb(size.gzip), kb(size.brotli), verdict].join('\t'));
}
process.exit(failed ? 1 : 0);
