/** The example counties whose illustrative rows `npm run calibrate` writes. */
import type { ProgressSpec } from '../progress.ts';
import type { CountySpec } from '../spec.ts';
import { fengqiu } from './fengqiu.ts';
import { lingbao } from './lingbao.ts';
import { longting } from './longting.ts';
import { longtingProgress } from './longting-progress.ts';
import { tongdao } from './tongdao.ts';
import { wudalianchi } from './wudalianchi.ts';

export const exampleSpecs: readonly CountySpec[] = [fengqiu, lingbao, longting, tongdao, wudalianchi];

/** Later years pushed forward from a calibrated base year (a county following a plan). */
export const progressSpecs: readonly { base: CountySpec; progress: ProgressSpec; standard: string }[] = [
  { base: longting, progress: longtingProgress, standard: 'quality-2017' },
];

/** The comment every calibrated file carries under its schema line. */
export function illustrativeHeader(spec: CountySpec): string[] {
  return [
    '示例数据：以下逐校数据为示例，并非真实学校；按公开文件印发的县级数字校准生成，',
    `由 npm run calibrate 依 src/calibrate/specs/${spec.county}.ts 生成（随机种子 ${spec.seed}），重新生成会覆盖本文件。`,
    ...spec.header,
    ...(spec.assessment?.header ?? []),
  ];
}
