/**
 * Printed on A4 as a reader prints them (Chromium, the pages' own @page rules): every page's
 * content stays inside the GB/T 9704 版心 (156 mm, or 225 mm on the landscape page a wide table
 * is put on) with nothing hidden in a scroll region; and for the reports, the data, readiness and
 * county pages, the PDF itself: each figure on one page with its caption, 「— n —」 on every page,
 * no page holding only the footer, the title block centred, the body in a serif face, and the
 * 落款 on the report's last page. The PDFs and a PNG of each of their pages are written to
 * test-output/print/ for a person to look at.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { projectRoot, siteDir } from './support/config.ts';
import { listPages } from './support/pages.ts';
import {
  contentWidth,
  flat,
  pageNumberPattern,
  pdfPageTexts,
  platformFonts,
  printedParts,
  printOverflow,
} from './support/print.ts';
import { useSession } from './support/session.ts';

const outputDir = join(projectRoot, 'test-output/print');
const session = useSession(siteDir, { javaScriptEnabled: false });

/** Every page of the site, by its folder (`tongdao/2019`, `` for the home page). */
const pages = listPages(siteDir)
  .filter((file) => file.endsWith('index.html'))
  .map((file) => file.slice(0, -'index.html'.length).replace(/\/$/, ''));

/** Report pages: a county-year's report or a plan; they carry a title block and a 落款. */
const isReport = (page: string) => /^[^/]+\/(\d{4}|plan)$/.test(page);

/**
 * Printed to PDF: the Tongdao and Fengqiu reports, the plan, the biggest data page (with the
 * assessment's tables), a readiness page, and two county pages (short pages whose footer once
 * printed alone). Every page's widths are checked above; these few are printed to keep the file
 * well within its time.
 */
const printed = [
  'tongdao/2019',
  'fengqiu/2020',
  'longting/plan',
  'fengqiu/2020/data',
  'tongdao/2019/readiness',
  'longting',
  'wudalianchi',
];

/** The PNGs of the printed pages, drawn by pdftoppm beside the browser's work. */
const drawn: Promise<unknown>[] = [];

let tab: Page;
beforeAll(async () => {
  rmSync(outputDir, { recursive: true, force: true });
  mkdirSync(outputDir, { recursive: true });
  tab = await session.context.newPage();
  await tab.emulateMedia({ media: 'print' });
});
afterAll(async () => {
  await tab?.close();
  await Promise.all(drawn);
});

async function open(page: string, width: number): Promise<void> {
  await tab.setViewportSize({ width, height: 1100 });
  await tab.goto(session.server.urlOf(page === '' ? 'index.html' : `${page}/index.html`));
}

describe(`printed on A4 (${siteDir})`, () => {
  test('the pages to print exist', () => {
    for (const page of printed) expect(pages, page).toContain(page);
  });

  test('on every page nothing is wider than the 版心, and no scroll region hides content', async () => {
    const problems: string[] = [];
    let landscape = 0;
    for (const page of pages) {
      await open(page, contentWidth.portrait);
      const portrait = await printOverflow(tab, false);
      problems.push(...portrait.problems.slice(0, 5).map((problem) => `${page || 'home'}: ${problem}`));
      if (portrait.onWidePage > 0) {
        landscape++;
        await open(page, contentWidth.landscape);
        const wide = await printOverflow(tab, true);
        problems.push(
          ...wide.problems.slice(0, 5).map((problem) => `${page || 'home'} (landscape): ${problem}`),
        );
      }
    }
    expect(problems).toEqual([]);
    // The plan's progress table and the home page's table of every indicator print across.
    expect(landscape).toBeGreaterThanOrEqual(2);
  });

  test('the large-text mode prints as the normal one: same type, same 版心', async () => {
    const sizes: string[] = [];
    // Switched as a reader does (the checkbox, no script) and as a script would (data-mode).
    for (const mode of ['normal', 'checkbox', 'data-mode'] as const) {
      await open('tongdao/2019', contentWidth.portrait);
      await tab.evaluate((mode) => {
        if (mode === 'checkbox') (document.getElementById('mode-large') as HTMLInputElement).checked = true;
        if (mode === 'data-mode') document.documentElement.dataset.mode = 'large';
      }, mode);
      expect((await printOverflow(tab, false)).problems, mode).toEqual([]);
      sizes.push(
        await tab.evaluate(() =>
          [document.querySelector('.prose p'), document.querySelector('figure.chart svg')]
            .map((element) =>
              element === null
                ? ''
                : `${getComputedStyle(element).fontSize} ${element.getBoundingClientRect().width}`,
            )
            .join(' / '),
        ),
      );
    }
    expect(sizes[1]).toBe(sizes[0]);
    expect(sizes[2]).toBe(sizes[0]);
  });

  describe.each(printed)('%s, printed', (page) => {
    const name = page.replace(/\//g, '-');
    const file = join(outputDir, `${name}.pdf`);
    let texts: string[] = [];
    let parts: Awaited<ReturnType<typeof printedParts>>;
    let bodyFonts: string[] = [];

    beforeAll(async () => {
      await open(page, contentWidth.portrait);
      parts = await printedParts(tab);
      bodyFonts = await platformFonts(tab, 'main p');
      await tab.pdf({ path: file, format: 'A4', preferCSSPageSize: true });
      texts = pdfPageTexts(file);
      drawn.push(promisify(execFile)('pdftoppm', ['-r', '50', '-png', file, join(outputDir, name)]));
    });

    test('every page carries its number, 「— n —」', () => {
      expect(texts.length).toBeGreaterThan(0);
      const missing = texts.flatMap((text, index) =>
        pageNumberPattern(index + 1).test(text) ? [] : [index + 1],
      );
      expect(missing, 'pages without their number').toEqual([]);
    });

    test('no page holds only the footer (or the 落款)', () => {
      const leftOver = (text: string, index: number) => {
        let rest = flat(text.replace(pageNumberPattern(index + 1), ''));
        for (const line of [...parts.footer, ...(parts.signature ?? [])]) rest = rest.replace(flat(line), '');
        return rest;
      };
      const bare = texts.flatMap((text, index) => (leftOver(text, index) === '' ? [index + 1] : []));
      expect(bare, 'pages with nothing but the footer, the 落款 and the page number').toEqual([]);
    });

    test('each figure prints on one page with its caption and sentence', () => {
      const split = parts.figures.flatMap((figure) => {
        const withCaption = texts.filter((text) => flat(text).includes(flat(figure.caption)));
        if (withCaption.length === 0) return [`${figure.caption}: caption not printed`];
        const wanted = [figure.description, ...figure.labels].map(flat);
        const best = withCaption
          .map((text) => wanted.filter((item) => !flat(text).includes(item)))
          .sort((a, b) => a.length - b.length)[0] as string[];
        return best.length === 0
          ? []
          : [`${figure.caption}: not on its caption's page: ${best.slice(0, 5).join('、')}`];
      });
      expect(split).toEqual([]);
    });

    test('the body is set in a serif face (仿宋, else a 宋体 or serif the system has)', () => {
      expect(parts.bodyFont).toMatch(/^"?FangSong/);
      expect(bodyFonts.length).toBeGreaterThan(0);
      for (const font of bodyFonts) expect(font).toMatch(/FangSong|Fangsong|仿宋|SimSun|宋|Song|Serif|Ming/i);
    });

    test.runIf(isReport(page))('the title block is centred and the 落款 closes the last page', () => {
      expect(parts.titleBlock).toEqual({ title: true, meta: true });
      expect(parts.signature?.length).toBe(2);
      const last = flat(texts.at(-1) ?? '');
      for (const line of parts.signature ?? [])
        expect(last, `the last page carries 「${line}」`).toContain(flat(line));
    });
  });

  test('on screen the 落款 closes each report, right-aligned', async () => {
    await tab.emulateMedia({ media: 'screen' });
    try {
      for (const page of pages.filter(isReport)) {
        await open(page, 1366);
        const placed = await tab.evaluate(() => {
          const signature = document.querySelector('.signature');
          if (signature === null || signature.getClientRects().length === 0) return 'no 落款';
          const main = document.querySelector('main') as HTMLElement;
          const after = [...main.querySelectorAll('*')].filter(
            (element) =>
              signature.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING &&
              !signature.contains(element) &&
              element.getClientRects().length > 0 &&
              (element.textContent ?? '').trim() !== '',
          );
          if (after.length > 0)
            return `followed by ${after[0]?.localName} 「${after[0]?.textContent?.trim().slice(0, 20)}」`;
          const lines = [...signature.querySelectorAll('p')].map((line) => {
            const range = document.createRange();
            range.selectNodeContents(line);
            return range.getBoundingClientRect().right;
          });
          const right = signature.getBoundingClientRect().right;
          return lines.every((edge) => Math.abs(edge - right) <= 2)
            ? 'right-aligned'
            : `lines end at ${lines.join(', ')} of ${right}`;
        });
        expect(placed, page).toBe('right-aligned');
      }
    } finally {
      await tab.emulateMedia({ media: 'print' });
    }
  });
});
