/**
 * A standard as people read it: its title (name, document, 示例), the schools it takes in
 * (scope), its school rule, and each indicator's unit and standard value with that unit
 * (800 元, 1.5 ㎡, 100%, 师生比 1:33.33). The methods page, the compliance tables, the editions and
 * the downloads print standards through here, so a standard reads the same everywhere.
 */

import { printedDecimals, shortDecimal } from '../text/decimal.ts';
import type { Indicator, StandardFile } from '../types/generated/standard.ts';
import { formatFigure, printsAsTeacherRatio, studentsPerTeacherOf } from './format.ts';

/** What a title needs of a standard (a standard file, or the result's reference to one). */
export interface StandardNaming {
  name: string;
  document?: string | undefined;
  illustrative?: boolean | undefined;
}

/** Said of a standard whose values are examples, not a document's. */
export const illustrativeStandardNote = '标准值为示例，未经核实';

/**
 * The standard's title, said once: 县域义务教育发展基本均衡督导评估（教督〔2012〕3号）;
 * 湖南省义务教育学校办学基本标准（标准值为示例，未经核实）. The document is left out when it only
 * repeats the name; everything in brackets goes in one pair of brackets.
 */
export function standardTitle(standard: StandardNaming): string {
  const document = standard.document?.trim();
  const notes = [
    ...(document && document !== standard.name ? [document] : []),
    ...(standard.illustrative === true ? [illustrativeStandardNote] : []),
  ];
  return notes.length === 0 ? standard.name : `${standard.name}（${notes.join('；')}）`;
}

/** The schools a standard takes in: 公办学校，仅县属，不含特殊教育学校，不含教学点. */
export function scopeText(scope: StandardFile['scope']): string {
  const parts = [`${scope.ownership.join('、')}学校`];
  if (scope.countyRunOnly) parts.push('仅县属');
  if (scope.excludeTypes.length > 0) parts.push(`不含${scope.excludeTypes.join('、')}`);
  const { teachingPoints } = scope;
  if (!teachingPoints.include) parts.push('不含教学点');
  else if (teachingPoints.minStudents) parts.push(`教学点学生不足 ${teachingPoints.minStudents} 人的不纳入`);
  else parts.push('含教学点');
  return parts.join('，');
}

/** The school rule in a sentence, or '' when the standard has none. */
export function schoolRuleText(standard: Pick<StandardFile, 'schoolRule' | 'indicators'>): string {
  const rule = standard.schoolRule;
  if (rule === undefined) return '';
  if (rule.minMet < standard.indicators.length)
    return `每所学校至少 ${rule.minMet} 项达到标准值，其余不低于标准值的 ${shortDecimal(rule.floorShare * 100, 2)}%。`;
  return '每所学校各项均须达到标准值。';
}

/** How an indicator's values are written: its unit, 1:x for a 师生比, — when it has none. */
export function indicatorUnitText(indicator: Pick<Indicator, 'id' | 'unit'>): string {
  if (printsAsTeacherRatio(indicator.id)) return '1:x';
  return indicator.unit === '' ? '—' : indicator.unit;
}

/** A number with the indicator's unit: 800 元, 1.5 ㎡, 100%, 6 间, or a bare number. */
function withIndicatorUnit(text: string, unit: string): string {
  if (unit === '') return text;
  if (unit === '%') return `${text}%`;
  return `${text} ${unit}`;
}

/**
 * An indicator's standard value with its unit, as the data file states it (no digits added):
 * 800 元, 1.5 ㎡, 100%, 6 间; a 师生比 (teachers per student, 0.03) as 1:33.33. A dash when the
 * standard sets none for this 学段.
 */
export function thresholdText(
  indicator: Pick<Indicator, 'id' | 'unit'>,
  threshold: number | undefined,
): string {
  if (threshold === undefined) return '—';
  if (printsAsTeacherRatio(indicator.id))
    return formatFigure(studentsPerTeacherOf(threshold), 'ratio', 2).text;
  return withIndicatorUnit(shortDecimal(threshold, printedDecimals(threshold)), indicator.unit);
}
