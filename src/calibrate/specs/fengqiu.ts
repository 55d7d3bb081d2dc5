/**
 * Fengqiu 2020 (seed 000): class sizes, teacher ratios and shares for 小学 and 初中, the
 * composites 0.43 / 0.38, physical-health and retention rates, assessment scores, investments
 * and teacher recruitment.
 */
import type { CountySpec } from '../spec.ts';
import { fengqiuAssessment } from './fengqiu-assessment.ts';
import { coefficientsOnly, printed } from './shared.ts';

const source = '封丘县均衡发展总结汇报材料';
const opening = `${source}·开篇`;

export const fengqiu: CountySpec = {
  county: 'fengqiu',
  year: 2020,
  seed: 410727,
  prefix: 'fq',
  header: ['该县只印发了综合差异系数，八项指标各自的差异系数为示例取值，其平均数等于印发的综合差异系数。'],
  groups: [
    { type: '小学', count: 8, location: '城区', students: { primary: [1400, 2800] } },
    { type: '小学', count: 12, location: '镇区', students: { primary: [500, 1300] } },
    { type: '小学', count: 20, location: '乡村', students: { primary: [150, 600] } },
    {
      type: '九年一贯制',
      count: 2,
      location: '城区',
      students: { primary: [900, 1600], junior: [700, 1300] },
    },
    { type: '九年一贯制', count: 2, location: '乡村', students: { primary: [250, 600], junior: [200, 500] } },
    { type: '初级中学', count: 4, location: '城区', students: { junior: [1500, 2800] } },
    { type: '初级中学', count: 10, location: '镇区', students: { junior: [500, 1400] } },
    {
      type: '九年一贯制',
      count: 1,
      location: '城区',
      ownership: '民办',
      students: { primary: [600, 900], junior: [400, 700] },
    },
    { type: '特殊教育学校', count: 1, location: '城区', students: { special: [120, 180] } },
  ],
  report: {
    primary: {
      averageClassSize: printed(36.48, 2),
      studentsPerTeacher: printed(17.12, 2),
      aboveDegreeShare: printed(98.24, 2),
      seniorTitleShare: printed(42.46, 2),
    },
    junior: {
      averageClassSize: printed(44.21, 2),
      studentsPerTeacher: printed(12.15, 2),
      aboveDegreeShare: printed(87.65, 2),
      seniorTitleShare: printed(47.2, 1),
    },
  },
  profile: {
    primary: {
      teachersPerStudent: 1 / 17.12,
      aboveDegreeShare: 0.9824,
      seniorTitleShare: 0.4246,
      averageClassSize: 36.5,
      keyTeachersPer100: 0.8,
      peArtsTeachersPer100: 0.8,
      teachingArea: 4.3,
      sportsArea: 6.8,
      equipmentValue: 1900,
      computersPer100: 11,
      books: 27,
      multimediaRoomsPer100: 2.3,
      landArea: 19,
      buildingArea: 5.6,
    },
    junior: {
      teachersPerStudent: 1 / 12.15,
      aboveDegreeShare: 0.8765,
      seniorTitleShare: 0.472,
      averageClassSize: 44,
      keyTeachersPer100: 1.1,
      peArtsTeachersPer100: 0.9,
      teachingArea: 5.6,
      sportsArea: 9.4,
      equipmentValue: 2450,
      computersPer100: 14,
      books: 36,
      multimediaRoomsPer100: 2.5,
      landArea: 24,
      buildingArea: 7.2,
    },
  },
  basic: {
    primary: coefficientsOnly([0.52, 0.61, 0.39, 0.48, 0.42, 0.28, 0.31, 0.43], 2),
    junior: coefficientsOnly([0.45, 0.52, 0.33, 0.41, 0.37, 0.25, 0.27, 0.44], 2),
  },
  facts: {
    physicalHealthPassRate: { primary: 96, junior: 95 },
    disabledEnrollmentRate: 91.6,
    byYear: [{ schoolYear: '2019-2020', retentionRate: { primary: 97.6, junior: 97.2 } }],
    publicFundsPerStudent: { special: 6000 },
    assessmentScores: [
      { item: '民意调查', score: 99 },
      { item: '政府档案', score: 98 },
      { item: '均衡创建', score: 95 },
    ],
    investments: [
      { id: '合计', period: '2016-2019', purpose: '各类资金合计', amount: 100368 },
      { id: '基本建设', period: '2016-2019', purpose: '基本建设（新建、改扩建薄弱学校）', amount: 60000 },
      { id: '仪器购置', period: '2016-2019', purpose: '教学仪器购置', amount: 20000 },
      { period: '2014-2017', purpose: '农村薄弱学校设备、图书、课桌凳和学生用床', amount: 2550 },
      { period: '2018', purpose: '教学仪器设备配置', amount: 15000 },
    ],
    teacherRecruitment: [
      { id: '2015-2017公开招聘', period: '2015-2017', kind: '公开招聘', count: 337 },
      { id: '2015-2017特岗', period: '2015-2017', kind: '特岗教师', count: 625 },
      { id: '2018-2019招聘', period: '2018-2019', kind: '招聘和招录特岗教师', count: 1019 },
      { id: '2018-2019购岗', period: '2018-2019', kind: '政府购岗教师', count: 600 },
      { period: '2020-2021', kind: '招聘和招录特岗教师', count: 564 },
    ],
  },
  published: [
    { key: 'levels.primary.averageClassSize', value: 36.48, unit: '人', source: opening },
    { key: 'levels.junior.averageClassSize', value: 44.21, unit: '人', source: opening },
    { key: 'levels.primary.studentsPerTeacher', value: 17.12, unit: '1:x', source: opening },
    { key: 'levels.junior.studentsPerTeacher', value: 12.15, unit: '1:x', source: opening },
    { key: 'levels.primary.aboveDegreeShare', value: 98.24, unit: '%', source: opening },
    { key: 'levels.junior.aboveDegreeShare', value: 87.65, unit: '%', source: opening },
    { key: 'levels.primary.seniorTitleShare', value: 42.46, unit: '%', source: opening },
    { key: 'levels.junior.seniorTitleShare', value: 47.2, unit: '%', source: opening },
    { key: 'levels.primary.basic.compositeCv', value: 0.43, source: opening },
    { key: 'levels.junior.basic.compositeCv', value: 0.38, source: opening },
  ],
  assessment: fengqiuAssessment,
};
