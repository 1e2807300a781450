#!/usr/bin/env node
// Publishes the JSON Schema of Placard JSON as a file in the package
// (`@placard/core/placard-events.schema.json`), generated at build time from the
// same valibot definitions the parser checks with.
import { writeFileSync } from 'node:fs';
import { placardJsonSchema } from '../dist/index.js';

const schema = {
  $id: 'https://unpkg.com/@placard/core/dist/placard-events.schema.json',
  title: 'Placard events',
  description: 'One event, a list of events, or { "events": [...] }, as read by Placard widgets.',
  ...placardJsonSchema(),
};
writeFileSync(
  new URL('../dist/placard-events.schema.json', import.meta.url),
  `${JSON.stringify(schema, null, 2)}\n`,
);
console.log('Wrote dist/placard-events.schema.json');
