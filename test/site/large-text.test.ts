/**
 * The large-text mode (大字号高对比) as a reader uses it: ticked on one page, it holds on the next
 * page and after a reload, and is set before the page is first drawn; unticked, that holds too.
 * Where the browser keeps nothing (storage refused, a page opened from disk) the switch still
 * works on its page, with no error; with JavaScript off it works on each page by itself.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { siteDir } from './support/config.ts';
import { useSession } from './support/session.ts';

const session = useSession(siteDir);
const noScript = useSession(siteDir, { javaScriptEnabled: false });

const report = 'tongdao/2019/index.html';
const methods = 'methods/index.html';
const home = 'index.html';

interface Mode {
  /** The root font size, 16px normal and 21px large (src/styles/site.css). */
  size: string;
  checked: boolean;
  /** The mode on <html> when <body> first came into the document, before anything was drawn. */
  atBody: string | null;
}

/** Records html[data-mode] as the body element is inserted: what the first paint would use. */
const recordModeAtBody = () => {
  const seen = new MutationObserver(() => {
    if (document.body !== null) {
      (window as unknown as { modeAtBody: string | null }).modeAtBody =
        document.documentElement.getAttribute('data-mode');
      seen.disconnect();
    }
  });
  seen.observe(document, { childList: true, subtree: true });
};

async function open(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  (page as Page & { errors: string[] }).errors = errors;
  await page.addInitScript(recordModeAtBody);
  await page.goto(url);
  return page;
}

const errorsOf = (page: Page) => (page as Page & { errors?: string[] }).errors ?? [];

async function mode(page: Page): Promise<Mode> {
  return page.evaluate(() => ({
    size: getComputedStyle(document.documentElement).fontSize,
    checked: (document.getElementById('mode-large') as HTMLInputElement).checked,
    atBody: (window as unknown as { modeAtBody?: string | null }).modeAtBody ?? null,
  }));
}

async function go(page: Page, url: string): Promise<void> {
  await page.goto(url);
}

const large = { size: '21px', checked: true, atBody: 'large' };
const normal = { size: '16px', checked: false, atBody: null };

describe('large text, remembered', () => {
  test('ticked, it holds across pages and reloads; unticked, so does that', async () => {
    const url = (path: string) => session.server.urlOf(path);
    const page = await open(session.context, url(report));
    try {
      expect(await mode(page)).toEqual(normal);
      await page.click('label[for="mode-large"]');
      expect(await mode(page)).toMatchObject({ size: '21px', checked: true });

      await go(page, url(methods));
      expect(await mode(page)).toEqual(large);
      await page.reload();
      expect(await mode(page)).toEqual(large);
      // Another visit: a new tab of the same browser.
      const again = await open(session.context, url(home));
      expect(await mode(again)).toEqual(large);
      await again.close();

      await page.click('label[for="mode-large"]');
      expect(await mode(page)).toMatchObject({ size: '16px', checked: false });
      await go(page, url(report));
      expect(await mode(page)).toEqual(normal);
      await page.reload();
      expect(await mode(page)).toEqual(normal);
      expect(errorsOf(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('where the browser keeps nothing, the switch still works on its page', async () => {
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // Storage refused, as in some private windows.
    await page.addInitScript(() => {
      const refuse = () => {
        throw new DOMException('refused', 'SecurityError');
      };
      Object.defineProperty(window, 'localStorage', { get: refuse });
    });
    try {
      await page.goto(session.server.urlOf(methods));
      expect(await mode(page)).toMatchObject({ size: '16px', checked: false });
      await page.click('label[for="mode-large"]');
      expect(await mode(page)).toMatchObject({ size: '21px', checked: true });
      await page.click('label[for="mode-large"]');
      expect(await mode(page)).toMatchObject({ size: '16px', checked: false });
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('opened from disk, the switch works and nothing fails', async () => {
    const page = await open(session.context, pathToFileURL(join(siteDir, report)).href);
    try {
      await page.click('label[for="mode-large"]');
      expect(await mode(page)).toMatchObject({ size: '21px', checked: true });
      await go(page, pathToFileURL(join(siteDir, methods)).href);
      // Chromium keeps storage for pages from disk: the choice holds there too.
      expect(await mode(page)).toEqual(large);
      await page.click('label[for="mode-large"]');
      expect(errorsOf(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('large text without JavaScript', () => {
  test('the switch works on each page by itself', async () => {
    const page = await noScript.context.newPage();
    try {
      await page.goto(noScript.server.urlOf(report));
      const size = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
      expect(await size()).toBe('16px');
      await page.click('label[for="mode-large"]');
      expect(await size()).toBe('21px');
      await page.click('label[for="mode-large"]');
      expect(await size()).toBe('16px');
      await page.click('label[for="mode-large"]');
      await page.goto(noScript.server.urlOf(methods));
      expect(await size()).toBe('16px');
    } finally {
      await page.close();
    }
  });
});
