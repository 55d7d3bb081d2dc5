/**
 * Offline search on the built site, served under a portal's sub-path: a Chinese query finds the
 * report, and its result link stays inside the sub-path.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { siteDir } from './support/config.ts';
import { useSession } from './support/session.ts';

const session = useSession(siteDir);
const hasSearch = existsSync(join(siteDir, 'search/index.html'));

test.runIf(hasSearch)('searching 通道 finds the Tongdao report, linked under the sub-path', async () => {
  const page = await session.context.newPage();
  try {
    await page.goto(session.server.urlOf('search/index.html'));
    await page.fill('#search input', '通道');
    const first = page.locator('#search a').first();
    await first.waitFor({ timeout: 10_000 });
    const hrefs = await page
      .locator('#search a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href?.startsWith(new URL(session.server.baseUrl).pathname)).toBe(true);
    expect(hrefs).toContain(`${new URL(session.server.baseUrl).pathname}tongdao/2019/`);
    await first.click();
    await page.waitForLoadState();
    expect(await page.title()).toContain('通道');
  } finally {
    await page.close();
  }
});
