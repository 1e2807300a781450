import { describe, expect, it } from 'vitest';
import { mapLink } from '../../src/links/map-links.js';
import { venueText } from '../../src/links/event-text.js';

const UNITE = { name: 'Unite The Union', address: '128 Theobalds Road\nLondon\nWC1X 8TN' };
const QUERY = 'Unite The Union, 128 Theobalds Road, London, WC1X 8TN';

describe('mapLink', () => {
  it('searches OpenStreetMap by default for the venue on one line', () => {
    const link = mapLink(UNITE)!;
    const url = new URL(link);
    expect(`${url.origin}${url.pathname}`).toBe('https://www.openstreetmap.org/search');
    expect(Object.fromEntries(url.searchParams)).toEqual({ query: QUERY });
    expect(url.search).not.toContain('+');
  });

  it('uses Google Maps search URLs (api=1) when asked', () => {
    const url = new URL(mapLink(UNITE, 'google')!);
    expect(`${url.origin}${url.pathname}`).toBe('https://www.google.com/maps/search/');
    expect(Object.fromEntries(url.searchParams)).toEqual({ api: '1', query: QUERY });
  });

  it('works with only a name or only an address', () => {
    expect(new URL(mapLink({ name: 'Conway Hall' })!).searchParams.get('query')).toBe('Conway Hall');
    expect(
      new URL(mapLink({ address: '25 Red Lion Square\nLondon WC1R 4RL' })!).searchParams.get('query'),
    ).toBe('25 Red Lion Square, London WC1R 4RL');
  });

  it('is undefined when the venue has no text', () => {
    expect(mapLink({})).toBeUndefined();
    expect(mapLink({ name: '  ', address: '\n \n' }, 'google')).toBeUndefined();
  });

  it('keeps hostile text inside the query', () => {
    const url = new URL(mapLink({ name: 'Hall & Co #1?x=y' })!);
    expect(url.searchParams.get('query')).toBe('Hall & Co #1?x=y');
    expect([...url.searchParams.keys()]).toEqual(['query']);
  });
});

describe('venueText', () => {
  it('tidies address lines: trailing commas, blank lines, spaces, a repeated venue name, CRLF', () => {
    expect(
      venueText({
        name: 'Unite The Union',
        address: 'Unite the Union\r\n128  Theobalds Road,\n\nLondon,\nWC1X 8TN',
      }),
    ).toBe(QUERY);
  });
});
