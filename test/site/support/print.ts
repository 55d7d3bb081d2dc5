/**
 * Printing a page as a reader does (Chromium, A4, the page's own @page rules) and reading the
 * result back: the layout under print media at the 版心's width, and the PDF's text page by page
 * (poppler's pdftotext).
 */
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';

const pxPerMm = 96 / 25.4;

/** The 版心 (GB/T 9704): 156 mm wide on a portrait page, 225 mm on a landscape (`wide`) one. */
export const contentWidth = {
  portrait: Math.floor(156 * pxPerMm),
  landscape: Math.floor(225 * pxPerMm),
} as const;

/** The name of the landscape page the print stylesheet puts too-wide tables on. */
export const widePageName = 'wide';

/** A page's PDF text, one string per page (pdftotext separates pages with a form feed). */
export function pdfPageTexts(file: string): string[] {
  // -raw: in the order drawn, so that a chart's label stays whole wherever its parts sit.
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const pages = text.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

/**
 * The fonts the browser actually drew an element's text with (not the family list it asked
 * for): the DevTools protocol's platform fonts of the first element matching `selector`.
 */
export async function platformFonts(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (nodeId === 0) return [];
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map((font) => font.familyName);
  } finally {
    await cdp.detach();
  }
}

/**
 * Text as compared with the PDF's: white space removed (pdftotext's line breaks and the page's
 * wrapping differ), and a character doubled by a chart's halo under its label read once.
 */
export const flat = (text: string) => text.replace(/\s+/g, '').replace(/(.)\1+/gu, '$1');

/** 「— 3 —」 as pdftotext reads the page number of page 3. */
export const pageNumberPattern = (page: number) => new RegExp(`—\\s*${page}\\s*—`);

export interface Overflow {
  /** Elements or text whose right edge passes the 版心, or whose box hides part of its content. */
  problems: string[];
  /** Elements on the landscape page (they are measured against its 版心 separately). */
  onWidePage: number;
}

/**
 * Under print media, with the viewport as wide as the 版心: every rendered element and every line
 * of text inside it, and no box with overflow other than visible hiding any of its content (a
 * scroll region prints only what shows). `wide`: measure only what sits on the landscape page.
 */
export async function printOverflow(page: Page, wide: boolean): Promise<Overflow> {
  return page.evaluate(
    ({ wide, pageName }) => {
      const limit = document.documentElement.clientWidth;
      const all = [...document.body.querySelectorAll('*')];
      // What the page's style sheets put on the named page (read from the rules: cheaper than
      // every element's computed style).
      const selectors: string[] = [];
      const collect = (rules: CSSRuleList) => {
        for (const rule of rules) {
          if (rule instanceof CSSStyleRule && rule.style.getPropertyValue('page') === pageName)
            selectors.push(rule.selectorText);
          if ('cssRules' in rule && rule.cssRules instanceof CSSRuleList) collect(rule.cssRules);
        }
      };
      for (const sheet of document.styleSheets) collect(sheet.cssRules);
      const wideRoots = selectors.length === 0 ? [] : [...document.querySelectorAll(selectors.join(','))];
      const onWide = (node: Node) => wideRoots.some((root) => root.contains(node));
      const name = (element: Element) => {
        const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
        const classes = typeof element.className === 'string' ? element.className : '';
        return `<${element.localName}${classes ? `.${classes.split(/\s+/).join('.')}` : ''}> 「${text}」`;
      };
      const problems: string[] = [];
      const reported = new Set<Element>();
      const inReported = (element: Element | null) => {
        for (let box = element; box !== null; box = box.parentElement) if (reported.has(box)) return true;
        return false;
      };
      for (const element of all) {
        if (onWide(element) !== wide) continue;
        const rects = element.getClientRects();
        if (rects.length === 0) continue;
        const box = element.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        if ((box.right > limit + 0.5 || box.left < -0.5) && !inReported(element.parentElement)) {
          reported.add(element);
          problems.push(
            `${name(element)} spans ${Math.round(box.left)}–${Math.round(box.right)} px of ${limit}`,
          );
        }
        if (element instanceof HTMLElement) {
          const style = getComputedStyle(element);
          const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
          if (
            clips &&
            (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1)
          )
            problems.push(
              `${name(element)} hides content: ${element.scrollWidth}×${element.scrollHeight} in ${element.clientWidth}×${element.clientHeight} (overflow ${style.overflowX}/${style.overflowY})`,
            );
        }
      }
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        if ((node.textContent ?? '').trim() === '' || onWide(node) !== wide) continue;
        if (inReported(node.parentElement)) continue;
        range.selectNodeContents(node);
        for (const rect of range.getClientRects()) {
          if (rect.width > 0 && (rect.right > limit + 0.5 || rect.left < -0.5)) {
            problems.push(
              `text 「${(node.textContent ?? '').trim().slice(0, 40)}」 in ${name(node.parentElement as Element)} reaches ${Math.round(rect.right)} px of ${limit}`,
            );
            break;
          }
        }
      }
      // With a landscape table on the page the portrait layout is wider than the 版心 by design.
      if (document.documentElement.scrollWidth > limit + 1 && !wide && wideRoots.length === 0)
        problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px of ${limit}`);
      return { problems, onWidePage: wideRoots.length };
    },
    { wide, pageName: widePageName },
  );
}

export interface PrintedParts {
  /** Each chart: its caption, its sentence, and the labels it draws upright. */
  figures: { caption: string; description: string; labels: string[] }[];
  /** The lines of the site footer that print. */
  footer: string[];
  /** The 落款's lines, when the page has one. */
  signature: string[] | undefined;
  /** The title block: whether its title and issuing line are centred in the 版心 (±2 px). */
  titleBlock: { title: boolean; meta: boolean } | undefined;
  /** The family list the body text asks for. */
  bodyFont: string;
}

/** What the print checks look for on a page, read from its layout under print media. */
export async function printedParts(page: Page): Promise<PrintedParts> {
  return page.evaluate(() => {
    const visible = (element: Element) => element.getClientRects().length > 0;
    const shown = (element: Element) => {
      for (let box: Element | null = element; box !== null; box = box.parentElement) {
        const style = getComputedStyle(box);
        if (style.opacity === '0' || style.visibility !== 'visible') return false;
      }
      return visible(element);
    };
    const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const upright = (element: SVGGraphicsElement) => {
      const matrix = element.getCTM();
      return matrix === null || (Math.abs(matrix.b) < 1e-6 && Math.abs(matrix.c) < 1e-6);
    };
    const figures = [...document.querySelectorAll('figure.chart')].filter(visible).map((figure) => ({
      caption: text(figure.querySelector('figcaption')),
      description: text(figure.querySelector('.chart-description')),
      labels: [...figure.querySelectorAll<SVGTextElement>('.chart-image svg text')]
        .filter((label) => shown(label) && upright(label))
        .map((label) => text(label))
        .filter((label) => label !== ''),
    }));
    const footer = [...document.querySelectorAll('.site-footer p')].filter(visible).map(text);
    const signature = document.querySelector('.signature');
    const centred = (element: Element | null) => {
      if (element === null || !visible(element)) return false;
      const range = document.createRange();
      range.selectNodeContents(element);
      const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
      if (rects.length === 0) return false;
      const left = Math.min(...rects.map((rect) => rect.left));
      const right = Math.max(...rects.map((rect) => rect.right));
      return Math.abs((left + right) / 2 - document.documentElement.clientWidth / 2) <= 2;
    };
    const block = document.querySelector('.title-block');
    const paragraph = document.querySelector('.prose p') ?? document.querySelector('main p');
    return {
      figures,
      footer,
      signature:
        signature === null ? undefined : [...signature.querySelectorAll('p')].map((line) => text(line)),
      titleBlock:
        block === null
          ? undefined
          : { title: centred(block.querySelector('h1')), meta: centred(block.querySelector('.meta')) },
      bodyFont: paragraph === null ? '' : getComputedStyle(paragraph).fontFamily,
    };
  });
}
