/**
 * Checks every Placard widget's browser tests share (conventions §9): axe in each
 * state, hostile text inert, and reader time-zone emulation. Written once here,
 * called from each component's test file.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

declare global {
  interface Window {
    __placardPwned?: boolean;
  }
}

/** Waits until the element has finished rendering, including async reads of its inputs. */
export async function settled(element: Element & { updateComplete?: Promise<unknown> }): Promise<void> {
  // Two rounds: the first update may start an async read whose result triggers another update.
  for (let round = 0; round < 3; round++) {
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** axe-core finds no WCAG 2.x A/AA violation in the element and its shadow tree. */
export async function expectAccessible(element: Element): Promise<void> {
  await expect(element).to.be.accessible();
}

/** Every link and element in the shadow tree: hostile text must not have produced any active content. */
export function expectInert(element: Element): void {
  const root = element.shadowRoot;
  expect(root, 'widget has a shadow root').to.exist;
  expect(window.__placardPwned, 'hostile script ran').to.equal(undefined);
  const all = [...root!.querySelectorAll('*')];
  expect(
    all.filter((node) => node.localName === 'img' || node.localName === 'script'),
    'injected elements',
  ).to.have.length(0);
  for (const node of all) {
    for (const attribute of node.getAttributeNames()) {
      expect(attribute.startsWith('on'), `event handler attribute ${attribute}`).to.equal(false);
      const value = node.getAttribute(attribute) ?? '';
      expect(/^\s*(javascript|data|vbscript):/iu.test(value), `${attribute}="${value}"`).to.equal(false);
    }
  }
}

/** Makes the page's `Intl` and `Date` behave as for a reader in `timeZone`; pass '' to restore. */
export async function emulateTimeZone(timeZone: string): Promise<void> {
  await executeServerCommand('emulate-time-zone', { timeZone });
}

/** The visible text of the element's shadow tree, whitespace collapsed. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/gu, ' ').trim();
}
