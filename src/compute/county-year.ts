/**
 * The compute phase for one county-year: a pure function from validated data to the result
 * document (schemas/result.schema.json) and the data problems found on the way, as findings
 * (findings.ts) that the edge words.
 */
import type { CountyFile } from '../types/generated/county.ts';
import type { CountyYearFile } from '../types/generated/county-year.ts';
import type { LocalStandardFile } from '../types/generated/local-standard.ts';
import type { ComputeResult, LevelResult, SchoolResult, UnitResult } from '../types/generated/result.ts';
import type { StandardFile } from '../types/generated/standard.ts';
import { assessCountyYear } from './assessment/assess.ts';
import { evaluateStandard, type StandardEvaluation } from './evaluate-standard.ts';
import { type FieldGap, type FigureRef, fieldGapFindings, type RowPart } from './field-gaps.ts';
import { type ComputeFinding, finding } from './findings.ts';
import { countyTotals, levelMetrics } from './report-metrics.ts';
import { type LevelId, levelIds } from './units.ts';

export type StandardKind = StandardFile['kind'];
const kinds: readonly StandardKind[] = ['basic', 'quality', 'provincial'];

/** The result before its printed figures are compared (src/figures/published.ts, by the pipeline). */
export type ComputedResult = Omit<ComputeResult, 'published'>;

export interface CountyYearComputation {
  result: ComputedResult;
  /** Field paths refer to the county-year file. */
  findings: ComputeFinding[];
}

/**
 * @param standards the standards the county applies (at most one per kind; validation ensures it).
 * @param locals the local files the county applies (data/standards/local/), in its order: their
 *   overrides and enabled relaxations change the assessment lines of the standard each extends.
 */
export function computeCountyYear(
  county: CountyFile,
  data: CountyYearFile,
  standards: readonly StandardFile[],
  locals: readonly LocalStandardFile[] = [],
): CountyYearComputation {
  const findings: ComputeFinding[] = [];
  const byKind = new Map<StandardKind, StandardFile>();
  for (const standard of standards) byKind.set(standard.kind, standard);

  const evaluations = new Map<LevelId, Map<StandardKind, StandardEvaluation>>();
  const levels = {} as Record<LevelId, LevelResult>;
  const gaps: FieldGap[] = [];
  for (const level of levelIds) {
    const metrics = levelMetrics(data.schools, level);
    const levelResult: LevelResult = metrics.metrics;
    gaps.push(...metrics.gaps);
    const perKind = new Map<StandardKind, StandardEvaluation>();
    // A unit without students is one problem, however many standards take it in.
    const emptyUnits = new Set<number>();
    for (const kind of kinds) {
      const standard = byKind.get(kind);
      if (standard === undefined || !standard.levels.includes(level)) continue;
      const evaluation = evaluateStandard(data.schools, level, standard);
      perKind.set(kind, evaluation);
      levelResult[kind] = evaluation.result;
      for (const index of evaluation.emptyUnits) emptyUnits.add(index);
      gaps.push(...indicatorGaps(level, kind, evaluation));
    }
    for (const index of [...emptyUnits].sort((a, b) => a - b)) {
      const school = data.schools[index];
      if (school === undefined) continue;
      findings.push(
        finding('unitWithoutStudents', ['schools', index, level, 'students'], {
          schoolId: school.id,
          schoolName: school.name,
          level,
        }),
      );
    }
    evaluations.set(level, perKind);
    levels[level] = levelResult;
  }

  const resultStandards: ComputeResult['standards'] = {};
  for (const [kind, standard] of byKind) {
    resultStandards[kind] = {
      id: standard.id,
      name: standard.name,
      document: standard.document,
      illustrative: standard.illustrative ?? false,
    };
  }

  const totals = countyTotals(data.schools);
  gaps.push(...totals.gaps);
  findings.push(...fieldGapFindings(data.schools, gaps));

  const result: ComputedResult = {
    county: county.id,
    countyName: county.name,
    year: data.year,
    illustrative: data.illustrative ?? false,
    standards: resultStandards,
    totals: totals.totals,
    levels,
    schools: data.schools.map((_, index) => schoolResult(data, index, evaluations)),
    facts: { ...data.facts },
  };
  const assessment = assessCountyYear(county, data, byKind, evaluations, locals);
  if (assessment.quality !== undefined || assessment.basic !== undefined) result.assessment = assessment;
  return { result, findings };
}

/**
 * The standard's figures that schools in scope cost by leaving out an indicator's numerator:
 * the indicator's county value and coefficient, and the composite coefficient they enter.
 */
function indicatorGaps(level: LevelId, kind: StandardKind, evaluation: StandardEvaluation): FieldGap[] {
  const composite = evaluation.result.compositeCv;
  const compositeLost = composite !== undefined && typeof composite !== 'number';
  return evaluation.gaps.flatMap((gap) => {
    const [source = '', field = ''] = gap.numerator.split('.');
    const part: RowPart = source === 'facilities' ? 'facilities' : level;
    const prefix = `levels.${level}.${kind}`;
    const figures: FigureRef[] = [
      { key: `${prefix}.indicators.${gap.indicatorId}.value`, name: gap.indicator },
    ];
    if (compositeLost) figures.push({ key: `${prefix}.compositeCv` });
    return figures.map((figure) => ({
      part,
      field,
      figure,
      schoolIndexes: gap.schoolIndexes,
    }));
  });
}

function schoolResult(
  data: CountyYearFile,
  index: number,
  evaluations: Map<LevelId, Map<StandardKind, StandardEvaluation>>,
): SchoolResult {
  const school = data.schools[index];
  if (school === undefined) throw new RangeError(`no school at ${index}`);
  const result: SchoolResult = {
    id: school.id,
    name: school.name,
    type: school.type,
    ownership: school.ownership,
    location: school.location,
    levels: {},
  };
  if (school.parent !== undefined) result.parent = school.parent;
  for (const level of levelIds) {
    const block = school[level];
    if (block === undefined) continue;
    const unit: UnitResult = { students: block.students, indicators: {} };
    for (const [kind, evaluation] of evaluations.get(level) ?? []) {
      Object.assign(unit.indicators, evaluation.values.get(index));
      const status = evaluation.statuses.get(index);
      if (status !== undefined) unit[kind] = status;
    }
    result.levels[level] = unit;
  }
  return result;
}
