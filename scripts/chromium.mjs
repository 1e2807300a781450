// How every test tool here launches Chromium. Test tools cannot download browsers
// on this project's machines, so they drive Debian's `chromium` (CHROME_PATH to
// override). Without the background-networking flags it stalls on a closed network.
export const chromiumExecutable = process.env.CHROME_PATH || '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
