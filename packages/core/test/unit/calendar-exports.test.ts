import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as calendar from '../../src/calendar/index.js';
import * as core from '../../src/index.js';

/** The modules `file` imports for their values (not `import type`), resolved to .ts files. */
function staticImports(file: URL): URL[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)(?!\s+type\b)[^;]*?from\s+'([^']+)';/gmu)].map(([, path]) =>
    path!.startsWith('.') ? new URL(path!.replace(/\.js$/u, '.ts'), file) : new URL(`package:${path}`),
  );
}

describe('the calendar’s public API', () => {
  it('can be added to @placard/core’s exports without clashing with a name already there', () => {
    const clashes = Object.keys(calendar).filter(
      (name) =>
        name in core &&
        (core as Record<string, unknown>)[name] !== (calendar as Record<string, unknown>)[name],
    );
    expect(clashes).toEqual([]);
  });

  it('does not load ical.js until a feed is iCalendar', () => {
    const seen = new Set<string>();
    const queue = [new URL('../../src/calendar/index.ts', import.meta.url)];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file.href)) continue;
      seen.add(file.href);
      if (file.protocol === 'file:') queue.push(...staticImports(file));
    }
    expect(seen.has('package:ical.js')).toBe(false);
    expect([...seen].some((href) => href.endsWith('/calendar/parse-calendar.ts'))).toBe(true);
    // The iCalendar reader itself does import it: the walk would find it.
    expect(
      staticImports(new URL('../../src/calendar/icalendar-feed.ts', import.meta.url)).map(String),
    ).toContain('package:ical.js');
  });
});
