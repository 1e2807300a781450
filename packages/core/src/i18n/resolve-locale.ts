import { SOURCE_LOCALE } from './locales.js';

/**
 * The language tag that applies to `element`, following HTML's rules for
 * `lang`: the element's own `lang` attribute, else the nearest ancestor's,
 * where an element in a shadow tree inherits from its shadow host, else the
 * document's (`<html lang>`), else `en-GB`.
 *
 * An empty `lang=""` counts as set (HTML: "language unknown") and stops the
 * search; it resolves to '' (which `matchLocale` turns into English). The
 * browser's language (`navigator.language`) is deliberately not used: a
 * widget follows the language of the page it is on, not the reader's
 * browser settings, so it matches the text around it.
 */
export function resolveLocaleTag(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang !== null) return lang.trim();
    node = parentAcrossShadow(node);
  }
  // Detached elements, or a tree whose top has no lang: use the document's.
  const documentLang = (element.ownerDocument ?? document).documentElement?.getAttribute('lang');
  return documentLang?.trim() || SOURCE_LOCALE;
}

/** The parent element, or the shadow host when `node` is at the top of a shadow tree. */
function parentAcrossShadow(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.parentNode;
  return root && isShadowRoot(root) ? root.host : null;
}

function isShadowRoot(node: Node): node is ShadowRoot {
  // 11 = Node.DOCUMENT_FRAGMENT_NODE (the constant keeps this usable without a DOM global).
  return node.nodeType === 11 && !!(node as ShadowRoot).host;
}
