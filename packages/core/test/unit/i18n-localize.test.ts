import { msg, str } from '@lit/localize';
import { describe, expect, it, vi } from 'vitest';
import { isLocaleLoaded, loadLocale, withLocale } from '../../src/i18n/localize.js';

// Ids the event card uses; translations live in xliff/cy.xlf.
const addToCalendar = () => msg('Add to calendar', { id: 'add-to-calendar' });
const whereYouAre = (time: string) => msg(str`(${time} where you are)`, { id: 'in-reader-zone' });

describe('withLocale', () => {
  it('answers in English outside withLocale and before Welsh has loaded', () => {
    expect(addToCalendar()).toBe('Add to calendar');
    expect(isLocaleLoaded('cy')).toBe(false);
    expect(withLocale('cy', addToCalendar)).toBe('Add to calendar');
  });

  it('answers in Welsh once loaded', async () => {
    await loadLocale('cy');
    expect(isLocaleLoaded('cy')).toBe(true);
    expect(withLocale('cy', addToCalendar)).toBe('Ychwanegu at y calendr');
    expect(withLocale('cy', () => whereYouAre('14:30'))).toBe('(14:30 lle rydych chi)');
    expect(withLocale('en-GB', () => whereYouAre('14:30'))).toBe('(14:30 where you are)');
    expect(addToCalendar()).toBe('Add to calendar');
  });

  it('nests, restoring the outer locale', () => {
    const texts = withLocale('cy', () => [
      addToCalendar(),
      withLocale('en-GB', addToCalendar),
      addToCalendar(),
    ]);
    expect(texts).toEqual(['Ychwanegu at y calendr', 'Add to calendar', 'Ychwanegu at y calendr']);
  });

  it('restores the locale when the callback throws', () => {
    expect(() =>
      withLocale('cy', () => {
        throw new Error('render failed');
      }),
    ).toThrow('render failed');
    expect(addToCalendar()).toBe('Add to calendar');
  });

  it('treats English as always loaded', async () => {
    expect(isLocaleLoaded('en-GB')).toBe(true);
    await expect(loadLocale('en-GB')).resolves.toBeUndefined();
  });

  it('works from a second copy of the module, which cannot configure @lit/localize again', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.resetModules(); // a fresh copy of Placard's module; @lit/localize (external) stays the same instance
    const copy = await import('../../src/i18n/localize.js');
    expect(copy.withLocale).not.toBe(withLocale);
    expect(copy.isLocaleLoaded('cy')).toBe(true); // translations are shared between copies
    expect(copy.withLocale('cy', addToCalendar)).toBe('Ychwanegu at y calendr');
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});
