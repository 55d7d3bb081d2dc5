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
