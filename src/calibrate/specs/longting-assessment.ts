/**
 * Longting 2021: the additions of a district at its self-check stage (seed 004 publishes a plan,
 * no figures). The plan itself (龙政办〔2021〕8号) is the evidence for the layout and for the
 * admission rules it lays down; everything else is illustrative: several declarations are
 * self-assessed as not yet met, some are not yet supplied, and some numbers fall short.
 */
import type { AssessmentSpec } from '../assessment.ts';
import { assessmentHeader, exampleTitle } from './shared.ts';

const plan = {
  title: '关于印发《龙亭区推进义务教育优质均衡发展实施方案》的通知',
  number: '龙政办〔2021〕8号',
  date: '2021-08-18',
};

export const longtingAssessment: AssessmentSpec = {
  seed: 20_214,
  header: [
    ...assessmentHeader,
    '出自公开文件：区政府办公室实施方案（龙政办〔2021〕8号，2021-08-18）；其余评估数字和申报事项均为示例，',
    '对应方案“自查自评”阶段的摸底结果。',
  ],
  schools: {
    certified: { short: 4 },
    trained: { short: 5 },
    rooms: { short: 5, smallRooms: 2 },
    funds: { perStudent: { primary: 650, junior: 850, special: 6000 }, smallUnderfunded: 1, lowTraining: 3 },
  },
  county: {
    numbers: {
      teacherPay: { teachers: 70_200, civilServants: 73_500 },
      rotation: { eligible: 820, rotated: 66, keyRotated: 15 },
      nearbyEnrollment: { primary: 100, junior: 96.2 },
      quotaAllocation: { places: 1400, allocated: 700 },
      migrantChildren: { eligible: 1960, inPublic: 1732 },
      juniorCohort: {
        entrants: 2280,
        transfersIn: 64,
        transfersOut: 131,
        deaths: 1,
        graduates: 2080,
        formula: 'net',
      },
    },
    declarations: [
      { item: 'monitoringGood', met: true },
      { item: 'layoutPlan', met: true },
      { item: 'unifiedStandards', met: false, note: '示例：自查发现城乡学校装备配置标准尚未统一。' },
      { item: 'performancePay', met: true },
      { item: 'postsAllocation', met: false, note: '示例：方案提出推行“区管校聘”，自查时尚未实施。' },
      { item: 'quotaTilted', met: true },
      {
        item: 'leftBehindCare',
        met: false,
        note: '示例：方案提出建立留守儿童关爱服务体系，自查时尚未建成。',
      },
      { item: 'charterAndIT', met: false, note: '示例：部分学校章程待修订，管理信息化尚未覆盖全部学校。' },
      { item: 'moralEducation', met: true },
      { item: 'homeworkBurden', met: true },
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
      {
        item: 'monitoringGood',
        title: exampleTitle('龙亭区义务教育基本均衡发展情况复查报告'),
        date: '2021-04',
      },
      { item: 'layoutPlan', ...plan },
      { item: 'performancePay', title: exampleTitle('龙亭区义务教育学校绩效工资核定通知'), date: '2021-03' },
      { item: 'quotaTilted', title: exampleTitle('开封市区普通高中招生名额分配办法'), date: '2021-05' },
      { item: 'moralEducation', title: exampleTitle('龙亭区文明校园创建工作方案'), date: '2021-09' },
      { item: 'homeworkBurden', title: exampleTitle('龙亭区义务教育学校作业管理办法'), date: '2021-10' },
      { item: 'examAdmission', ...plan },
      { item: 'keySchools', ...plan },
    ],
    qualityMonitoring: [
      { subject: '数学', year: 2021, level: 3, difference: 0.14 },
      { subject: '体育与健康', year: 2021, level: 3, difference: 0.12 },
      { subject: '英语', year: 2021, level: 3, difference: 0.1 },
    ],
    recognitionSurvey: { rate: 83.7, date: '2021-12', respondents: 2864 },
  },
};
