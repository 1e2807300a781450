// A @web/test-runner server command that emulates the reader's time zone in the
// page under test, through the Chrome DevTools Protocol.
//
// Tests call it with `executeServerCommand('emulate-time-zone', { timeZone })`;
// an empty zone restores the machine's. One CDP session is kept per page, and the
// override is cleared before a new one is set, because Chromium refuses or ignores
// a second override on top of the first.

const sessions = new WeakMap();

export function timezonePlugin() {
  return {
    name: 'placard-emulate-time-zone',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-time-zone') return undefined;
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.context().newCDPSession(page);
        sessions.set(page, cdp);
      }
      await cdp.send('Emulation.setTimezoneOverride', { timezoneId: '' });
      if (payload?.timeZone) {
        await cdp.send('Emulation.setTimezoneOverride', { timezoneId: payload.timeZone });
      }
      return true;
    },
  };
}
