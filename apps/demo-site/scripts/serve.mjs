// Serves the built demo site on http://127.0.0.1:8000/ (PORT to change) under the strict CSP.
import { fileURLToPath } from 'node:url';
import { createStaticServer, listen } from './static-server.mjs';

const { server } = createStaticServer(fileURLToPath(new URL('../dist/', import.meta.url)));
const url = await listen(server, Number(process.env.PORT ?? 8000));
console.log(`Demo branch site: ${url}`);
