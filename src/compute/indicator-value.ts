/**
 * One unit's value of one indicator, as the standard file defines it: numerator field,
 * denominator (students, teachers, or none) and factor (1 per student, 100 per 100 students).
 */
import type { Indicator, StandardFile } from '../types/generated/standard.ts';
import { type Measure, undefinedValue } from './measure.ts';
import type { Unit } from './units.ts';

/** Where the numerator of an indicator lives in a school row. */
export interface NumeratorRef {
  source: 'facilities' | 'level';
  field: string;
}

/** `facilities.books` → { source: 'facilities', field: 'books' }. The schema pins the pattern. */
export function parseNumerator(numerator: string): NumeratorRef {
  const [source, field = ''] = numerator.split('.');
  return { source: source === 'facilities' ? 'facilities' : 'level', field };
}

/**
 * The unit's raw numerator Y_i: a level field as reported, or a facility quantity times the
 * unit's share when the standard splits that field. `undefined` when the school left it out.
 */
export function numeratorAmount(
  unit: Unit,
  indicator: Indicator,
  standard: StandardFile,
): number | undefined {
  const ref = parseNumerator(indicator.numerator);
  if (ref.source === 'level') {
    const value = (unit.block as unknown as Record<string, unknown>)[ref.field];
    return typeof value === 'number' ? value : undefined;
  }
  const facilities = unit.school.facilities as unknown as Record<string, unknown> | undefined;
  const value = facilities?.[ref.field];
  if (typeof value !== 'number') return undefined;
  const split = standard.split?.fields.includes(ref.field) ?? false;
  return split ? value * unit.share : value;
}

/** The denominator of the indicator for this unit (1 for counts compared as they are). */
export function denominatorAmount(unit: Unit, indicator: Indicator): number {
  switch (indicator.denominator ?? 'students') {
    case 'students':
      return unit.block.students;
    case 'teachers':
      return unit.block.teachers;
    case 'none':
      return 1;
  }
}

export function unitIndicatorValue(unit: Unit, indicator: Indicator, standard: StandardFile): Measure {
  const amount = numeratorAmount(unit, indicator, standard);
  if (amount === undefined) return undefinedValue('missing-data');
  const denominator = denominatorAmount(unit, indicator);
  if (denominator === 0) {
    return undefinedValue(indicator.denominator === 'teachers' ? 'no-teachers' : 'no-students');
  }
  return (indicator.factor * amount) / denominator;
}
