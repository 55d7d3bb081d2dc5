/** Chinese names used across the pages. */
import type { LevelId } from '../compute/units.ts';
import type { StandardFile } from '../types/generated/standard.ts';

export const levelNames: Record<LevelId, string> = { primary: '小学', junior: '初中' };

export type StandardKind = StandardFile['kind'];

export const standardKindNames: Record<StandardKind, string> = {
  basic: '基本均衡',
  quality: '优质均衡',
  provincial: '省定办学基本标准',
};

export function standardOfKind(
  standards: readonly StandardFile[],
  kind: StandardKind,
): StandardFile | undefined {
  return standards.find((standard) => standard.kind === kind);
}

export const passText = (pass: boolean | undefined): string =>
  pass === undefined ? '—' : pass ? '达到' : '未达到';
