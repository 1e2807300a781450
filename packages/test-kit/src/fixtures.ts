/**
 * The examples every Placard surface shares: stories, browser tests, axe checks.
 * What designers review is what is tested. Events come from the branch pages in
 * shared/samples (the 15 March 2018 rally at Unite, 128 Theobalds Road).
 */

/** Attributes of `<placard-event-card>` for the sample rally. */
export const rallyAttributes = {
  name: 'Emergency rally – Keep Trump’s Hands Off Latin America!',
  start: '2018-03-15T18:30',
  end: '2018-03-15T20:00',
  'time-zone': 'Europe/London',
  venue: 'Unite The Union',
  address: '128 Theobalds Road, London, WC1X 8TN',
  description:
    'With Chris Williamson MP; Christine Blower, National Education Union, NUT Section; Dr. Francisco Dominguez; plus guests from Bolivia, Nicaragua and Venezuela.\n\nHosted by VSC. Supported by the Nicaragua Solidarity Action Group. With thanks to Thompsons Solicitors.',
  url: 'https://example.org/events/emergency-rally',
} as const;

/** The same rally as Placard JSON, with people. */
export const rallyJson = {
  id: 'emergency-rally-2018-03-15',
  name: rallyAttributes.name,
  start: rallyAttributes.start,
  end: rallyAttributes.end,
  timeZone: 'Europe/London',
  venue: { name: 'Unite The Union', address: '128 Theobalds Road\nLondon\nWC1X 8TN' },
  url: rallyAttributes.url,
  organiser: { name: 'VSC' },
  speakers: [
    { name: 'Chris Williamson MP' },
    { name: 'Christine Blower', role: 'National Education Union, NUT Section' },
    { name: 'Dr. Francisco Dominguez' },
  ],
  supporters: [{ name: 'Nicaragua Solidarity Action Group' }, { name: 'Thompsons Solicitors' }],
  tags: ['rally'],
};

/** The rally as schema.org JSON-LD, as an events plugin would publish it. */
export const rallyJsonLd = {
  '@context': 'https://schema.org',
  '@type': 'Event',
  name: rallyAttributes.name,
  startDate: '2018-03-15T18:30:00+00:00',
  endDate: '2018-03-15T20:00:00+00:00',
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
  performer: [{ '@type': 'Person', name: 'Chris Williamson MP' }],
  organizer: { '@type': 'Organization', name: 'VSC' },
};

/** Text an attacker might put in a feed or attribute. None of it may run. */
export const hostileText =
  '<img src=x onerror="window.__placardPwned=true"><script>window.__placardPwned=true</script>';
export const hostileUrl = 'javascript:window.__placardPwned=true';

/** A fixed "now" after the rally, for the ended state. */
export const afterRally = '2018-03-16T09:00:00Z';
/** A fixed "now" before the rally. */
export const beforeRally = '2018-03-01T09:00:00Z';
