import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import {
  bigCalendarIcs,
  branchCalendarHtml,
  branchCalendarJson,
  calendarNow,
  calendarStart,
  londonMorningIcs,
  recurringCalendarIcs,
} from '@placard/test-kit/calendar-fixtures.js';
import { hostileText, hostileUrl } from '@placard/test-kit/fixtures.js';
import {
  emulateTimeZone,
  expectAccessible,
  expectInert,
  settled,
  shadowText,
} from '@placard/test-kit/suites.js';
import type { PlacardActionCalendar } from '../../src/action-calendar.js';
import '../../src/placard-action-calendar.js';

/** core's fixture feed, served by the test server from the repository. */
const BRANCH_ICS = '/packages/core/test/unit/fixtures/calendar/branch-calendar-of-action.ics';

function script(type: string, text: string): HTMLScriptElement {
  const element = document.createElement('script');
  element.type = type;
  element.textContent = text;
  return element;
}

/** A calendar with these attributes and children, rendered and settled. */
async function calendar(
  attributes: Record<string, string>,
  ...children: (Node | string)[]
): Promise<PlacardActionCalendar> {
  const element = document.createElement('placard-action-calendar');
  for (const [name, value] of Object.entries({ now: calendarNow, start: calendarStart, ...attributes }))
    element.setAttribute(name, value);
  element.append(...children);
  const shown = await fixture<PlacardActionCalendar>(element);
  await settled(shown);
  return shown;
}

const jsonCalendar = (attributes: Record<string, string> = {}, value: unknown = branchCalendarJson) =>
  calendar(attributes, script('application/json', JSON.stringify(value)));

function root(element: PlacardActionCalendar): ShadowRoot {
  return element.shadowRoot!;
}

function listNames(element: PlacardActionCalendar): string[] {
  return [...root(element).querySelectorAll('.list-item .item-button')].map((button) =>
    button.textContent!.trim(),
  );
}

function cell(element: PlacardActionCalendar, date: string): HTMLElement {
  return root(element).querySelector<HTMLElement>(`td[data-date="${date}"]`)!;
}

function focusedDate(element: PlacardActionCalendar): string | undefined {
  const active = root(element).activeElement as HTMLElement | null;
  return active?.closest<HTMLElement>('td')?.dataset.date;
}

function filterButton(element: PlacardActionCalendar, kind: string): HTMLButtonElement {
  return [...root(element).querySelectorAll<HTMLButtonElement>('.filter')].find((button) =>
    button.textContent!.includes(kind),
  )!;
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

async function press(element: PlacardActionCalendar, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settled(element);
}

function blobUrl(text: string, type = 'text/calendar'): string {
  return URL.createObjectURL(new Blob([text], { type }));
}

describe('<placard-action-calendar>', () => {
  afterEach(async () => {
    delete window.__placardPwned;
    await setViewport({ width: 800, height: 600 });
  });

  describe('list view', () => {
    it('groups the branch’s iCalendar feed by month, with whole date ranges, kinds and links', async () => {
      const element = await calendar({ src: BRANCH_ICS, view: 'list' });
      const headings = [...root(element).querySelectorAll('[part="month-heading"]')].map(
        (h) => h.textContent,
      );
      expect(headings).to.deep.equal(['February 2018', 'March 2018', 'April 2018']);
      expect(root(element).querySelector('[part="month-heading"]')!.localName).to.equal('h3');
      const names = listNames(element);
      expect(names).to.include('Meeting of Barnet Alliance for Public Services');
      expect(names).to.include('TUC #heartunions week');
      const week = [...root(element).querySelectorAll('.list-item')].find((item) =>
        item.textContent!.includes('#heartunions'),
      )!;
      expect(week.querySelector('time')!.textContent).to.match(/^12\s?–\s?18 February 2018$/u);
      const meeting = [...root(element).querySelectorAll('.list-item')].find((item) =>
        item.textContent!.includes('Barnet Alliance'),
      )!;
      expect(meeting.querySelector('time')!.textContent).to.contain('18:30');
      expect(meeting.querySelector('.category')!.textContent).to.contain('Meeting');
      expect(meeting.querySelector('.category svg')).to.exist;
      expect(shadowText(element)).to.contain('Barnet UNISON calendar of action');
      await expectAccessible(element);
    });

    it('shows three months, and more on request', async () => {
      const element = await calendar({ src: BRANCH_ICS, view: 'list' });
      expect(root(element).querySelector('[part="caption"]')!.textContent).to.equal(
        'February 2018 – April 2018',
      );
      root(element).querySelector<HTMLButtonElement>('[part="more"]')!.click();
      await settled(element);
      const headings = [...root(element).querySelectorAll('[part="month-heading"]')].map(
        (h) => h.textContent,
      );
      expect(headings).to.deep.equal(['February 2018', 'March 2018', 'April 2018', 'May 2018', 'July 2018']);
    });

    it('shows a busy calendar sixty events at a time', async () => {
      const busy = {
        timeZone: 'Europe/London',
        events: Array.from({ length: 70 }, (_, index) => ({
          id: `event-${index}`,
          name: `Event ${index + 1}`,
          start: `2018-02-${String((index % 28) + 1).padStart(2, '0')}T12:00`,
          category: 'meeting',
        })),
      };
      const element = await jsonCalendar({ view: 'list' }, busy);
      expect(listNames(element)).to.have.length(60);
      expect(root(element).querySelector('.more [role="status"]')!.textContent).to.contain(
        '60 of 70 events shown',
      );
      const more = root(element).querySelector<HTMLButtonElement>('[part="more"]')!;
      expect(more.textContent).to.contain('Show more events');
      more.click();
      await settled(element);
      expect(listNames(element)).to.have.length(70);
      expect(more.textContent).to.contain('Show more months');
    });

    it('leaves out this month’s past items', async () => {
      const element = await jsonCalendar({ view: 'list', now: '2018-02-20T12:00:00Z', start: '' });
      element.removeAttribute('start');
      await settled(element);
      const names = listNames(element);
      expect(names).to.not.include('Meeting of Barnet Alliance for Public Services');
      expect(names[0]).to.equal('University staff strike');
    });

    it('reads h-event markup, which shows before the calendar loads', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      host.innerHTML = `<placard-later-calendar>${branchCalendarHtml}</placard-later-calendar>`;
      expect(host.querySelector('li')!.getBoundingClientRect().height).to.be.greaterThan(0);
      const element = await calendar({ view: 'list' });
      element.innerHTML = branchCalendarHtml;
      await new Promise((resolve) => setTimeout(resolve, 0));
      await settled(element);
      expect(listNames(element)).to.deep.equal([
        'Meeting of Barnet Alliance for Public Services',
        'TUC #heartunions week',
        'University staff strike',
      ]);
      const strike = root(element).querySelectorAll('.list-item')[2]!;
      expect(strike.querySelector('.category')!.textContent).to.contain('Strike');
    });

    it('shows repeating meetings, with the moved and the cancelled occurrence', async () => {
      const element = await calendar({ view: 'list' }, script('text/calendar', recurringCalendarIcs));
      const names = listNames(element);
      // Every other Thursday from 1 February (1 March is cancelled) to the end of April.
      expect(names.filter((name) => name === 'Branch meeting')).to.have.length(5);
      expect(names).to.include('Branch meeting (moved to Friday)');
      expect(root(element).querySelector('#name')!.textContent).to.equal('Branch meetings');
    });

    it('says when nothing is planned', async () => {
      const element = await jsonCalendar({ view: 'list', start: '2019-01' });
      expect(root(element).querySelector('[part="empty"]')!.textContent).to.contain(
        'Nothing is planned in these months.',
      );
      await expectAccessible(element);
    });
  });

  describe('month view', () => {
    it('is a grid of weeks from Monday, with multi-day items across their days', async () => {
      const element = await jsonCalendar({ view: 'month' });
      const grid = root(element).querySelector('[role="grid"]')!;
      expect(grid.getAttribute('aria-labelledby')).to.equal('caption');
      expect(root(element).querySelector('#caption')!.textContent).to.equal('February 2018');
      const headers = [...grid.querySelectorAll('th .visually-hidden')].map((th) => th.textContent);
      expect(headers[0]).to.equal('Monday');
      expect(headers[6]).to.equal('Sunday');
      expect(cell(element, '2018-01-29')).to.exist;
      const positions = ['2018-02-12', '2018-02-13', '2018-02-18'].map(
        (date) =>
          [...cell(element, date).querySelectorAll('.day-item')].find((item) =>
            item.textContent!.includes('#heartunions'),
          )!.className,
      );
      expect(positions[0]).to.contain('position-start');
      expect(positions[1]).to.contain('position-middle');
      expect(positions[2]).to.contain('position-end');
      const middle = [...cell(element, '2018-02-13').querySelectorAll('button')].find((button) =>
        button.textContent!.includes('#heartunions'),
      )!;
      expect(middle.textContent).to.match(/12\s?–\s?18 February 2018/u);
      expect(cell(element, '2018-02-08').textContent).to.contain('18:30');
      await expectAccessible(element);
    });

    it('starts weeks on Sunday for American English', async () => {
      const element = await jsonCalendar({ view: 'month', lang: 'en-US' });
      const first = root(element).querySelector('th .visually-hidden')!.textContent;
      // en-US is shown in Placard's source locale for words, but the week follows the page's region.
      expect(['Sunday', 'Monday']).to.include(first);
    });

    it('has one tab stop and moves it with the APG grid keys', async () => {
      const element = await jsonCalendar({ view: 'month' });
      const stops = root(element).querySelectorAll('[role="grid"] [tabindex="0"]');
      expect(stops).to.have.length(1);
      expect((stops[0] as HTMLElement).dataset.date).to.equal('2018-02-01');
      (stops[0] as HTMLElement).focus();
      await press(element, 'ArrowRight');
      expect(focusedDate(element)).to.equal('2018-02-02');
      await press(element, 'ArrowDown');
      expect(focusedDate(element)).to.equal('2018-02-09');
      await press(element, 'ArrowLeft');
      expect(focusedDate(element)).to.equal('2018-02-08');
      await press(element, 'ArrowUp');
      expect(focusedDate(element)).to.equal('2018-02-01');
      await press(element, 'ArrowDown');
      await press(element, 'Home');
      expect(focusedDate(element)).to.equal('2018-02-05');
      await press(element, 'End');
      expect(focusedDate(element)).to.equal('2018-02-11');
      await press(element, 'PageDown');
      expect(focusedDate(element)).to.equal('2018-03-11');
      expect(root(element).querySelector('#caption')!.textContent).to.equal('March 2018');
      await press(element, 'PageUp');
      expect(focusedDate(element)).to.equal('2018-02-11');
      await press(element, 'Control+End');
      expect(focusedDate(element)).to.equal('2018-02-28');
      await press(element, 'Control+Home');
      expect(focusedDate(element)).to.equal('2018-02-01');
      await press(element, 'ArrowLeft');
      expect(focusedDate(element)).to.equal('2018-01-31');
      expect(root(element).querySelector('#caption')!.textContent).to.equal('January 2018');
      expect(root(element).querySelectorAll('[role="grid"] [tabindex="0"]')).to.have.length(1);
    });

    it('moves the tab stop to a day of the next or last month that is clicked', async () => {
      const element = await jsonCalendar({ view: 'month' });
      cell(element, '2018-01-30').click();
      cell(element, '2018-01-30').focus();
      await settled(element);
      const stops = root(element).querySelectorAll<HTMLElement>('[role="grid"] [tabindex="0"]');
      expect([...stops].map((stop) => stop.dataset.date)).to.deep.equal(['2018-01-30']);
      expect(root(element).querySelector('#caption')!.textContent).to.equal('February 2018');
    });

    it('mirrors Left and Right in right-to-left text, where weeks run from the right', async () => {
      const element = await jsonCalendar({ view: 'month', dir: 'rtl' });
      const first = cell(element, '2018-02-01');
      const second = cell(element, '2018-02-02');
      // The next day is drawn to the left of the day before it.
      expect(second.getBoundingClientRect().right).to.be.at.most(first.getBoundingClientRect().left + 1);
      first.focus();
      await press(element, 'ArrowLeft');
      expect(focusedDate(element)).to.equal('2018-02-02');
      await press(element, 'ArrowRight');
      await press(element, 'ArrowRight');
      expect(focusedDate(element)).to.equal('2018-01-31');
      await expect(element).to.be.accessible();
      // The "continues" arrow points back towards the item's first day: to the right.
      await press(element, 'PageDown');
      const arrow = cell(element, '2018-02-13').querySelector('.continues')!;
      expect(getComputedStyle(arrow).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    });

    it('goes into a day’s items with Enter and back with Escape', async () => {
      const element = await jsonCalendar({ view: 'month' });
      cell(element, '2018-02-01').focus();
      await press(element, 'ArrowDown');
      await press(element, 'ArrowDown');
      await press(element, 'ArrowDown');
      expect(focusedDate(element)).to.equal('2018-02-22');
      await press(element, 'Enter');
      const active = () => root(element).activeElement as HTMLElement;
      expect(active().localName).to.equal('button');
      const first = active().textContent;
      await press(element, 'ArrowDown');
      expect(active().textContent).to.not.equal(first);
      await press(element, 'Escape');
      expect(active().dataset.date).to.equal('2018-02-22');
    });

    it('moves between months with Previous, Next and Today', async () => {
      const element = await jsonCalendar({ view: 'month' });
      const buttons = [...root(element).querySelectorAll<HTMLButtonElement>('.navigation button')];
      buttons[2]!.click();
      await settled(element);
      expect(root(element).querySelector('#caption')!.textContent).to.equal('March 2018');
      buttons[0]!.click();
      buttons[0]!.click();
      await settled(element);
      expect(root(element).querySelector('#caption')!.textContent).to.equal('January 2018');
      buttons[1]!.click();
      await settled(element);
      expect(root(element).querySelector('#caption')!.textContent).to.equal('February 2018');
      expect(root(element).querySelector('.today')!.getAttribute('aria-current')).to.equal('date');
    });

    it('switches views with pressed buttons', async () => {
      const element = await jsonCalendar({ view: 'month' });
      const [list, month] = [...root(element).querySelectorAll<HTMLButtonElement>('.view-button')];
      expect(month!.getAttribute('aria-pressed')).to.equal('true');
      expect(list!.getAttribute('aria-pressed')).to.equal('false');
      list!.click();
      await settled(element);
      expect(element.getAttribute('view')).to.equal('list');
      expect(root(element).querySelector('[role="grid"]')).to.equal(null);
      expect(root(element).querySelector('[part="list"]')).to.exist;
    });

    it('says when a month is empty, and stays accessible', async () => {
      const element = await jsonCalendar({ view: 'month', start: '2019-01' });
      expect(shadowText(element)).to.contain('Nothing is planned this month.');
      await expectAccessible(element);
    });
  });

  describe('narrow', () => {
    it('shows the list on a narrow calendar and reflows at 320 px', async () => {
      await setViewport({ width: 320, height: 640 });
      const element = await jsonCalendar();
      expect(root(element).querySelector('[part="list"]')).to.exist;
      const box = root(element).querySelector<HTMLElement>('[part="calendar"]')!;
      expect(box.scrollWidth).to.be.at.most(box.clientWidth + 1);
      await expectAccessible(element);
    });

    it('keeps the month grid usable at 320 px', async () => {
      await setViewport({ width: 320, height: 640 });
      const element = await jsonCalendar({ view: 'month' });
      expect(root(element).querySelector('[role="grid"]')).to.exist;
      const box = root(element).querySelector<HTMLElement>('[part="calendar"]')!;
      expect(box.scrollWidth).to.be.at.most(box.clientWidth + 1);
      await expectAccessible(element);
    });

    it('waits for focus to leave before swapping the grid for the list when it narrows', async () => {
      const element = await jsonCalendar();
      cell(element, '2018-02-08').focus();
      await setViewport({ width: 500, height: 640 });
      await nextFrame();
      await nextFrame();
      await settled(element);
      expect(root(element).querySelector('[role="grid"]')).to.exist;
      expect(focusedDate(element)).to.equal('2018-02-08');
      (root(element).activeElement as HTMLElement).blur();
      await nextFrame();
      await nextFrame();
      await settled(element);
      expect(root(element).querySelector('[role="grid"]')).to.equal(null);
      expect(root(element).querySelector('[part="list"]')).to.exist;
    });

    it('measures itself before its first render only when it must choose its view', async () => {
      const measure = Element.prototype.getBoundingClientRect;
      let calls = 0;
      Element.prototype.getBoundingClientRect = function (this: Element) {
        if (this.localName === 'placard-action-calendar') calls += 1;
        return measure.call(this);
      };
      const measured = async (attributes: Record<string, string>) => {
        calls = 0;
        await jsonCalendar(attributes);
        return calls;
      };
      try {
        expect(await measured({ view: 'month' })).to.equal(0);
        expect(await measured({ view: 'list' })).to.equal(0);
        expect(await measured({})).to.equal(1);
      } finally {
        Element.prototype.getBoundingClientRect = measure;
      }
    });
  });

  describe('forced colours and reduced motion', () => {
    afterEach(() => emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' }));

    it('draws shapes and borders in system colours under forced colours', async () => {
      await emulateMedia({ forcedColors: 'active' });
      const element = await jsonCalendar({ view: 'month' });
      const icon = root(element).querySelector<SVGElement>('.day-item .icon')!;
      const text = getComputedStyle(root(element).querySelector('#caption')!).color;
      expect(getComputedStyle(icon).color).to.equal(text);
      expect(getComputedStyle(root(element).querySelector('.today, td[data-date]')!).borderTopStyle).to.equal(
        'solid',
      );
      await expectAccessible(element);
    });

    it('marks today in a way that cannot be taken for the focus ring', async () => {
      await emulateMedia({ forcedColors: 'active' });
      const element = await jsonCalendar({ view: 'month', now: '2018-02-14T09:00:00Z' });
      const today = root(element).querySelector<HTMLElement>('.today')!;
      cell(element, '2018-02-15').focus();
      expect(getComputedStyle(today).outlineStyle).to.equal('none');
      expect(getComputedStyle(today.querySelector('.day-number')!).outlineStyle).to.equal('solid');
      expect(getComputedStyle(cell(element, '2018-02-15')).outlineStyle).to.equal('solid');
    });

    it('does not animate when the reader asks for less motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const element = await jsonCalendar({ view: 'list' });
      const filter = root(element).querySelector('.filter')!;
      expect(getComputedStyle(filter).transitionDuration).to.equal('0s');
    });
  });

  describe('details', () => {
    it('opens the item in a labelled modal dialog with the event card, and returns focus', async () => {
      const element = await jsonCalendar({ view: 'month' });
      const button = [...cell(element, '2018-02-08').querySelectorAll<HTMLButtonElement>('button')][0]!;
      button.focus();
      button.click();
      await settled(element);
      const dialog = root(element).querySelector('dialog')!;
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      expect(dialog.getAttribute('aria-label')).to.equal('Meeting of Barnet Alliance for Public Services');
      const card = dialog.querySelector('placard-event-card')!;
      await settled(card);
      expect(shadowText(card)).to.contain('Meeting of Barnet Alliance for Public Services');
      expect(card.shadowRoot!.querySelector('placard-add-to-calendar')).to.exist;
      await expectAccessible(element);
      await sendKeys({ press: 'Escape' });
      await settled(element);
      expect(dialog.open).to.equal(false);
      expect(root(element).activeElement).to.equal(button);
    });

    it('lists a busy day’s items behind “N more”, and opens one of them', async () => {
      const busy = {
        timeZone: 'Europe/London',
        events: Array.from({ length: 6 }, (_, index) => ({
          id: `busy-${index}`,
          name: `Picket ${index + 1}`,
          start: `2018-02-14T0${index + 1}:00`,
          category: 'picket',
        })),
      };
      const element = await jsonCalendar({ view: 'month' }, busy);
      const day = cell(element, '2018-02-14');
      expect(day.querySelectorAll('.day-item')).to.have.length(3);
      const more = day.querySelector<HTMLButtonElement>('.more-button')!;
      expect(more.textContent).to.contain('3 more');
      more.focus();
      more.click();
      await settled(element);
      const dialog = root(element).querySelector('dialog')!;
      expect(dialog.open).to.equal(true);
      expect(dialog.getAttribute('aria-label')).to.equal('Wednesday, 14 February 2018');
      const choices = dialog.querySelectorAll<HTMLButtonElement>('.day-list-button');
      expect(choices).to.have.length(6);
      await expectAccessible(element);
      choices[4]!.click();
      await settled(element);
      expect(dialog.querySelector('placard-event-card')).to.exist;
      expect(dialog.getAttribute('aria-label')).to.equal('Picket 5');
      expect(root(element).activeElement).to.equal(dialog.querySelector('.back'));
      dialog.querySelector<HTMLButtonElement>('.back')!.click();
      await settled(element);
      expect(root(element).activeElement!.textContent).to.contain('Picket 5');
      await sendKeys({ press: 'Escape' });
      await settled(element);
      expect(dialog.open).to.equal(false);
      expect(root(element).activeElement).to.equal(more);
    });

    it('opens from the list too, and closes with its Close button', async () => {
      const element = await jsonCalendar({ view: 'list' });
      const button = root(element).querySelector<HTMLButtonElement>('.item-button')!;
      button.focus();
      button.click();
      await settled(element);
      const dialog = root(element).querySelector('dialog')!;
      expect(dialog.open).to.equal(true);
      dialog.querySelector<HTMLButtonElement>('.close')!.click();
      await settled(element);
      expect(dialog.open).to.equal(false);
      expect(root(element).activeElement).to.equal(button);
    });
  });

  describe('filters', () => {
    it('hides and shows a kind of action with a pressed toggle that has a visible tick', async () => {
      const element = await jsonCalendar({ view: 'list' });
      const filter = [...root(element).querySelectorAll<HTMLButtonElement>('.filter')].find((button) =>
        button.textContent!.includes('Meeting'),
      )!;
      expect(filter.getAttribute('aria-pressed')).to.equal('true');
      expect(filter.querySelector('.tick')!.textContent).to.equal('✓');
      filter.click();
      await settled(element);
      expect(filter.getAttribute('aria-pressed')).to.equal('false');
      expect(filter.querySelector('.tick')!.textContent).to.equal('');
      expect(listNames(element)).to.not.include('Meeting of Barnet Alliance for Public Services');
      expect(listNames(element)).to.include('University staff strike');
      await expectAccessible(element);
      filter.click();
      await settled(element);
      expect(listNames(element)).to.include('Meeting of Barnet Alliance for Public Services');
    });

    it('keeps every kind’s toggle in months without it, and says what a toggle changed', async () => {
      const element = await jsonCalendar({ view: 'month' });
      const status = root(element).querySelector('.filters + [role="status"]')!;
      expect(status.textContent!.trim()).to.equal('');
      filterButton(element, 'Picket').click();
      await settled(element);
      expect(status.textContent!.trim()).to.match(/^\d+ events shown\.$/u);
      const kinds = root(element).querySelectorAll('.filter').length;
      const next = root(element).querySelectorAll<HTMLButtonElement>('.navigation button')[2]!;
      next.click();
      next.click();
      await settled(element);
      expect(root(element).querySelector('#caption')!.textContent).to.equal('April 2018');
      expect(shadowText(element)).to.contain('Nothing is planned this month.');
      expect(root(element).querySelectorAll('.filter')).to.have.length(kinds);
      expect(status.textContent!.trim()).to.equal('');
      const picket = filterButton(element, 'Picket');
      picket.focus();
      await press(element, 'Space');
      expect(root(element).activeElement).to.equal(picket);
      expect(picket.getAttribute('aria-pressed')).to.equal('true');
      expect(status.textContent!.trim()).to.equal('0 events shown.');
      await expectAccessible(element);
    });
  });

  describe('categories attribute', () => {
    it('shows only the kinds it names at first; the others can be turned on', async () => {
      const element = await jsonCalendar({ view: 'list', categories: 'strike picket' });
      expect(listNames(element)).to.deep.equal(['University staff strike', 'Picket at the town hall']);
      const meeting = [...root(element).querySelectorAll<HTMLButtonElement>('.filter')].find((button) =>
        button.textContent!.includes('Meeting'),
      )!;
      expect(meeting.getAttribute('aria-pressed')).to.equal('false');
      meeting.click();
      await settled(element);
      expect(listNames(element)).to.include('Meeting of Barnet Alliance for Public Services');
    });

    it('filters the month grid too', async () => {
      const element = await jsonCalendar({ view: 'month', categories: 'strike' });
      expect(cell(element, '2018-02-08').querySelectorAll('.day-item')).to.have.length(0);
      expect(cell(element, '2018-02-23').querySelectorAll('.day-item')).to.have.length(1);
    });
  });

  describe('sources', () => {
    it('reads several feeds, each with its own default kind, and offers to subscribe', async () => {
      const source = document.createElement('a');
      source.href = blobUrl(londonMorningIcs);
      source.dataset.calendarSource = '';
      source.dataset.category = 'strike';
      source.textContent = 'Lobbies';
      const element = await calendar({ src: BRANCH_ICS, view: 'list' }, source);
      expect(listNames(element)).to.include('Lobby of Parliament');
      expect(listNames(element)).to.include('Meeting of Barnet Alliance for Public Services');
      const links = [...root(element).querySelectorAll<HTMLAnchorElement>('[part="subscribe"] a')];
      expect(links).to.have.length(2);
      expect(links[0]!.href).to.match(/^webcal:\/\/.*branch-calendar-of-action\.ics$/u);
      expect(links[1]!.href).to.equal(
        `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(new URL(BRANCH_ICS, document.baseURI).href)}`,
      );
    });

    it('gives a source’s default kind to items that name none', async () => {
      const source = document.createElement('a');
      source.href = blobUrl(londonMorningIcs.replace('CATEGORIES:Demo\r\n', ''));
      source.dataset.calendarSource = '';
      source.dataset.category = 'picket';
      const element = await calendar({ view: 'list' }, source);
      expect(root(element).querySelector('.list-item .category')!.textContent).to.contain('Picket');
    });

    it('lists a failed feed by its address while the other feeds still show', async () => {
      const missing = '/packages/action-calendar/test/browser/no-such-feed.ics';
      const element = await calendar({ src: `${BRANCH_ICS} ${missing}`, view: 'list' });
      expect(listNames(element).length).to.be.greaterThan(3);
      const problems = root(element).querySelector('[part="problems"]')!;
      expect(problems.textContent).to.contain('no-such-feed.ics');
      await expectAccessible(element);
    });

    it('names the line of a bad event, and shows the good ones', async () => {
      const broken = recurringCalendarIcs.replace(
        'DTSTART;VALUE=DATE:20180220',
        'DTSTART;VALUE=DATE:2018-02-3x',
      );
      const element = await calendar({ view: 'list' }, script('text/calendar', broken));
      const problems = root(element).querySelector('[part="problems"]')!;
      expect(problems.textContent).to.match(/Line \d+ of/u);
      expect(listNames(element)).to.include('Branch meeting');
    });

    describe('Google Calendar and WordPress', () => {
      const realFetch = window.fetch;
      const asked: string[] = [];
      beforeEach(() => {
        asked.length = 0;
        // The APIs are answered here, as the test machine has no internet.
        window.fetch = async (input: RequestInfo | URL) => {
          const url = String(input instanceof Request ? input.url : input);
          asked.push(url);
          const json = (value: unknown) =>
            new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json' } });
          if (url.startsWith('https://www.googleapis.com/calendar/v3/calendars/'))
            return json({
              kind: 'calendar#events',
              summary: 'Barnet UNISON (Google)',
              timeZone: 'Europe/London',
              items: [
                {
                  id: 'google-meeting',
                  status: 'confirmed',
                  summary: 'Branch committee',
                  start: { dateTime: '2018-02-13T18:00:00Z', timeZone: 'Europe/London' },
                  end: { dateTime: '2018-02-13T19:30:00Z', timeZone: 'Europe/London' },
                },
              ],
            });
          if (url.startsWith('https://branch.example/wp-json/tribe/events/v1/events'))
            return json({
              events: [
                {
                  id: 7,
                  title: 'Picket of the depot',
                  description: '',
                  url: 'https://branch.example/event/picket/',
                  all_day: false,
                  start_date: '2018-02-20 06:30:00',
                  end_date: '2018-02-20 09:00:00',
                  utc_start_date: '2018-02-20 06:30:00',
                  utc_end_date: '2018-02-20 09:00:00',
                  timezone: 'Europe/London',
                  categories: [{ name: 'Picket', slug: 'picket' }],
                  tags: [],
                },
              ],
              total: 1,
              total_pages: 1,
            });
          return realFetch(input);
        };
      });
      afterEach(() => {
        window.fetch = realFetch;
      });

      it('reads a public Google calendar through the API, for the months around the first shown', async () => {
        const element = await calendar({
          view: 'list',
          'google-calendar-id': 'branch@group.calendar.google.com',
          'google-api-key': 'KEY',
        });
        expect(listNames(element)).to.deep.equal(['Branch committee']);
        const url = new URL(asked.find((address) => address.includes('googleapis'))!);
        expect(url.searchParams.get('key')).to.equal('KEY');
        expect(url.searchParams.get('timeMin')! < '2018-01-01').to.equal(true);
        expect(url.searchParams.get('timeMax')! > '2019-01-01').to.equal(true);
      });

      it('asks Google again when the grid reaches days past the months it has', async () => {
        const element = await calendar({
          view: 'month',
          // Not the calendar above: core keeps what a page has fetched.
          'google-calendar-id': 'committee@group.calendar.google.com',
          'google-api-key': 'KEY',
        });
        const asks = () => asked.filter((address) => address.includes('googleapis')).length;
        expect(asks()).to.equal(1);
        // It has January 2018 to February 2019; February 2019's grid runs on to Sunday 3 March.
        element.start = '2019-02';
        await settled(element);
        expect(asks()).to.equal(2);
      });

      it('reads The Events Calendar from a WordPress site, with its categories', async () => {
        const element = await calendar({
          view: 'list',
          wordpress: 'https://branch.example/wp-json/tribe/events/v1/events',
        });
        expect(listNames(element)).to.deep.equal(['Picket of the depot']);
        expect(root(element).querySelector('.list-item .category')!.textContent).to.contain('Picket');
      });
    });

    it('shows an error and fires placard-error when no feed can be read', async () => {
      const element = document.createElement('placard-action-calendar');
      element.setAttribute('src', '/packages/action-calendar/test/browser/no-such-feed.ics');
      const failed = oneEvent(element, 'placard-error');
      const shown = await fixture<PlacardActionCalendar>(element);
      const event = await failed;
      await settled(shown);
      expect(event.detail.error.message).to.contain('no-such-feed.ics');
      const error = root(shown).querySelector('[part="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.contain('This calendar could not be shown');
      await expectAccessible(shown);
    });

    it('says how to give it events when it has none', async () => {
      const element = await calendar({});
      const error = root(element).querySelector('[part="error"]')!;
      expect(error.textContent).to.contain('The calendar has no events to read');
      await expectAccessible(element);
    });

    it('fires placard-load with the feeds', async () => {
      const element = document.createElement('placard-action-calendar');
      element.setAttribute('src', BRANCH_ICS);
      const loaded = oneEvent(element, 'placard-load');
      await fixture(element);
      const event = await loaded;
      expect((event.detail.data as { feeds: unknown[] }).feeds).to.have.length(1);
    });
  });

  describe('time zones', () => {
    afterEach(() => emulateTimeZone(''));

    it('shows an in-person event at the venue’s time to a reader in New York', async () => {
      await emulateTimeZone('America/New_York');
      const element = await calendar({ view: 'list' }, script('text/calendar', londonMorningIcs));
      const when = root(element).querySelector('.list-item .when')!.textContent!;
      expect(when).to.contain('11:15');
      expect(when).to.contain('GMT');
      expect(when).to.contain('where you are');
      const month = await calendar({ view: 'month' }, script('text/calendar', londonMorningIcs));
      // The grid names the zone too, as the reader's own clocks say 06:15.
      expect(cell(month, '2018-02-14').querySelector('.time')!.textContent).to.equal('11:15 GMT');
    });
  });

  describe('hostile input', () => {
    it('keeps hostile names, descriptions and links inert in every view and the details', async () => {
      const hostile = {
        name: hostileText,
        events: [
          {
            name: hostileText,
            start: '2018-02-14',
            description: hostileText,
            url: hostileUrl,
            venue: { name: hostileText, address: hostileText },
            tags: [hostileText],
            category: hostileText,
          },
        ],
      };
      const element = await jsonCalendar({ view: 'list' }, hostile);
      expectInert(element);
      expect(shadowText(element)).to.contain('<img');
      root(element).querySelector<HTMLButtonElement>('.item-button')!.click();
      await settled(element);
      const card = root(element).querySelector('placard-event-card')!;
      await settled(card);
      expectInert(card);
      root(element).querySelector('dialog')!.close();
      element.view = 'month';
      await settled(element);
      expectInert(element);
    });
  });

  describe('Welsh', () => {
    it('shows words, months and days in Welsh', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy"></div>`);
      const element = document.createElement('placard-action-calendar');
      for (const [name, value] of Object.entries({ now: calendarNow, start: calendarStart, view: 'month' }))
        element.setAttribute(name, value);
      element.append(script('application/json', JSON.stringify(branchCalendarJson)));
      wrapper.append(element);
      await settled(element as PlacardActionCalendar);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await settled(element as PlacardActionCalendar);
      const text = shadowText(element);
      expect(text).to.contain('Chwefror');
      expect(text).to.contain('Streic');
      await expectAccessible(element);
      element.setAttribute('view', 'list');
      await settled(element as PlacardActionCalendar);
      await expectAccessible(element);
      filterButton(element as PlacardActionCalendar, 'Streic').click();
      await settled(element as PlacardActionCalendar);
      expect(element.shadowRoot!.querySelector('.filters + [role="status"]')!.textContent).to.match(
        /^\s*\d+ digwyddiad i’w gweld\.\s*$/u,
      );
    });
  });

  describe('a feed of 5,000 events', () => {
    it('renders its first month; the longest task is reported', async () => {
      const src = blobUrl(bigCalendarIcs(5_000));
      const started = performance.now();
      const longTasks: number[] = [];
      const observer = new PerformanceObserver((list) => {
        // Buffered entries include the earlier tests' tasks: only this test's count.
        for (const entry of list.getEntries()) if (entry.startTime >= started) longTasks.push(entry.duration);
      });
      observer.observe({ type: 'longtask', buffered: true });
      const element = await calendar({ src, view: 'month', start: '2018-06' });
      const elapsed = performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 100));
      observer.disconnect();
      // Each busy day shows three items and "N more".
      expect(root(element).querySelectorAll('td[data-date^="2018-06"] .day-item').length).to.equal(90);
      expect(root(element).querySelectorAll('td[data-date^="2018-06"] .more-button').length).to.equal(30);
      const longest = Math.max(0, ...longTasks);
      console.log(
        `5,000-event feed: first month shown in ${Math.round(elapsed)} ms; ${longTasks.length} long tasks, the longest ${Math.round(longest)} ms`,
      );
    });
  });
});
