/**
 * The emergency rally from the sample content (shared/samples/000, lines 1–30),
 * written in each input format Placard reads, and the event they all mean.
 * Used by the unit tests and the h-event browser test.
 */
import type { PlacardEvent } from '../../src/model/event.js';

export const RALLY_NAME = 'Emergency rally – Keep Trump’s Hands Off Latin America!';
export const RALLY_ADDRESS = '128 Theobalds Road\nLondon\nWC1X 8TN';
export const RALLY_DESCRIPTION = 'Plus guests from Bolivia, Nicaragua and Venezuela.';

/** What every format below parses to. */
export const RALLY_EVENT: PlacardEvent = {
  name: RALLY_NAME,
  status: 'scheduled',
  allDay: false,
  start: new Date('2018-03-15T18:30:00Z'),
  end: new Date('2018-03-15T20:00:00Z'),
  timeZone: 'Europe/London',
  venue: { name: 'Unite The Union', address: RALLY_ADDRESS },
  description: RALLY_DESCRIPTION,
  organiser: { name: 'VSC' },
  speakers: [
    { name: 'Chris Williamson MP' },
    { name: 'Christine Blower', role: 'National Education Union, NUT Section' },
    {
      name: 'Dr. Francisco Dominguez',
      role: 'co-author, RightWing Politics in the New Latin America: Reaction and Revolt.',
    },
  ],
  supporters: [{ name: 'Nicaragua Solidarity Action Group' }, { name: 'Thompsons Solicitors' }],
  tags: [],
};

/** The parts of the rally that attributes can carry. */
export const RALLY_ATTRIBUTES = {
  name: RALLY_NAME,
  start: '2018-03-15T18:30',
  end: '2018-03-15T20:00',
  'time-zone': 'Europe/London',
  venue: 'Unite The Union',
  address: RALLY_ADDRESS,
  description: RALLY_DESCRIPTION,
};

export const RALLY_PLACARD_JSON = {
  events: [
    {
      name: RALLY_NAME,
      start: '2018-03-15T18:30',
      end: '2018-03-15T20:00',
      timeZone: 'Europe/London',
      venue: { name: 'Unite The Union', address: ['128 Theobalds Road', 'London', 'WC1X 8TN'] },
      description: RALLY_DESCRIPTION,
      organiser: 'VSC',
      speakers: [
        'Chris Williamson MP',
        { name: 'Christine Blower', role: 'National Education Union, NUT Section' },
        {
          name: 'Dr. Francisco Dominguez',
          role: 'co-author, RightWing Politics in the New Latin America: Reaction and Revolt.',
        },
      ],
      supporters: ['Nicaragua Solidarity Action Group', 'Thompsons Solicitors'],
    },
  ],
};

export const RALLY_JSON_LD = {
  '@context': 'https://schema.org',
  '@type': 'SocialEvent',
  name: RALLY_NAME,
  startDate: '2018-03-15T18:30:00+00:00',
  endDate: '2018-03-15T20:00:00Z',
  eventStatus: 'https://schema.org/EventScheduled',
  eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
  location: {
    '@type': 'Place',
    name: 'Unite The Union',
    address: {
      '@type': 'PostalAddress',
      streetAddress: '128 Theobalds Road',
      addressLocality: 'London',
      postalCode: 'WC1X 8TN',
    },
  },
  description: RALLY_DESCRIPTION,
  organizer: { '@type': 'Organization', name: 'VSC' },
  performer: [
    { '@type': 'Person', name: 'Chris Williamson MP' },
    {
      '@type': 'Person',
      name: 'Christine Blower',
      affiliation: { '@type': 'Organization', name: 'National Education Union, NUT Section' },
    },
    {
      '@type': 'Person',
      name: 'Dr. Francisco Dominguez',
      description: 'co-author, RightWing Politics in the New Latin America: Reaction and Revolt.',
    },
  ],
  sponsor: { '@type': 'Organization', name: 'Nicaragua Solidarity Action Group' },
  funder: 'Thompsons Solicitors',
};

/** The rally as `h-event` markup, as a webmaster might write it. */
export const RALLY_H_EVENT_HTML = `
<article class="h-event">
  <h2 class="p-name">Emergency rally – Keep Trump’s Hands Off Latin America!</h2>
  <p>
    <time class="dt-start" datetime="2018-03-15T18:30">Thu 15 March 2018, 18:30</time> –
    <time class="dt-end" datetime="20:00">20:00</time> GMT
  </p>
  <p>With <span class="p-speaker">Chris Williamson MP</span>;
    <span class="p-speaker h-card"><span class="p-name">Christine Blower</span>,
      <span class="p-job-title">National Education Union, NUT Section</span></span>;
    <span class="p-speaker h-card"><span class="p-name">Dr. Francisco Dominguez</span>
      (<span class="p-job-title">co-author, RightWing Politics in the New Latin America: Reaction and Revolt.</span>)</span></p>
  <div class="e-content"><p>Plus guests from Bolivia, Nicaragua and Venezuela.</p></div>
  <p>Hosted by <span class="p-organizer">VSC</span>.
    Supported by the <span class="p-sponsor">Nicaragua Solidarity Action Group</span>.
    With thanks to <span class="p-sponsor">Thompsons Solicitors</span>.</p>
  <address class="p-location h-card">
    <span class="p-name">Unite The Union</span><br>
    <span class="p-street-address">128 Theobalds Road</span><br>
    <span class="p-locality">London</span><br>
    <span class="p-postal-code">WC1X 8TN</span>
  </address>
</article>`;
