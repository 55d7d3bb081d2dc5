/**
 * The to-fill list of a county-year file (`toFill`, schemas/county-year.schema.json): what a
 * new year's file still has to take from this year's documents. `npm run new` writes it; the
 * check reports each item as a warning (not an error: a clerk may commit and build while filling
 * in) until the clerk deletes it. Pure.
 *
 * The paths allowed are the schema's enum; what a clerk does with each depends on the kind of
 * figure, kept here so the scaffold and the check agree:
 * - `enter`: a yearly figure (a rate, a total, scores): last year's value is removed, enter this year's;
 * - `add`: a series by year or period: last year's entries stay (they are history), add this year's;
 * - `confirm`: a funding rate that often stays the same: kept, confirm it still holds.
 */
import { issue } from '../problems/catalog.ts';
import type { DataIssue } from '../problems/problem.ts';
import type { CountyYearFile } from '../types/generated/county-year.ts';
import { fieldInfo } from './schema.ts';

export type ToFillPath = NonNullable<CountyYearFile['toFill']>[number];
export type ToFillAction = 'enter' | 'add' | 'confirm';

export const toFillActions: Record<ToFillPath, ToFillAction> = {
  totals: 'enter',
  'facts.satisfaction': 'enter',
  'facts.physicalHealthPassRate': 'enter',
  'facts.disabledEnrollmentRate': 'enter',
  'facts.byYear': 'add',
  'facts.publicFundsPerStudent': 'confirm',
  'facts.investments': 'add',
  'facts.assessmentScores': 'enter',
  'facts.teacherRecruitment': 'add',
  'facts.teacherExchange': 'add',
  'facts.teacherPosts': 'enter',
  'facts.studentsPerComputer': 'enter',
  // The assessment's yearly county numbers, declarations and external results: each year's
  // documents say them anew, so last year's are removed.
  numbers: 'enter',
  declarations: 'enter',
  vetoes: 'enter',
  evidence: 'enter',
  qualityMonitoring: 'enter',
  recognitionSurvey: 'enter',
  governmentScore: 'enter',
  governmentScoreItems: 'enter',
};

/** The paths a to-fill list may hold, in the schema's order. */
export function toFillPaths(): ToFillPath[] {
  return (fieldInfo('year', ['toFill', 0])?.node.enum ?? []) as ToFillPath[];
}

/** The Chinese title of a to-fill path's field (公众满意度 for facts.satisfaction). */
export function toFillTitle(path: ToFillPath): string {
  return fieldInfo('year', path.split('.'))?.title ?? path;
}

/** One warning per item of the file's to-fill list, at the item. */
export function toFillItems(data: CountyYearFile): DataIssue[] {
  return (data.toFill ?? []).map((path, index) =>
    issue('toFill', ['toFill', index], {
      path,
      title: toFillTitle(path),
      action: toFillActions[path],
      year: data.year,
      schoolYear: path === 'facts.byYear',
    }),
  );
}
