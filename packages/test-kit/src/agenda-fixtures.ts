/**
 * The agenda every Placard surface shares: stories, browser tests, axe checks
 * and core's unit tests. It is the Barnet Alliance for Public Services meeting
 * of 8 February 2018 at the Greek Cypriot Brotherhood, Finchley, as published
 * on the branch's page (shared/samples): the meeting from 18:30, seven
 * numbered items from 19:00, the last of them "Meeting Ends" at 20:30, and
 * motions to be in before 5 February.
 *
 * The data is Placard's agenda JSON, described by `agendaJsonSchema()` in
 * @placard/core (core's unit tests check it against that schema).
 */

/** The sample agenda as Placard agenda JSON, times as the branch printed them. */
export const barnetAgendaJson = {
  name: 'Meeting of Barnet Alliance for Public Services',
  start: '2018-02-08T18:30',
  end: '2018-02-08T20:30',
  timeZone: 'Europe/London',
  venue: 'Greek Cypriot Brotherhood',
  address: 'Finchley',
  items: [
    { time: '19:00', title: 'Attendance and apologies' },
    { time: '19:05', title: 'Review minutes of previous meeting and matters arising from the minutes' },
    { time: '19:10', title: 'Guest speaker from CWU' },
    { time: '19:30', title: 'Plan for the coming year' },
    { time: '20:00', title: 'Any other industrial reports' },
    {
      time: '20:20',
      title: 'Any Other Business and Delegates Motions',
      notes: 'Please submit motions before 5th of February.',
    },
    { time: '20:30', title: 'Meeting Ends' },
  ],
  deadlines: [{ title: 'Delegates’ motions', due: '2018-02-05T00:00' }],
};

/**
 * The same agenda as schema.org JSON-LD, as an events plugin would publish a
 * programme: the meeting is an `Event` and each item one of its `subEvent`s.
 * (schema.org has no deadlines, so this one has none.)
 */
export const barnetAgendaJsonLd = {
  '@context': 'https://schema.org',
  '@type': 'Event',
  name: barnetAgendaJson.name,
  startDate: '2018-02-08T18:30:00+00:00',
  endDate: '2018-02-08T20:30:00+00:00',
  location: {
    '@type': 'Place',
    name: 'Greek Cypriot Brotherhood',
    address: { '@type': 'PostalAddress', addressLocality: 'Finchley' },
  },
  subEvent: barnetAgendaJson.items.map((item) => ({
    '@type': 'Event',
    name: item.title,
    startDate: `2018-02-08T${item.time}:00+00:00`,
    ...(item.notes === undefined ? {} : { description: item.notes }),
  })),
};

/** The same agenda as light-DOM markup, plain `ol/li/time` with the optional classes (see core's `readAgendaMarkup`). */
export const barnetAgendaHtml = `
<div>
  <h3 class="p-name">Meeting of Barnet Alliance for Public Services</h3>
  <p>
    <time class="dt-start" datetime="2018-02-08T18:30" data-time-zone="Europe/London">Thursday 8 February 2018, 6.30pm</time>
    to <time class="dt-end" datetime="20:30">8.30pm</time>
    at <span class="p-location">Greek Cypriot Brotherhood, Finchley</span>
  </p>
  <ol>
    <li><time datetime="19:00">7pm</time> Attendance and apologies</li>
    <li><time datetime="19:05">7.05pm</time> Review minutes of previous meeting and matters arising from the minutes</li>
    <li><time datetime="19:10">7.10pm</time> Guest speaker from CWU</li>
    <li><time datetime="19:30">7.30pm</time> Plan for the coming year</li>
    <li><time datetime="20:00">8pm</time> Any other industrial reports</li>
    <li><time datetime="20:20">8.20pm</time> Any Other Business and Delegates Motions
      <p>Please submit motions before 5th of February.</p></li>
    <li><time datetime="20:30">8.30pm</time> Meeting Ends</li>
  </ol>
</div>`;
