/** Helpers shared by the example specs. */
import type { BasicTargets, Printed } from '../spec.ts';

export const printed = (value: number, decimals: number): Printed => ({ value, decimals });

/** The eight basic-2012 indicator ids, in the order of domain.md §4. */
export const basicIndicatorIds = [
  'teaching_area_per_student',
  'sports_area_per_student',
  'equipment_value_per_student',
  'computers_per_100_students',
  'books_per_student',
  'teachers_per_student',
  'above_degree_teachers_per_student',
  'senior_title_teachers_per_student',
] as const;

/**
 * Coefficient targets for a seed that prints only the composite: eight plausible coefficients
 * (§4 order) whose mean is the printed composite.
 */
export function coefficientsOnly(coefficients: readonly number[], decimals: number): BasicTargets {
  const targets: BasicTargets = {};
  basicIndicatorIds.forEach((id, index) => {
    targets[id] = { cv: printed(coefficients[index] ?? 0.3, decimals) };
  });
  return targets;
}

/** Marks an evidence title that names no real document. */
export const exampleTitle = (title: string): string => `【示例】${title}`;

/** Header lines every file with assessment additions carries. */
export const assessmentHeader: readonly string[] = [
  '评估用数据（逐校持证与培训教师数、音乐美术专用教室、公用经费，县级评估数字、申报事项、否决事项、',
  '质量监测、社会认可度与政府工作得分）除注明出自公开文件者外均为示例，由同一脚本另用随机种子生成。',
  '佐证材料中标“【示例】”的文件名称为示例，并非真实文件；未加标注的文件名称和文号见于该县公开文件。',
];
