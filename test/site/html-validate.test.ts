/** html-validate (recommended rules; see html-validate.config.ts) finds nothing on any page. */
import { describe, expect, test } from 'vitest';
import { siteDir } from './support/config.ts';
import { listPages } from './support/pages.ts';
import { validatePage } from './support/validate-html.ts';

const pages = listPages(siteDir);

describe(`every page is valid HTML (${siteDir})`, () => {
  test.for(pages)('%s', async (pagePath) => {
    expect(await validatePage(siteDir, pagePath)).toEqual([]);
  });
});
