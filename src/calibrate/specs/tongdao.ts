/**
 * Tongdao 2019 (seed 003): the eight basic indicators' county values and coefficients for
 * 小学 and 中学, the provincial standard's pass counts (26 小学, one short on 生均校地; 11 中学,
 * all met), and the yearly budget 2012–2019.
 */
import type { CountySpec } from '../spec.ts';
import { printed as p } from './shared.ts';
import { tongdaoAssessment } from './tongdao-assessment.ts';

/** The seed's table, in the order of domain.md §4 (the seed prints books before computers). */
const primary = {
  teaching_area_per_student: { mean: p(3.392, 3), cv: p(0.517, 3) },
  sports_area_per_student: { mean: p(4.649, 3), cv: p(0.533, 3) },
  equipment_value_per_student: { mean: p(2909.14, 2), cv: p(0.295, 3) },
  computers_per_100_students: { mean: p(10.776, 3), cv: p(0.519, 3) },
  books_per_student: { mean: p(28.492, 3), cv: p(0.368, 3) },
  teachers_per_student: { mean: p(0.059, 3), cv: p(0.231, 3) },
  above_degree_teachers_per_student: { mean: p(0.056, 3), cv: p(0.242, 3) },
  senior_title_teachers_per_student: { mean: p(0.03, 3), cv: p(0.334, 3) },
};
const junior = {
  teaching_area_per_student: { mean: p(4.102, 3), cv: p(0.556, 3) },
  sports_area_per_student: { mean: p(7.006, 3), cv: p(0.338, 3) },
  equipment_value_per_student: { mean: p(2942.86, 2), cv: p(0.177, 3) },
  computers_per_100_students: { mean: p(10.955, 3), cv: p(0.209, 3) },
  books_per_student: { mean: p(32.005, 3), cv: p(0.3, 3) },
  teachers_per_student: { mean: p(0.074, 3), cv: p(0.14, 3) },
  above_degree_teachers_per_student: { mean: p(0.064, 3), cv: p(0.175, 3) },
  senior_title_teachers_per_student: { mean: p(0.046, 3), cv: p(0.286, 3) },
};

const source = '通道侗族自治县2019年度均衡发展工作情况报告';

function tableFigures(level: 'primary' | 'junior', table: typeof primary, where: string) {
  return Object.entries(table).flatMap(([id, target]) => [
    {
      key: `levels.${level}.basic.indicators.${id}.value`,
      value: target.mean.value,
      decimals: target.mean.decimals,
      source: `${source}·${where}县平均值`,
    },
    {
      key: `levels.${level}.basic.indicators.${id}.cv`,
      value: target.cv.value,
      decimals: target.cv.decimals,
      source: `${source}·${where}差异系数`,
    },
  ]);
}

const provincialIds = [
  'teachers_per_student',
  'qualified_teacher_share',
  'land_area_per_student',
  'building_area_per_student',
  'sports_area_per_student',
  'laboratories',
  'function_rooms',
  'library_rooms',
  'equipment_value_per_student',
  'books_per_student',
];

const budget: [string, number][] = [
  ['2012', 7849],
  ['2013', 6138],
  ['2014', 11905],
  ['2015', 17030],
  ['2016', 14482],
  ['2017', 10628],
  ['2018', 9314],
  ['2019', 16568],
];

export const tongdao: CountySpec = {
  county: 'tongdao',
  year: 2019,
  seed: 431230,
  prefix: 'td',
  header: [],
  groups: [
    { type: '小学', count: 5, location: '城区', students: { primary: [900, 2400] } },
    { type: '小学', count: 6, location: '镇区', students: { primary: [350, 900] } },
    { type: '小学', count: 12, location: '乡村', students: { primary: [90, 420] } },
    { type: '九年一贯制', count: 3, location: '乡村', students: { primary: [200, 500], junior: [150, 420] } },
    { type: '初级中学', count: 2, location: '城区', students: { junior: [900, 1800] } },
    { type: '完全中学', count: 1, location: '城区', students: { junior: [700, 1100], senior: [1200, 1800] } },
    { type: '初级中学', count: 5, location: '镇区', students: { junior: [300, 800] } },
    { type: '教学点', count: 12, location: '乡村', students: { primary: [8, 70] } },
    { type: '特殊教育学校', count: 1, location: '城区', students: { special: [60, 90] } },
  ],
  // The seed says large classes were to be removed by 2019, very large ones by 2018.
  largestClassAllowed: 55,
  profile: {
    primary: {
      teachersPerStudent: 0.059,
      aboveDegreeShare: 0.95,
      seniorTitleShare: 0.5,
      averageClassSize: 42,
      keyTeachersPer100: 0.9,
      peArtsTeachersPer100: 0.85,
      teachingArea: 3.4,
      sportsArea: 4.6,
      equipmentValue: 2900,
      computersPer100: 10.8,
      books: 28,
      multimediaRoomsPer100: 2.4,
      landArea: 22,
      buildingArea: 6.5,
    },
    junior: {
      teachersPerStudent: 0.074,
      aboveDegreeShare: 0.86,
      seniorTitleShare: 0.62,
      averageClassSize: 48,
      keyTeachersPer100: 1.1,
      peArtsTeachersPer100: 0.9,
      teachingArea: 4.1,
      sportsArea: 7,
      equipmentValue: 2940,
      computersPer100: 11,
      books: 32,
      multimediaRoomsPer100: 2.5,
      landArea: 26,
      buildingArea: 8,
    },
  },
  basic: { primary, junior },
  mustMeet: {
    standard: 'hunan-basic-illustrative',
    exceptions: [{ level: 'primary', indicator: 'land_area_per_student', count: 1 }],
  },
  facts: {
    disabledEnrollmentRate: 100,
    investments: budget.map(([period, amount]) => ({ period, purpose: '义务教育预算内经费拨款', amount })),
    teacherRecruitment: [{ period: '2012-2019', kind: '新补充教师', count: 606 }],
    teacherExchange: [{ period: '2012-2019', count: 773 }],
  },
  published: [
    {
      key: 'levels.primary.basic.compositeCv',
      value: 0.38,
      source: `${source}·一、基本情况`,
    },
    {
      key: 'levels.junior.basic.compositeCv',
      value: 0.279,
      source: `${source}·一、基本情况（该数与表中八项差异系数的平均数 0.273 不一致）`,
    },
    ...tableFigures('primary', primary, '表二小学'),
    ...tableFigures('junior', junior, '表二中学'),
    ...provincialIds.map((id) => ({
      key: `levels.primary.provincial.indicators.${id}.schoolsMeeting`,
      value: id === 'land_area_per_student' ? 25 : 26,
      unit: '所',
      source: `${source}·表一小学达标总数`,
    })),
    ...provincialIds.map((id) => ({
      key: `levels.junior.provincial.indicators.${id}.schoolsMeeting`,
      value: 11,
      unit: '所',
      source: `${source}·表一中学达标总数`,
    })),
  ],
  assessment: tongdaoAssessment,
};
