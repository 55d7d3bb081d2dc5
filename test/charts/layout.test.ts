/**
 * Every example chart, wide and narrow, as drawn: no text crosses a rule, a line, a point, a bar
 * or another text; group titles stand clear of the headers under them; the narrow drawing fits a
 * phone and the wide one a desktop column; a comparison across counties names each county's year.
 * Positions are read from the SVG itself (svg-layout.ts).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { ChartDefinition } from '../../src/charts/chart.ts';
import { countyComparisonChart } from '../../src/charts/county-comparison.ts';
import { renderSvg } from '../../src/charts/render-svg.ts';
import { NARROW, WIDE } from '../../src/charts/theme.ts';
import type { ComputeResult } from '../../src/types/generated/result.ts';
import { allCharts, type Examples, loadExamples } from './examples.ts';
import { collisions, type SvgLayout, svgLayout, type TextBox } from './svg-layout.ts';

interface Drawn {
  chart: ChartDefinition;
  variant: 'wide' | 'narrow';
  svg: string;
  layout: SvgLayout;
}

let examples: Examples;
let drawn: Drawn[] = [];

beforeAll(async () => {
  examples = await loadExamples();
  const charts = allCharts(examples);
  drawn = [];
  for (const chart of charts) {
    for (const variant of ['wide', 'narrow'] as const) {
      const spec = variant === 'wide' ? chart.spec : chart.narrow?.spec;
      if (spec === undefined) continue;
      const svg = await renderSvg(spec);
      drawn.push({ chart, variant, svg, layout: svgLayout(svg) });
    }
  }
}, 240_000);

const name = (item: Drawn) => `${item.variant} ${item.chart.kind}: ${item.chart.caption}`;

describe('the layout reader', () => {
  test('finds a rule through a label, a label on another, and lets a symbol sit in its cell', () => {
    const svg = [
      '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100">',
      '<g transform="translate(10,10)"><g class="mark-group role-frame root"><g transform="translate(0,0)">',
      '<g class="mark-text role-mark layer_2_marks"><text text-anchor="start" transform="translate(20,30)" font-size="12px">0.447 ✓</text></g>',
      '<g class="mark-rule role-mark layer_1_marks"><line transform="translate(40,0)" x2="0" y2="60" stroke="#222" stroke-width="2"/></g>',
      '<g class="mark-rect role-mark layer_0_marks"><path d="M100,20h30v20h-30Z" fill="#173f66"/></g>',
      '<g class="mark-text role-mark layer_3_marks"><text text-anchor="middle" transform="translate(115,35)" font-size="12px">✓</text>',
      '<text text-anchor="start" transform="translate(150,35)" font-size="12px">6/7</text>',
      '<text text-anchor="start" transform="translate(160,37)" font-size="12px">达标</text></g>',
      '</g></g></g></svg>',
    ].join('');
    const found = collisions(svgLayout(svg));
    expect(found.map((item) => `${item.text.split(' [')[0]} × ${item.other.split(' [')[0]}`)).toEqual([
      '0.447 ✓ × rule mark layer_1_marks',
      '6/7 × text 达标',
    ]);
  });

  test('reads multi-line text line by line, and rotated text across', () => {
    const svg = [
      '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><g transform="translate(50,50)">',
      '<g class="mark-text role-axis-label"><text text-anchor="end" transform="translate(-7,10)" font-size="10px"><tspan>乡村第二九年</tspan><tspan x="0" dy="12">一贯制学校</tspan></text></g>',
      '<g class="mark-text role-axis-title"><text text-anchor="middle" transform="translate(-40,0) rotate(-90)" font-size="10px">金额</text></g>',
      '</g></svg>',
    ].join('');
    const { texts } = svgLayout(svg);
    const box = (text: string) => texts.find((item) => item.text === text);
    expect(box('乡村第二九年')).toMatchObject({ x1: -17, x2: 43 });
    expect(box('一贯制学校')?.y1).toBeCloseTo((box('乡村第二九年')?.y1 ?? 0) + 12, 5);
    const rotated = box('金额');
    expect((rotated?.y2 ?? 0) - (rotated?.y1 ?? 0)).toBeCloseTo(20, 5);
  });
});

describe('every example chart, wide and narrow', () => {
  test('is drawn in both layouts', () => {
    const kinds = new Set(drawn.map((item) => item.chart.kind));
    expect(kinds.size).toBe(7);
    for (const kind of kinds)
      for (const variant of ['wide', 'narrow'])
        expect(
          drawn.some((item) => item.chart.kind === kind && item.variant === variant),
          `${kind} ${variant}`,
        ).toBe(true);
  });

  test('no text crosses a rule, a line, a point, a bar or another text', () => {
    const found = drawn.flatMap((item) =>
      collisions(item.layout).map((collision) => `${name(item)} — ${collision.text} × ${collision.other}`),
    );
    expect(found.slice(0, 20)).toEqual([]);
    expect(found).toHaveLength(0);
  });

  test('the narrow drawing fits a phone, the wide one a desktop column', () => {
    const tooWide = drawn
      .filter((item) => item.layout.width > (item.variant === 'narrow' ? NARROW : WIDE).maxWidth)
      .map((item) => `${name(item)}: ${item.layout.width} px`);
    expect(tooWide).toEqual([]);
  });

  test('the narrow drawing writes its text at 14 px or more, the wide at 12 px or more', () => {
    const small = drawn.flatMap((item) => {
      const least = item.variant === 'narrow' ? NARROW.fontSize : WIDE.fontSize;
      return item.layout.texts
        .filter((text) => text.fontSize < least)
        .map((text) => `${name(item)}: ${text.text}`);
    });
    expect(small).toEqual([]);
  });

  test('group titles stand at least 6 px clear of the headers under them', () => {
    const gaps = drawn.flatMap((item) => {
      const titles = item.layout.texts.filter((text) => text.role === 'title-text');
      // A title over others that start below it and overlap it across.
      return titles.flatMap((title) =>
        titles
          .filter((other) => other !== title && other.y1 >= title.y1 && overlapsAcross(title, other))
          .filter((other) => other.y1 - title.y2 < 6 && !sameBlock(title, other))
          .map(
            (other) =>
              `${name(item)}: ${title.text} / ${other.text} (${(other.y1 - title.y2).toFixed(1)} px)`,
          ),
      );
    });
    expect(gaps).toEqual([]);
  });
});

/** Two boxes side by side across. */
function overlapsAcross(a: TextBox, b: TextBox): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2;
}

/** Lines of one wrapped title: same size and weight, one line's height apart. */
function sameBlock(a: TextBox, b: TextBox): boolean {
  return a.fontSize === b.fontSize && Math.abs(b.y1 - a.y1 - (a.fontSize + 2)) < 1;
}

describe('the comparison across counties', () => {
  test('names every county with the year of its figures, in both drawings', async () => {
    const latest = new Map<string, ComputeResult>();
    for (const result of examples.results.values()) {
      const known = latest.get(result.county);
      if (known === undefined || known.year < result.year) latest.set(result.county, result);
    }
    const chart = countyComparisonChart([...latest.values()]);
    for (const spec of [chart.spec, chart.narrow.spec]) {
      const texts = svgLayout(await renderSvg(spec)).texts.map((text) => text.text);
      for (const result of latest.values()) expect(texts).toContain(`${result.countyName}（${result.year}）`);
      // Every name on the chart carries a year: 五大连池市（2018）, never 五大连池市 alone.
      for (const result of latest.values()) expect(texts).not.toContain(result.countyName);
    }
    expect(chart.description).toContain('5 个县（市、区）');
    expect(new Set(chart.table.rows.map((row) => row[1]))).toEqual(new Set([2018, 2019, 2020, 2022, 2025]));
  });
});
