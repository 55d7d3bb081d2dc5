/** axe-core (WCAG 2.1 A and AA) finds nothing on any page, in the normal and the large-text mode. */
import { describe, expect, test } from 'vitest';
import { checkAccessibility, type ReadingMode } from './support/checks.ts';
import { siteDir } from './support/config.ts';
import { listPages } from './support/pages.ts';
import { useSession } from './support/session.ts';

const pages = listPages(siteDir);
// The policy is bypassed only so axe can be injected inline; load.test.ts holds pages to it.
const session = useSession(siteDir, { bypassCSP: true });
const modes: ReadingMode[] = ['normal', 'large'];

describe.for(modes)(`axe-core finds no WCAG 2.1 A/AA violation, %s mode (${siteDir})`, (mode) => {
  test.for(pages)('%s', async (pagePath) => {
    expect(await checkAccessibility(session.context, session.server, pagePath, mode)).toEqual([]);
  });
});
