/**
 * Every page reads on a phone: at 390 px (in the normal and the large-text mode, and at 360 px in
 * large text) and at 1366 px, the page never scrolls sideways, no table cell breaks a word of four
 * CJK characters or fewer, and every table caption stays inside the screen or its scroll region.
 * Each page is loaded once and read at each width in turn.
 *
 * Each page's measured heights go to test-output/phone/layout.json. For review, with
 * PHONE_SCREENSHOTS=1 the same loads also write full-page screenshots of every page at both widths
 * (and at 390 px in large-text mode) to test-output/phone/<page>.<width>[.large].png; they are
 * left out by default because they take several times as long as the measuring.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { enterLargeTextMode, projectRoot, siteDir } from './support/config.ts';
import { listPages, screenshotName } from './support/pages.ts';
import {
  desktopWidth,
  type LayoutFacts,
  layoutProblems,
  leaveLargeTextMode,
  measurePageLayout,
  narrowPhoneWidth,
  openAllDetails,
  pageHeight,
  phoneWidth,
} from './support/phone.ts';
import { useSession } from './support/session.ts';

const pages = listPages(siteDir);
const session = useSession(siteDir);
const outputDir = join(projectRoot, 'test-output/phone');
const heights: Record<string, Record<string, number>> = {};
const screenshots = process.env.PHONE_SCREENSHOTS === '1';

let page: Page;

beforeAll(async () => {
  rmSync(outputDir, { recursive: true, force: true });
  page = await session.context.newPage();
});

afterAll(async () => {
  await page?.close();
  mkdirSync(outputDir, { recursive: true });
  writeFileSync(join(outputDir, 'layout.json'), `${JSON.stringify(heights, null, 2)}\n`);
});

async function shoot(pagePath: string, suffix: string): Promise<void> {
  if (!screenshots) return;
  const file = join(outputDir, screenshotName(pagePath).replace(/\.png$/, `.${suffix}.png`));
  mkdirSync(dirname(file), { recursive: true });
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
}

/** A page with each mistake the checks are for, and one without them. */
const broken = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>
  body { margin: 0; font-size: 16px; }
  .region { overflow-x: auto; }
  td.squeezed { width: 1em; }
</style></head><body>
  <div style="width: 600px">过宽的一行</div>
  <table style="width: 100px"><tr><td class="squeezed">未达到</td><td>生均教学及辅助用房面积</td></tr></table>
  <section class="region"><table style="width: 900px"><caption>一个比滚动区域宽得多的表格标题</caption>
    <tr><td style="white-space: nowrap">达到</td></tr></table></section>
</body></html>`;
const sound = broken
  .replace('<div style="width: 600px">', '<div>')
  .replace('td.squeezed { width: 1em; }', '')
  .replace('<table style="width: 100px">', '<table>')
  .replace('<caption>', '<caption style="position: sticky; left: 0; max-width: 300px">');

test('the checks find a page that scrolls sideways, a broken short word and a cut caption', async () => {
  await page.setViewportSize({ width: phoneWidth, height: 844 });
  await page.setContent(broken);
  const problems = layoutProblems(await measurePageLayout(page), 'fixture');
  expect(problems).toEqual([
    expect.stringMatching(
      /^fixture: the page scrolls sideways \(\d+ px wide in a 390 px viewport\): div 「过宽的一行」/,
    ),
    expect.stringMatching(/^fixture: table row 1 td:nth-child\(1\) 「未达到」 on 3 lines$/),
    expect.stringMatching(
      /^fixture: caption 「一个比滚动区域宽得多的表格标题」 spans .* outside its scroll region section\.region/,
    ),
  ]);
  await page.setContent(sound);
  expect(layoutProblems(await measurePageLayout(page), 'fixture')).toEqual([]);
});

describe(`pages read on a phone and on a laptop (${siteDir})`, () => {
  // One load per page, read at each width in turn: the heights first, as the page loads (its
  // charts' data tables folded), then everything with those tables unfolded.
  test.for(pages)('%s', async (pagePath) => {
    const measured: Record<string, LayoutFacts> = {};
    await page.setViewportSize({ width: phoneWidth, height: 844 });
    const response = await page.goto(session.server.urlOf(pagePath), { waitUntil: 'load' });
    expect(response?.status(), pagePath).toBe(200);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));

    await shoot(pagePath, `${phoneWidth}`);
    const height = await pageHeight(page);
    await enterLargeTextMode(page);
    await shoot(pagePath, `${phoneWidth}.large`);
    heights[pagePath] = {
      [`${phoneWidth} px`]: height,
      [`${phoneWidth} px, large text`]: await pageHeight(page),
    };

    await openAllDetails(page);
    measured[`${phoneWidth} px, large text`] = await measurePageLayout(page);
    // The narrowest phone in common use, in the mode that needs the most room.
    await page.setViewportSize({ width: narrowPhoneWidth, height: 800 });
    measured[`${narrowPhoneWidth} px, large text`] = await measurePageLayout(page);
    await leaveLargeTextMode(page);
    await page.setViewportSize({ width: phoneWidth, height: 844 });
    measured[`${phoneWidth} px`] = await measurePageLayout(page);

    await page.setViewportSize({ width: desktopWidth, height: 900 });
    measured[`${desktopWidth} px`] = await measurePageLayout(page);
    if (screenshots) {
      await page.evaluate(() => {
        for (const details of document.querySelectorAll('details')) details.open = false;
      });
      await shoot(pagePath, `${desktopWidth}`);
    }

    const problems = Object.entries(measured).flatMap(([where, facts]) => layoutProblems(facts, where));
    expect(problems).toEqual([]);
  });
});
