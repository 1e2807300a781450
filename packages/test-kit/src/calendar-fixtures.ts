/**
 * The action calendar's examples, shared by its stories and browser tests:
 * a branch's February–March 2018 in Placard calendar JSON, the same kind of
 * calendar as `h-event` markup and as iCalendar with a repeating meeting, and
 * a generator for very large feeds.
 */

/** The month the examples are in, for `start`. */
export const calendarStart = '2018-02';
/** A fixed "now" before the examples, so every item is upcoming. */
export const calendarNow = '2018-02-01T09:00:00Z';

/** A branch calendar as Placard calendar JSON: every kind of action, a multi-day strike, times in London. */
export const branchCalendarJson = {
  name: 'Barnet UNISON calendar of action',
  timeZone: 'Europe/London',
  events: [
    {
      id: 'baps-meeting',
      name: 'Meeting of Barnet Alliance for Public Services',
      start: '2018-02-08T18:30',
      end: '2018-02-08T20:30',
      venue: { name: 'Greek Cypriot Brotherhood', address: '2 Britannia Road, London N12 9RU' },
      category: 'meeting',
      url: 'https://example.org/events/baps-meeting',
    },
    {
      id: 'sutr-conference',
      name: 'Stand Up To Racism Trades Union conference',
      start: '2018-02-10',
      category: 'conference',
      tags: ['StandUpToRacism'],
    },
    {
      id: 'heartunions',
      name: 'TUC #heartunions week',
      start: '2018-02-12',
      end: '2018-02-18',
      category: 'other',
      tags: ['heartunions'],
    },
    {
      id: 'ucu-strike',
      name: 'University staff strike',
      start: '2018-02-22',
      end: '2018-02-28',
      category: 'strike',
      description: 'Strike days over pensions. Join your nearest picket line.',
    },
    {
      id: 'picket',
      name: 'Picket at the town hall',
      start: '2018-02-22T07:30',
      end: '2018-02-22T09:30',
      venue: { name: 'Barnet town hall', address: 'The Burroughs, London NW4 4BG' },
      category: 'picket',
    },
    {
      id: 'online-briefing',
      name: 'Online members’ briefing',
      start: '2018-02-27T19:00',
      end: '2018-02-27T20:00',
      onlineUrl: 'https://example.org/briefing',
      category: 'meeting',
    },
    {
      id: 'nhs-social',
      name: 'Sing Your Heart Out 4 NHS',
      start: '2018-03-03',
      category: 'social',
    },
    {
      id: 'rally',
      name: 'Emergency rally – Keep Trump’s Hands Off Latin America!',
      start: '2018-03-15T18:30',
      end: '2018-03-15T20:00',
      venue: { name: 'Unite The Union', address: '128 Theobalds Road, London WC1X 8TN' },
      category: 'demo',
    },
    {
      id: 'march-against-racism',
      name: 'International March Against Racism',
      start: '2018-03-17',
      category: 'demo',
      status: 'cancelled',
    },
  ],
};

/** A few of the same items as `h-event` markup: what readers see before the calendar loads, or without JavaScript. */
export const branchCalendarHtml = `<ul>
  <li class="h-event"><span class="p-name">Meeting of Barnet Alliance for Public Services</span>,
    <time class="dt-start" datetime="2018-02-08T18:30">Thursday 8 February, 6.30pm</time>–<time class="dt-end" datetime="20:30">8.30pm</time>,
    <span class="p-location">Greek Cypriot Brotherhood</span> <span class="p-category">Meeting</span></li>
  <li class="h-event"><span class="p-name">TUC #heartunions week</span>,
    <time class="dt-start" datetime="2018-02-12">12</time>–<time class="dt-end" datetime="2018-02-18">18 February</time></li>
  <li class="h-event"><span class="p-name">University staff strike</span>,
    <time class="dt-start" datetime="2018-02-22">22</time>–<time class="dt-end" datetime="2018-02-28">28 February</time>
    <span class="p-category">Strike</span></li>
</ul>`;

/** iCalendar lines, joined as a file is. */
function icsText(lines: string[]): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Placard//Examples//EN',
    'X-WR-TIMEZONE:Europe/London',
    ...lines,
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

/** A branch meeting every second Thursday, one occurrence moved and one cancelled, plus a strike. */
export const recurringCalendarIcs = icsText([
  'X-WR-CALNAME:Branch meetings',
  'BEGIN:VEVENT',
  'UID:branch-meeting@branch.example',
  'DTSTAMP:20180101T090000Z',
  'SUMMARY:Branch meeting',
  'CATEGORIES:Branch meeting',
  'LOCATION:Trades Hall\\, 1 High Street',
  'DTSTART;TZID=Europe/London:20180104T190000',
  'DTEND;TZID=Europe/London:20180104T203000',
  'RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=12',
  'EXDATE;TZID=Europe/London:20180301T190000',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:branch-meeting@branch.example',
  'DTSTAMP:20180101T090000Z',
  'RECURRENCE-ID;TZID=Europe/London:20180215T190000',
  'SUMMARY:Branch meeting (moved to Friday)',
  'CATEGORIES:Branch meeting',
  'LOCATION:Trades Hall\\, 1 High Street',
  'DTSTART;TZID=Europe/London:20180216T190000',
  'DTEND;TZID=Europe/London:20180216T203000',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:strike@branch.example',
  'DTSTAMP:20180101T090000Z',
  'SUMMARY:Strike day',
  'CATEGORIES:Strike',
  'DTSTART;VALUE=DATE:20180220',
  'END:VEVENT',
]);

/** An event at 11:15 London time at a London venue, for readers in other zones. */
export const londonMorningIcs = icsText([
  'BEGIN:VEVENT',
  'UID:lobby@branch.example',
  'DTSTAMP:20180101T090000Z',
  'SUMMARY:Lobby of Parliament',
  'CATEGORIES:Demo',
  'LOCATION:Westminster Hall\\, London',
  'DTSTART;TZID=Europe/London:20180214T111500',
  'DTEND;TZID=Europe/London:20180214T130000',
  'END:VEVENT',
]);

/**
 * A regional feed of `count` events over 2018: every day busy, one in ten an
 * all-day strike, the rest timed in London. For checking that big feeds load
 * without freezing the page.
 */
export function bigCalendarIcs(count = 5_000): string {
  const lines: string[] = ['X-WR-CALNAME:Every branch in the region'];
  const first = Date.UTC(2018, 0, 1);
  for (let i = 0; i < count; i += 1) {
    const day = new Date(first + (i % 365) * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
    const hour = String(8 + (i % 12)).padStart(2, '0');
    lines.push(
      'BEGIN:VEVENT',
      `UID:event-${i}@region.example`,
      'DTSTAMP:20180101T090000Z',
      `SUMMARY:Action ${i}`,
      i % 10 === 0 ? `DTSTART;VALUE=DATE:${day}` : `DTSTART;TZID=Europe/London:${day}T${hour}0000`,
      i % 10 === 0 ? 'CATEGORIES:Strike' : 'DURATION:PT1H30M',
      ...(i % 10 === 0 ? [] : [`CATEGORIES:${['Picket', 'Demo', 'Meeting', 'Social'][i % 4]}`]),
      'END:VEVENT',
    );
  }
  return icsText(lines);
}
