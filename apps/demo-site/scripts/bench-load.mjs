// Measures how long each page of the built demo site takes to show its Placard
// widgets over a slow mobile network, through the script tag, as a reader's
// first visit: Lighthouse's mobile throttling (150 ms round trip, 1.6 Mbps
// down, 750 kbps up), emulated in Debian's Chromium (scripts/chromium.mjs),
// nothing cached, text served gzipped as web hosts do (static-server.mjs),
// under the strict CSP.
//
// "Shown" is when every widget in the page has read its input (its
// `placard-load` or `placard-error` event) and rendered it, in ms from the
// start of navigation; "round trips in a row" is the longest chain of requests
// each waiting for the one before. It prints medians and asserts nothing:
// machines and networks differ.
//
//   node scripts/bench-load.mjs [runs]      (from apps/demo-site, after the build)
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { median, printTable } from '../../../scripts/bench-report.mjs';
import { chromiumArgs, chromiumExecutable } from '../../../scripts/chromium.mjs';
import { createStaticServer, listen } from './static-server.mjs';

const runs = Number(process.argv[2] ?? 5);
const PAGES = ['index.html', 'events.html', 'agenda.html', 'petition.html', 'calendar.html'];
/** Lighthouse's simulated slow 4G, in the units of the DevTools protocol (ms, bytes per second). */
const NETWORK = { offline: false, latency: 150, downloadThroughput: 204_800, uploadThroughput: 96_000 };

const { server } = createStaticServer(fileURLToPath(new URL('../dist/', import.meta.url)));
const origin = await listen(server, 0);
const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });

/* global document, requestAnimationFrame -- watchWidgets runs in the page. */
/** In the page, before its scripts: resolves with the time every widget has shown what it read. */
function watchWidgets() {
  const reported = new Set();
  globalThis.placardShown = new Promise((resolve) => {
    const check = async () => {
      const widgets = [...document.querySelectorAll('*')].filter((element) =>
        element.localName.startsWith('placard-'),
      );
      if (widgets.length === 0 || widgets.some((widget) => !reported.has(widget))) return;
      await Promise.all(widgets.map((widget) => widget.updateComplete));
      requestAnimationFrame(() => resolve(performance.now()));
    };
    for (const type of ['placard-load', 'placard-error']) {
      document.addEventListener(type, (event) => {
        reported.add(event.composedPath()[0]);
        void check();
      });
    }
  });
}

/**
 * The longest run of requests each started only after the one before it had
 * arrived: the round trips in a row that a slow network makes the reader sit
 * through (the page, the loader, a component, its feed …).
 */
function longestChain(requests) {
  const byStart = [...requests].sort((a, b) => a.start - b.start);
  const depth = new Map();
  for (const request of byStart) {
    const before = byStart
      .filter((earlier) => earlier.end <= request.start)
      .map((earlier) => depth.get(earlier));
    depth.set(request, 1 + Math.max(0, ...before));
  }
  return Math.max(0, ...depth.values());
}

try {
  const rows = [];
  for (const path of PAGES) {
    const shown = [];
    const chains = [];
    const requestCounts = [];
    for (let run = 0; run < runs; run += 1) {
      const page = await browser.newPage({ locale: 'en-GB', timezoneId: 'Europe/London' });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', NETWORK);
      const requests = new Map();
      cdp.on('Network.requestWillBeSent', ({ requestId, timestamp }) =>
        requests.set(requestId, { start: timestamp }),
      );
      cdp.on('Network.loadingFinished', ({ requestId, timestamp }) => {
        const request = requests.get(requestId);
        if (request) request.end = timestamp;
      });
      await page.addInitScript(watchWidgets);
      await page.goto(new URL(path, origin).href);
      shown.push(await page.evaluate(() => globalThis.placardShown));
      const finished = [...requests.values()].filter((request) => request.end !== undefined);
      chains.push(longestChain(finished));
      requestCounts.push(finished.length);
      await page.close();
    }
    rows.push({
      page: path,
      'shown ms (median)': median(shown).toFixed(0),
      'fastest–slowest': `${Math.min(...shown).toFixed(0)}–${Math.max(...shown).toFixed(0)}`,
      requests: String(median(requestCounts)),
      'round trips in a row': String(median(chains)),
    });
  }
  printTable(
    `Demo pages through the script tag at ${NETWORK.latency} ms round trip, 1.6 Mbps: ` +
      `medians of ${runs} fresh visits each, nothing cached.`,
    rows,
  );
} finally {
  await browser.close();
  server.close();
}
