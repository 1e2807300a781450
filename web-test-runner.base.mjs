// Shared @web/test-runner set-up: every package's browser tests run in Debian's
// Chromium through Playwright (test tools cannot download browsers here).
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumArgs, chromiumExecutable } from './scripts/chromium.mjs';
import { timezonePlugin } from './scripts/wtr-timezone-plugin.mjs';

/** @param {{ files: string | string[] }} options */
export function browserTestConfig({ files }) {
  return {
    files,
    nodeResolve: { exportConditions: ['browser', 'development'] },
    rootDir: fileURLToPath(new URL('.', import.meta.url)),
    plugins: [
      // esbuild ignores `extends`, so give it the base config itself (toolchain note 5).
      esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.base.json', import.meta.url)) }),
      timezonePlugin(),
    ],
    browsers: [
      playwrightLauncher({
        product: 'chromium',
        launchOptions: { executablePath: chromiumExecutable, args: chromiumArgs },
      }),
    ],
    concurrency: 1,
    testFramework: { config: { timeout: 10000 } },
    testsFinishTimeout: 5 * 60 * 1000,
  };
}
