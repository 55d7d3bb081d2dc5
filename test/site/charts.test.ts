/**
 * Chart text as a reader sees it, on the pages with charts of each kind: at 390 px every chart
 * shows its narrow drawing, whose text reads at 11 px or more (about 14 in the large-text
 * mode); at 1366 px the wide drawing, at 11 px or more (14 in the large-text mode). No drawing
 * runs past the window. Each page is loaded once per width; the mode is switched in place.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { type DrawingMeasure, measureChartText } from './support/chart-text.ts';
import { enterLargeTextMode, siteDir } from './support/config.ts';
import { useSession } from './support/session.ts';

const session = useSession(siteDir);

/** Pages with every kind of chart: coefficients, matrix, school bars, trends, comparison, plan. */
const pages = [
  'fengqiu/2020/index.html',
  'tongdao/2019/index.html',
  'wudalianchi/2018/index.html',
  'index.html',
  'longting/plan/index.html',
];

interface Expectation {
  width: number;
  mode: 'normal' | 'large';
  variant: 'wide' | 'narrow';
  /** The least size any visible chart text may show at (CSS px). */
  least: number;
}

const expectations: Expectation[] = [
  { width: 390, mode: 'normal', variant: 'narrow', least: 11 },
  { width: 390, mode: 'large', variant: 'narrow', least: 13.5 },
  { width: 1366, mode: 'normal', variant: 'wide', least: 11 },
  { width: 1366, mode: 'large', variant: 'wide', least: 14 },
];

/** The smallest text per page, width and mode, printed at the end for the record. */
const smallest: string[] = [];
afterAll(() => {
  if (smallest.length > 0) console.info(`Smallest chart text (CSS px):\n${smallest.join('\n')}`);
});

describe(`chart text at phone and desktop widths (${siteDir})`, () => {
  test.for(pages.flatMap((pagePath) => [390, 1366].map((width) => [pagePath, width] as const)))(
    '%s at %i px',
    async ([pagePath, width]) => {
      const page = await session.context.newPage();
      try {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(session.server.urlOf(pagePath), { waitUntil: 'load' });
        const problems: string[] = [];
        for (const expectation of expectations.filter((item) => item.width === width)) {
          if (expectation.mode === 'large') await enterLargeTextMode(page);
          const measures = await measureChartText(page);
          const shown = measures.filter((measure) => measure.shown);
          const figures = new Set(measures.map((measure) => measure.chart));
          const where = `${pagePath} ${width} px ${expectation.mode}`;
          if (figures.size === 0) problems.push(`${where}: no chart`);
          for (const chart of figures) {
            const drawings = shown.filter((measure) => measure.chart === chart);
            if (drawings.length !== 1 || drawings[0]?.variant !== expectation.variant)
              problems.push(
                `${where} ${chart}: shows ${drawings.map((item) => item.variant).join(' + ') || 'nothing'}, not the ${expectation.variant} drawing alone`,
              );
          }
          for (const measure of shown) {
            if (measure.smallest < expectation.least)
              problems.push(
                `${where} ${measure.chart}: "${measure.smallestText}" at ${measure.smallest.toFixed(1)} px (< ${expectation.least})`,
              );
            if (measure.right > width + 0.5 || measure.left < -0.5)
              problems.push(
                `${where} ${measure.chart}: runs past the window (${measure.left}–${measure.right})`,
              );
          }
          const least = Math.min(...shown.map((measure: DrawingMeasure) => measure.smallest));
          smallest.push(`${where}: ${least.toFixed(1)}`);
        }
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );
});
