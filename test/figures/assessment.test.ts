import { describe, expect, test } from 'vitest';
import {
  adjustedLineIds,
  adjustmentText,
  assessmentOf,
  boundText,
  changeText,
  entryPath,
  fileEntryText,
  lineStateNames,
  lineTitle,
  lineValueText,
  measureText,
  partName,
  planMethodText,
  planReasonText,
  quantityText,
  schoolLineTail,
  shortfallText,
  stateClass,
  subjectLevelText,
  valueText,
  verdictNames,
  vetoStateNames,
  vetoTitle,
} from '../../src/figures/assessment.ts';
import type { ComputeResult } from '../../src/types/generated/result.ts';
import { fixtureAssessment } from './assessment-fixture.ts';

const lines = fixtureAssessment.quality?.lines ?? [];
const lineOf = (id: string) => {
  const found = lines.find((item) => item.id === id);
  if (found === undefined) throw new Error(id);
  return found;
};

describe('names', () => {
  test('parts, states, verdicts and vetoes in Chinese', () => {
    expect(partName('resources')).toBe('资源配置');
    expect(partName('government')).toBe('政府保障程度');
    expect(partName('quality')).toBe('教育质量');
    expect(partName('recognition')).toBe('社会认可度');
    expect(partName('entry')).toBe('认定条件');
    expect(lineStateNames).toEqual({ met: '达标', 'not-met': '未达标', 'not-supplied': '未提供' });
    expect(verdictNames).toEqual({ met: '通过', 'not-met': '未通过', undetermined: '尚不能判定' });
    expect(vetoStateNames['present']).toBe('存在此情形');
  });

  test('an unconfirmed line says 条文待核实', () => {
    expect(lineTitle(lineOf('G3'))).toBe('音乐、美术专用教室（条文待核实）');
    expect(lineTitle(lineOf('G5'))).toBe('班额');
  });

  test('state classes: colour is paired with the word', () => {
    expect(stateClass('met')).toBe('pass');
    expect(stateClass('absent')).toBe('pass');
    expect(stateClass('not-met')).toBe('fail');
    expect(stateClass('present')).toBe('fail');
    expect(stateClass('not-supplied')).toBe('gap');
    expect(stateClass('undetermined')).toBe('gap');
  });
});

describe('values', () => {
  test.each([
    [93.5, '%', '93.5%'],
    [6200, '元', '6200 元'],
    [6200.4, '元/生', '6200 元/生'],
    [2, '间', '2 间'],
    [0.12, undefined, '0.12'],
    [3, 'level', 'Ⅲ级'],
    [4, '级', 'Ⅳ级'],
  ] as const)('%d %s → %s', (value, unit, text) => {
    expect(quantityText(value, unit)).toBe(text);
  });

  test('declarations print 是/否, a missing value 未提供, a value without a number its reason', () => {
    expect(valueText(true)).toBe('是');
    expect(valueText(false)).toBe('否');
    expect(valueText(undefined)).toBe('未提供');
    expect(valueText({ reason: 'no-students' })).toBe('—（没有学生）');
    expect(valueText({ reason: 'something-else' } as never)).toBe('—（无法计算）');
  });

  test('subject levels Ⅰ–Ⅳ', () => {
    expect([1, 2, 3, 4].map(subjectLevelText)).toEqual(['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ']);
  });

  test('a line prints its own value, else its checks, else its state', () => {
    expect(lineValueText(lineOf('Q2'))).toBe('93.5%');
    expect(lineValueText(lineOf('G1'))).toBe('是');
    expect(lineValueText(lineOf('Q9'))).toBe('语文：Ⅲ级；语文校际差异率：0.12');
    expect(lineValueText(lineOf('S1'))).toBe('未提供');
    expect(lineValueText(lineOf('G5'))).toBe('1 所学校未达到');
    expect(lineValueText(lineOf('R1'))).toBe('各校均达到');
    // A line counting the schools that fail it, none failing: every school meets it (never a bare 0).
    const schoolCount = {
      ...lineOf('G5'),
      state: 'met' as const,
      kinds: ['S' as const],
      value: 0,
      checks: [
        {
          label: '有班级超过班额上限的学校',
          state: 'met' as const,
          threshold: 0,
          op: 'max' as const,
          value: 0,
        },
      ],
    };
    expect(lineValueText(schoolCount)).toBe('各校均达到');
    // A county figure that must be zero is printed as the figure.
    expect(lineValueText({ ...schoolCount, kinds: ['C' as const] })).toBe('0');
    expect(
      lineValueText({
        ...lineOf('R1'),
        state: 'not-met',
        checks: [
          { label: '差异系数', level: 'primary', state: 'met', value: 0.16770867 },
          { label: '未达标学校', state: 'not-met', value: 3, unit: '所' },
        ],
      }),
    ).toBe('小学·差异系数：0.168；未达标学校：3 所');
  });

  test('bounds and shortfalls', () => {
    expect(boundText(95, 'min', '%')).toBe('≥ 95%');
    expect(boundText(45, 'max', '人')).toBe('≤ 45 人');
    expect(boundText(0.15, 'below')).toBe('< 0.15');
    expect(boundText(undefined, 'min')).toBe('—');
    expect(shortfallText({ shortfall: 2, unit: '间' })).toBe('相差 2 间');
    expect(shortfallText({ shortfall: 6, unit: '人' })).toBe('相差 6 人');
    expect(measureText(56, '人')).toBe('56 人');
    expect(measureText({ reason: 'no-students' }, '人')).toBe('—（没有学生）');
    expect(planReasonText('one-year')).toBe('只有一年的数据，无法推算进度');
    expect(planMethodText('least-squares-3')).toMatch(/^按最近不超过 3 年的差距作最小二乘直线/);
    expect(changeText(null)).toBe('—');
  });

  test('changes are signed', () => {
    expect(changeText(0.03)).toBe('+0.030');
    expect(changeText(-0.004)).toBe('−0.004');
    expect(changeText(0.0001)).toBe('0.000');
  });
});

describe('where a missing value is entered', () => {
  test('paths split into the list and the field', () => {
    expect(entryPath('declarations[layoutPlan]')).toEqual({
      fields: ['declarations'],
      list: 'declarations',
      item: 'layoutPlan',
      inner: [],
    });
    expect(entryPath('schools[*].facilities.musicRooms')).toEqual({
      fields: ['schools', 'facilities', 'musicRooms'],
      list: 'schools',
      item: '*',
      inner: ['facilities', 'musicRooms'],
    });
    expect(entryPath('numbers.teacherPay.civilServants')?.list).toBeUndefined();
  });

  test('the data file and field, in words', () => {
    expect(fileEntryText('longting', 2021, 'numbers.teacherPay.civilServants')).toBe(
      'data/counties/longting/2021.yaml 的 numbers.teacherPay.civilServants',
    );
    expect(fileEntryText('longting', 2021, 'declarations[layoutPlan]')).toBe(
      'data/counties/longting/2021.yaml 的 declarations 中 layoutPlan 一项',
    );
    expect(fileEntryText('longting', 2021, 'county.basicRecognized')).toBe(
      'data/counties/longting/county.yaml 的 basicRecognized',
    );
    expect(fileEntryText('longting', 2021, 'schools[*].facilities.musicRooms')).toBe(
      'data/counties/longting/2021.yaml 的 schools 每一项的 facilities.musicRooms',
    );
  });
});

test('assessmentOf reads the result’s assessment', () => {
  const result = { assessment: fixtureAssessment } as unknown as ComputeResult;
  expect(assessmentOf(result)?.quality?.verdict).toBe('not-met');
  expect(assessmentOf({} as ComputeResult)).toBeUndefined();
});

test('plan outlook and pace', async () => {
  const { meetsTargetText, paceText } = await import('../../src/figures/assessment.ts');
  expect(meetsTargetText(true, 2030)).toBe('能在 2030 年前达到');
  expect(meetsTargetText(false, 2030)).toBe('2030 年前达不到');
  expect(meetsTargetText(null, 2030)).toBe('无法推算');
  expect(paceText(-200, '㎡')).toBe('每年减少 200 ㎡');
  expect(paceText(0.5, '间')).toBe('每年增加 0.5 间');
  expect(paceText(null, '间')).toBe('—');
  expect(paceText(0.001, '间')).toBe('没有变化');
});

describe('local adjustments', () => {
  const override = {
    id: 'g11-rotation-share',
    name: '交流轮岗教师比例提高到 15%（示例）',
    kind: 'override' as const,
    source: 'city-quality-illustrative',
    sourceName: '某市县域义务教育优质均衡发展督导评估实施细则（示例）',
    document: '某市教督〔2024〕1号（示例）',
    illustrative: true,
    line: 'G11',
    changes: [{ path: 'checks.0.min', from: 10, to: 15 }],
  };
  test('each adjustment with its line, its change and its basis; the lines it changed', () => {
    expect(adjustmentText(override)).toBe(
      '改定：交流轮岗教师比例提高到 15%（示例）（G11，10 改为 15；依据 某市教督〔2024〕1号（示例））',
    );
    expect(adjustmentText({ ...override, document: '某市教督〔2024〕1号' })).toContain(
      '依据 某市教督〔2024〕1号，示例）',
    );
    expect(
      adjustmentText({
        id: 'larger',
        name: '一贯制学校规模放宽',
        kind: 'relaxation',
        line: 'G4',
        changes: [
          { path: 'checks.0.limits.九年一贯制', from: 2500, to: 3000 },
          { path: 'checks.0.limits.十二年一贯制', from: 2500, to: 3000.5 },
        ],
      }),
    ).toBe('放宽（已启用）：一贯制学校规模放宽（G4，2500 改为 3000、2500 改为 3000.5）');
    expect([...adjustedLineIds([override])]).toEqual(['G11']);
    expect(adjustedLineIds(undefined).size).toBe(0);
  });
});

describe('qualifiers in one pair of brackets, sentences without stray spaces', () => {
  test('a veto: 地方增设, 条文待核实 and 不计入认定结论 together', () => {
    const veto = { name: '校外培训机构治理不力', optional: true, unconfirmed: true, enabled: false };
    expect(vetoTitle(veto)).toBe('校外培训机构治理不力（地方增设，条文待核实，不计入认定结论）');
    expect(vetoTitle({ ...veto, optional: false, unconfirmed: false, enabled: true })).toBe(
      '校外培训机构治理不力',
    );
    for (const item of fixtureAssessment.quality?.vetoes ?? []) expect(vetoTitle(item)).not.toMatch(/）（/);
  });

  test('what follows a school line’s state: the failing schools, or what is missing', () => {
    const failing = lines.find((line) => line.state === 'not-met' && (line.schools ?? []).length > 0);
    const missing = lines.find((line) => line.state === 'not-supplied' && (line.missing ?? []).length > 0);
    expect(failing).toBeDefined();
    expect(missing).toBeDefined();
    if (failing === undefined || missing === undefined) return;
    expect(schoolLineTail(failing)).toBe(`，${failing.schools?.length} 所学校未达到`);
    expect(schoolLineTail(missing)).toMatch(/^，缺少\S+$/);
    expect(schoolLineTail({ state: 'met' })).toBe('');
    for (const line of lines) expect(`全县${schoolLineTail(line)}。`).not.toMatch(/\s[，。]/);
  });
});
