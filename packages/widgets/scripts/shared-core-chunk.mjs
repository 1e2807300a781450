// Decides how the script-tag bundle is cut into chunks.
//
// Left alone, rollup cuts a chunk for every distinct set of entries that uses a
// module. With several components, each with parsers loaded on demand, that set
// differs for almost every core module: the event card's page then loads half a
// dozen tiny chunks, each compressed on its own, and pays ~2.5 KB gzip for the
// cutting. So this runs rollup once without minification and reads its chunks.
// Every chunk a component's page loads up front, other than the components' own,
// becomes one shared `core` chunk; every other chunk stays as rollup cut it. A
// page still loads only the components it uses; what they share is one file.
import { rollup } from 'rollup';

/**
 * @param {import('rollup').InputOptions} input the bundle's input options, minus output-only plugins
 * @returns {Promise<(id: string) => string | undefined>} rollup's `manualChunks`
 */
export async function sharedCoreChunk(input) {
  const bundle = await rollup(input);
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const chunks = new Map(
    output.filter((file) => file.type === 'chunk').map((chunk) => [chunk.fileName, chunk]),
  );
  const loader = [...chunks.values()].find((chunk) => chunk.isEntry);
  // Each chunk the loader imports on demand registers one component.
  const componentEntries = new Set(loader.dynamicImports);
  const loadedUpFront = new Set();
  const visit = (fileName) => {
    if (loadedUpFront.has(fileName)) return;
    loadedUpFront.add(fileName);
    for (const imported of chunks.get(fileName).imports) visit(imported);
  };
  for (const entry of componentEntries) for (const imported of chunks.get(entry).imports) visit(imported);

  // Every module is pinned, not just core's: rollup moves a manual chunk's static
  // dependencies into it, and through core's barrel that would be everything.
  const chunkOf = new Map();
  const usedNames = new Set(['core']);
  for (const chunk of chunks.values()) {
    if (chunk === loader) continue;
    let name =
      loadedUpFront.has(chunk.fileName) && !componentEntries.has(chunk.fileName) ? 'core' : chunk.name;
    if (name !== 'core') {
      for (let n = 2; usedNames.has(name); n++) name = `${chunk.name}${n}`;
      usedNames.add(name);
    }
    for (const id of Object.keys(chunk.modules)) chunkOf.set(id, name);
  }
  return (id) => chunkOf.get(id);
}
