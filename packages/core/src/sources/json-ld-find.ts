/**
 * Finding the schema.org Event nodes in a JSON-LD document, wherever pages and
 * plugins put them: at the top, in a list, in `@graph`, an `ItemList` or a page's
 * `mainEntity`. Events nested in another event's `subEvent` are not listed: they
 * belong to that event (an agenda's items).
 */
import { all, isEventNode, typesOf } from './json-ld-values.js';
import { isJsonObject, joinPath } from './json-text.js';

/** How deep to look for events inside graphs, lists and pages. */
const MAX_DEPTH = 8;

/** A schema.org Event node and its path in the document, for messages. */
export interface FoundEvent {
  node: Record<string, unknown>;
  path: string;
}

/** Collects the Event nodes in a document, with their paths. */
function findEvents(value: unknown, path: string, found: FoundEvent[], depth = 0): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => findEvents(item, joinPath(path, i), found, depth + 1));
    return;
  }
  if (!isJsonObject(value)) return;
  if (isEventNode(value)) {
    found.push({ node: value, path });
    return;
  }
  if ('@graph' in value) findEvents(value['@graph'], joinPath(path, '@graph'), found, depth + 1);
  if (typesOf(value).includes('ItemList')) {
    all(value.itemListElement).forEach((item, i) => {
      const at = joinPath(joinPath(path, 'itemListElement'), i);
      if (isJsonObject(item) && !isEventNode(item) && 'item' in item)
        findEvents(item.item, joinPath(at, 'item'), found, depth + 2);
      else findEvents(item, at, found, depth + 2);
    });
  }
  if ('mainEntity' in value) findEvents(value.mainEntity, joinPath(path, 'mainEntity'), found, depth + 1);
}

/** The Event nodes of `document`, in document order, with their paths. */
export function findEventNodes(document: unknown): FoundEvent[] {
  const found: FoundEvent[] = [];
  findEvents(document, '', found);
  return found;
}
