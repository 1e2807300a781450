/**
 * Reading microformats2 `h-event` markup in real Chromium.
 */
import { expect, fixture } from '@open-wc/testing';
import { PlacardInputError, type PlacardErrorCode } from '../../src/model/errors.js';
import { parseHEvent, readHEvent } from '../../src/sources/h-event.js';
import { RALLY_EVENT, RALLY_H_EVENT_HTML } from '../unit/sources-fixtures.js';

const LONDON = { defaultTimeZone: 'Europe/London' };

async function expectInputError(
  promise: Promise<unknown>,
  expected: { code: PlacardErrorCode; field: string; message: string },
): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).to.be.instanceOf(PlacardInputError);
  const { code, field, message } = error as PlacardInputError;
  expect({ code, field, message }).to.deep.equal(expected);
}

/** Parses markup placed inside a fresh fixture element. */
async function parse(markup: string) {
  const root = await fixture<HTMLElement>(`<div>${markup}</div>`);
  return parseHEvent(root, LONDON);
}

describe('parseHEvent', () => {
  it('reads the rally', async () => {
    const root = await fixture<HTMLElement>(RALLY_H_EVENT_HTML);
    expect(await parseHEvent(root, LONDON)).to.deep.equal(RALLY_EVENT);
  });

  it('finds the h-event inside a container, such as the widget’s light DOM', async () => {
    expect(await parse(RALLY_H_EVENT_HTML)).to.deep.equal(RALLY_EVENT);
  });

  it('does not take a nested h-card’s name for the event’s', async () => {
    const event = await parse(`<div class="h-event">
      <span class="p-location h-card"><span class="p-name">Conway Hall</span></span>
      <span class="p-name">Branch AGM</span>
      <time class="dt-start" datetime="2018-03-07T18:30">7 March</time></div>`);
    expect(event).to.include({ name: 'Branch AGM' });
    expect(event.venue).to.deep.equal({ name: 'Conway Hall' });
  });

  it('reads dates from the value-class pattern, abbr and data, and 12-hour times', async () => {
    const valueClass = await parse(`<div class="h-event"><span class="p-name">AGM</span>
      <span class="dt-start"><span class="value">2018-03-07</span> at <span class="value">6:30pm</span></span>
      <span class="dt-end"><span class="value-title" title="20:00"></span>8pm</span></div>`);
    expect(valueClass).to.deep.include({
      start: new Date('2018-03-07T18:30:00Z'),
      end: new Date('2018-03-07T20:00:00Z'),
    });

    const abbr = await parse(`<div class="h-event"><span class="p-name">AGM</span>
      <abbr class="dt-start" title="2018-03-07 18:30">7 March</abbr>
      <data class="dt-end" value="2018-03-07T20:00+0000">8pm</data></div>`);
    expect(abbr).to.deep.include({
      start: new Date('2018-03-07T18:30:00Z'),
      end: new Date('2018-03-07T20:00:00Z'),
    });
  });

  it('reads a date without a time as an all-day event', async () => {
    const event = await parse(`<div class="h-event"><span class="p-name">1-day strike</span>
      <time class="dt-start" datetime="2018-07-10">10 July</time></div>`);
    expect(event).to.deep.include({ allDay: true, startDate: '2018-07-10', endDate: '2018-07-10' });
  });

  it('reads places given as text, as an h-adr, or as address classes on the event', async () => {
    const base =
      '<span class="p-name">Leafleting</span><time class="dt-start" datetime="2018-02-27T10:00"></time>';
    const text = await parse(
      `<div class="h-event">${base}<span class="p-location">25 Maddox St</span></div>`,
    );
    expect(text.venue).to.deep.equal({ name: '25 Maddox St' });

    const adr = await parse(`<div class="h-event">${base}<p class="p-location h-adr">
      <span class="p-street-address">25 Maddox St</span>, <span class="p-locality">London</span>,
      <span class="p-postal-code">W1S 2QN</span></p></div>`);
    expect(adr.venue).to.deep.equal({ address: '25 Maddox St\nLondon\nW1S 2QN' });

    const direct = await parse(`<div class="h-event">${base}
      <span class="p-street-address">25 Maddox St</span> <span class="p-postal-code">W1S 2QN</span></div>`);
    expect(direct.venue).to.deep.equal({ address: '25 Maddox St\nW1S 2QN' });

    const card = await parse(`<div class="h-event">${base}<p class="p-location h-card">Conway Hall
      <span class="p-adr h-adr"><span class="p-street-address">25 Red Lion Square</span></span></p></div>`);
    expect(card.venue).to.deep.equal({ address: '25 Red Lion Square' });
  });

  it('reads links, image, tags, status, id and parties', async () => {
    const event = await parse(`<div class="h-event">
      <a class="u-url p-name" href="/events/agm">Branch AGM</a>
      <data class="u-uid" value="agm-2018"></data>
      <time class="dt-start" datetime="2018-03-07T18:30+00:00"></time>
      <img class="u-photo" src="https://example.org/agm.jpg" alt="Poster">
      <span class="p-category">AGM</span> <span class="p-category">#elections</span>
      <strong class="p-status">Cancelled</strong>
      <a class="p-organizer" href="https://camden.example/">Camden UNISON</a>
      <span class="p-performer h-card"><a class="p-name u-url" href="https://example.org/chair">Chair</a>
        <span class="p-role">Branch chair</span></span>
      <span class="p-sponsor">Trades Council</span></div>`);
    expect(event).to.deep.equal({
      id: 'agm-2018',
      name: 'Branch AGM',
      status: 'cancelled',
      allDay: false,
      start: new Date('2018-03-07T18:30:00Z'),
      timeZone: 'Europe/London',
      url: new URL('/events/agm', document.baseURI).href,
      image: 'https://example.org/agm.jpg',
      tags: ['AGM', '#elections'],
      organiser: { name: 'Camden UNISON', url: 'https://camden.example/' },
      speakers: [{ name: 'Chair', role: 'Branch chair', url: 'https://example.org/chair' }],
      supporters: [{ name: 'Trades Council' }],
    });
  });

  it('reads descriptions as plain text with paragraphs, never as HTML', async () => {
    const event = await parse(`<div class="h-event"><span class="p-name">AGM</span>
      <time class="dt-start" datetime="2018-03-07T18:30"></time>
      <div class="e-content">
        <p>All members   welcome.<br>Tea provided.</p>
        <ul><li>Elections</li><li>Motions &amp; reports</li></ul>
        <p>&lt;img src=x onerror=alert(1)&gt; <img src="data:," alt="[poster]"></p>
        <script>window.__placardHEventScriptRan = true;</script><style>p { color: red }</style>
      </div></div>`);
    expect(event.description).to.equal(
      'All members welcome.\nTea provided.\n\nElections\n\nMotions & reports\n\n<img src=x onerror=alert(1)> [poster]',
    );
  });

  it('falls back to p-summary for the description', async () => {
    const event = await parse(`<div class="h-event"><span class="p-name">AGM</span>
      <time class="dt-start" datetime="2018-03-07T18:30"></time><p class="p-summary">Annual meeting.</p></div>`);
    expect(event.description).to.equal('Annual meeting.');
  });

  it('keeps hostile text literal and drops script links', async () => {
    const event = await parse(`<div class="h-event">
      <a class="p-name u-url" href="javascript:alert(1)">&lt;img src=x onerror=alert(1)&gt;</a>
      <time class="dt-start" datetime="2018-03-07T18:30"></time>
      <img class="u-photo" src="data:image/svg+xml,%3Csvg onload='alert(1)'%3E" alt=""></div>`);
    expect(event.name).to.equal('<img src=x onerror=alert(1)>');
    expect(event).not.to.have.property('url');
    expect(event).not.to.have.property('image');
  });
});

describe('readHEvent', () => {
  it('returns the unchecked fields, with an end time given the start’s date', async () => {
    const root = await fixture<HTMLElement>(RALLY_H_EVENT_HTML);
    const fields = readHEvent(root);
    expect(fields).to.include({ name: RALLY_EVENT.name, start: '2018-03-15T18:30', end: '2018-03-15T20:00' });
    expect(fields.venue).to.deep.equal({
      name: 'Unite The Union',
      address: '128 Theobalds Road\nLondon\nWC1X 8TN',
    });
  });
});

describe('parseHEvent: messages', () => {
  it('says when there is no h-event', async () => {
    await expectInputError(parse('<p>Nothing here</p>'), {
      code: 'not-found',
      field: 'h-event',
      message:
        'There is no h-event markup here. Wrap the event’s details in an element with class="h-event", e.g. <div class="h-event"><span class="p-name">Branch AGM</span> …</div>.',
    });
  });

  it('names the missing class', async () => {
    await expectInputError(
      parse('<div class="h-event"><time class="dt-start" datetime="2018-03-07T18:30"></time></div>'),
      {
        code: 'missing-field',
        field: 'p-name',
        message:
          'The h-event has no name. Mark the element holding it with class="p-name", e.g. <span class="p-name">Branch AGM</span>.',
      },
    );
    await expectInputError(parse('<div class="h-event"><span class="p-name">AGM</span></div>'), {
      code: 'missing-field',
      field: 'dt-start',
      message:
        'The h-event has no start date or time. Add a date element, e.g. <time class="dt-start" datetime="2018-03-15T18:30">15 March 2018, 6.30pm</time>.',
    });
  });

  it('names the element with an unreadable or impossible date', async () => {
    await expectInputError(
      parse(
        '<div class="h-event"><span class="p-name">AGM</span><span class="dt-start">Thursday</span></div>',
      ),
      {
        code: 'invalid-date',
        field: 'dt-start',
        message:
          'The dt-start "Thursday" is not a date Placard can read. Write dates as 2018-03-15 or 2018-03-15T18:30.',
      },
    );
    await expectInputError(
      parse(`<div class="h-event"><span class="p-name">AGM</span>
        <time class="dt-start" datetime="2018-03-07T18:30"></time><time class="dt-end" datetime="18:00"></time></div>`),
      {
        code: 'end-before-start',
        field: 'dt-end',
        message:
          'The end (18:00) is before the start (18:30). Correct the dt-end element, or leave it out if the end time is not known.',
      },
    );
  });

  it('names an unknown status', async () => {
    await expectInputError(
      parse(`<div class="h-event"><span class="p-name">AGM</span>
        <time class="dt-start" datetime="2018-03-07T18:30"></time><span class="p-status">Maybe</span></div>`),
      {
        code: 'invalid-value',
        field: 'p-status',
        message:
          'The p-status "Maybe" is not a status Placard knows. Use one of: scheduled, cancelled, postponed, rescheduled, moved-online.',
      },
    );
  });
});
