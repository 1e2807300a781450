import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import {
  afterRally,
  beforeRally,
  hostileText,
  hostileUrl,
  rallyAttributes,
  rallyJson,
  rallyJsonLd,
} from '@placard/test-kit/fixtures.js';
import {
  emulateTimeZone,
  expectAccessible,
  expectInert,
  settled,
  shadowText,
} from '@placard/test-kit/suites.js';
import type { PlacardEventCard } from '../../src/event-card.js';
import '../../src/placard-event-card.js';

const RALLY = rallyAttributes.name;

/** A card for the sample rally from attributes, with overrides. */
async function rallyCard(overrides: Record<string, string | null> = {}): Promise<PlacardEventCard> {
  const element = document.createElement('placard-event-card');
  const attributes = { ...rallyAttributes, 'heading-level': '2', now: beforeRally, ...overrides };
  for (const [name, value] of Object.entries(attributes))
    if (value !== null) element.setAttribute(name, value);
  const card = await fixture<PlacardEventCard>(element);
  await settled(card);
  return card;
}

function heading(card: PlacardEventCard): HTMLElement {
  return card.shadowRoot!.querySelector<HTMLElement>('[part="heading"]')!;
}

function jsonScript(type: string, value: unknown): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = type;
  script.textContent = JSON.stringify(value);
  return script;
}

describe('<placard-event-card>', () => {
  afterEach(() => {
    delete window.__placardPwned;
  });

  describe('input channels', () => {
    it('renders the rally from attributes', async () => {
      const card = await rallyCard();
      expect(heading(card).localName).to.equal('h2');
      expect(heading(card).textContent).to.equal(RALLY);
      const time = card.shadowRoot!.querySelector('time')!;
      expect(time.dateTime).to.equal('2018-03-15T18:30+00:00');
      expect(time.textContent).to.contain('Thursday, 15 March 2018');
      expect(shadowText(card)).to.contain('Unite The Union');
      expect(shadowText(card)).to.contain('WC1X 8TN');
      expect(card.shadowRoot!.querySelectorAll('.description p')).to.have.length(2);
    });

    it('renders the rally from a child JSON-LD script', async () => {
      const element = document.createElement('placard-event-card');
      element.append(jsonScript('application/ld+json', rallyJsonLd));
      const card = await fixture<PlacardEventCard>(element);
      await settled(card);
      expect(heading(card).textContent).to.equal(RALLY);
      expect(shadowText(card)).to.contain('Chris Williamson MP');
      expect(shadowText(card)).to.contain('VSC');
    });

    it('renders the rally from a child Placard JSON script', async () => {
      const element = document.createElement('placard-event-card');
      element.append(jsonScript('application/json', rallyJson));
      const card = await fixture<PlacardEventCard>(element);
      await settled(card);
      expect(heading(card).textContent).to.equal(RALLY);
      expect(shadowText(card)).to.contain('Christine Blower');
      expect(shadowText(card)).to.contain('Thompsons Solicitors');
    });

    it('renders the rally from a src feed, picking the event by event-id', async () => {
      const feed = URL.createObjectURL(
        new Blob(
          [JSON.stringify({ events: [{ id: 'other', name: 'Other', start: '2018-01-01' }, rallyJson] })],
          {
            type: 'application/json',
          },
        ),
      );
      const element = Object.assign(document.createElement('placard-event-card'), {
        src: feed,
        eventId: 'emergency-rally-2018-03-15',
      });
      const loadedEvent = oneEvent(element, 'placard-load');
      const card = await fixture<PlacardEventCard>(element);
      const loaded = await loadedEvent;
      await settled(card);
      expect(loaded.detail.data).to.include({ name: RALLY });
      expect(heading(card).textContent).to.equal(RALLY);
    });

    it('renders h-event markup, which is visible before the element upgrades', async () => {
      const markup = `
        <div class="h-event">
          <h3 class="p-name">Branch AGM</h3>
          <time class="dt-start" datetime="2018-03-07T18:00">7 March, 18:00</time>
          <p class="p-location">Conway Hall, 25 Red Lion Square, London</p>
        </div>`;
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      // Not yet defined under this name: the light DOM is what readers see.
      host.innerHTML = `<placard-later-card time-zone="Europe/London">${markup}</placard-later-card>`;
      const before = host.querySelector('placard-later-card .p-name') as HTMLElement;
      expect(before.getBoundingClientRect().height).to.be.greaterThan(0);
      const card = await fixture<PlacardEventCard>(
        Object.assign(document.createElement('placard-event-card'), { innerHTML: markup }),
      );
      await settled(card);
      expect(heading(card).textContent).to.equal('Branch AGM');
      expect(card.shadowRoot!.querySelector('time')!.textContent).to.contain('7 March 2018');
    });

    it('lets developers set the event property directly', async () => {
      const card = await rallyCard();
      card.event = {
        name: 'Set by code',
        allDay: false,
        start: new Date('2018-03-15T18:30:00Z'),
        timeZone: 'Europe/London',
        status: 'scheduled',
        speakers: [],
        supporters: [],
        tags: [],
      };
      await settled(card);
      expect(heading(card).textContent).to.equal('Set by code');
    });
  });

  describe('states', () => {
    it('announces a cancelled event and offers no calendar', async () => {
      const card = await rallyCard({ status: 'cancelled' });
      expect(card.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.contain('cancelled');
      expect(card.shadowRoot!.querySelector('placard-add-to-calendar')).to.equal(null);
    });

    it('says when a rescheduled event was going to be', async () => {
      const card = await rallyCard({
        status: 'rescheduled',
        start: '2018-03-22T18:30',
        end: null,
        'previous-start': '2018-03-15T18:30',
      });
      const notice = card.shadowRoot!.querySelector('[part="notice"]')!;
      expect(notice.textContent).to.contain('rescheduled');
      expect(notice.querySelector('time')!.dateTime).to.equal('2018-03-15T18:30+00:00');
      const data = JSON.parse(card.querySelector('script[type="application/ld+json"]')!.textContent!);
      expect(data.eventStatus).to.equal('https://schema.org/EventRescheduled');
      expect(data.previousStartDate).to.equal('2018-03-15T18:30+00:00');
    });

    it('says when the event has ended', async () => {
      const card = await rallyCard({ now: afterRally });
      expect(card.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.contain('has ended');
    });

    it('writes schema.org JSON-LD into the light DOM once, and not when the page gave its own', async () => {
      const card = await rallyCard({ status: 'postponed' });
      const scripts = card.querySelectorAll('script[type="application/ld+json"]');
      expect(scripts).to.have.length(1);
      const data = JSON.parse(scripts[0]!.textContent!);
      expect(data.eventStatus).to.equal('https://schema.org/EventPostponed');
      const element = document.createElement('placard-event-card');
      element.append(jsonScript('application/ld+json', rallyJsonLd));
      const withOwn = await fixture<PlacardEventCard>(element);
      await settled(withOwn);
      expect(withOwn.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
    });

    it('is accessible in each state', async () => {
      const states: Array<Record<string, string | null>> = [
        {},
        { status: 'cancelled' },
        { now: afterRally },
        { start: null },
        { lang: 'cy' },
      ];
      for (const overrides of states) {
        const card = await rallyCard(overrides);
        await expectAccessible(card);
      }
    });
  });

  describe('errors', () => {
    const cases: Array<[string, Record<string, string | null>, RegExp]> = [
      ['a missing name', { name: null, start: '2018-03-15T18:30' }, /name/u],
      ['a missing start', { start: null }, /start/u],
      ['an unparseable date', { start: '15th March' }, /15th March/u],
      ['an unknown time zone', { 'time-zone': 'Europe/Londn' }, /Europe\/Londn/u],
    ];
    for (const [what, overrides, message] of cases) {
      it(`shows a clear message and fires placard-error for ${what}`, async () => {
        const element = document.createElement('placard-event-card');
        for (const [name, value] of Object.entries({ ...rallyAttributes, ...overrides })) {
          if (value !== null) element.setAttribute(name, value);
        }
        const errored = new Promise<CustomEvent>((resolve) =>
          element.addEventListener('placard-error', resolve, { once: true }),
        );
        const card = await fixture<PlacardEventCard>(element);
        const event = await errored;
        await settled(card);
        expect(event.detail.error.message).to.match(message);
        const alert = card.shadowRoot!.querySelector('[role="alert"]')!;
        expect(alert.textContent).to.match(message);
      });
    }

    it('explains an unreachable src', async () => {
      const element = Object.assign(document.createElement('placard-event-card'), {
        src: '/no-such-feed.json',
      });
      const errored = oneEvent(element, 'placard-error');
      const card = await fixture<PlacardEventCard>(element);
      const event = await errored;
      await settled(card);
      expect(event.detail.error.message).to.contain('404');
      expect(shadowText(card)).to.contain('404');
    });

    it('explains a malformed src', async () => {
      const feed = URL.createObjectURL(new Blob(['{ "events": [ '], { type: 'application/json' }));
      const element = Object.assign(document.createElement('placard-event-card'), { src: feed });
      const errored = oneEvent(element, 'placard-error');
      await fixture<PlacardEventCard>(element);
      const event = await errored;
      expect(event.detail.error.message).to.contain('not valid JSON');
    });

    it('keeps the last good event when a later input fails', async () => {
      const card = await rallyCard();
      const errored = oneEvent(card, 'placard-error');
      card.setAttribute('start', 'not a date');
      await errored;
      await settled(card);
      expect(heading(card).textContent).to.equal(RALLY);
      expect(card.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    });
  });

  describe('hostile input', () => {
    it('renders markup in text as text and drops javascript: links', async () => {
      const card = await rallyCard({
        name: `Rally ${hostileText}`,
        description: hostileText,
        url: hostileUrl,
        venue: hostileText,
      });
      expect(heading(card).textContent).to.contain('<img src=x');
      expectInert(card);
      await expectAccessible(card);
    });
  });

  describe('Add to calendar', () => {
    it('loads its menu only when a reader shows interest in the button', async () => {
      const card = await rallyCard();
      const menuElement = card.shadowRoot!.querySelector('placard-add-to-calendar')!;
      await settled(menuElement);
      const button = menuElement.shadowRoot!.querySelector('button')!;
      expect(menuElement.shadowRoot!.querySelector('[role="menu"]')).to.equal(null);
      expect(button.hasAttribute('aria-controls')).to.equal(false);
      button.dispatchEvent(new PointerEvent('pointerenter'));
      await settled(menuElement);
      const menu = menuElement.shadowRoot!.querySelector<HTMLElement>('[role="menu"]')!;
      expect(menu.hidden).to.equal(true);
      expect(button.getAttribute('aria-controls')).to.equal(menu.id);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
    });

    it('works by keyboard alone, following the APG menu button pattern', async () => {
      const card = await rallyCard();
      const menuElement = card.shadowRoot!.querySelector('placard-add-to-calendar')!;
      await settled(menuElement);
      const button = menuElement.shadowRoot!.querySelector('button')!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await settled(menuElement);
      const items = [...menuElement.shadowRoot!.querySelectorAll<HTMLElement>('[role="menuitem"]')];
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(items.map((item) => item.textContent!.trim())).to.have.length(5);
      expect(menuElement.shadowRoot!.activeElement).to.equal(items[0]);
      await sendKeys({ press: 'ArrowDown' });
      expect(menuElement.shadowRoot!.activeElement).to.equal(items[1]);
      await sendKeys({ press: 'End' });
      expect(menuElement.shadowRoot!.activeElement).to.equal(items[4]);
      await sendKeys({ press: 'ArrowDown' });
      expect(menuElement.shadowRoot!.activeElement).to.equal(items[0]);
      await sendKeys({ press: 'ArrowUp' });
      expect(menuElement.shadowRoot!.activeElement).to.equal(items[4]);
      await waitUntil(() => items[4]!.getAttribute('download'), 'the .ics download is ready');
      expect(items[4]!.getAttribute('download')).to.match(/\.ics$/u);
      await expectAccessible(card);
      await sendKeys({ press: 'Escape' });
      await settled(menuElement);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(menuElement.shadowRoot!.activeElement).to.equal(button);
    });

    it('offers a generated .ics file that carries the event’s zone', async () => {
      const card = await rallyCard();
      const menuElement = card.shadowRoot!.querySelector('placard-add-to-calendar')!;
      await settled(menuElement);
      menuElement.shadowRoot!.querySelector('button')!.click();
      await settled(menuElement);
      await waitUntil(
        () => menuElement.shadowRoot!.querySelector('a[download]'),
        'the .ics file is made on opening',
      );
      const download = menuElement.shadowRoot!.querySelector<HTMLAnchorElement>('a[download]')!;
      expect(download.download).to.equal('emergency-rally-keep-trumps-hands-off-latin-america.ics');
      const text = await (await fetch(download.href)).text();
      expect(text).to.contain('BEGIN:VEVENT');
      expect(text).to.match(/DTSTART(;TZID=Europe\/London:20180315T183000|:20180315T183000Z)/u);
    });

    it('links to a hosted .ics file when ics-url is given', async () => {
      const card = await rallyCard({ 'ics-url': '/events/rally.ics' });
      const menuElement = card.shadowRoot!.querySelector('placard-add-to-calendar')!;
      menuElement.shadowRoot!.querySelector('button')!.click();
      await settled(menuElement);
      expect(menuElement.shadowRoot!.querySelector('a[download]')!.getAttribute('href')).to.equal(
        new URL('/events/rally.ics', document.baseURI).href,
      );
    });
  });

  describe('layout', () => {
    afterEach(async () => {
      await setViewport({ width: 800, height: 600 });
      await emulateMedia({ reducedMotion: 'no-preference', forcedColors: 'none' });
    });

    it('reflows to one column without sideways scrolling at 320 CSS px', async () => {
      await setViewport({ width: 320, height: 640 });
      const card = await rallyCard({
        name: 'Emergency rally – Keep Trump’s Hands Off Latin America! Bring banners and friends',
      });
      const article = card.shadowRoot!.querySelector('article')!;
      expect(article.scrollWidth).to.be.at.most(article.clientWidth);
      expect(card.getBoundingClientRect().right).to.be.at.most(320);
      const [label, value] = [...card.shadowRoot!.querySelectorAll('.row')[0]!.children] as HTMLElement[];
      // Label above value, not beside it.
      expect(value!.getBoundingClientRect().top).to.be.greaterThan(label!.getBoundingClientRect().top);
    });

    it('keeps a visible focus ring and real borders in forced-colours mode', async () => {
      await emulateMedia({ forcedColors: 'active' });
      const card = await rallyCard();
      const menuElement = card.shadowRoot!.querySelector('placard-add-to-calendar')!;
      const button = menuElement.shadowRoot!.querySelector('button')!;
      button.focus();
      await sendKeys({ press: 'Shift' }); // keyboard modality, so :focus-visible applies
      const style = getComputedStyle(button);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      expect(style.borderStyle).to.equal('solid');
    });

    it('has no transitions when the reader asks for reduced motion', async () => {
      const card = await rallyCard();
      const button = card
        .shadowRoot!.querySelector('placard-add-to-calendar')!
        .shadowRoot!.querySelector('button')!;
      expect(getComputedStyle(button).transitionDuration).to.not.equal('0s');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(button).transitionDuration).to.equal('0s');
    });
  });

  describe('readers in other time zones', () => {
    afterEach(() => emulateTimeZone(''));

    it('names the venue’s zone and gives the reader’s own time in New York', async () => {
      await emulateTimeZone('America/New_York');
      const card = await rallyCard();
      const text = shadowText(card);
      expect(text).to.contain('18:30');
      expect(text).to.contain('GMT');
      expect(text).to.match(/14:30/u);
    });
  });

  describe('Welsh', () => {
    it('shows strings and dates in Welsh when the page is in Welsh', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy"></div>`);
      const element = document.createElement('placard-event-card');
      for (const [name, value] of Object.entries({ ...rallyAttributes, now: beforeRally }))
        element.setAttribute(name, value);
      wrapper.append(element);
      await settled(element as PlacardEventCard);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await settled(element as PlacardEventCard);
      const text = shadowText(element);
      expect(text).to.contain('Mawrth');
      expect(text).to.contain('Dyddiad ac amser');
      await expectAccessible(element);
    });
  });
});
