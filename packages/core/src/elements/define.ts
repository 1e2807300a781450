/**
 * Registers a custom element unless its tag is already taken.
 *
 * A webmaster may paste the script tag twice, or use the loader and the
 * all-in-one file together; a bare `customElements.define` would throw the
 * second time and stop every widget after it. Registering is therefore always
 * guarded: the first definition wins, and a different class under the same tag
 * (another Placard version) is reported once, not thrown.
 */
export function define(tagName: string, elementClass: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tagName);
  if (existing) {
    if (existing !== elementClass) {
      console.warn(`Placard: <${tagName}> is already defined by another copy of Placard; using that one.`);
    }
    return;
  }
  registry.define(tagName, elementClass);
}
