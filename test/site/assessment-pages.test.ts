/**
 * The pages of the whole assessment (认定准备 per county-year, the plan pages, the home page's
 * readiness table and its CSV, the methods page's lines, the data pages' assessment tables, a
 * narrative with <AssessmentSummary />): axe finds nothing, they read without
 * JavaScript, they fit a 390 px phone and a 1366 px screen (wide tables scroll in their own
 * region, the page never does), they print, and the work list holds exactly the lines the
 * engine found not met or not supplied.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkAccessibility, checkWithoutJavaScript, type ReadingMode } from './support/checks.ts';
import { siteDir } from './support/config.ts';
import { listPages } from './support/pages.ts';
import { useSession } from './support/session.ts';

const all = listPages(siteDir);
const readinessPages = all.filter((page) => /^[^/]+\/\d{4}\/readiness\/index\.html$/.test(page));
const planPages = all.filter((page) => /^[^/]+\/plan\/index\.html$/.test(page));
const dataPages = all.filter((page) => /^[^/]+\/\d{4}\/data\/index\.html$/.test(page));
// A report whose narrative uses <AssessmentSummary />.
const reportPages = all.filter((page) => page === 'longting/2021/index.html');
const pages = [
  'index.html',
  'methods/index.html',
  ...readinessPages,
  ...planPages,
  ...dataPages,
  ...reportPages,
];

interface AssessmentJson {
  quality?: {
    entry: { id: string; state: string }[];
    lines: { id: string; state: string }[];
    vetoes: { id: string; state: string; enabled: boolean }[];
  };
  basic?: { conditions: { id: string; state: string }[] };
}

/** The result JSON the data page offers for download, beside the page. */
function resultOf(county: string, year: string): { assessment?: AssessmentJson } {
  const folder = join(siteDir, county, year, 'data');
  const file = readdirSync(folder).find((name) => name === `${county}-${year}.json`);
  if (file === undefined) throw new Error(`no result JSON in ${folder}`);
  return JSON.parse(readFileSync(join(folder, file), 'utf8'));
}

const attribute = (html: string, state: string) =>
  [...html.matchAll(new RegExp(`data-line="([^"]+)" data-state="${state}"`, 'g'))].map((match) => match[1]);

describe('the work list holds exactly the lines not met and not supplied', () => {
  test('there are readiness pages', () => {
    expect(readinessPages.length).toBeGreaterThan(0);
  });

  test.for(readinessPages)('%s', (page) => {
    const [county = '', year = ''] = page.split('/');
    const assessment = resultOf(county, year).assessment;
    const html = readFileSync(join(siteDir, page), 'utf8');
    const lines = [
      ...(assessment?.quality?.entry ?? []),
      ...(assessment?.quality?.lines ?? []),
      ...(assessment?.basic?.conditions ?? []),
    ];
    const vetoes = (assessment?.quality?.vetoes ?? []).filter((veto) => veto.enabled);
    const ids = (state: string) => lines.filter((line) => line.state === state).map((line) => line.id);
    const vetoIds = (state: string) => vetoes.filter((veto) => veto.state === state).map((veto) => veto.id);
    expect(attribute(html, 'not-met').sort()).toEqual(ids('not-met').sort());
    expect(attribute(html, 'present').sort()).toEqual(vetoIds('present').sort());
    expect(attribute(html, 'not-supplied').sort()).toEqual(
      [...ids('not-supplied'), ...vetoIds('not-supplied')].sort(),
    );
  });
});

test('the summary lists every line of the assessment, by part, then the vetoes', () => {
  const html = readFileSync(join(siteDir, 'longting/2021/index.html'), 'utf8');
  const result = resultOf('longting', '2021').assessment;
  const summary = html.slice(html.indexOf('<table class="assessment-summary'));
  const rows = summary.slice(0, summary.indexOf('</table>')).match(/<th scope="row"/g) ?? [];
  // Each line and each veto is a row; the verdict is one more.
  expect(rows.length).toBe((result?.quality?.lines.length ?? 0) + (result?.quality?.vetoes.length ?? 0) + 1);
  for (const part of ['资源配置', '政府保障程度', '教育质量', '社会认可度', '一票否决事项'])
    expect(summary).toContain(part);
});

describe('the province readiness table and its CSV', () => {
  test('the CSV has a byte-order mark, a header and the home page’s order', () => {
    const file = join(siteDir, 'readiness.csv');
    expect(existsSync(file)).toBe(true);
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
    expect(header?.startsWith('县标识,县（市、区）,省份,年度,达标项数')).toBe(true);
    const home = readFileSync(join(siteDir, 'index.html'), 'utf8');
    const table = home.slice(home.indexOf('<table class="readiness"'));
    const ids = rows.map((row) => row.split(',')[0]);
    const linked = [...table.matchAll(/href="([^"/]+)\/\d{4}\/readiness\/index\.html"/g)].map(
      (match) => match[1],
    );
    expect(linked).toEqual(ids);
    for (const row of rows) expect(row).not.toMatch(/(^|,)[=+\-@]/);
  });
});

const session = useSession(siteDir, { bypassCSP: true });
const noScript = useSession(siteDir, { javaScriptEnabled: false });
const modes: ReadingMode[] = ['normal', 'large'];

describe.for(modes)('axe-core finds no WCAG 2.1 A/AA violation, %s mode', (mode) => {
  test.for(pages)('%s', async (page) => {
    expect(await checkAccessibility(session.context, session.server, page, mode)).toEqual([]);
  });
});

describe('without JavaScript', () => {
  test.for(pages)('%s', async (page) => {
    expect(await checkWithoutJavaScript(noScript.context, noScript.server, page)).toEqual([]);
    // The one script is the large-text switch's memory (public/mode.js): nothing needs it to be seen.
    const html = readFileSync(join(siteDir, page), 'utf8');
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    expect(scripts).toEqual([expect.stringMatching(/^<script src="(\.\.\/)*mode\.js">$/)]);
  });
});

/** The widest thing the page itself scrolls sideways by (wide tables scroll inside their region). */
async function overflow(page: import('playwright-core').Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe.for([390, 1366])('at %i px the page never scrolls sideways', (width) => {
  test.for(pages)('%s', async (path) => {
    const page = await session.context.newPage();
    try {
      await page.setViewportSize({ width, height: 900 });
      const response = await page.goto(session.server.urlOf(path), { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await page.evaluate(() => {
        document.documentElement.dataset.mode = 'large';
      });
      expect(await overflow(page)).toBeLessThanOrEqual(0);
    } finally {
      await page.close();
    }
  });
});

describe('in print', () => {
  test.for(pages)('%s', async (path) => {
    const page = await session.context.newPage();
    try {
      await page.goto(session.server.urlOf(path), { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print' });
      const facts = await page.evaluate(() => {
        const shown = (element: Element | null) =>
          element !== null &&
          getComputedStyle(element).display !== 'none' &&
          element.getBoundingClientRect().height > 0;
        return {
          heading: shown(document.querySelector('main h1')),
          nav: [...document.querySelectorAll('.site-nav, .no-print')].some(shown),
          tables: [...document.querySelectorAll('main table')]
            .filter((table) => table.closest('details') === null)
            .every(shown),
        };
      });
      expect(facts).toEqual({ heading: true, nav: false, tables: true });
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.byteLength).toBeGreaterThan(1000);
    } finally {
      await page.close();
    }
  });
});
