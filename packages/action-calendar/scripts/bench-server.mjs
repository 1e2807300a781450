// The dev server the benchmarks' pages are served from: the repository's
// TypeScript sources compiled by esbuild, and packages resolved with their
// production builds (Lit without its development checks).
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';

const repository = fileURLToPath(new URL('../../../', import.meta.url));

/** Starts the server on a free port; returns it and the address to open pages at. */
export async function startBenchServer() {
  const server = await startDevServer({
    config: {
      rootDir: repository,
      port: 0,
      nodeResolve: { exportConditions: ['browser', 'production'] },
      plugins: [esbuildPlugin({ ts: true, tsconfig: `${repository}tsconfig.base.json` })],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const { port } = server.server.address();
  return { server, origin: `http://localhost:${port}` };
}
