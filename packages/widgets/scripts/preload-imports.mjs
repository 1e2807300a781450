// A rollup plugin against request waterfalls: where a chunk imports another on
// demand, it asks at the same time for the chunks that one imports.
//
// Left alone, the browser learns what an on-demand chunk imports only once the
// chunk has arrived and been parsed, so each level of imports costs a round
// trip: the loader, a component, then core; a calendar's iCalendar reader, then
// ical.js. Asking for them together saves those round trips (Vite's preload
// helper does the same for its apps).
//
// What is sure to be loaded already is not asked for again: the importing
// chunk's own imports, and every chunk that each way of reaching it has loaded
// (core, for all but the loader). Each name asked for costs the importing chunk
// ~30 bytes gzip, so `limit` narrows the preloads of chunks on the tightest
// budget. A preload's failure is left to the import, which fails with it and
// is reported where it is awaited; the early request must not add an unhandled
// rejection, hence `allSettled`.
import MagicString from 'magic-string';

/**
 * @param {{ limit?: Record<string, string[]> }} [options] by importing chunk's
 *   name, the only chunks (by name) it may ask for early
 * @returns {import('rollup').Plugin}
 */
export function preloadImports({ limit = {} } = {}) {
  /** Placeholder → the dynamic import it stands before: what is imported, and how the importer names each chunk. */
  let imports;
  /** Chunk file name → the chunks sure to be loaded when its code runs. */
  let loadedBefore;
  return {
    name: 'placard-preload-imports',
    renderStart() {
      imports = new Map();
      loadedBefore = undefined;
    },
    renderDynamicImport({ targetChunk, getTargetChunkImports }) {
      if (!targetChunk) return null;
      const placeholder = `__placardPreload${imports.size}__`;
      const paths = new Map(
        (getTargetChunkImports() ?? []).map((imported) => [imported.fileName, imported.resolvedImportPath]),
      );
      imports.set(placeholder, { target: targetChunk.fileName, paths });
      return { left: `(${placeholder}, import(`, right: '))' };
    },
    renderChunk(code, chunk, _options, { chunks }) {
      const placeholders = [...code.matchAll(/__placardPreload\d+__/gu)];
      if (placeholders.length === 0) return null;
      loadedBefore ??= alwaysLoaded(Object.values(chunks));
      const loaded = loadedBefore.get(chunk.fileName) ?? new Set();
      const allowed = limit[chunk.name];
      const result = new MagicString(code);
      for (const match of placeholders) {
        const { target, paths } = imports.get(match[0]);
        const early = chunks[target].imports.filter(
          (fileName) =>
            fileName in chunks &&
            fileName !== chunk.fileName &&
            !loaded.has(fileName) &&
            (!allowed || allowed.includes(chunks[fileName].name)),
        );
        const preloads = early.map((fileName) => `import(${paths.get(fileName)})`);
        // The shortest code for each case: `.catch` for one import, `allSettled` for more, and
        // for none a `0` that the minifier drops.
        let preload = '0';
        if (preloads.length === 1) preload = `${preloads[0]}.catch(() => {})`;
        if (preloads.length > 1) preload = `Promise.allSettled([${preloads.join(', ')}])`;
        result.overwrite(match.index, match.index + match[0].length, preload);
      }
      return { code: result.toString(), map: result.generateMap({ hires: true }) };
    },
  };
}

/**
 * For each chunk, the chunks loaded whenever it runs: its own imports, and
 * those that every chunk importing it (statically or on demand) has loaded,
 * with that chunk itself. Computed as dominators are, by narrowing from
 * "everything" until nothing changes.
 *
 * @param {import('rollup').RenderedChunk[]} chunks
 * @returns {Map<string, Set<string>>}
 */
function alwaysLoaded(chunks) {
  const importersOf = (chunk) =>
    chunks.filter(
      (other) => other.imports.includes(chunk.fileName) || other.dynamicImports.includes(chunk.fileName),
    );
  /** Unknown (not yet narrowed) chunks are absent: they stand for "everything". */
  const loaded = new Map(
    chunks.filter((chunk) => chunk.isEntry).map((chunk) => [chunk.fileName, new Set(chunk.imports)]),
  );
  for (let changed = true; changed;) {
    changed = false;
    for (const chunk of chunks.filter((candidate) => !candidate.isEntry)) {
      let common;
      for (const importer of importersOf(chunk)) {
        const before = loaded.get(importer.fileName);
        if (!before) continue;
        const withImporter = new Set([...before, importer.fileName]);
        common = common
          ? new Set([...common].filter((fileName) => withImporter.has(fileName)))
          : withImporter;
      }
      if (!common) continue;
      const next = new Set([...chunk.imports, ...common]);
      const previous = loaded.get(chunk.fileName);
      if (!previous || previous.size !== next.size) {
        loaded.set(chunk.fileName, next);
        changed = true;
      }
    }
  }
  return loaded;
}
