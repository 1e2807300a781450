#!/usr/bin/env node
// Publishes the JSON Schemas of Placard's JSON formats as files in the package
// (`@placard/core/placard-events.schema.json`, `…/placard-agenda.schema.json`,
// `…/placard-calendar.schema.json`), generated at build time from the same
// valibot definitions the parsers check with.
import { writeFileSync } from 'node:fs';
import { calendarJsonSchema } from '../dist/calendar/calendar-json-schema.js';
import { agendaJsonSchema, placardJsonSchema } from '../dist/index.js';

const schemas = {
  'placard-events.schema.json': {
    title: 'Placard events',
    description: 'One event, a list of events, or { "events": [...] }, as read by Placard widgets.',
    schema: placardJsonSchema(),
  },
  'placard-agenda.schema.json': {
    title: 'Placard meeting agenda',
    description:
      'A meeting with its timed agenda items, sections and deadlines, as read by <placard-agenda>.',
    schema: agendaJsonSchema(),
  },
  'placard-calendar.schema.json': {
    title: 'Placard calendar',
    description:
      'A calendar of events, each with its kind of action, as read by <placard-action-calendar>: { "name": ..., "events": [...] }, a list of events, or one event.',
    schema: calendarJsonSchema(),
  },
};

for (const [file, { title, description, schema }] of Object.entries(schemas)) {
  const published = { $id: `https://unpkg.com/@placard/core/dist/${file}`, title, description, ...schema };
  writeFileSync(new URL(`../dist/${file}`, import.meta.url), `${JSON.stringify(published, null, 2)}\n`);
  console.log(`Wrote dist/${file}`);
}
