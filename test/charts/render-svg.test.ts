/** Build-time SVG: self-contained, accessible, deterministic, with Chinese labels and escaped data. */
import { beforeAll, describe, expect, test } from 'vitest';
import type { ChartDefinition } from '../../src/charts/chart.ts';
import { coefficientChart } from '../../src/charts/coefficients.ts';
import { complianceMatrixChart } from '../../src/charts/compliance-matrix.ts';
import { countyComparisonChart } from '../../src/charts/county-comparison.ts';
import { planTimelineChart } from '../../src/charts/plan-timeline.ts';
import { finishSvg, renderAll, renderSvg } from '../../src/charts/render-svg.ts';
import { schoolBarsChart } from '../../src/charts/school-bars.ts';
import { tableHtml } from '../../src/charts/table.ts';
import { investmentTrend, retentionTrend } from '../../src/charts/trend.ts';
import type { ComputeResult } from '../../src/types/generated/result.ts';
import { type Examples, loadExamples, result } from './examples.ts';

let examples: Examples;
let charts: ChartDefinition[] = [];

function defined<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a chart');
  return value;
}

beforeAll(async () => {
  examples = await loadExamples();
  const tongdao = result(examples, 'tongdao-2019');
  charts = [
    schoolBarsChart(tongdao, {
      standard: 'quality',
      level: 'primary',
      indicator: 'teaching_area_per_student',
    }),
    coefficientChart(tongdao),
    complianceMatrixChart(tongdao, { standard: 'quality', level: 'primary' }),
    defined(investmentTrend(tongdao)),
    defined(retentionTrend(result(examples, 'wudalianchi-2018'))),
    countyComparisonChart([...examples.results.values()]),
    defined(planTimelineChart(defined(examples.counties.get('longting')))),
  ];
});

/** Where a text is written in the SVG (text elements only). */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1] ?? '');
}

/** The names of the elements in a piece of markup. */
function elements(markup: string): Set<string> {
  return new Set([...markup.matchAll(/<([a-zA-Z][\w-]*)/g)].map((match) => (match[1] ?? '').toLowerCase()));
}

describe('renderSvg', () => {
  test('an accessible, self-contained SVG with the caption as its name', async () => {
    for (const chart of charts) {
      const svg = await renderSvg(chart.spec);
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'), chart.caption).toBe(true);
      const root = svg.slice(0, svg.indexOf('>'));
      expect(root).toContain('role="img"');
      expect(root).toContain(`aria-label="${chart.caption}"`);
      expect(root).toMatch(/ viewBox="0 0 \d+(\.\d+)? \d+(\.\d+)?"/);
      expect(svg).toContain(`<title>${chart.caption}</title>`);
      expect(svg.match(/https?:\/\/[^"\s)]*/g)).toEqual(['http://www.w3.org/2000/svg']);
      expect(svg).not.toMatch(/<image|xlink:|href=|<script|<foreignObject|url\((?!#)/i);
      expect(svg).toContain('font-family="&quot;PingFang SC&quot;');
    }
  });

  test('the Chinese labels are in it', async () => {
    const [bars, coefficients, matrix, , retention, comparison, plan] = await Promise.all(
      charts.map((chart) => renderSvg(chart.spec)),
    );
    expect(texts(bars ?? '')).toEqual(
      expect.arrayContaining(['镇区第五小学', '标准值 4.5 平方米', '生均教学及辅助用房面积（㎡）', '8.16 ✓']),
    );
    expect(texts(coefficients ?? '')).toEqual(
      expect.arrayContaining(['综合差异系数', '小学（综合差异系数限值 0.65）', '0.516 ✗ 超限']),
    );
    expect(texts(matrix ?? '')).toEqual(
      expect.arrayContaining(['多媒体教室', '达到项数', '○', '✗', '✓', '6/7']),
    );
    expect(texts(retention ?? '')).toEqual(expect.arrayContaining(['巩固率（%）', '小学巩固率', '100.1']));
    expect(texts(comparison ?? '')).toEqual(
      expect.arrayContaining(['通道侗族自治县（2019）', '初中（限值 0.55）']),
    );
    expect(texts(plan ?? '')).toEqual(
      expect.arrayContaining(['整体推进', '目标年份 2030 年', '2021 年 7—8 月']),
    );
  });

  test('the school charts name each bar and cell on hover, in a <title> of its own', async () => {
    const [bars, , matrix] = await Promise.all(charts.map((chart) => renderSvg(chart.spec)));
    const titles = (svg: string | undefined) =>
      [...(svg ?? '').matchAll(/<path [^>]*><title>([^<]*)<\/title><\/path>/g)].map((match) => match[1]);
    expect(titles(bars)).toContain('镇区第五小学　生均教学及辅助用房面积：8.16 平方米，达到标准值');
    expect(titles(matrix)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^镇区第五小学　生均教学及辅助用房面积：8\.16 平方米（标准值 4\.5 平方米）/),
      ]),
    );
    // No mark keeps an aria-label of its own: the root's is the chart's name.
    expect((bars ?? '').match(/aria-label=/g)).toHaveLength(1);
  });

  test('byte-identical across renders, whatever was rendered in between', async () => {
    for (const chart of charts) {
      const first = await renderSvg(chart.spec);
      await renderSvg(defined(charts[1]).spec);
      expect(await renderSvg(structuredClone(chart.spec))).toBe(first);
    }
  });

  test('ids are renamed per chart, in order of appearance', () => {
    const svg = finishSvg(
      '<svg xmlns="http://www.w3.org/2000/svg"><defs><clipPath id="clip7"><rect/></clipPath></defs><g clip-path="url(#clip7)"/></svg>',
      '图',
      'chart-abc',
    );
    expect(svg).toContain('id="chart-abc-1"');
    expect(svg).toContain('clip-path="url(#chart-abc-1)"');
    expect(svg).not.toContain('clip7');
  });
});

describe('school names with markup', () => {
  const names = [
    '<script>alert(1)</script>',
    '"><svg onload=alert(1)>',
    '{x}',
    '</Script >',
    "O'Neil & Co",
    // Looks like the attributes the post-process rewrites: a name is text and stays as written.
    'a id="x" role="graphics-symbol"',
  ];

  function withNames(base: ComputeResult): ComputeResult {
    const copy = structuredClone(base);
    const inScope = copy.schools.filter((school) => school.levels.primary?.quality?.inScope === true);
    names.forEach((name, index) => {
      const school = inScope[index];
      if (school !== undefined) school.name = name;
    });
    return copy;
  }

  test('come out as text in the SVG and in the table, never as elements', async () => {
    const hostile = withNames(result(examples, 'tongdao-2019'));
    for (const chart of [
      schoolBarsChart(hostile, {
        standard: 'quality',
        level: 'primary',
        indicator: 'sports_area_per_student',
      }),
      complianceMatrixChart(hostile, { standard: 'quality', level: 'primary' }),
    ]) {
      const svg = await renderSvg(chart.spec);
      for (const name of elements(svg))
        expect(['svg', 'title', 'rect', 'g', 'path', 'line', 'text']).toContain(name);
      expect(svg.match(/<svg/g)).toHaveLength(1);
      expect(svg).not.toMatch(/<[^>]*\sonload=/i);
      const labels = texts(svg);
      for (const escaped of [
        '&lt;script&gt;alert(1)&lt;/script&gt;',
        '&quot;&gt;&lt;svg onload=alert(1)&gt;',
        '{x}',
        '&lt;/Script &gt;',
        'O&#39;Neil &amp; Co',
        'a id=&quot;x&quot; role=&quot;graphics-symbol&quot;',
      ])
        expect(
          labels.some((text) =>
            [escaped, escaped.replace('&#39;', "'"), escaped.replaceAll('&quot;', '"')].includes(text),
          ),
          escaped,
        ).toBe(true);

      const html = tableHtml(chart);
      for (const name of elements(html))
        expect(['table', 'caption', 'thead', 'tr', 'th', 'tbody', 'td']).toContain(name);
      expect(html).not.toMatch(/<[^>]*\sonload=/i);
      expect(html).toContain('<th scope="row">&lt;script&gt;alert(1)&lt;/script&gt;</th>');
      expect(html).toContain('<th scope="row">&lt;/Script &gt;</th>');
      expect(html).toContain('<th scope="row">{x}</th>');
      expect(html).toContain('<th scope="row">&quot;&gt;&lt;svg onload=alert(1)&gt;</th>');
    }
  });

  test('a caption with markup is escaped in the title and the aria-label', async () => {
    const chart = defined(charts[0]);
    const spec = { ...chart.spec, description: '<b>"图"</b>' };
    const svg = await renderSvg(spec);
    expect(svg).toContain('aria-label="&lt;b&gt;&quot;图&quot;&lt;/b&gt;"');
    expect(svg).toContain('<title>&lt;b&gt;&quot;图&quot;&lt;/b&gt;</title>');
  });
});

describe('renderAll', () => {
  test('a duplicated definition is rendered once', async () => {
    const chart = defined(charts[3]);
    const rendered: string[] = [];
    const svgs = await renderAll([chart, { ...chart }, defined(charts[6]), chart], {
      workers: 1,
      onRendered: (id) => rendered.push(id),
    });
    expect(rendered).toEqual([chart.id, defined(charts[6]).id]);
    expect([...svgs.keys()]).toEqual([chart.id, defined(charts[6]).id]);
    expect(svgs.get(chart.id)).toBe(await renderSvg(chart.spec));
  });

  test('two worker threads give the same SVGs as one thread, each chart once', async () => {
    const rendered: string[] = [];
    const doubled = [...charts, ...charts];
    const inWorkers = await renderAll(doubled, { workers: 2, onRendered: (id) => rendered.push(id) });
    expect(rendered.sort()).toEqual(charts.map((chart) => chart.id).sort());
    expect([...inWorkers.keys()]).toEqual(charts.map((chart) => chart.id));
    for (const chart of charts)
      expect(inWorkers.get(chart.id), chart.caption).toBe(await renderSvg(chart.spec));
  }, 60_000);
});
