/**
 * The knobs of the site tests, in one place: which directory, under which URL path, which pages
 * get screenshots, how the large-text mode is switched on.
 */
import { isAbsolute, join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

export const projectRoot = resolve(import.meta.dirname, '../../..');

/** The built site under test: `SITE_DIR` (absolute, or relative to the project), `dist/` by default. */
export const siteDir = (() => {
  const chosen = process.env.SITE_DIR;
  if (chosen === undefined || chosen === '') return join(projectRoot, 'dist');
  return isAbsolute(chosen) ? chosen : resolve(projectRoot, chosen);
})();

/** The hand-written site the harness itself is developed and proven against. */
export const fixtureSiteDir = join(projectRoot, 'test/fixtures/site');

/**
 * The site is served under this path, not at the root, so that a link written as `/…` fails as
 * it would on a county's portal or when the folder is opened from disk.
 */
export const basePath = '/portal/jyjh/';

/**
 * Which pages are reports, to be screenshotted for review: a county-year page
 * (`<county>/<year>/index.html`, as the site is laid out) or any page in a `reports` folder.
 */
export function isReportPage(pagePath: string): boolean {
  return /(^|\/)reports\//.test(pagePath) || /(^|\/)\d{4}\/index\.html$/.test(pagePath);
}

/** Where screenshots go: `test-output/screenshots/<page>.png`. */
export const screenshotDir = join(projectRoot, 'test-output/screenshots');

/** The width pages are looked at; tall pages are captured whole. */
export const viewport = { width: 1280, height: 900 } as const;

/** The large-text reading mode, switched as the page's own control does. The one place to change. */
export async function enterLargeTextMode(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.documentElement.dataset.mode = 'large';
  });
  // Let style and layout settle before anything is measured.
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

/** axe-core rule tags: WCAG 2.1 levels A and AA. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The least visible text a page's `<main>` holds with JavaScript off. */
export const minimumMainText = 20;

/** Files that a page offers for download (links to them are download links). */
export const downloadExtensions = [
  '.json',
  '.csv',
  '.xlsx',
  '.xls',
  '.yaml',
  '.yml',
  '.zip',
  '.pdf',
  '.svg',
  '.png',
];
