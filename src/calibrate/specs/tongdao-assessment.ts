/**
 * Tongdao 2019: the additions of a county about to be assessed for basic balance. From the
 * seed: 三类残疾儿童就读率 100%, migrant children treated as local ones, the yearly bonus paid to
 * teachers as to every cadre, teacher exchange, district-based admission, and the planning,
 * moral-education, left-behind-children and teacher-support documents it names. The item table
 * of the government score and everything else are illustrative.
 */
import type { AssessmentSpec } from '../assessment.ts';
import { assessmentHeader, exampleTitle } from './shared.ts';

export const tongdaoAssessment: AssessmentSpec = {
  seed: 31_230,
  header: [
    ...assessmentHeader,
    '出自公开文件：三类残疾儿童就读率 100%（人数为示例）、随迁子女同等待遇、教师年终绩效与干部职工同等、',
    '城乡教师交流，以及所列规划、德育、留守儿童关爱和乡村教师支持文件的名称；县级政府推进工作得分及其',
    '逐项得分为示例（报告时尚待 2019 年 12 月国家督导评估）。',
  ],
  schools: {
    certified: { short: 0 },
    trained: { short: 0 },
    rooms: { short: 2, smallRooms: 1 },
    funds: { perStudent: { primary: 600, junior: 800, special: 6000 }, smallUnderfunded: 1, lowTraining: 0 },
  },
  county: {
    numbers: {
      teacherPay: { teachers: 64_800, civilServants: 63_900 },
      rotation: { eligible: 860, rotated: 97, keyRotated: 21 },
      nearbyEnrollment: { primary: 100, junior: 97.4 },
      migrantChildren: { eligible: 540, inPublic: 521 },
      disabledChildren: { eligible: 186, enrolled: 186 },
    },
    declarations: [
      { item: 'layoutPlan', met: true },
      { item: 'unifiedStandards', met: true },
      { item: 'performancePay', met: true },
      { item: 'postsAllocation', met: true },
      { item: 'quotaTilted', met: false, note: '报告把优质高中名额向乡村初中倾斜列为下一步打算。' },
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
    ],
    evidence: [
      { item: 'layoutPlan', title: '通道侗族自治县推进义务教育均衡发展规划' },
      { item: 'layoutPlan', title: '通道侗族自治县建设教育强县规划纲要（2014－2020年）' },
      { item: 'unifiedStandards', title: '通道侗族自治县教育“十三五”发展规划' },
      {
        item: 'performancePay',
        title: exampleTitle('通道侗族自治县教师年终综合绩效发放办法'),
        date: '2018-12',
      },
      { item: 'postsAllocation', title: '通道侗族自治县乡村教师支持计划实施细则' },
      { item: 'leftBehindCare', title: '关于进一步加强关爱农村留守儿童工作的通知' },
      {
        item: 'charterAndIT',
        title: exampleTitle('通道侗族自治县中小学章程建设与教育城域网应用方案'),
        date: '2018-03',
      },
      {
        item: 'itTeaching',
        title: exampleTitle('通道侗族自治县三级教研网络与远程教育应用办法'),
        date: '2018-09',
      },
      { item: 'moralEducation', title: '通道侗族自治县学校三年德育工作规划（2017－2019年）' },
      {
        item: 'fullCurriculum',
        title: exampleTitle('通道侗族自治县义务教育课程开设情况检查通报'),
        date: '2019-06',
      },
      {
        item: 'homeworkBurden',
        title: exampleTitle('通道侗族自治县中小学课业负担专项督查通报'),
        date: '2019-05',
      },
    ],
    qualityMonitoring: [
      { subject: '数学', year: 2018, level: 3, difference: 0.12 },
      { subject: '体育与健康', year: 2018, level: 3, difference: 0.14 },
      { subject: '语文', year: 2019, level: 3, difference: 0.13 },
      { subject: '艺术', year: 2019, level: 3, difference: 0.17 },
    ],
    governmentScore: { self: 93.5, municipal: 92 },
    governmentScoreItems: [
      { area: '入学机会', item: '随迁子女和残疾儿童入学', points: 10, met: true, self: 10, municipal: 10 },
      { area: '入学机会', item: '划片就近入学与控辍保学', points: 15, met: true, self: 14, municipal: 14 },
      { area: '保障机制', item: '经费投入与公用经费拨付', points: 20, met: true, self: 18.5, municipal: 18 },
      {
        area: '保障机制',
        item: '学校标准化建设与大班额化解',
        points: 15,
        met: false,
        self: 13,
        municipal: 12.5,
      },
      { area: '教师队伍', item: '教师配备与城乡交流', points: 15, met: true, self: 14, municipal: 13.5 },
      { area: '教师队伍', item: '教师培训与待遇保障', points: 10, met: true, self: 10, municipal: 10 },
      { area: '质量与管理', item: '素质教育与规范办学', points: 15, met: true, self: 14, municipal: 14 },
    ],
  },
};
