import { browserTestConfig } from '../../web-test-runner.base.mjs';

export default browserTestConfig({ files: 'test/browser/**/*.test.ts' });
