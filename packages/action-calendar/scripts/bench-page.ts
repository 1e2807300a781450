/**
 * The page scripts/bench.mjs opens: it loads a generated feed of 5,000 events
 * into a calendar (the month view, or `?view=list`), records every long task
 * (over 50 ms) from adding the calendar until it has rendered, and leaves the
 * figures on `window.placardBench`.
 */
import { bigCalendarIcs } from '@placard/test-kit/calendar-fixtures.js';
import '../src/placard-action-calendar.js';

interface BenchResult {
  events: number;
  shownMs: number;
  /** Items rendered: day items in the month view, list items in the list. */
  items: number;
  longTasks: number[];
}

declare global {
  interface Window {
    placardBench?: Promise<BenchResult>;
  }
}

async function run(): Promise<BenchResult> {
  const query = new URLSearchParams(location.search);
  const events = Number(query.get('events') ?? 5_000);
  const view = query.get('view') ?? 'month';
  // Making the feed is the benchmark's own work, not the calendar's: done, and let settle, before measuring.
  const src = URL.createObjectURL(new Blob([bigCalendarIcs(events)], { type: 'text/calendar' }));
  await new Promise((resolve) => setTimeout(resolve, 100));
  const started = performance.now();
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.startTime >= started) longTasks.push(Math.round(entry.duration));
  });
  observer.observe({ type: 'longtask', buffered: true });
  const element = document.createElement('placard-action-calendar');
  const attributes = { src, view, start: '2018-06', now: '2018-06-01T09:00:00Z' };
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  await element.updateComplete;
  const shownMs = Math.round(performance.now() - started);
  // Long tasks are reported after they end: give the observer a moment.
  await new Promise((resolve) => setTimeout(resolve, 200));
  observer.disconnect();
  return {
    events,
    shownMs,
    items: element.shadowRoot!.querySelectorAll('.day-item, .list-item').length,
    longTasks,
  };
}

window.placardBench = run();
