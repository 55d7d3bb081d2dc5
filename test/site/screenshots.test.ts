/**
 * A full-page screenshot of every report page, in the normal and the large-text mode, written to
 * test-output/screenshots/<page>.png and <page>.large.png for a person to look at.
 */
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { type ReadingMode, screenshot } from './support/checks.ts';
import { isReportPage, screenshotDir, siteDir } from './support/config.ts';
import { listPages, screenshotName } from './support/pages.ts';
import { useSession } from './support/session.ts';

const reports = listPages(siteDir).filter(isReportPage);
const session = useSession(siteDir);
const modes: ReadingMode[] = ['normal', 'large'];

beforeAll(() => {
  rmSync(screenshotDir, { recursive: true, force: true });
});

describe(`screenshots of the report pages (${siteDir})`, () => {
  test('the site has report pages', () => {
    expect(reports.length).toBeGreaterThan(0);
  });

  test.for(reports.flatMap((pagePath) => modes.map((mode) => [pagePath, mode] as const)))(
    '%s (%s mode)',
    async ([pagePath, mode]) => {
      const name = screenshotName(pagePath);
      const file = join(screenshotDir, mode === 'normal' ? name : name.replace(/\.png$/, '.large.png'));
      mkdirSync(dirname(file), { recursive: true });
      const { height, problems } = await screenshot(session.context, session.server, pagePath, mode, file);
      expect(problems).toEqual([]);
      expect(height).toBeGreaterThan(0);
      expect(statSync(file).size).toBeGreaterThan(0);
    },
  );
});
