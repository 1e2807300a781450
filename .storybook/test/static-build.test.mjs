// The built Storybook (what designers open) shows every story's component, not
// an empty frame: the dev-mode story tests cannot see what a production build drops.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createStaticServer, listen } from '@placard/demo-site/static-server';
import { chromiumArgs, chromiumExecutable } from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../../storybook-static/', import.meta.url));
const { entries } = JSON.parse(readFileSync(`${root}index.json`, 'utf8'));
const stories = Object.values(entries).filter((entry) => entry.type === 'story');

let browser;
let server;
let baseUrl;

before(async () => {
  ({ server } = createStaticServer(root, { csp: null }));
  baseUrl = await listen(server, 0);
  browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  server?.close();
});

describe('built Storybook', () => {
  it('has stories', () => assert.ok(stories.length >= 10, `${stories.length} stories`));

  for (const story of stories) {
    it(`renders ${story.title} › ${story.name}`, async () => {
      const page = await browser.newPage();
      await page.goto(`${baseUrl}iframe.html?id=${story.id}&viewMode=story`);
      // Give the story a few seconds to define and render its widgets; the assertions below say what is missing.
      await page
        .waitForFunction(
          () => {
            const widgets = [...document.querySelectorAll('#storybook-root *')].filter((element) =>
              element.localName.startsWith('placard-'),
            );
            return widgets.length > 0 && widgets.every((widget) => widget.shadowRoot?.textContent?.trim());
          },
          null,
          { timeout: 5_000 },
        )
        .catch(() => undefined);
      const rendered = await page.evaluate(() =>
        [...document.querySelectorAll('#storybook-root *')]
          .filter((element) => element.localName.startsWith('placard-'))
          .map((element) => ({
            tag: element.localName,
            text: element.shadowRoot?.textContent?.trim() ?? '',
          })),
      );
      assert.ok(rendered.length > 0, 'a Placard element is on the page');
      for (const { tag, text } of rendered) assert.ok(text.length > 0, `<${tag}> rendered content`);
      await page.close();
    });
  }
});
