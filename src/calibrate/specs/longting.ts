/**
 * Longting 2021 (seed 004): the district publishes a plan, not figures. Its rows are
 * illustrative throughout, drawn so that the high-quality standard's shortfalls show what
 * each school still needs; nothing here reproduces a printed number.
 */
import type { CountySpec } from '../spec.ts';
import { longtingAssessment } from './longting-assessment.ts';
import { coefficientsOnly } from './shared.ts';

export const longting: CountySpec = {
  county: 'longting',
  year: 2021,
  seed: 410202,
  prefix: 'lt',
  header: ['该区方案未印发指标数值；全部逐校数据均为示例，用于展示对照优质均衡标准的差距测算。'],
  groups: [
    { type: '小学', count: 8, location: '城区', students: { primary: [800, 2600] } },
    { type: '小学', count: 4, location: '乡村', students: { primary: [100, 500] } },
    {
      type: '九年一贯制',
      count: 1,
      location: '城区',
      students: { primary: [700, 1300], junior: [500, 900] },
    },
    { type: '九年一贯制', count: 2, location: '乡村', students: { primary: [200, 450], junior: [150, 350] } },
    { type: '初级中学', count: 4, location: '城区', students: { junior: [600, 1800] } },
    { type: '教学点', count: 2, location: '乡村', students: { primary: [30, 80] } },
  ],
  profile: {
    primary: {
      teachersPerStudent: 0.058,
      aboveDegreeShare: 0.98,
      seniorTitleShare: 0.44,
      averageClassSize: 44,
      keyTeachersPer100: 1,
      peArtsTeachersPer100: 0.9,
      teachingArea: 4.4,
      sportsArea: 6.2,
      equipmentValue: 2050,
      computersPer100: 11,
      books: 26,
      multimediaRoomsPer100: 2.3,
      landArea: 14,
      buildingArea: 5.2,
    },
    junior: {
      teachersPerStudent: 0.078,
      aboveDegreeShare: 0.92,
      seniorTitleShare: 0.5,
      averageClassSize: 48,
      keyTeachersPer100: 1.1,
      peArtsTeachersPer100: 0.9,
      teachingArea: 5.7,
      sportsArea: 8.5,
      equipmentValue: 2500,
      computersPer100: 13,
      books: 34,
      multimediaRoomsPer100: 2.4,
      landArea: 17,
      buildingArea: 6.8,
    },
  },
  basic: {
    primary: coefficientsOnly([0.28, 0.36, 0.22, 0.26, 0.27, 0.15, 0.17, 0.24], 2),
    junior: coefficientsOnly([0.24, 0.3, 0.18, 0.22, 0.21, 0.12, 0.14, 0.2], 2),
  },
  assessment: longtingAssessment,
};
