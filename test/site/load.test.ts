/**
 * Every page, with JavaScript on, under a sub-path: status 200, no console error, no page error,
 * no failed request, no request to another origin, no Content-Security-Policy violation.
 */
import { describe, expect, test } from 'vitest';
import { checkPageLoad } from './support/checks.ts';
import { siteDir } from './support/config.ts';
import { listPages } from './support/pages.ts';
import { useSession } from './support/session.ts';

const pages = listPages(siteDir);
const session = useSession(siteDir);

describe(`every page loads cleanly (${siteDir})`, () => {
  test.for(pages)('%s', async (pagePath) => {
    expect(await checkPageLoad(session.context, session.server, pagePath)).toEqual([]);
  });
});
