/** The example counties whose illustrative rows `npm run calibrate` writes. */
import type { CountySpec } from '../spec.ts';
import { fengqiu } from './fengqiu.ts';
import { lingbao } from './lingbao.ts';
import { longting } from './longting.ts';
import { tongdao } from './tongdao.ts';
import { wudalianchi } from './wudalianchi.ts';

export const exampleSpecs: readonly CountySpec[] = [fengqiu, lingbao, longting, tongdao, wudalianchi];

/** The comment every calibrated file carries under its schema line. */
export function illustrativeHeader(spec: CountySpec): string[] {
  return [
    '示例数据：以下逐校数据为示例，并非真实学校；按公开文件印发的县级数字校准生成，',
    `由 npm run calibrate 依 src/calibrate/specs/${spec.county}.ts 生成（随机种子 ${spec.seed}），重新生成会覆盖本文件。`,
    ...spec.header,
  ];
}
