/** Making counters and reading what they show, for the browser tests. */
import { fixture, oneEvent } from '@open-wc/testing';
import type { PetitionPolls } from '@placard/core';
import { settled } from '@placard/test-kit/suites.js';
import type { PlacardPetitionCounter } from '../../src/petition-counter.js';
import type { TestPolls } from './fake-source.js';
import '../../src/placard-petition-counter.js';

/** A counter with these attributes, following `polls` when given; not yet on the page. */
export function counterElement(
  attributes: Record<string, string>,
  polls?: PetitionPolls,
): PlacardPetitionCounter {
  const element = document.createElement('placard-petition-counter');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (polls) element.polls = polls;
  return element;
}

/** A counter on the page, once its source has answered. */
export async function counter(
  attributes: Record<string, string>,
  polls?: PetitionPolls,
): Promise<PlacardPetitionCounter> {
  const element = await fixture<PlacardPetitionCounter>(counterElement(attributes, polls));
  await settled(element);
  return element;
}

/** Moves the polls' clock on and waits for the counter to hear the outcome. */
export async function nextReading(
  element: PlacardPetitionCounter,
  clock: TestPolls,
  ms: number,
): Promise<void> {
  const heard = Promise.race([oneEvent(element, 'placard-load'), oneEvent(element, 'placard-error')]);
  clock.advance(ms);
  await heard;
  await settled(element);
}

function part(element: Element, selector: string): Element | null {
  return element.shadowRoot!.querySelector(selector);
}

function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/gu, ' ').trim();
}

/** The count screen readers read: "1,234 signatures". */
export const spokenCount = (element: Element) => text(part(element, '[part="count"] .visually-hidden'));
/** The number drawn, which may be counting up. */
export const figure = (element: Element) => text(part(element, '[part="figure"]'));
export const heading = (element: Element) => part(element, '[part="heading"]');
export const progressBar = (element: Element) => part(element, '[role="progressbar"]');
export const goalLine = (element: Element) => text(part(element, '[part="goal"]'));
export const status = (element: Element) => text(part(element, '[part="status"]'));
export const liveRegion = (element: Element) => text(part(element, '[aria-live]'));
export const errorBox = (element: Element) => part(element, '[part="error"]');
export const signLink = (element: Element) => part(element, '[part="sign"]') as HTMLAnchorElement | null;
export const milestones = (element: Element) =>
  [...element.shadowRoot!.querySelectorAll('[part="milestones"] li > :last-child')].map((item) => text(item));

/** How the counter writes when a count was fetched, as an English page shows it. */
export const lastUpdatedAt = (fetchedAt: Date) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(fetchedAt);
