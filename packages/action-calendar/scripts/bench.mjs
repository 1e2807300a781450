// Measures how long the page is blocked while <placard-action-calendar> loads
// a generated feed of 5,000 events and shows its first month, in Debian's
// Chromium (scripts/chromium.mjs). It records the figures rather than asserting
// a time: machines differ, and the number to watch is the longest task.
//
// Each run is a fresh page; the median of the runs' longest tasks is the
// figure to quote, as other work on the machine adds noise to single runs.
//
//   node scripts/bench.mjs [events] [runs] [month|list]      (from packages/action-calendar)
import { chromium } from 'playwright-core';
import { median } from '../../../scripts/bench-report.mjs';
import { chromiumArgs, chromiumExecutable } from '../../../scripts/chromium.mjs';
import { startBenchServer } from './bench-server.mjs';

const events = Number(process.argv[2] ?? 5000);
const runs = Number(process.argv[3] ?? 5);
const view = process.argv[4] ?? 'month';

const { server, origin } = await startBenchServer();
const html = `<!doctype html><html lang="en-GB"><body style="width: 1000px">
<script type="module" src="/packages/action-calendar/scripts/bench-page.ts"></script></body></html>`;

const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });
try {
  const longest = [];
  for (let run = 1; run <= runs; run += 1) {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.route('**/bench.html*', (route) => route.fulfill({ contentType: 'text/html', body: html }));
    await page.goto(`${origin}/bench.html?events=${events}&view=${view}`);
    await page.waitForFunction(() => globalThis.placardBench !== undefined);
    const result = await page.evaluate(() => globalThis.placardBench);
    await page.close();
    longest.push(Math.max(0, ...result.longTasks));
    console.log(
      `run ${run}: ${result.events.toLocaleString('en-GB')} events, first view (${result.items} items) shown in ${result.shownMs} ms; ` +
        `long tasks [${result.longTasks.join(', ')}] ms; longest ${longest.at(-1)} ms`,
    );
  }
  console.log(
    `longest task, median of ${runs} runs: ${median(longest)} ms (best ${Math.min(...longest)} ms, worst ${Math.max(...longest)} ms)`,
  );
} finally {
  await browser.close();
  await server.stop();
}
