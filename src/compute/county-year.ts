/**
 * The compute phase for one county-year: a pure function from validated data to the result
 * document (schemas/result.schema.json) and the data problems found on the way, as findings
 * (findings.ts) that the edge words.
 */
import type { CountyFile } from '../types/generated/county.ts';
import type { CountyYearFile } from '../types/generated/county-year.ts';
import type { ComputeResult, LevelResult, SchoolResult, UnitResult } from '../types/generated/result.ts';
import type { StandardFile } from '../types/generated/standard.ts';
import { evaluateStandard, type NumeratorGap, type StandardEvaluation } from './evaluate-standard.ts';
import { type ComputeFinding, finding, type MissingNumerator } from './findings.ts';
import { comparePublished } from './published.ts';
import { countyTotals, levelMetrics } from './report-metrics.ts';
import { type LevelId, levelIds } from './units.ts';

export type StandardKind = StandardFile['kind'];
const kinds: readonly StandardKind[] = ['basic', 'quality', 'provincial'];

export interface CountyYearComputation {
  result: ComputeResult;
  /** Field paths refer to the county-year file. */
  findings: ComputeFinding[];
}

/**
 * @param standards the standards the county applies (at most one per kind; validation ensures it).
 */
export function computeCountyYear(
  county: CountyFile,
  data: CountyYearFile,
  standards: readonly StandardFile[],
): CountyYearComputation {
  const findings: ComputeFinding[] = [];
  const byKind = new Map<StandardKind, StandardFile>();
  for (const standard of standards) byKind.set(standard.kind, standard);

  const evaluations = new Map<LevelId, Map<StandardKind, StandardEvaluation>>();
  const levels = {} as Record<LevelId, LevelResult>;
  for (const level of levelIds) {
    const levelResult: LevelResult = levelMetrics(data.schools, level);
    const perKind = new Map<StandardKind, StandardEvaluation>();
    for (const kind of kinds) {
      const standard = byKind.get(kind);
      if (standard === undefined || !standard.levels.includes(level)) continue;
      const evaluation = evaluateStandard(data.schools, level, standard);
      perKind.set(kind, evaluation);
      levelResult[kind] = evaluation.result;
      findings.push(...evaluation.findings);
    }
    evaluations.set(level, perKind);
    levels[level] = levelResult;
    findings.push(
      ...missingDataFindings(
        level,
        [...perKind.values()].flatMap((evaluation) => evaluation.gaps),
      ),
    );
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

  const partial = {
    county: county.id,
    countyName: county.name,
    year: data.year,
    illustrative: data.illustrative ?? false,
    standards: resultStandards,
    totals: countyTotals(data.schools),
    levels,
    schools: data.schools.map((_, index) => schoolResult(data, index, evaluations)),
    facts: { ...data.facts },
  };
  const { checks, findings: publishedFindings } = comparePublished(partial, data.published ?? []);
  findings.push(...publishedFindings);
  return { result: { ...partial, published: checks }, findings };
}

/**
 * One warning per missing field and 学段, however many indicators and standards need it,
 * pointing at the first school that lacks it.
 */
function missingDataFindings(level: LevelId, gaps: readonly NumeratorGap[]): MissingNumerator[] {
  const byNumerator = new Map<string, { indicators: string[]; schools: Set<number> }>();
  for (const gap of gaps) {
    const entry = byNumerator.get(gap.numerator) ?? { indicators: [], schools: new Set<number>() };
    if (!entry.indicators.includes(gap.indicator)) entry.indicators.push(gap.indicator);
    for (const index of gap.schoolIndexes) entry.schools.add(index);
    byNumerator.set(gap.numerator, entry);
  }
  return [...byNumerator].map(([numerator, { indicators, schools }]) => {
    const [source = '', field = ''] = numerator.split('.');
    const first = Math.min(...schools);
    const path = ['schools', first, source === 'level' ? level : source, field];
    return finding('missingNumerator', path, { field, count: schools.size, indicators, level });
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
