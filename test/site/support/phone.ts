/**
 * What a reader on a phone (or any width) would find wrong with a page's layout, measured in the
 * page: the page scrolls sideways, a short word in a table cell breaks over lines, a table's
 * caption is cut by the screen or by its scroll region. Each check returns problems as text that
 * names the element, so a failing test says where to look.
 */
import type { Page } from 'playwright-core';

/** The widths pages are read at: a common phone, and a common laptop. */
export const phoneWidth = 390;
export const narrowPhoneWidth = 360;
export const desktopWidth = 1366;

/** A cell whose whole text is this many CJK characters or fewer must stay on one line. */
export const shortWordLength = 4;

export interface LayoutFacts {
  /** The viewport's width (the document's client width, without a scroll bar). */
  viewportWidth: number;
  /** How wide the page's content is: more than the viewport means the page scrolls sideways. */
  scrollWidth: number;
  /** What sticks out to the right of the viewport (the widest few), for the report. */
  overflowing: string[];
  /** Cells of a short CJK word rendered on more than one line. */
  brokenWords: string[];
  /** Captions whose box leaves the viewport or the scroll region they sit in. */
  cutCaptions: string[];
  /** How many cells and captions were looked at (a check over nothing proves nothing). */
  cellsChecked: number;
  captionsChecked: number;
  /** How many tables the page shows. */
  tables: number;
}

/** Runs in the page, measuring it as it shows now. */
function measureLayout(shortWord: number): LayoutFacts {
  const root = document.documentElement;
  const viewportWidth = root.clientWidth;
  const text = (element: Element, length = 24): string =>
    (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, length);
  const tableName = (element: Element): string => {
    const table = element.closest('table');
    if (table === null) return '';
    const caption = table.querySelector('caption');
    const figure = table.closest('figure')?.querySelector('figcaption');
    const name =
      caption === null ? (figure === null || figure === undefined ? '' : text(figure)) : text(caption);
    return name === '' ? 'table' : `table「${name}」`;
  };
  const describe = (element: Element): string => {
    const classes = [...element.classList].map((name) => `.${name}`).join('');
    const id = element.id === '' ? '' : `#${element.id}`;
    return `${element.localName}${id}${classes}`;
  };
  const cellPlace = (cell: HTMLTableCellElement): string => {
    const row = cell.parentElement as HTMLTableRowElement | null;
    const rowIndex = row === null ? -1 : row.rowIndex;
    return `${tableName(cell)} row ${rowIndex + 1} ${cell.localName}:nth-child(${cell.cellIndex + 1})`;
  };
  const rendered = (element: Element): boolean => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
  };
  const scrollRegion = (element: Element): Element | null => {
    for (let at = element.parentElement; at !== null && at !== document.body; at = at.parentElement) {
      const overflow = getComputedStyle(at).overflowX;
      if (overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden' || overflow === 'clip')
        return at;
    }
    return null;
  };

  // What sticks out to the right (looked for only when the page is too wide): elements whose box
  // passes the viewport and that are not inside a scroll region (whose overflow stays inside it).
  const overflowing: { right: number; what: string }[] = [];
  const wide = root.scrollWidth > viewportWidth;
  for (const element of wide ? document.body.querySelectorAll('*') : []) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.right <= viewportWidth + 0.5) continue;
    if (scrollRegion(element) !== null) continue;
    overflowing.push({
      right: box.right,
      what: `${describe(element)} 「${text(element, 16)}」 right ${Math.round(box.right)}`,
    });
  }
  overflowing.sort((a, b) => b.right - a.right);

  // Short CJK words in cells: the lines a cell's text occupies, by the tops of its text boxes.
  const shortText = new RegExp(`^\\p{Script=Han}{1,${shortWord}}$`, 'u');
  const brokenWords: string[] = [];
  let cellsChecked = 0;
  for (const cell of document.querySelectorAll<HTMLTableCellElement>('th, td')) {
    const words = (cell.textContent ?? '').replace(/\s+/g, '');
    if (!shortText.test(words) || !rendered(cell)) continue;
    cellsChecked += 1;
    const tops: number[] = [];
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        if (rect.width === 0 || rect.height === 0) continue;
        if (!tops.some((top) => Math.abs(top - rect.top) < rect.height / 2)) tops.push(rect.top);
      }
    }
    if (tops.length > 1) brokenWords.push(`${cellPlace(cell)} 「${words}」 on ${tops.length} lines`);
  }

  // Captions: inside the scroll region they sit in, or else inside the viewport.
  const cutCaptions: string[] = [];
  let captionsChecked = 0;
  for (const caption of document.querySelectorAll('caption')) {
    if (!rendered(caption)) continue;
    captionsChecked += 1;
    const box = caption.getBoundingClientRect();
    const region = scrollRegion(caption);
    const frame = region === null ? { left: 0, right: viewportWidth } : region.getBoundingClientRect();
    const where = region === null ? 'the viewport' : `its scroll region ${describe(region)}`;
    if (box.left < frame.left - 0.5 || box.right > frame.right + 0.5) {
      cutCaptions.push(
        `caption 「${text(caption)}」 spans ${Math.round(box.left)}–${Math.round(box.right)} px, outside ${where} (${Math.round(frame.left)}–${Math.round(frame.right)} px)`,
      );
    }
  }

  const tables = [...document.querySelectorAll('table')].filter(rendered).length;
  const scrollWidth = root.scrollWidth;
  return {
    viewportWidth,
    scrollWidth,
    overflowing: overflowing.slice(0, 5).map((item) => item.what),
    brokenWords,
    cutCaptions,
    cellsChecked,
    captionsChecked,
    tables,
  };
}

/** The document's height in CSS pixels. */
export function pageHeight(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollHeight);
}

/**
 * Opens every `<details>` (a chart's data table), so that the tables a reader can unfold are
 * measured as they would show. They stay open.
 */
export async function openAllDetails(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
}

/** Measures the page as it is now (after load, in whatever reading mode it is in). */
export async function measurePageLayout(page: Page): Promise<LayoutFacts> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page.evaluate(measureLayout, shortWordLength);
}

/** The problems a reader would meet, as text, each prefixed with where the page was read. */
export function layoutProblems(facts: LayoutFacts, where: string): string[] {
  const problems: string[] = [];
  if (facts.scrollWidth > facts.viewportWidth) {
    problems.push(
      `${where}: the page scrolls sideways (${facts.scrollWidth} px wide in a ${facts.viewportWidth} px viewport): ${facts.overflowing.join('; ')}`,
    );
  }
  for (const word of facts.brokenWords) problems.push(`${where}: ${word}`);
  for (const caption of facts.cutCaptions) problems.push(`${where}: ${caption}`);
  // Every table has headers of a word or two (学校, 学段, 结论): none found means nothing was measured.
  if (facts.tables > 0 && facts.cellsChecked === 0)
    problems.push(`${where}: ${facts.tables} tables but no cell of a short word was found to measure`);
  return problems;
}

/** Leaves the large-text mode that `enterLargeTextMode` (config.ts) switched on. */
export async function leaveLargeTextMode(page: Page): Promise<void> {
  await page.evaluate(() => {
    delete document.documentElement.dataset.mode;
  });
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}
