// A rollup plugin for the loader (placard.js): when it loads a component, it
// asks for the `core` chunk (see shared-chunks.mjs) at the same time as the
// component's own chunk.
//
// Left alone, the browser learns that a component needs `core` only once the
// component's chunk has arrived and been parsed, so every Placard page waited
// for three files one after another: the loader, the component, then core.
// Asking for both at once saves that round trip (the demo home page on
// simulated slow 4G: shown at 1.16 s before, 1.00 s after; `npm run bench`).
//
// Only `core` is asked for early: every component needs it, and naming a chunk
// costs the loader, which every page loads, ~30 bytes gzip for its hashed file
// name. Core's own failure is left to the component's import, which fails with
// it and is reported by the loader; the early request must not add an
// unhandled rejection.

/** @returns {import('rollup').Plugin} */
export function preloadCore() {
  return {
    name: 'placard-preload-core',
    renderDynamicImport({ chunk, getTargetChunkImports }) {
      if (!chunk.isEntry) return null;
      const core = (getTargetChunkImports() ?? []).find(
        (imported) => imported.type === 'internal' && imported.chunk.name === 'core',
      );
      if (!core) return null;
      return { left: `(import(${core.resolvedImportPath}).catch(() => {}), import(`, right: '))' };
    },
  };
}
