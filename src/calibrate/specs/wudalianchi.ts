/**
 * Wudalianchi 2018 (seed 002): 28 schools (18 小学, 3 九年一贯制, 7 初中) and 28 教学点;
 * enrollment in the city (市直) and the townships (乡镇) per 学段; campus and building area;
 * composites 0.548 / 0.346; satisfaction, posts, and three school years of rates.
 * 市直 schools are written as 城区, township schools as 镇区 or 乡村.
 */
import type { CountySpec } from '../spec.ts';
import { coefficientsOnly } from './shared.ts';
import { wudalianchiAssessment } from './wudalianchi-assessment.ts';

const source = '五大连池市均衡发展专项工作报告';
const part1 = `${source}·一、工作情况`;

export const wudalianchi: CountySpec = {
  county: 'wudalianchi',
  year: 2018,
  seed: 231182,
  prefix: 'wd',
  header: [
    '该市只印发了两个学段的差异系数，八项指标各自的差异系数为示例取值，其平均数等于印发数。',
    '印发的乡镇在校生数（小学 2961、初中 1957）为镇区与乡村学校之和。',
  ],
  groups: [
    { type: '小学', count: 6, location: '城区', students: { primary: [400, 1100] } },
    { type: '初级中学', count: 3, location: '城区', students: { junior: [700, 1500] } },
    { type: '小学', count: 5, location: '镇区', students: { primary: [150, 400] } },
    { type: '小学', count: 7, location: '乡村', students: { primary: [60, 250] } },
    { type: '九年一贯制', count: 3, location: '乡村', students: { primary: [60, 300], junior: [50, 250] } },
    { type: '初级中学', count: 4, location: '镇区', students: { junior: [150, 600] } },
    { type: '教学点', count: 28, location: '乡村', students: { primary: [3, 40] } },
  ],
  studentTotals: [
    { level: 'primary', total: 4409, locations: ['城区'] },
    { level: 'primary', total: 2961, locations: ['镇区', '乡村'] },
    { level: 'junior', total: 3188, locations: ['城区'] },
    { level: 'junior', total: 1957, locations: ['镇区', '乡村'] },
  ],
  facilityTotals: { landArea: 887483.4, buildingArea: 149922.45 },
  profile: {
    primary: {
      teachersPerStudent: 0.095,
      aboveDegreeShare: 0.96,
      seniorTitleShare: 0.55,
      averageClassSize: 30,
      keyTeachersPer100: 1.3,
      peArtsTeachersPer100: 1.2,
      teachingArea: 6.5,
      sportsArea: 16,
      equipmentValue: 3100,
      computersPer100: 11.4,
      books: 34,
      multimediaRoomsPer100: 3,
      landArea: 70,
      buildingArea: 11,
    },
    junior: {
      teachersPerStudent: 0.11,
      aboveDegreeShare: 0.9,
      seniorTitleShare: 0.6,
      averageClassSize: 38,
      keyTeachersPer100: 1.5,
      peArtsTeachersPer100: 1.1,
      teachingArea: 8,
      sportsArea: 20,
      equipmentValue: 3600,
      computersPer100: 11.4,
      books: 42,
      multimediaRoomsPer100: 3,
      landArea: 72,
      buildingArea: 13,
    },
  },
  basic: {
    primary: coefficientsOnly([0.62, 0.71, 0.48, 0.66, 0.57, 0.41, 0.44, 0.494], 3),
    junior: coefficientsOnly([0.42, 0.47, 0.29, 0.38, 0.33, 0.22, 0.25, 0.408], 3),
  },
  facts: {
    satisfaction: 96,
    teacherPosts: { authorized: 1669, filled: 1575 },
    studentsPerComputer: { value: 0.114, direction: 'computersPerStudent' },
    byYear: [
      {
        schoolYear: '2014-2015',
        enrollmentRate: { primary: 100, junior: 100 },
        retentionRate: { primary: 98.4, junior: 98.1 },
        dropoutRate: { primary: 0, junior: 0.87 },
      },
      {
        schoolYear: '2015-2016',
        enrollmentRate: { primary: 100, junior: 100 },
        retentionRate: { primary: 99.6, junior: 98.7 },
        dropoutRate: { primary: 0, junior: 0.96 },
      },
      {
        schoolYear: '2016-2017',
        enrollmentRate: { primary: 100, junior: 100 },
        retentionRate: { primary: 100.1, junior: 99.2 },
        dropoutRate: { primary: 0, junior: 0.89 },
      },
    ],
    investments: [
      { id: '薄弱学校改造', period: '2015-2018', purpose: '薄弱学校全面改造', amount: 6604.4 },
      { id: '仪器设备', period: '2015-2018', purpose: '教学仪器设备购置', amount: 1858 },
      { period: '2018', purpose: '新建第一小学鑫瑞校区', amount: 3202 },
      { period: '2016-2018', purpose: '教师培训专项资金', amount: 267.6 },
    ],
  },
  published: [
    { key: 'totals.schools', value: 28, unit: '所', source: part1 },
    { key: 'totals.byType.小学', value: 18, unit: '所', source: part1 },
    { key: 'totals.byType.九年一贯制', value: 3, unit: '所', source: part1 },
    { key: 'totals.byType.初级中学', value: 7, unit: '所', source: part1 },
    { key: 'totals.teachingPoints', value: 28, unit: '个', source: part1 },
    {
      key: 'levels.primary.studentsByLocation.城区',
      value: 4409,
      unit: '人',
      source: `${part1}（市直小学）`,
    },
    { key: 'levels.junior.studentsByLocation.城区', value: 3188, unit: '人', source: `${part1}（市直初中）` },
    { key: 'totals.facilities.landArea', value: 887483.4, unit: '㎡', source: `${part1}（校园面积）` },
    { key: 'totals.facilities.buildingArea', value: 149922.45, unit: '㎡', source: `${part1}（校舍面积）` },
    { key: 'levels.primary.basic.compositeCv', value: 0.548, source: part1 },
    { key: 'levels.junior.basic.compositeCv', value: 0.346, source: part1 },
  ],
  assessment: wudalianchiAssessment,
};
