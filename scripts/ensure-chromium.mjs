#!/usr/bin/env node
// Makes sure a Chromium the browser tests can drive is on this machine.
// Test tools cannot download their own browsers here, so we use Debian's
// `chromium` package: installed with apt-get when we run as root, otherwise
// we say exactly what to install. `--optional` (used by `npm start`) only warns.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const optional = process.argv.includes('--optional');
const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
  Boolean,
);
const found = candidates.find((path) => existsSync(path));

if (found) {
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');

if (isRoot && hasApt && !optional) {
  console.log('Chromium is missing: installing Debian’s chromium package (apt-get install -y chromium)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
    stdio: 'inherit',
    env,
  });
  if (existsSync('/usr/bin/chromium')) process.exit(0);
}

const advice =
  'Placard’s browser tests need Chromium. Install it with:\n' +
  '  sudo apt-get install -y chromium\n' +
  'or point CHROME_PATH at an existing Chrome/Chromium binary.';
if (optional) {
  console.warn(`Note: ${advice}`);
  process.exit(0);
}
console.error(advice);
process.exit(1);
