/**
 * The words and numbers a reader sees on a page, read once and checked as plain data: stray
 * spaces in Chinese text, brackets said twice, the ratio's one wording (师生比, printed 1:x),
 * and the school counts of the 基本情况 table. The text is the rendered text (`innerText`, closed
 * <details> opened first, charts' SVG left to the chart tests) plus the labels and tooltips
 * (`aria-label`, `title`, `alt`) of the HTML.
 */
import type { BrowserContext } from 'playwright-core';
import type { SiteServer } from './server.ts';

/** A table cell in a row whose row header names a figure. */
export interface RowCell {
  caption: string;
  /** The row's header text. */
  row: string;
  /** The texts of the column headers above the cell (every header row). */
  columns: string[];
  text: string;
}

export interface PageWords {
  /** The rendered text, lines as the browser lays them out (cells separated by tabs). */
  text: string;
  /** aria-label, title and alt values of HTML elements. */
  labels: string[];
  /** Every body cell of every table, with its row and column headers. */
  cells: RowCell[];
}

/** Runs in the page: the rendered text with every <details> open, the labels, the table cells. */
function readWords(): PageWords {
  for (const details of document.querySelectorAll('details')) details.open = true;
  const labels: string[] = [];
  for (const element of document.querySelectorAll('[aria-label], [title], [alt]')) {
    if (element.closest('svg') !== null) continue;
    for (const name of ['aria-label', 'title', 'alt']) {
      const value = element.getAttribute(name);
      if (value) labels.push(value);
    }
  }
  const cells: RowCell[] = [];
  for (const table of document.querySelectorAll('table')) {
    if (table.closest('svg') !== null) continue;
    // Column headers by grid position, spans expanded.
    const headerRows = [...table.querySelectorAll(':scope > thead > tr')];
    const columns: string[][] = [];
    const taken: boolean[][] = headerRows.map(() => []);
    headerRows.forEach((tr, rowIndex) => {
      let column = 0;
      for (const cell of tr.children) {
        while (taken[rowIndex]?.[column]) column += 1;
        const span = Number(cell.getAttribute('colspan') ?? 1);
        const down = Number(cell.getAttribute('rowspan') ?? 1);
        for (let c = column; c < column + span; c += 1) {
          const above = columns[c] ?? [];
          above.push((cell.textContent ?? '').trim());
          columns[c] = above;
          for (let r = rowIndex; r < rowIndex + down; r += 1) {
            const row = taken[r];
            if (row !== undefined) row[c] = true;
          }
        }
        column += span;
      }
    });
    const caption = (table.querySelector(':scope > caption')?.textContent ?? '').trim();
    for (const tr of table.querySelectorAll(':scope > tbody > tr, :scope > tfoot > tr')) {
      const header = tr.querySelector(':scope > th[scope="row"]');
      const row = (header?.textContent ?? '').trim();
      let column = 0;
      for (const cell of tr.children) {
        const span = Number(cell.getAttribute('colspan') ?? 1);
        if (cell.tagName === 'TD') {
          cells.push({ caption, row, columns: columns[column] ?? [], text: (cell.textContent ?? '').trim() });
        }
        column += span;
      }
    }
  }
  return { text: document.body.innerText, labels, cells };
}

export async function readPageWords(
  context: BrowserContext,
  server: SiteServer,
  pagePath: string,
): Promise<PageWords> {
  const page = await context.newPage();
  try {
    await page.goto(server.urlOf(pagePath), { waitUntil: 'load' });
    return await page.evaluate(readWords);
  } finally {
    await page.close();
  }
}

/**
 * A space (not a line or cell break) where Chinese text has none: before or after its
 * punctuation, between two characters. (The ideographic space U+3000 is a deliberate separator.)
 */
const straySpace =
  /[ \u00a0]+(?=[，。；：、）！？」』】》])|(?<=[（「『【《，。；：、])[ \u00a0]+(?=\S)|(?<=[\p{Script=Han}\u3000])[ \u00a0]+(?=[\p{Script=Han}\u3000（「《])/gu;

/** Each stray space, shown in its context: 「仅县属⟦ ⟧，不含」. */
export function straySpaces(text: string): string[] {
  return [...text.matchAll(straySpace)].map((match) => {
    const at = match.index ?? 0;
    return `${text.slice(Math.max(0, at - 12), at)}⟦${match[0]}⟧${text.slice(at + match[0].length, at + match[0].length + 12)}`;
  });
}

/** Brackets said twice: 「…（十项，示例）（示例取值）」 or one inside another 「（…（…）…）」. */
export function doubledBrackets(text: string): string[] {
  const found: string[] = [];
  for (const line of text.split('\n')) {
    for (const match of line.matchAll(/）（|（[^（）]*（[^（）]*）[^（）]*）/g)) {
      const at = match.index ?? 0;
      found.push(line.slice(Math.max(0, at - 20), at + match[0].length + 10));
    }
  }
  return found;
}

/** The ratio's other wording, wherever it appears. */
export function otherRatioWording(words: PageWords): string[] {
  return [words.text, ...words.labels].flatMap((text) =>
    [...text.matchAll(/.{0,12}生师比.{0,12}/g)].map((match) => match[0]),
  );
}

/**
 * 师生比 values that are not written 1:x: in a 师生比 row, a cell under 县域值 or 标准值, or in the
 * 基本情况 table (whose columns are the 学段). Coefficients, changes and published figures
 * (quoted as printed) are other columns.
 */
export function ratioNotAsOneToX(words: PageWords): string[] {
  return words.cells
    .filter((cell) => cell.row === '师生比')
    .filter(
      (cell) =>
        cell.columns.some((column) => column === '县域值' || column === '标准值') ||
        (cell.caption.endsWith('基本情况') &&
          cell.columns.some((column) => column === '小学' || column === '初中')),
    )
    .filter((cell) => !/^1:\d+(\.\d+)?$/.test(cell.text) && cell.text !== '—')
    .map((cell) => `${cell.caption}｜${cell.columns.join('/')}｜${cell.text}`);
}

/** The school counts of a 基本情况 table (学校数, 教学点) and those its note adds (一贯制, 特殊教育). */
export function schoolCountsShown(words: PageWords, caption: string): number {
  const counts = words.cells.filter(
    (cell) => cell.caption === caption && /(学校数（所）|教学点（个）)$/.test(cell.row),
  );
  const note = words.cells.find((cell) => cell.caption === caption && cell.row === '')?.text ?? '';
  const others = [...note.matchAll(/(\d+) 所/g)].reduce((sum, [, count]) => sum + Number(count), 0);
  return counts.reduce((sum, cell) => sum + Number(cell.text), 0) + others;
}
