/**
 * Fengqiu 2020: the whole-assessment additions. From the seed: special-education funds at
 * 6000 元 per student, 三类残疾儿童入学率 91.6%, 初中巩固率 97.2%, the provincial 政府档案 score
 * 98, the thin coverage of some subjects. The rest is illustrative; the county was recognised in
 * 2020, so the high-quality entry condition cannot hold yet.
 */
import type { AssessmentSpec } from '../assessment.ts';
import { assessmentHeader, exampleTitle } from './shared.ts';

export const fengqiuAssessment: AssessmentSpec = {
  seed: 72_710,
  header: [
    ...assessmentHeader,
    '出自公开文件：特殊教育生均公用经费 6000 元、残疾儿童入学率 91.6%（入学人数为示例，比例与印发数一致）、',
    '初中巩固率 97.2%（人数为示例）、省级验收“政府档案”98 分（记为县级政府推进工作省评得分）。',
  ],
  schools: {
    certified: { short: 3 },
    trained: { short: 4 },
    rooms: { short: 3, smallRooms: 2 },
    funds: { perStudent: { primary: 650, junior: 850, special: 6000 }, smallUnderfunded: 0, lowTraining: 2 },
  },
  specialEducationPerStudent: 6000,
  county: {
    numbers: {
      teacherPay: { teachers: 61_800, civilServants: 60_900 },
      rotation: { eligible: 1460, rotated: 158, keyRotated: 29 },
      nearbyEnrollment: { primary: 100, junior: 93.5 },
      quotaAllocation: { places: 3600, allocated: 1620 },
      migrantChildren: { eligible: 2860, inPublic: 2378 },
      disabledChildren: { eligible: 357, enrolled: 327 },
      juniorCohort: {
        entrants: 8350,
        transfersIn: 126,
        transfersOut: 204,
        deaths: 5,
        graduates: 8116,
        formula: 'plain',
      },
    },
    declarations: [
      { item: 'layoutPlan', met: true },
      { item: 'unifiedStandards', met: true },
      { item: 'performancePay', met: true },
      { item: 'postsAllocation', met: true },
      { item: 'quotaTilted', met: true },
      { item: 'leftBehindCare', met: true },
      { item: 'charterAndIT', met: true },
      { item: 'itTeaching', met: true },
      { item: 'moralEducation', met: true },
      {
        item: 'fullCurriculum',
        met: false,
        note: '总结材料承认体音美、信息技术和英语教师缺编，有的学校课程难以开齐开足。',
      },
    ],
    vetoes: [
      { item: 'examAdmission', present: false },
      { item: 'illegalChoice', present: false },
      { item: 'keySchools', present: false },
      { item: 'unfilledPosts', present: false },
      { item: 'majorIncident', present: false },
      { item: 'falsification', present: false },
    ],
    evidence: [
      { item: 'layoutPlan', title: exampleTitle('封丘县义务教育学校布局规划'), date: '2018-06' },
      {
        item: 'unifiedStandards',
        title: exampleTitle('封丘县义务教育学校标准化建设实施方案'),
        date: '2018-05',
      },
      { item: 'performancePay', title: exampleTitle('封丘县义务教育学校绩效工资核定通知'), date: '2019-03' },
      { item: 'postsAllocation', title: exampleTitle('封丘县中小学教职工编制核定方案'), date: '2019-04' },
      { item: 'quotaTilted', title: exampleTitle('封丘县普通高中招生名额分配办法'), date: '2020-05' },
      { item: 'leftBehindCare', title: exampleTitle('封丘县农村留守儿童关爱保护工作方案'), date: '2019-02' },
      { item: 'charterAndIT', title: '封丘县基础教育资源公共服务平台', date: '2019-08' },
      { item: 'itTeaching', title: exampleTitle('封丘县“未来课堂”信息化教学实验方案'), date: '2019-09' },
      {
        item: 'moralEducation',
        title: exampleTitle('封丘县中小学“一校一品”校园文化建设方案'),
        date: '2018-09',
      },
    ],
    qualityMonitoring: [
      { subject: '数学', year: 2018, level: 3, difference: 0.13 },
      { subject: '体育与健康', year: 2018, level: 3, difference: 0.11 },
      { subject: '语文', year: 2019, level: 2, difference: 0.16 },
      { subject: '艺术', year: 2019, level: 3, difference: 0.12 },
    ],
    governmentScore: { provincial: 98 },
  },
};
