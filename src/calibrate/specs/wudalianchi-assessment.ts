/**
 * Wudalianchi 2018: the additions of a city whose report predates the high-quality rules. From
 * the seed: 初中巩固率 99.2% in 2016–2017, teacher training at 100%, district-based admission with
 * no school choice, 94 vacant teacher posts, and the planning, management and care documents it
 * names. Music and art rooms, funds and most county numbers are not supplied, by design.
 */
import type { AssessmentSpec } from '../assessment.ts';
import { assessmentHeader, exampleTitle } from './shared.ts';

export const wudalianchiAssessment: AssessmentSpec = {
  seed: 11_822,
  header: [
    ...assessmentHeader,
    '出自公开文件：2016—2017 学年初中巩固率 99.2%（人数为示例）、教师培训率 100%、免试就近入学、',
    '空编 94 人，以及所列文件名称。音乐美术专用教室、公用经费和多数县级数字按设计不填（待补）。',
  ],
  schools: {
    certified: { short: 0 },
    trained: { short: 0 },
  },
  county: {
    numbers: {
      nearbyEnrollment: { primary: 100, junior: 100 },
      juniorCohort: { entrants: 1735, graduates: 1721, formula: 'plain' },
    },
    declarations: [
      { item: 'layoutPlan', met: true },
      { item: 'unifiedStandards', met: true },
      {
        item: 'postsAllocation',
        met: false,
        note: '报告称核定编制 1669 名、在编 1575 人、空编 94 人。',
      },
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
      {
        item: 'unfilledPosts',
        present: true,
        note: '示例判断：按报告所列空编 94 人记为存在，并非督导部门的认定。',
      },
      { item: 'majorIncident', present: false },
      { item: 'falsification', present: false },
    ],
    evidence: [
      { item: 'layoutPlan', title: '五大连池市义务教育学校标准化建设规划' },
      { item: 'unifiedStandards', title: '推进义务教育均衡发展实施方案' },
      {
        item: 'leftBehindCare',
        title: '五大连池市流浪未成年人（农村留守儿童）救助关爱保护工作联席会议制度',
      },
      { item: 'charterAndIT', title: '关于加强和改进学校管理的指导意见' },
      { item: 'itTeaching', title: exampleTitle('五大连池市“三通工程”建设与应用情况报告'), date: '2018-06' },
      { item: 'moralEducation', title: exampleTitle('五大连池市中小学德育系列活动方案'), date: '2018-03' },
      { item: 'fullCurriculum', title: '中小学教育教学工作综合评价办法' },
      { item: 'homeworkBurden', title: '黑龙江省规范普通中小学办学行为若干意见' },
      { item: 'illegalChoice', title: exampleTitle('五大连池市义务教育招生“四零”服务承诺'), date: '2018-07' },
    ],
    governmentScore: { self: 91, provincial: 88 },
  },
};
