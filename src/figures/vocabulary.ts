/**
 * The Chinese names of the data's and the result's ids, in one place: 学段, school types,
 * standard kinds, why a figure cannot be computed, and the verdict words. Pages, charts,
 * downloads, the diff and the messages all read them from here.
 */

import type { UndefinedReason } from '../compute/measure.ts';
import { type LevelId, levelIds } from '../compute/units.ts';
import type { StandardFile } from '../types/generated/standard.ts';

export type { LevelId };
export { levelIds };

/** 学段 of the coefficients (primary, junior) and the other parts a school row may hold. */
export const levelNames: Readonly<Record<LevelId, string>> = { primary: '小学', junior: '初中' };

/** Every 学段 key a school row may hold, with its name (senior and special are outside the coefficients). */
export const levelLabels: Readonly<Record<string, string>> = {
  ...levelNames,
  senior: '高中',
  special: '特殊教育',
};

export type StandardKind = StandardFile['kind'];

export const standardKinds: readonly StandardKind[] = ['basic', 'quality', 'provincial'];

export const standardKindNames: Readonly<Record<StandardKind, string>> = {
  basic: '基本均衡',
  quality: '优质均衡',
  provincial: '省定办学基本标准',
};

/** Why a figure could not be computed (schemas/result.schema.json, undefinedValue). */
export const undefinedReasonLabels: Readonly<Record<UndefinedReason, string>> = {
  'no-students': '没有学生',
  'no-teachers': '没有专任教师',
  'no-classes': '没有班级',
  'zero-mean': '平均值为 0',
  'no-units': '没有纳入测算的学校',
  'missing-data': '缺少数据',
};

/** A verdict as the tables print it: 达到, 未达到, or a dash when none was made. */
export function passText(pass: boolean | undefined): string {
  return pass === undefined ? '—' : pass ? '达到' : '未达到';
}

/** The name of a 学段 key, or the key itself when it has none. */
export function levelLabel(level: string): string {
  return levelLabels[level] ?? level;
}

/** The name of a standard kind, or the kind itself when it has none. */
export function standardKindLabel(kind: string): string {
  return (standardKindNames as Record<string, string>)[kind] ?? kind;
}
