import { expect, test } from 'vitest';
import { unitFromDescription } from '../../src/schema/fields.ts';
import { choiceLabel, choiceOfLabel, fieldLabel, sheetTables, withUnit } from '../../src/sheet/model.ts';

test('one table per list of records, and 县级数据 for the rest, from the schema', () => {
  expect(sheetTables.map((table) => [table.id, table.sheetName, table.layout, table.fields.length])).toEqual([
    ['schools', '学校', 'rows', 72],
    ['county', '县级数据', 'keyValue', 54],
    ['byYear', '分学年指标', 'rows', 8],
    ['investments', '教育投入', 'rows', 4],
    ['assessmentScores', '评估得分', 'rows', 3],
    ['teacherRecruitment', '教师补充', 'rows', 4],
    ['teacherExchange', '教师交流', 'rows', 4],
    ['published', '已公开数字', 'rows', 5],
    ['declarations', '申报声明', 'rows', 3],
    ['vetoes', '否决事项', 'rows', 3],
    ['evidence', '佐证材料', 'rows', 5],
    ['qualityMonitoring', '质量监测', 'rows', 4],
    ['governmentScoreItems', '政府得分明细', 'rows', 7],
  ]);
});

test('fields know their groups, unit, kind and whether every record needs them', () => {
  const schools = sheetTables[0];
  const field = (key: string) => schools?.fields.find((candidate) => candidate.key === key);
  const bands = field('primary.classSizes.from56To65');
  expect(bands && withUnit(fieldLabel(bands), bands.unit)).toBe('小学段·班额分段·56～65人（大班额）（个）');
  expect(field('type')).toMatchObject({ kind: 'choice', alwaysRequired: true });
  expect(field('countyRun')).toMatchObject({ kind: 'boolean', title: '县属' });
  expect(field('countyRun')?.unit).toBeUndefined();
  expect(field('primary.students')).toMatchObject({
    kind: 'integer',
    unit: '人',
    required: true,
    alwaysRequired: false,
  });
  expect(field('facilities.teachingArea')).toMatchObject({
    kind: 'number',
    unit: '平方米',
    expected: '非负数',
  });
});

test('the assessment county numbers and results are rows of 县级数据; choices carry their Chinese labels', () => {
  const county = sheetTables.find((table) => table.id === 'county');
  const field = (key: string) => county?.fields.find((candidate) => candidate.key === key);
  const pay = field('numbers.teacherPay.civilServants');
  expect(pay && [pay.groups[0]?.title, fieldLabel(pay, 1), pay.unit]).toEqual([
    '县级评估数字',
    '教师工资·公务员年平均工资',
    '元/年',
  ]);
  expect(field('numbers.juniorCohort.formula')).toMatchObject({
    kind: 'choice',
    choices: ['plain', 'net'],
    choiceLabels: ['毕业人数÷入学人数', '毕业人数÷(入学人数+转入−转出−死亡)'],
  });
  expect(field('recognitionSurvey.rate')).toMatchObject({ kind: 'number', unit: '%', maximum: 100 });
  expect(field('governmentScore.provincial')).toMatchObject({ kind: 'number', unit: '分', maximum: 100 });
  const declarations = sheetTables.find((table) => table.id === 'declarations');
  const item = declarations?.fields[0];
  expect(item && choiceLabel(item, 'layoutPlan')).toBe('学校规划布局合理');
  expect(item && choiceOfLabel(item, '课程开齐开足')).toBe('fullCurriculum');
  expect(item && choiceOfLabel(item, 'layoutPlan')).toBeUndefined();
  const type = sheetTables[0]?.fields.find((candidate) => candidate.key === 'type');
  expect(type?.choiceLabels).toEqual(type?.choices);
});

test('units come from the schema descriptions, not notes in brackets', () => {
  expect(unitFromDescription('本学段在校学生数（人）。')).toBe('人');
  expect(unitFromDescription('小学（%，可超过 100）。')).toBe('%');
  expect(unitFromDescription('学历高于规定学历的专任教师数（人）：小学为专科及以上。')).toBe('人');
  expect(
    unitFromDescription('印发时保留的小数位数；不填时按数值本身推断（如 47.20 应填 2）。'),
  ).toBeUndefined();
});
