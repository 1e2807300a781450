import { browserTestConfig } from '../../web-test-runner.base.mjs';
import { fakePetitionServer } from './test/server/fake-petition.mjs';

// The browser tests fetch from a fake petition source served by the test run
// itself (same-origin, through the dev server's middleware) and from a second
// server on another port (cross-origin, for real CORS failures). The tests set
// its count, status, delay and body (test/browser/fake-source.ts).
const fake = fakePetitionServer();
const base = browserTestConfig({ files: 'test/browser/**/*.test.ts' });

export default {
  ...base,
  middleware: [fake.middleware],
  plugins: [...base.plugins, fake.plugin],
};
