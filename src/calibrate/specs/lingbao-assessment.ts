/**
 * Lingbao 2022: the whole-assessment additions of a county recognised in 2014 and working
 * towards high-quality balance. From the seed: public funds per student (小学 650, 初中 850,
 * special education 6000 元), 55% of the provincial model high schools' places allocated to
 * rural junior schools, every migrant child in a public school, the 县管校聘 reform of 2021, and
 * the documents it names. Every line its rows and numbers decide is met by design; the rest is
 * illustrative.
 */
import type { AssessmentSpec } from '../assessment.ts';
import { assessmentHeader, exampleTitle } from './shared.ts';

export const lingbaoAssessment: AssessmentSpec = {
  seed: 82_411,
  header: [
    ...assessmentHeader,
    '出自公开文件：生均公用经费小学 650 元、初中 850 元、特殊教育 6000 元，优质高中 55% 招生指标分配到农村初中',
    '（名额数为示例），随迁子女全部进入公办学校（人数为示例），2021 年启动“县管校聘”。',
  ],
  schools: {
    certified: { short: 0 },
    trained: { short: 0 },
    rooms: { short: 0, smallRooms: 0 },
    funds: { perStudent: { primary: 650, junior: 850, special: 6000 }, smallUnderfunded: 0, lowTraining: 0 },
  },
  specialEducationPerStudent: 6000,
  county: {
    numbers: {
      teacherPay: { teachers: 72_600, civilServants: 71_800 },
      rotation: { eligible: 1420, rotated: 163, keyRotated: 37 },
      nearbyEnrollment: { primary: 100, junior: 98.6 },
      quotaAllocation: { places: 3800, allocated: 2090 },
      migrantChildren: { eligible: 3150, inPublic: 3150 },
      disabledChildren: { eligible: 412, enrolled: 403 },
      juniorCohort: {
        entrants: 7650,
        transfersIn: 210,
        transfersOut: 260,
        deaths: 4,
        graduates: 7430,
        formula: 'net',
      },
    },
    declarations: [
      { item: 'monitoringGood', met: true },
      { item: 'layoutPlan', met: true },
      { item: 'unifiedStandards', met: true },
      { item: 'performancePay', met: true },
      { item: 'postsAllocation', met: true },
      { item: 'quotaTilted', met: true },
      { item: 'leftBehindCare', met: true },
      { item: 'charterAndIT', met: true },
      { item: 'itTeaching', met: true },
      { item: 'moralEducation', met: true },
      { item: 'fullCurriculum', met: true },
      { item: 'homeworkBurden', met: true },
    ],
    vetoes: [
      { item: 'examAdmission', present: false },
      { item: 'illegalChoice', present: false },
      { item: 'keySchools', present: false },
      { item: 'unfilledPosts', present: false },
      { item: 'majorIncident', present: false },
      { item: 'falsification', present: false },
      { item: 'offCampusTutoring', present: false },
    ],
    evidence: [
      {
        item: 'monitoringGood',
        title: exampleTitle('灵宝市 2021 年义务教育基本均衡发展年度监测结果'),
        date: '2022-03',
      },
      { item: 'layoutPlan', title: exampleTitle('灵宝市城区义务教育学校布局专项规划'), date: '2021-10' },
      { item: 'unifiedStandards', title: '关于推进义务教育均衡发展的意见' },
      { item: 'performancePay', title: exampleTitle('灵宝市义务教育学校绩效工资核定通知'), date: '2022-02' },
      {
        item: 'postsAllocation',
        title: exampleTitle('灵宝市中小学教师“县管校聘”管理改革实施方案'),
        date: '2021-07',
      },
      { item: 'quotaTilted', title: exampleTitle('灵宝市省级示范性高中招生指标分配办法'), date: '2022-05' },
      {
        item: 'leftBehindCare',
        title: exampleTitle('灵宝市农村留守儿童“五个一”关爱活动方案'),
        date: '2022-03',
      },
      { item: 'charterAndIT', title: '灵宝市中小学管理基本规范' },
      { item: 'itTeaching', title: exampleTitle('灵宝市中小学网络教研与远程教育应用办法'), date: '2021-09' },
      { item: 'moralEducation', title: exampleTitle('灵宝市中小学德育主题教育月活动方案'), date: '2022-02' },
      { item: 'fullCurriculum', title: exampleTitle('灵宝市义务教育课程设置与课时安排'), date: '2022-08' },
      { item: 'homeworkBurden', title: exampleTitle('灵宝市义务教育学校作业管理办法'), date: '2021-09' },
      {
        item: 'offCampusTutoring',
        title: exampleTitle('灵宝市校外培训机构专项治理工作方案'),
        date: '2021-10',
      },
    ],
    qualityMonitoring: [
      { subject: '数学', year: 2021, level: 3, difference: 0.12 },
      { subject: '体育与健康', year: 2021, level: 4, difference: 0.09 },
      { subject: '英语', year: 2021, level: 3, difference: 0.13 },
      { subject: '语文', year: 2022, level: 3, difference: 0.11 },
      { subject: '艺术', year: 2022, level: 3, difference: 0.14 },
    ],
    recognitionSurvey: { rate: 92.6, date: '2022-11', respondents: 4318 },
  },
};
