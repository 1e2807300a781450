import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { barnetAgendaHtml, barnetAgendaJson, barnetAgendaJsonLd } from '@placard/test-kit/agenda-fixtures.js';
import { hostileText, hostileUrl } from '@placard/test-kit/fixtures.js';
import { expectAccessible, expectInert, settled, shadowText } from '@placard/test-kit/suites.js';
import type { PlacardAgenda } from '../../src/agenda.js';
import '../../src/placard-agenda.js';

const BEFORE = '2018-02-08T16:30:00Z';
const LIVE = '2018-02-08T19:06:00Z';
const LATER = '2018-02-08T19:31:00Z';
const ENDED = '2018-02-08T21:00:00Z';

function jsonScript(type: string, value: unknown): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = type;
  script.textContent = JSON.stringify(value);
  return script;
}

/** An agenda element from a child script, with attributes. */
async function agendaFrom(
  value: unknown = barnetAgendaJson,
  attributes: Record<string, string> = {},
  type = 'application/json',
): Promise<PlacardAgenda> {
  const element = document.createElement('placard-agenda');
  for (const [name, attribute] of Object.entries({ now: LIVE, ...attributes }))
    element.setAttribute(name, attribute);
  element.append(jsonScript(type, value));
  const agenda = await fixture<PlacardAgenda>(element);
  await settled(agenda);
  return agenda;
}

function items(agenda: PlacardAgenda): HTMLLIElement[] {
  return [...agenda.shadowRoot!.querySelectorAll<HTMLLIElement>('li.item')];
}

function current(agenda: PlacardAgenda): HTMLLIElement[] {
  return [...agenda.shadowRoot!.querySelectorAll<HTMLLIElement>('li[aria-current="time"]')];
}

function status(agenda: PlacardAgenda): string {
  return (agenda.shadowRoot!.querySelector('[part="status"]')?.textContent ?? '')
    .replace(/\s+/gu, ' ')
    .trim();
}

describe('<placard-agenda>', () => {
  afterEach(async () => {
    delete window.__placardPwned;
    await emulateMedia({ media: 'screen' });
  });

  describe('the sample agenda', () => {
    it('renders seven numbered items with their times and durations, closed by "Meeting Ends"', async () => {
      const agenda = await agendaFrom();
      const heading = agenda.shadowRoot!.querySelector('[part="heading"]')!;
      expect(heading.localName).to.equal('h2');
      expect(heading.textContent).to.equal(barnetAgendaJson.name);
      const list = items(agenda);
      expect(list).to.have.length(7);
      expect(list.map((item) => item.querySelector('.number')!.textContent)).to.deep.equal([
        '1',
        '2',
        '3',
        '4',
        '5',
        '6',
        '7',
      ]);
      expect(list.map((item) => item.querySelector('time')!.textContent)).to.deep.equal([
        '19:00',
        '19:05',
        '19:10',
        '19:30',
        '20:00',
        '20:20',
        '20:30',
      ]);
      expect(list[0]!.querySelector('time')!.getAttribute('datetime')).to.equal('2018-02-08T19:00:00.000Z');
      const durations = list.map(
        (item) => item.querySelector('.duration [aria-hidden]')?.textContent ?? null,
      );
      expect(durations).to.deep.equal(['5 mins', '5 mins', '20 mins', '30 mins', '20 mins', '10 mins', null]);
      expect(list[6]!.textContent).to.contain('Meeting Ends');
      expect(list[5]!.querySelector('.notes')!.textContent).to.contain('Please submit motions');
      const ol = agenda.shadowRoot!.querySelector('ol')!;
      expect(ol.start).to.equal(1);
      const when = agenda.shadowRoot!.querySelector('[part="details"] time')!;
      expect(when.getAttribute('datetime')).to.equal('2018-02-08T18:30+00:00');
      expect(shadowText(agenda)).to.contain('Greek Cypriot Brotherhood');
      expect(agenda.shadowRoot!.querySelector('placard-add-to-calendar')).to.exist;
    });

    it('reads the same agenda from JSON-LD', async () => {
      const agenda = await agendaFrom(barnetAgendaJsonLd, {}, 'application/ld+json');
      expect(items(agenda)).to.have.length(7);
    });

    it('reads the same agenda from a src address and fires placard-load', async () => {
      const src = URL.createObjectURL(
        new Blob([JSON.stringify(barnetAgendaJson)], { type: 'application/json' }),
      );
      const element = Object.assign(document.createElement('placard-agenda'), { src });
      element.setAttribute('now', LIVE);
      const loaded = oneEvent(element, 'placard-load');
      const agenda = await fixture<PlacardAgenda>(element);
      await loaded;
      await settled(agenda);
      expect(items(agenda)).to.have.length(7);
    });

    it('reads light-DOM markup, which is visible before the element upgrades', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      host.innerHTML = `<placard-later-agenda>${barnetAgendaHtml}</placard-later-agenda>`;
      const before = host.querySelector('placard-later-agenda li') as HTMLElement;
      expect(before.getBoundingClientRect().height).to.be.greaterThan(0);
      const element = document.createElement('placard-agenda');
      element.setAttribute('now', LIVE);
      element.innerHTML = barnetAgendaHtml;
      const agenda = await fixture<PlacardAgenda>(element);
      await settled(agenda);
      const list = items(agenda);
      expect(list).to.have.length(7);
      expect(list[6]!.textContent).to.contain('Meeting Ends');
      expect(list[6]!.querySelector('time')!.textContent).to.equal('20:30');
    });
  });

  describe('live state', () => {
    it('marks the current item and moves the marker when now changes', async () => {
      const agenda = await agendaFrom();
      expect(current(agenda)).to.have.length(1);
      expect(current(agenda)[0]!.querySelector('.number')!.textContent).to.equal('2');
      expect(current(agenda)[0]!.querySelector('.now-badge')!.textContent).to.contain('Now');
      expect(status(agenda)).to.contain('Now: Review minutes');
      expect(status(agenda)).to.contain('Next: Guest speaker from CWU at 19:10');
      expect(agenda.shadowRoot!.querySelector('[part="status"] [aria-live="polite"]')).to.exist;
      await expectAccessible(agenda);

      agenda.setAttribute('now', LATER);
      await settled(agenda);
      expect(current(agenda)).to.have.length(1);
      expect(current(agenda)[0]!.querySelector('.number')!.textContent).to.equal('4');
      expect(status(agenda)).to.contain('Now: Plan for the coming year');
      expect(status(agenda)).to.contain('Next: Any other industrial reports at 20:00');
    });

    it('counts down before the meeting', async () => {
      const agenda = await agendaFrom(barnetAgendaJson, { now: BEFORE });
      expect(status(agenda)).to.contain('Starts in 2 hours');
      expect(current(agenda)).to.have.length(0);
      await expectAccessible(agenda);
    });

    it('says when the meeting has ended, and offers no calendar', async () => {
      const agenda = await agendaFrom(barnetAgendaJson, { now: ENDED });
      expect(status(agenda)).to.contain('This meeting has ended.');
      expect(current(agenda)).to.have.length(0);
      expect(agenda.shadowRoot!.querySelector('placard-add-to-calendar')).to.equal(null);
      await expectAccessible(agenda);
    });

    it('shows deadlines as passed or with the time left', async () => {
      const after = await agendaFrom();
      expect(after.shadowRoot!.querySelector('[part="deadlines"]')!.textContent).to.contain(
        'Deadline passed',
      );
      const before = await agendaFrom(barnetAgendaJson, { now: '2018-01-31T00:00:00Z' });
      expect(before.shadowRoot!.querySelector('[part="deadlines"]')!.textContent).to.contain(
        'Closes in 5 days',
      );
    });
  });

  describe('sections and papers', () => {
    it('continues numbering across sections and lists papers with type and size', async () => {
      const agenda = await agendaFrom({
        name: 'Branch AGM',
        start: '2018-03-07T18:00',
        timeZone: 'Europe/London',
        sections: [
          {
            title: 'Part 1: Branch business',
            items: [
              {
                time: '18:00',
                title: 'Minutes',
                presenter: 'Branch secretary',
                attachments: [
                  { url: 'https://example.org/minutes.pdf', title: 'Minutes', type: 'PDF', size: 240000 },
                ],
              },
              { time: '18:10', title: 'Treasurer’s report' },
            ],
          },
          {
            title: 'Part 2: Motions',
            items: [
              { time: '18:30', title: 'Motions' },
              { time: '19:00', title: 'Close', kind: 'end' },
            ],
          },
        ],
      });
      const sections = agenda.shadowRoot!.querySelectorAll('section[part="section"]');
      expect(sections).to.have.length(2);
      expect(sections[1]!.querySelector('h3')!.textContent).to.contain('Part 2: Motions');
      expect(sections[1]!.querySelector('ol')!.start).to.equal(3);
      const link = agenda.shadowRoot!.querySelector<HTMLAnchorElement>('.attachments a')!;
      expect(link.textContent).to.match(/^Minutes \(PDF, 240 kB\)$/iu);
      expect(shadowText(agenda)).to.contain('Presented by Branch secretary');
      await expectAccessible(agenda);
    });
  });

  describe('problems and errors', () => {
    it('lists an out-of-order item as a problem while the other items still show', async () => {
      const items2 = barnetAgendaJson.items.map((item) => ({ ...item }));
      items2[3] = { ...items2[3]!, time: '19:02' };
      const agenda = await agendaFrom({ ...barnetAgendaJson, items: items2 });
      const problems = agenda.shadowRoot!.querySelector('[part="problems"]');
      expect(problems, 'problems list').to.exist;
      expect(problems!.querySelectorAll('li').length).to.be.greaterThan(0);
      expect(problems!.textContent).to.contain('Some items could not be shown as written');
      expect(items(agenda).length).to.be.greaterThanOrEqual(6);
      await expectAccessible(agenda);
    });

    it('shows an error box and fires placard-error for unusable input', async () => {
      const element = document.createElement('placard-agenda');
      element.append(jsonScript('application/json', { name: 'No start', items: [] }));
      const failed = oneEvent(element, 'placard-error');
      const agenda = await fixture<PlacardAgenda>(element);
      await failed;
      await settled(agenda);
      const error = agenda.shadowRoot!.querySelector('[part="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.contain('This agenda could not be shown');
      await expectAccessible(agenda);
    });

    it('keeps the last good agenda when a later input fails', async () => {
      const agenda = await agendaFrom();
      agenda.querySelector('script')!.textContent = '{ not json';
      await new Promise((resolve) => setTimeout(resolve, 0));
      await settled(agenda);
      expect(items(agenda)).to.have.length(7);
      expect(agenda.shadowRoot!.querySelector('[part="error"]')).to.exist;
    });
  });

  describe('hostile input', () => {
    it('keeps hostile text inert', async () => {
      const agenda = await agendaFrom({
        ...barnetAgendaJson,
        name: `Meeting ${hostileText}`,
        venue: hostileText,
        items: barnetAgendaJson.items.map((item, index) =>
          index === 1
            ? {
                ...item,
                title: hostileText,
                notes: hostileText,
                presenter: hostileText,
                attachments: [{ url: hostileUrl, title: hostileText }],
              }
            : item,
        ),
        deadlines: [{ title: hostileText, due: '2018-02-05T00:00', url: hostileUrl }],
      });
      expectInert(agenda);
      expect(shadowText(agenda)).to.contain('<img');
    });
  });

  describe('print', () => {
    it('hides the calendar and live status in print and stays accessible', async () => {
      const agenda = await agendaFrom();
      await emulateMedia({ media: 'print' });
      const actions = agenda.shadowRoot!.querySelector<HTMLElement>('[part="actions"]')!;
      const statusBox = agenda.shadowRoot!.querySelector<HTMLElement>('[part="status"]')!;
      expect(getComputedStyle(actions).display).to.equal('none');
      expect(getComputedStyle(statusBox).display).to.equal('none');
      expect(items(agenda)).to.have.length(7);
      await expectAccessible(agenda);
    });

    it('shows the same print layout on screen under print-layout', async () => {
      const agenda = await agendaFrom();
      const display = (part: string) =>
        getComputedStyle(agenda.shadowRoot!.querySelector<HTMLElement>(`[part="${part}"]`)!).display;
      expect(display('actions')).to.not.equal('none');
      agenda.printLayout = true;
      await settled(agenda);
      expect(agenda.hasAttribute('print-layout')).to.equal(true);
      expect(display('actions')).to.equal('none');
      expect(display('status')).to.equal('none');
      await expectAccessible(agenda);
    });
  });

  describe('Welsh', () => {
    it('shows strings and times in Welsh when the page is in Welsh', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy"></div>`);
      const element = document.createElement('placard-agenda');
      element.setAttribute('now', LIVE);
      element.append(jsonScript('application/json', barnetAgendaJson));
      wrapper.append(element);
      await settled(element as PlacardAgenda);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await settled(element as PlacardAgenda);
      const text = shadowText(element);
      expect(text).to.contain('Chwefror');
      expect(text).to.contain('Nawr');
      expect(text).to.contain('5 mun');
      await expectAccessible(element);
    });
  });
});
