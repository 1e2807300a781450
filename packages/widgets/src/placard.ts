/**
 * The script-tag loader. A webmaster adds
 *   <script type="module" src=".../placard.js"></script>
 * and every `placard-*` element on the page, now or added later, gets its
 * component, and only the code of the components the page uses is downloaded.
 */
import { components } from './components.js';

interface PlacardLoader {
  /** Loads the components used inside `root` (the document, or an open shadow root). */
  discover(root: ParentNode): void;
}

declare global {
  var placardLoader: PlacardLoader | undefined;
}

const requested = new Set<string>();

function load(tagName: string): void {
  const importer = components[tagName];
  if (!importer || requested.has(tagName) || customElements.get(tagName)) return;
  requested.add(tagName);
  importer().catch((error: unknown) => {
    requested.delete(tagName); // a later discovery may retry after a network blip
    console.warn(`Placard could not load <${tagName}>.`, error);
  });
}

function discover(root: ParentNode): void {
  if (root instanceof Element) load(root.localName);
  for (const element of root.querySelectorAll(':not(:defined)')) load(element.localName);
}

// Loading placard.js twice (or two versions) must not start two observers.
if (!globalThis.placardLoader) {
  globalThis.placardLoader = { discover };
  discover(document);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) discover(node);
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}
