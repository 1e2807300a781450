// End-to-end: the built demo branch site, served over HTTP under a strict
// Content-Security-Policy with Trusted Types, opened in Debian's Chromium, loading
// Placard only through the script tag, as a webmaster's page does.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumExecutable } from '../../../scripts/chromium.mjs';
import { STRICT_CSP, createStaticServer, listen } from '../scripts/static-server.mjs';

const RALLY = 'Emergency rally – Keep Trump’s Hands Off Latin America!';
// Two copies of Lit each create the `lit-html` Trusted Types policy: a page that
// includes two bundles must allow duplicate policy names (README, "Trusted Types").
const DUPLICATES_CSP = STRICT_CSP.replace(
  'trusted-types placard lit-html',
  "trusted-types placard lit-html 'allow-duplicates'",
);

/** Chunk files are named by their hash; the script-tag bundle's manifest says which chunk each is. */
const { chunks: chunkNames } = JSON.parse(
  readFileSync(new URL('../../../packages/widgets/dist/manifest.json', import.meta.url), 'utf8'),
);
/** Which chunk (`core`, `placard-event-card`, `icalendar-event` …) a script's path on the demo site is. */
const chunkName = (path) => chunkNames[path.replace(/^\/placard\//u, '')];
/** The addresses of the chunk named `name`. */
function chunk(name) {
  const file = Object.keys(chunkNames).find((fileName) => chunkNames[fileName] === name);
  assert.ok(file, `the bundle has a chunk named ${name}`);
  return new RegExp(`/placard/${file.replaceAll('.', '\\.')}$`, 'u');
}

let browser;
let baseUrl;
let cspReports;
let server;

before(async () => {
  const site = createStaticServer(fileURLToPath(new URL('../dist/', import.meta.url)), {
    csp: (pathname) => (pathname.endsWith('double-include.html') ? DUPLICATES_CSP : STRICT_CSP),
  });
  server = site.server;
  cspReports = site.cspReports;
  baseUrl = await listen(server, 0);
  browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  server?.close();
});

// The sample events are from February and March 2018: the pages are opened as on 20 February 2018.
const SAMPLE_TODAY = new Date('2018-02-20T12:00:00Z');

/** Opens a page and records everything that would tell a webmaster something broke. */
async function open(path, { today = SAMPLE_TODAY } = {}) {
  const page = await browser.newPage({ timezoneId: 'Europe/London', locale: 'en-GB' });
  await page.clock.install({ time: today });
  const problems = [];
  const scripts = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(new URL(path, baseUrl).href);
  return { page, problems, scripts };
}

describe('demo branch site under a strict CSP with Trusted Types', () => {
  it('shows the rally on the home page, with no console errors or CSP violations', async () => {
    const { page, problems } = await open('index.html');
    const card = page.locator('placard-event-card#rally');
    await card.locator('article h2').waitFor();
    assert.equal((await card.locator('article h2').textContent()).trim(), RALLY);
    const when = card.locator('article time');
    assert.equal(await when.getAttribute('datetime'), '2018-03-15T18:30+00:00');
    assert.match(await when.textContent(), /Thursday, 15 March 2018/u);
    assert.match(await card.locator('article dd').nth(1).textContent(), /128 Theobalds Road/u);
    // Structured data for search engines was written through the `placard` Trusted Types policy.
    const jsonLd = JSON.parse(
      await page.locator('#rally > script[type="application/ld+json"]').textContent(),
    );
    assert.equal(jsonLd['@type'], 'Event');
    assert.equal(jsonLd.name, RALLY);
    await page.close();
    assert.deepEqual(problems, []);
  });

  it('opens "Add to calendar" by keyboard and closes it with Escape', async () => {
    const { page, problems } = await open('index.html');
    const button = page.locator('placard-event-card#rally placard-add-to-calendar button');
    await button.focus();
    await page.keyboard.press('Enter');
    const menu = page.locator('placard-event-card#rally [role="menu"]');
    await menu.waitFor({ state: 'visible' });
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    // The links are made when the menu first opens.
    const googleItem = menu.locator('a[role="menuitem"][href*="calendar.google.com"]');
    await googleItem.waitFor();
    const google = await googleItem.getAttribute('href');
    assert.equal(new URL(google).searchParams.get('ctz'), 'Europe/London');
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden' });
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    await page.close();
    assert.deepEqual(problems, []);
  });

  it('loads only the loader and the event card chunks', async () => {
    const scripts = [];
    const page = await browser.newPage();
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(new URL('index.html', baseUrl).href);
    await page.locator('placard-event-card#rally article').waitFor();
    assert.ok(scripts.includes('/placard/placard.js'));
    assert.ok(!scripts.some((path) => path.endsWith('placard.all.js')), 'the all-in-one file is not loaded');
    assert.ok(
      !scripts.map(chunkName).some((name) => /ical|temporal/u.test(name ?? '')),
      `no lazy libraries on an English page: ${scripts.map(chunkName)}`,
    );
    await page.close();
  });

  // Each chunk loaded on demand comes with the chunks it imports (packages/widgets/scripts/preload-imports.mjs).
  // While the chunk is held back (with anything else that could lead to the import, such as the feed
  // that the calendar reads on arrival), only its importer can be asking for what it imports.
  for (const { path, what, held, imported, shown } of [
    {
      path: 'index.html',
      what: 'the shared core chunk together with the component',
      held: [chunk('placard-event-card')],
      imported: chunk('core'),
      shown: 'placard-event-card#rally article',
    },
    {
      path: 'calendar.html',
      what: 'the chunk the calendar shares with the agenda together with the calendar',
      held: [chunk('placard-action-calendar')],
      imported: chunk('shared-agenda_action-calendar'),
      shown: 'placard-action-calendar [role="grid"]',
    },
    {
      path: 'agenda.html',
      what: 'the chunk the agenda shares with the petition counter together with the agenda',
      held: [chunk('placard-agenda')],
      imported: chunk('shared-agenda_petition-counter'),
      shown: 'placard-agenda#agenda ol.items',
    },
    {
      path: 'calendar.html',
      what: 'ical.js together with the iCalendar reader',
      held: [chunk('icalendar-feed'), /\/data\/[^/]*\.ics$/u],
      imported: chunk('icalendar-event'),
      shown: 'placard-action-calendar [role="grid"]',
    },
  ]) {
    it(`asks for ${what}, not once that has arrived`, async () => {
      const page = await browser.newPage();
      const importedAsked = new Promise((resolve) => {
        page.on('request', (request) => imported.test(request.url()) && resolve(true));
      });
      const askedWhileHeld = Promise.race([
        importedAsked,
        new Promise((resolve) => setTimeout(() => resolve(false), 3000)),
      ]);
      for (const pattern of held) {
        await page.route(pattern, async (route) => {
          await askedWhileHeld;
          await route.continue();
        });
      }
      await page.goto(new URL(path, baseUrl).href);
      await page.locator(shown).waitFor();
      await page.close();
      assert.equal(await askedWhileHeld, true);
    });
  }

  it('shows events from a JSON feed, a JSON-LD script and attributes in Welsh', async () => {
    const { page, problems } = await open('events.html');
    await page.locator('#from-feed article h2').waitFor();
    assert.equal((await page.locator('#from-feed article h2').textContent()).trim(), RALLY);
    await page.locator('#from-json-ld article h2').waitFor();
    assert.match(await page.locator('#from-json-ld article time').textContent(), /10 February 2018/u);
    await page.locator('#in-welsh article h2').waitFor();
    assert.match(await page.locator('#in-welsh article time').textContent(), /Chwefror/u);
    assert.match(await page.locator('#in-welsh placard-add-to-calendar button').textContent(), /Ychwanegu/u);
    await page.close();
    assert.deepEqual(problems, []);
  });

  it('follows the meeting on the agenda page: seven timed items, the current one marked', async () => {
    // 19:12 on the evening of the meeting: item 3 (19:10–19:30) is under way.
    const { page, problems, scripts } = await open('agenda.html', {
      today: new Date('2018-02-08T19:12:00Z'),
    });
    const agenda = page.locator('placard-agenda#agenda');
    const items = agenda.locator('ol.items > li');
    await items.first().waitFor();
    assert.equal(await items.count(), 7);
    const times = await items.locator('time').evaluateAll((nodes) => nodes.map((node) => node.dateTime));
    assert.deepEqual(
      times,
      ['19:00', '19:05', '19:10', '19:30', '20:00', '20:20', '20:30'].map(
        (time) => `2018-02-08T${time}:00.000Z`,
      ),
    );
    const current = agenda.locator('[aria-current="time"]');
    assert.match(await current.textContent(), /Guest speaker from CWU/u);
    assert.match(await current.textContent(), /20 min/u);
    assert.match(await items.last().textContent(), /Meeting Ends/u);
    assert.ok(
      !scripts.some((path) => chunkName(path) === 'placard-event-card'),
      `no event card chunk: ${scripts.map(chunkName)}`,
    );
    await page.close();
    assert.deepEqual(problems, []);
  });

  it('shows the agenda as a plain numbered list without JavaScript', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(new URL('agenda.html', baseUrl).href);
    const items = page.locator('placard-agenda#agenda > ol > li');
    assert.equal(await items.count(), 7);
    assert.ok(await items.first().isVisible());
    assert.match(await items.first().textContent(), /Attendance and apologies/u);
    await page.close();
  });

  it('shows the petition counts, from a JSON file and typed in, with named progress bars', async () => {
    const { page, problems, scripts } = await open('petition.html');
    const library = page.locator('placard-petition-counter#library');
    const libraryBar = library.locator('[role="progressbar"]');
    await libraryBar.waitFor();
    assert.equal(await libraryBar.getAttribute('aria-valuenow'), '8421');
    assert.match(await libraryBar.getAttribute('aria-valuetext'), /8,421 of 10,000 signatures/u);
    assert.match(await library.locator('h2').textContent(), /Save our library/u);
    const pay = page.locator('placard-petition-counter#pay');
    const payBar = pay.locator('[role="progressbar"]');
    await payBar.waitFor();
    assert.match(await payBar.getAttribute('aria-valuetext'), /12,345 of 20,000 signatures/u);
    assert.equal(await pay.locator('a[part="sign"]').getAttribute('href'), 'https://www.example.org/pay');
    assert.ok(
      !scripts.some((path) => chunkName(path) === 'placard-event-card'),
      `no event card chunk: ${scripts.map(chunkName)}`,
    );
    await page.close();
    assert.deepEqual(problems, []);
  });

  it('shows the calendar of action from an .ics file and opens an item in a dialog', async () => {
    const { page, problems, scripts } = await open('calendar.html');
    const calendar = page.locator('placard-action-calendar#calendar');
    const grid = calendar.locator('[role="grid"]');
    await grid.waitFor();
    const conference = grid.locator('button.day-item-button', {
      hasText: 'Stand Up To Racism Trades Union conference',
    });
    await conference.first().click();
    const dialog = calendar.locator('dialog[open]');
    await dialog.waitFor();
    await dialog.locator('placard-event-card article h2, placard-event-card article h3').first().waitFor();
    assert.match(await dialog.textContent(), /Stand Up To Racism/u);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' }).catch(() => dialog.waitFor({ state: 'hidden' }));
    assert.ok(
      scripts.some((path) => chunkName(path) === 'icalendar-event'),
      `ical.js loaded for the .ics: ${scripts.map(chunkName)}`,
    );
    await page.close();
    assert.deepEqual(problems, []);
  });

  it('survives the loader included twice and the all-in-one file beside it', async () => {
    const { page, problems } = await open('double-include.html');
    await page.locator('#twice article h3').waitFor();
    assert.equal((await page.locator('#twice article h3').textContent()).trim(), 'Branch AGM');
    await page.close();
    // "already defined by another copy" is a warning, not an error.
    assert.deepEqual(problems, []);
  });

  it('received no CSP violation reports', () => {
    assert.deepEqual(cspReports, []);
  });
});
