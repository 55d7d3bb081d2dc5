/** The chart builders on the example results: what each chart holds, its sentence, its table and its id. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { canonicalJson, chartId } from '../../src/charts/chart.ts';
import { coefficientChart } from '../../src/charts/coefficients.ts';
import { complianceMatrixChart } from '../../src/charts/compliance-matrix.ts';
import { countyComparisonChart } from '../../src/charts/county-comparison.ts';
import { DEFAULT_INDICATOR_LABELS, indicatorLabelsFromStandards } from '../../src/charts/labels.ts';
import { planTimelineChart } from '../../src/charts/plan-timeline.ts';
import { schoolBarsChart } from '../../src/charts/school-bars.ts';
import { investmentTrend, retentionTrend, trendChart } from '../../src/charts/trend.ts';
import type { CountyFile } from '../../src/types/generated/county.ts';
import type { StandardFile } from '../../src/types/generated/standard.ts';
import { root } from '../helpers/fixtures.ts';
import { type Examples, loadExamples, result } from './examples.ts';

let examples: Examples;
beforeAll(async () => {
  examples = await loadExamples();
});

function county(id: string): CountyFile {
  const found = examples.counties.get(id);
  if (found === undefined) throw new Error(`no county ${id}`);
  return found;
}

describe('schoolBarsChart', () => {
  test('one bar per in-scope school, highest first, the standard value and the 85% floor as rules', () => {
    const tongdao = result(examples, 'tongdao-2019');
    const chart = schoolBarsChart(tongdao, {
      standard: 'quality',
      level: 'primary',
      indicator: 'teaching_area_per_student',
    });
    expect(chart.kind).toBe('school-bars');
    expect(chart.description).toBe(
      '28 所小学中有 7 所生均教学及辅助用房面积达到 4.5 平方米，另有 1 所不低于标准值的 85%，最低的镇区第四小学为 0.41 平方米。',
    );
    expect(chart.caption).toBe(
      '通道侗族自治县 2019 年小学各校生均教学及辅助用房面积（优质均衡：标准值 4.5 平方米）',
    );
    expect(chart.table.columns).toEqual([
      '学校',
      '生均教学及辅助用房面积（㎡）',
      '与标准值（4.5 平方米）比较',
    ]);
    expect(chart.table.rows).toHaveLength(tongdao.levels.primary.quality?.units ?? -1);
    const values = chart.table.rows.map((row) => row[1]);
    expect(values).toEqual([...values].sort((a, b) => Number(b) - Number(a)));
    expect(chart.table.rows[0]).toEqual(['镇区第五小学', 8.16, '✓ 达到标准值']);
    expect(chart.table.rows.at(-1)).toEqual(['镇区第四小学', 0.41, '✗ 低于标准值的 85%']);
    expect(chart.table.rows.filter((row) => String(row[2]).startsWith('✓'))).toHaveLength(7);
    const text = JSON.stringify(chart.spec);
    expect(text).toContain('"标准值 4.5 平方米"');
    expect(text).toContain('"标准值的 85%：3.83 平方米"');
    expect(text).toContain('"0.41 ✗"');
  });

  test('a provincial standard has no floor; a missing indicator is an error', () => {
    const tongdao = result(examples, 'tongdao-2019');
    const chart = schoolBarsChart(tongdao, {
      standard: 'provincial',
      level: 'junior',
      indicator: 'land_area_per_student',
    });
    expect(chart.description).toBe(
      '11 所初中的生均校地面积全部达到 16 平方米，最低的镇区第三初级中学为 16.5 平方米。',
    );
    expect(JSON.stringify(chart.spec)).not.toContain('85%');
    expect(() =>
      schoolBarsChart(tongdao, { standard: 'quality', level: 'primary', indicator: 'nope' }),
    ).toThrow(/nope/);
  });
});

describe('standings are the engine’s, read from the result', () => {
  /** A copy of Tongdao 2019 to change what the engine said, and see the charts follow. */
  const tongdaoCopy = () => structuredClone(result(examples, 'tongdao-2019'));

  test('the floor share is the result’s school rule (quality-2017’s 0.85), not a constant of the charts', () => {
    const tongdao = tongdaoCopy();
    expect(tongdao.levels.primary.quality?.schoolRule).toEqual({ minMet: 6, floorShare: 0.85 });
    const rule = tongdao.levels.primary.quality?.schoolRule;
    if (rule === undefined) throw new Error('fixture');
    rule.floorShare = 0.9;
    const options = {
      standard: 'quality',
      level: 'primary',
      indicator: 'teaching_area_per_student',
    } as const;
    const text = JSON.stringify(schoolBarsChart(tongdao, options).spec);
    expect(text).toContain('"标准值的 90%：4.05 平方米"');
    expect(text).not.toContain('85%');
  });

  test('a school’s symbol is the standing the result gives it, whatever its value', () => {
    const tongdao = tongdaoCopy();
    const options = {
      standard: 'quality',
      level: 'primary',
      indicator: 'teaching_area_per_student',
    } as const;
    const top = schoolBarsChart(tongdao, options).table.rows[0];
    expect(top).toEqual(['镇区第五小学', 8.16, '✓ 达到标准值']);
    const school = tongdao.schools.find((item) => item.name === '镇区第五小学');
    const standings = school?.levels.primary?.quality?.standings;
    expect(standings?.teaching_area_per_student).toBe('met');
    if (standings === undefined) throw new Error('fixture');
    standings.teaching_area_per_student = 'floor';
    expect(schoolBarsChart(tongdao, options).table.rows[0]).toEqual([
      '镇区第五小学',
      8.16,
      '○ 未达到，不低于标准值的 85%',
    ]);
    const matrix = complianceMatrixChart(tongdao, { standard: 'quality', level: 'primary' });
    const row = matrix.table.rows.find((cells) => cells[0] === '镇区第五小学');
    expect(row?.[matrix.table.columns.indexOf('生均教学及辅助用房面积（㎡）')]).toBe('○ 8.16');
  });

  test('the coefficient chart follows the test the result names and its verdicts', () => {
    const tongdao = tongdaoCopy();
    const basic = tongdao.levels.primary.basic;
    expect(basic).toMatchObject({ coefficientTest: 'composite', compositePass: true });
    if (basic === undefined) throw new Error('fixture');
    basic.compositePass = false;
    const rows = coefficientChart(tongdao).table.rows;
    expect(rows.find((cells) => cells[1] === '小学' && cells[2] === '综合差异系数')?.[5]).toBe('✗ 高于限值');
  });
});

describe('coefficientChart', () => {
  test('basic: eight for reference and the composite tested; quality: each of seven tested', () => {
    const chart = coefficientChart(result(examples, 'tongdao-2019'));
    expect(chart.description).toBe(
      '基本均衡综合差异系数小学 0.380、初中 0.273，均不高于限值；优质均衡 7 项差异系数中小学有 2 项、初中有 1 项高于限值。',
    );
    const rows = chart.table.rows;
    expect(rows).toHaveLength(2 * 9 + 2 * 7);
    expect(rows.filter((row) => row[2] === '综合差异系数')).toEqual([
      ['基本均衡', '小学', '综合差异系数', 0.38, 0.65, '✓ 不高于限值'],
      ['基本均衡', '初中', '综合差异系数', 0.273, 0.55, '✓ 不高于限值'],
    ]);
    expect(
      rows
        .filter((row) => row[0] === '基本均衡' && row[2] !== '综合差异系数')
        .every((row) => row[5] === '不单独判定'),
    ).toBe(true);
    expect(rows.filter((row) => row[5] === '✗ 高于限值').map((row) => `${row[1]}${row[2]}`)).toEqual([
      '小学教学用房',
      '小学体育场馆',
      '初中教学用房',
    ]);
    expect(rows.filter((row) => row[0] === '优质均衡').map((row) => row[4])).toEqual([
      ...Array(7).fill(0.5),
      ...Array(7).fill(0.45),
    ]);
  });
});

describe('complianceMatrixChart', () => {
  test('schools × indicators with a symbol in every cell and a count column', () => {
    const tongdao = result(examples, 'tongdao-2019');
    const chart = complianceMatrixChart(tongdao, { standard: 'quality', level: 'primary' });
    expect(chart.description).toBe(
      '28 所小学中没有一所 7 项指标全部达到标准值；达到标准值的学校最少的一项是生均体育运动场馆面积（5 所）。',
    );
    expect(chart.table.columns[0]).toBe('学校');
    expect(chart.table.columns).toContain('生均体育运动场馆面积（㎡）');
    expect(chart.table.columns.slice(-2)).toEqual(['达到项数', '学校达标']);
    expect(chart.table.rows).toHaveLength(28);
    expect(chart.table.rows[0]?.slice(-2)).toEqual(['6/7', '否']);
    const layers = (spec: unknown) =>
      (spec as { layer: { data: { values: { school: string; symbol?: string; text?: string }[] } }[] }).layer;
    for (const spec of [chart.spec, chart.narrow.spec]) {
      const [cells, symbols] = layers(spec);
      expect(cells?.data.values).toHaveLength(28 * 7);
      expect(new Set(symbols?.data.values.map((cell) => cell.symbol))).toEqual(new Set(['✓', '○', '✗']));
    }
    // The count after the grid: 6/7 (and 6/7 达标 for a school that passes); the narrow drawing
    // says whether it passes in a column of its own.
    const texts = (spec: unknown) =>
      layers(spec).flatMap((layer) => layer.data.values.flatMap((row) => row.text ?? []));
    expect(texts(chart.spec)).toContain('6/7');
    expect(texts(chart.narrow.spec)).toEqual(expect.arrayContaining(['6/7', '否']));
  });

  test('the provincial standard: met or not', () => {
    const chart = complianceMatrixChart(result(examples, 'tongdao-2019'), {
      standard: 'provincial',
      level: 'junior',
    });
    expect(chart.description).toBe('11 所初中的 10 项指标全部达到标准值。');
    expect(JSON.stringify(chart.spec)).not.toContain('○');
  });
});

describe('trends', () => {
  test('Tongdao budget 2012–2019: one series, total as published', () => {
    const chart = investmentTrend(result(examples, 'tongdao-2019'));
    expect(chart?.kind).toBe('trend');
    expect(chart?.description).toBe(
      '义务教育预算内经费拨款 2012—2019 年合计 93914 万元，由 2012 年的 7849 万元变为 2019 年的 16568 万元，最高为 2015 年的 17030 万元。',
    );
    expect(chart?.table.columns).toEqual(['年份', '义务教育预算内经费拨款（万元）']);
    expect(chart?.table.rows).toHaveLength(8);
  });

  test('no investment trend where investments are periods or a single year', () => {
    for (const name of ['fengqiu-2020', 'lingbao-2022', 'wudalianchi-2018', 'longting-2021'])
      expect(investmentTrend(result(examples, name)), name).toBeUndefined();
  });

  test('Wudalianchi retention and dropout by school year, two panels', () => {
    const chart = retentionTrend(result(examples, 'wudalianchi-2018'));
    expect(chart?.description).toBe(
      '小学巩固率由 2014—2015 学年的 98.4% 变为 2016—2017 学年的 100.1%，初中巩固率由 2014—2015 学年的 98.1% 变为 2016—2017 学年的 99.2%，小学辍学率各学年均为 0%，初中辍学率由 2014—2015 学年的 0.87% 变为 2016—2017 学年的 0.89%。',
    );
    expect(chart?.table.columns).toEqual([
      '学年',
      '小学巩固率（%）',
      '初中巩固率（%）',
      '小学辍学率（%）',
      '初中辍学率（%）',
    ]);
    expect(chart?.table.rows[2]).toEqual(['2016-2017', 100.1, 99.2, 0, 0.89]);
    expect((chart?.spec as { vconcat?: unknown[] } | undefined)?.vconcat).toHaveLength(2);
  });

  test('no retention trend with fewer than two school years', () => {
    for (const name of ['fengqiu-2020', 'lingbao-2022', 'tongdao-2019', 'longting-2021'])
      expect(retentionTrend(result(examples, name)), name).toBeUndefined();
  });

  test('trendChart with two series: one legend, a table row per period', () => {
    const chart = trendChart({
      title: '测试',
      unit: '人',
      series: [
        {
          label: '甲',
          points: [
            { period: '2020', value: 2 },
            { period: '2019', value: 1 },
          ],
        },
        { label: '乙', points: [{ period: '2019', value: 3 }] },
      ],
    });
    expect(chart.table.rows).toEqual([
      ['2019', 1, 3],
      ['2020', 2, '—'],
    ]);
    expect(chart.description).toBe('甲由 2019 年的 1 人变为 2020 年的 2 人；乙各年均为 3 人。');
  });
});

describe('countyComparisonChart', () => {
  test('the five example counties, composite per 学段 against its limit', () => {
    // The seed years, one per county (Longting's later years are progressions of its 2021).
    const seeds = ['fengqiu-2020', 'lingbao-2022', 'longting-2021', 'tongdao-2019', 'wudalianchi-2018'];
    const chart = countyComparisonChart(seeds.map((name) => result(examples, name)));
    expect(chart.description).toBe(
      '5 个县（市、区）的基本均衡综合差异系数小学在 0.244—0.548 之间；初中在 0.201—0.380 之间，均不高于限值。',
    );
    expect(chart.table.rows).toContainEqual(['五大连池市', 2018, '小学', 0.548, 0.65, '✓ 不高于限值']);
    // Each county with the year of its figures, which differ from county to county.
    for (const spec of [chart.spec, chart.narrow.spec]) {
      const text = JSON.stringify(spec);
      expect(text).toContain('小学（限值 0.65）');
      for (const name of [
        '封丘县（2020）',
        '灵宝市（2022）',
        '龙亭区（2021）',
        '通道侗族自治县（2019）',
        '五大连池市（2018）',
      ])
        expect(text).toContain(`"category":"${name}"`);
    }
  });

  test('a county over its limit is named', () => {
    const base = result(examples, 'tongdao-2019');
    const over = structuredClone(base);
    const junior = over.levels.junior.basic;
    if (junior === undefined) throw new Error('no basic result');
    junior.compositeCv = 0.6;
    junior.pass = false;
    const chart = countyComparisonChart([over]);
    expect(chart.description).toBe(
      '1 个县（市、区）的基本均衡综合差异系数小学为 0.380；初中为 0.600，其中通道侗族自治县（2019）高于限值。',
    );
    expect(JSON.stringify(chart.spec)).toContain('0.600 ✗ 超限');
  });
});

describe('planTimelineChart', () => {
  test('Longting: four phases to the target year', () => {
    const chart = planTimelineChart(county('longting'));
    expect(chart?.description).toBe(
      '龙亭区优质均衡发展实施方案分宣传动员、自查自评、整体推进、评估验收 4 个阶段，从 2021 年 7 月到 2030 年，目标年份为 2030 年。',
    );
    expect(chart?.table.rows.map((row) => row.slice(0, 3))).toEqual([
      ['宣传动员', '2021 年 7 月', '2021 年 8 月'],
      ['自查自评', '2021 年', '2022 年'],
      ['整体推进', '2022 年', '2029 年'],
      ['评估验收', '2029 年', '2030 年'],
    ]);
    expect(JSON.stringify(chart?.spec)).toContain('目标年份 2030 年');
  });

  test('no chart for a county without a plan', () => {
    expect(planTimelineChart(county('tongdao'))).toBeUndefined();
  });
});

describe('ids', () => {
  test('the same spec gives the same id, whatever its key order; another spec another id', () => {
    const tongdao = result(examples, 'tongdao-2019');
    const a = coefficientChart(tongdao);
    const b = coefficientChart(structuredClone(tongdao));
    expect(a.id).toBe(b.id);
    expect(a.id).toMatch(/^chart-[0-9a-f]{12}$/);
    expect(chartId({ mark: 'bar', data: { values: [] } })).toBe(
      chartId({ data: { values: [] }, mark: 'bar' }),
    );
    expect(canonicalJson({ b: 1, a: [{ d: 1, c: 2 }] })).toBe('{"a":[{"c":2,"d":1}],"b":1}');
    expect(coefficientChart(result(examples, 'fengqiu-2020')).id).not.toBe(a.id);
  });
});

describe('labels', () => {
  const standards = ['basic-2012', 'quality-2017', 'hunan-basic-illustrative'].map(
    (id) => parse(readFileSync(join(root, 'data/standards', `${id}.yaml`), 'utf8')) as StandardFile,
  );

  test('the built-in names and units are those of the shipped standard files', () => {
    const fromFiles = indicatorLabelsFromStandards(standards);
    expect(DEFAULT_INDICATOR_LABELS).toEqual(fromFiles);
  });

  test('every short name has at most five characters', () => {
    for (const label of Object.values(DEFAULT_INDICATOR_LABELS))
      expect([...label.short].length).toBeLessThanOrEqual(5);
  });
});
