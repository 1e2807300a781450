// Compares how long <placard-action-calendar> takes to show 50, 500 and 2,000
// items in its month and list views with FullCalendar 7 (`dayGridMonth`,
// `listMonth`; in the month also with `dayMaxEvents: 3`, as Placard draws a
// busy month) and with the same items as plain HTML (the floor), in Debian's
// Chromium (scripts/chromium.mjs). Every sample is a fresh page
// (scripts/compare-page.ts); the renderers take turns, so noise from other
// work on the machine falls on all of them. It prints the medians and ratios,
// and whether the targets are met; it asserts nothing, as machines differ.
//
// The targets are judged on a first render in a fresh page, as a reader's
// first visit. A second table times a second render in the same page (Intl's
// data loaded, each renderer's code compiled), as when a reader moves between
// months or a page holds two calendars; it is reported, not judged.
//
//   node scripts/compare.mjs [samples] [sizes]      (from packages/action-calendar; default 5 50,500,2000)
import { chromium } from 'playwright-core';
import { median, printTable } from '../../../scripts/bench-report.mjs';
import { chromiumArgs, chromiumExecutable } from '../../../scripts/chromium.mjs';
import { startBenchServer } from './bench-server.mjs';

const samples = Number(process.argv[2] ?? 5);
const sizes = (process.argv[3] ?? '50,500,2000').split(',').map(Number);
const views = ['month', 'list'];
const renderers = ['placard', 'fullcalendar', 'static'];
/**
 * In the month view FullCalendar also runs as Placard draws a busy month: at
 * most 3 items a day and "+N more" (`dayMaxEvents: 3`), for a like-for-like figure.
 */
const renderersFor = (view) => (view === 'month' ? [...renderers, 'fullcalendar-3'] : renderers);

/** The targets, by `${view} ${n}`: each a label and a test of Placard's median against FullCalendar's and the floor's. */
const targets = {
  'month 500': [
    ['≤ ⅓ of FC', (placard, fullCalendar) => placard <= fullCalendar / 3],
    ['≤ 2× static', (placard, _fullCalendar, floor) => placard <= 2 * floor],
  ],
  'list 2000': [['≤ 1.5× static', (placard, _fullCalendar, floor) => placard <= 1.5 * floor]],
};

const fullCalendarCss = ['skeleton.css', 'themes/classic/theme.css', 'themes/classic/palette.css']
  .map((file) => `<link rel="stylesheet" href="/node_modules/fullcalendar/${file}">`)
  .join('');
const html = (
  renderer,
) => `<!doctype html><html lang="en-GB"><head>${renderer.startsWith('fullcalendar') ? fullCalendarCss : ''}</head>
<body style="width: 1000px"><div id="calendar"></div>
<script type="module" src="/packages/action-calendar/scripts/compare-page.ts"></script></body></html>`;

const { server, origin } = await startBenchServer();
const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });
/** `${pass} ${n} ${view} ${renderer}` → { ms: [...], shown }. */
const results = new Map();
const passes = ['first', 'second'];
try {
  for (let sample = 1; sample <= samples; sample += 1) {
    for (const pass of passes)
      for (const n of sizes)
        for (const view of views)
          for (const renderer of renderersFor(view)) {
            const page = await browser.newPage({
              viewport: { width: 1100, height: 900 },
              locale: 'en-GB',
              timezoneId: 'Europe/London',
            });
            await page.route('**/compare.html*', (route) =>
              route.fulfill({ contentType: 'text/html', body: html(renderer) }),
            );
            const second = pass === 'second' ? '&second=1' : '';
            await page.goto(`${origin}/compare.html?renderer=${renderer}&view=${view}&n=${n}${second}`);
            await page.waitForFunction(() => globalThis.placardCompare !== undefined);
            const { ms, shown } = await page.evaluate(() => globalThis.placardCompare);
            await page.close();
            const key = `${pass} ${n} ${view} ${renderer}`;
            results.set(key, { ms: [...(results.get(key)?.ms ?? []), ms], shown });
          }
    console.log(`sample ${sample} of ${samples} done`);
  }
} finally {
  await browser.close();
  await server.stop();
}

/**
 * The lowest and highest of Placard's time over FullCalendar's within one
 * sample (the two run one after the other): how far the ratio moves with the
 * machine's noise, as `0.31–0.39`.
 */
function ratioRange(placardMs, fullCalendarMs) {
  const ratios = placardMs.map((ms, sample) => ms / fullCalendarMs[sample]);
  return `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}`;
}

/** The table's rows for one pass; targets are judged on the first. */
const rowsOf = (pass) =>
  sizes.flatMap((n) =>
    views.map((view) => {
      const result = (renderer) => results.get(`${pass} ${n} ${view} ${renderer}`);
      const [placard, fullCalendar, floor] = renderers.map(result);
      const [p, f, s] = [placard, fullCalendar, floor].map(({ ms }) => median(ms));
      const limited = result('fullcalendar-3');
      const l = limited ? median(limited.ms) : undefined;
      const checks = (pass === 'first' ? (targets[`${view} ${n}`] ?? []) : []).map(
        ([label, met]) => `${label}: ${met(p, f, s) ? 'met' : 'NOT met'}`,
      );
      return {
        N: n.toLocaleString('en-GB'),
        view,
        'Placard ms': p.toFixed(1),
        'FullCalendar ms': f.toFixed(1),
        'static ms': s.toFixed(1),
        'Placard/FC': (p / f).toFixed(2),
        'Placard/FC by sample': ratioRange(placard.ms, fullCalendar.ms),
        'Placard/static': (p / s).toFixed(2),
        'FC 3 a day ms': l?.toFixed(1) ?? '–',
        'Placard/FC 3 a day': l ? (p / l).toFixed(2) : '–',
        'items shown P/FC/static/FC 3': `${placard.shown}/${fullCalendar.shown}/${floor.shown}/${limited?.shown ?? '–'}`,
        target: checks.join('; ') || '–',
      };
    }),
  );

const titles = {
  first: 'First render in a fresh page (the targets)',
  second: 'Second render in the same page (Intl data loaded, code compiled; not judged)',
};
for (const pass of passes) {
  printTable(
    `${titles[pass]}. Medians of ${samples} samples, ms from handing over the items to two frames later:`,
    rowsOf(pass),
  );
}
