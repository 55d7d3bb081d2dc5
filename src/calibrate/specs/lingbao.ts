/**
 * Lingbao 2022 (seed 001): 98 schools and teaching points by type, teachers and students per
 * 学段 and in special education, per-student public funds and the 4999 万元 of investment.
 */
import type { CountySpec } from '../spec.ts';
import { lingbaoAssessment } from './lingbao-assessment.ts';
import { coefficientsOnly } from './shared.ts';

const source = '灵宝市2022年均衡发展督导评估报告';
const status = `${source}·一、基本均衡发展现状`;

export const lingbao: CountySpec = {
  county: 'lingbao',
  year: 2022,
  seed: 411282,
  prefix: 'lb',
  header: ['该市未印发差异系数，八项指标的差异系数为示例取值。'],
  groups: [
    { type: '小学', count: 9, location: '城区', students: { primary: [1500, 3000] } },
    { type: '小学', count: 14, location: '镇区', students: { primary: [500, 1500] } },
    { type: '小学', count: 12, location: '乡村', students: { primary: [100, 500] } },
    { type: '九年一贯制', count: 3, location: '镇区', students: { primary: [300, 700], junior: [200, 500] } },
    { type: '初级中学', count: 6, location: '城区', students: { junior: [1200, 2200] } },
    { type: '初级中学', count: 15, location: '镇区', students: { junior: [400, 1200] } },
    { type: '教学点', count: 38, location: '乡村', students: { primary: [10, 90] } },
    { type: '特殊教育学校', count: 1, location: '城区', students: { special: [100, 150] } },
  ],
  studentTotals: [
    { level: 'primary', total: 46133 },
    { level: 'junior', total: 22664 },
    { level: 'special', total: 131 },
  ],
  report: { primary: { teachers: 2948 }, junior: { teachers: 1793 } },
  special: { teachers: 28 },
  // The seed says the report states no large (56+) classes.
  largestClassAllowed: 55,
  profile: {
    primary: {
      teachersPerStudent: 2948 / 46133,
      aboveDegreeShare: 0.97,
      seniorTitleShare: 0.45,
      averageClassSize: 40,
      keyTeachersPer100: 1,
      peArtsTeachersPer100: 0.9,
      teachingArea: 4.6,
      sportsArea: 7.2,
      equipmentValue: 2150,
      computersPer100: 12,
      books: 30,
      multimediaRoomsPer100: 2.4,
      landArea: 20,
      buildingArea: 6,
    },
    junior: {
      teachersPerStudent: 1793 / 22664,
      aboveDegreeShare: 0.9,
      seniorTitleShare: 0.5,
      averageClassSize: 46,
      keyTeachersPer100: 1.2,
      peArtsTeachersPer100: 0.95,
      teachingArea: 6,
      sportsArea: 10,
      equipmentValue: 2700,
      computersPer100: 15,
      books: 40,
      multimediaRoomsPer100: 2.5,
      landArea: 25,
      buildingArea: 7.5,
    },
  },
  basic: {
    primary: coefficientsOnly([0.38, 0.45, 0.3, 0.36, 0.33, 0.22, 0.24, 0.31], 2),
    junior: coefficientsOnly([0.31, 0.36, 0.24, 0.3, 0.27, 0.18, 0.2, 0.27], 2),
  },
  facts: {
    publicFundsPerStudent: { primary: 650, junior: 850, special: 6000, boardingExtra: 200, heatingExtra: 30 },
    byYear: [
      { schoolYear: '2022-2023', enrollmentRate: { primary: 100, junior: 100 }, dropoutRate: { primary: 0 } },
    ],
    investments: [
      { id: '周转宿舍', period: '2022', purpose: '农村教师周转宿舍', amount: 1500 },
      { id: '校舍改造', period: '2022', purpose: '校舍改造提升', amount: 1858 },
      { id: '薄弱学校', period: '2022', purpose: '薄弱学校改善与能力提升', amount: 1417 },
      { id: '综合奖补', period: '2022', purpose: '义务教育学校综合奖补', amount: 224 },
    ],
  },
  published: [
    { key: 'totals.all', value: 98, unit: '个', source: status },
    { key: 'totals.byType.初级中学', value: 21, unit: '所', source: status },
    { key: 'totals.teachingPoints', value: 38, unit: '个', source: `${status}（小学 73 所中含教学点）` },
    { key: 'totals.byType.九年一贯制', value: 3, unit: '所', source: status },
    { key: 'totals.byType.特殊教育学校', value: 1, unit: '所', source: status },
    { key: 'totals.teachers', value: 4769, unit: '人', source: status },
    { key: 'totals.students', value: 68928, unit: '人', source: status },
    { key: 'levels.junior.teachers', value: 1793, unit: '人', source: status },
    { key: 'levels.junior.students', value: 22664, unit: '人', source: status },
    { key: 'levels.primary.teachers', value: 2948, unit: '人', source: status },
    { key: 'levels.primary.students', value: 46133, unit: '人', source: status },
    { key: 'totals.special.teachers', value: 28, unit: '人', source: status },
    { key: 'totals.special.students', value: 131, unit: '人', source: status },
  ],
  assessment: lingbaoAssessment,
};
