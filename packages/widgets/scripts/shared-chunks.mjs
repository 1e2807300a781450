// Decides how the script-tag bundle is cut into chunks.
//
// Left alone, rollup cuts a chunk for every distinct set of entries that uses a
// module, and every parser a component loads on demand is an entry. With several
// components that set differs for almost every core module, so a page with one
// component loads half a dozen tiny chunks, each compressed on its own: the cutting
// alone cost the event card's page ~2.5 KB gzip. So this runs rollup once without
// minification and reads its chunks, then groups the shared ones:
//
// - `core`: everything shared that the primary component (the event card: on
//   most Placard pages, and with the tightest budget) loads up front. Its page
//   then loads two files: its own chunk and `core`.
// - `shared-<components>`: other shared code loaded up front, grouped by the
//   components that ever load it, so no page loads another component's code.
//
// Every other chunk (what is loaded on demand) stays as rollup cut it.
import { rollup } from 'rollup';

/**
 * @param {import('rollup').InputOptions} input the bundle's input options, minus output-only plugins
 * @param {string} primary the tag of the component whose shared code is `core`
 * @returns {Promise<(id: string) => string | undefined>} rollup's `manualChunks`
 */
export async function sharedChunks(input, primary) {
  const bundle = await rollup(input);
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const chunks = new Map(
    output.filter((file) => file.type === 'chunk').map((chunk) => [chunk.fileName, chunk]),
  );
  const loader = [...chunks.values()].find((chunk) => chunk.isEntry);
  // Each chunk the loader imports on demand registers one component.
  const components = loader.dynamicImports;
  const closure = (fileName, withDynamic, seen = new Set()) => {
    if (seen.has(fileName)) return seen;
    seen.add(fileName);
    const chunk = chunks.get(fileName);
    for (const next of withDynamic ? [...chunk.imports, ...chunk.dynamicImports] : chunk.imports) {
      closure(next, withDynamic, seen);
    }
    return seen;
  };
  const upFront = new Set(components.flatMap((entry) => [...closure(entry, false)]));
  const primaryEntry = components.find((entry) => chunks.get(entry).name === primary);
  if (!primaryEntry) throw new Error(`No component chunk is named ${primary}.`);
  const core = closure(primaryEntry, false);
  const everLoadedBy = new Map(components.map((entry) => [entry, closure(entry, true)]));

  // Every module is pinned, not just the shared ones: rollup moves a manual chunk's
  // static dependencies into it, and through core's barrel that would be everything.
  const chunkOf = new Map();
  const usedNames = new Set();
  for (const chunk of chunks.values()) {
    if (chunk === loader) continue;
    let name;
    if (upFront.has(chunk.fileName) && !components.includes(chunk.fileName)) {
      const users = components.filter((entry) => everLoadedBy.get(entry).has(chunk.fileName));
      name = core.has(chunk.fileName)
        ? 'core'
        : `shared-${users.map((entry) => chunks.get(entry).name.replace(/^placard-/u, '')).join('+')}`;
    } else {
      name = chunk.name;
      for (let n = 2; usedNames.has(name); n++) name = `${chunk.name}${n}`;
    }
    usedNames.add(name);
    for (const id of Object.keys(chunk.modules)) chunkOf.set(id, name);
  }
  return (id) => chunkOf.get(id);
}
