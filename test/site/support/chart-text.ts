/**
 * How big a page's chart text is as a reader sees it: for each chart drawing (each <svg> of a
 * `figure.chart`), whether it is shown, which drawing it is (wide or narrow), where it sits, and
 * the smallest visible text in it in CSS pixels — the text's computed font size times the scale
 * the drawing is shown at (its screen transform), so a 12 px label of a chart shrunk to half its
 * width counts as 6 px.
 */
import type { Page } from 'playwright-core';

export interface DrawingMeasure {
  /** The figure's chart id. */
  chart: string;
  /** From the svg's class: chart-wide or chart-narrow; unknown for neither. */
  variant: 'wide' | 'narrow' | 'unknown';
  shown: boolean;
  /** The drawing's box on the page (CSS px). */
  left: number;
  right: number;
  /** The smallest visible text (CSS px) and what it says; Infinity and '' for a hidden drawing. */
  smallest: number;
  smallestText: string;
  /** Visible texts measured. */
  texts: number;
}

export async function measureChartText(page: Page): Promise<DrawingMeasure[]> {
  return page.evaluate(() => {
    const measures: DrawingMeasure[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>('figure.chart svg')) {
      const box = svg.getBoundingClientRect();
      const shown = getComputedStyle(svg).display !== 'none' && svg.getClientRects().length > 0;
      const measure: DrawingMeasure = {
        chart: (svg.closest('figure') as HTMLElement | null)?.dataset.chart ?? '',
        variant: svg.classList.contains('chart-narrow')
          ? 'narrow'
          : svg.classList.contains('chart-wide')
            ? 'wide'
            : 'unknown',
        shown,
        left: box.left,
        right: box.right,
        smallest: Number.POSITIVE_INFINITY,
        smallestText: '',
        texts: 0,
      };
      if (shown) {
        for (const text of svg.querySelectorAll<SVGTextElement>('text')) {
          const content = text.textContent?.trim() ?? '';
          // Labels vega hides (opacity 0) and empty texts are not read.
          if (content === '' || text.closest('[opacity="0"]') !== null) continue;
          const matrix = text.getScreenCTM();
          if (matrix === null) continue;
          const size = Number.parseFloat(getComputedStyle(text).fontSize) * Math.hypot(matrix.a, matrix.b);
          measure.texts += 1;
          if (size < measure.smallest) {
            measure.smallest = size;
            measure.smallestText = content;
          }
        }
      }
      measures.push(measure);
    }
    return measures;
  });
}
