/**
 * Longting 2022–2025: illustrative rows of the same schools as 2021, each closing its
 * high-quality gaps at its own pace towards the plan's target year 2030 (龙政办〔2021〕8号).
 * Two schools are `slow` and one `stalled`: at their pace they will not meet the standard by
 * 2030, so the plan pages have something to warn about; five are `early`.
 */
import type { ProgressSpec } from '../progress.ts';

export const longtingProgress: ProgressSpec = {
  county: 'longting',
  baseYear: 2021,
  years: [2022, 2023, 2024, 2025],
  seed: 202_230,
  header: [
    '示例数据：以下逐校数据为示例，并非真实学校；由 npm run calibrate 依 src/calibrate/specs/longting-progress.ts',
    '从 2021 年的示例数据逐年推演生成（随机种子 202230），重新生成会覆盖本文件。',
    '该区方案（龙政办〔2021〕8号）定于 2030 年实现优质均衡，未印发逐年数字；各校缩小差距的快慢为示例设定：',
    '提前达标 5 所、稳步推进 13 所、进度过慢 2 所（城区第四小学、城区第三初级中学）、停滞 1 所（城区第六小学）。',
    '本文件只有逐校数据；县级评估数字、申报事项等未填。',
  ],
  paces: {
    'lt-p01': 'early',
    'lt-p02': 'steady',
    'lt-p03': 'steady',
    'lt-p04': 'slow',
    'lt-p05': 'early',
    'lt-p06': 'stalled',
    'lt-p07': 'early',
    'lt-p08': 'steady',
    'lt-p09': 'steady',
    'lt-p10': 'steady',
    'lt-p11': 'early',
    'lt-p12': 'steady',
    'lt-n01': 'steady',
    'lt-n02': 'steady',
    'lt-n03': 'early',
    'lt-j01': 'steady',
    'lt-j02': 'steady',
    'lt-j03': 'slow',
    'lt-j04': 'steady',
    'lt-tp01': 'steady',
    'lt-tp02': 'steady',
  },
  growth: [-0.025, 0.025],
  // The stalled school keeps growing, so its gaps widen while its rooms and grounds stay as they are.
  growthOf: { 'lt-p06': 0.02 },
  rooms: { classesPerRoom: 12, musicArea: 96, artArea: 90 },
  classCap: { primary: 45, junior: 50 },
  trainingShare: 0.05,
};
