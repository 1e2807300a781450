import { describe, expect, it } from 'vitest';
import { subscribeLinks } from '../../src/calendar/subscribe-links.js';
import { timeSlicer, yieldToEventLoop } from '../../src/calendar/time-slice.js';

describe('subscribe links', () => {
  it('gives a webcal: address and Google’s add-by-URL page for an https feed', () => {
    expect(subscribeLinks('https://branch.example/calendar/action.ics')).toEqual({
      webcal: 'webcal://branch.example/calendar/action.ics',
      google:
        'https://calendar.google.com/calendar/render?cid=https%3A%2F%2Fbranch.example%2Fcalendar%2Faction.ics',
    });
  });

  it('gives none for addresses a calendar program cannot subscribe to', () => {
    expect(subscribeLinks('javascript:alert(1)')).toBeUndefined();
    expect(subscribeLinks('blob:https://branch.example/1234')).toBeUndefined();
    expect(subscribeLinks('mailto:branch@example.org')).toBeUndefined();
  });
});

describe('time slicing', () => {
  it('lets timers run between slices of a long loop', async () => {
    let timerRan = false;
    setTimeout(() => (timerRan = true), 0);
    const pause = timeSlicer(5);
    const started = performance.now();
    while (!timerRan && performance.now() - started < 1000) {
      // Busy work, as a parser's would be, checking in between pieces.
      const end = performance.now() + 1;
      while (performance.now() < end);
      await pause();
    }
    expect(timerRan).toBe(true);
  });

  it('yields to the event loop', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('timer'), 0);
    await yieldToEventLoop();
    await yieldToEventLoop();
    order.push('after');
    expect(order).toEqual(['timer', 'after']);
  });
});
