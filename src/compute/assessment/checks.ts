/**
 * Each check kind of a standard's assessment (standard.schema.json `$defs/check`): one check
 * gives its results (state, value, threshold, comparison), and for school checks the schools not
 * meeting it with their shortfall, and for data not supplied the paths to fill in. Values,
 * states and paths only: the labels come from the standard file, the wording from the pages.
 */
import type { CountyFile } from '../../types/generated/county.ts';
import type { CountyYearFile } from '../../types/generated/county-year.ts';
import type {
  CheckResult,
  EvidenceRef,
  LineState,
  MissingData,
  SchoolShortfall,
} from '../../types/generated/result.ts';
import type { Check, Source, StandardFile } from '../../types/generated/standard.ts';
import { atLeast, atMost } from '../compare.ts';
import type { StandardEvaluation } from '../evaluate-standard.ts';
import { isDefined } from '../measure.ts';
import type { LevelId } from '../units.ts';
import { type AssessmentInputs, juniorCohort, numberAt } from './inputs.ts';
import { type RoomRounding, type SchoolMeasure, schoolMeasures } from './school-measures.ts';

export type StandardKind = StandardFile['kind'];

/** What a check is judged against. */
export interface AssessmentContext {
  county: CountyFile;
  data: CountyYearFile;
  inputs: AssessmentInputs;
  /** The standard whose assessment is judged. */
  standard: StandardFile;
  /** Every standard the county applies, by kind. */
  standards: ReadonlyMap<StandardKind, StandardFile>;
  /** Each 学段's evaluation of each standard the county applies. */
  evaluations: ReadonlyMap<LevelId, ReadonlyMap<StandardKind, StandardEvaluation>>;
  roomRounding: RoomRounding;
}

export interface CheckOutcome {
  state: LineState;
  results: CheckResult[];
  schools: SchoolShortfall[];
  missing: MissingData[];
  evidence: EvidenceRef[];
}

export type Op = 'min' | 'max' | 'below';

/** value against bound: min and max meet at the bound; below does not (strict). */
export function compareWith(value: number, op: Op, bound: number): boolean {
  switch (op) {
    case 'min':
      return atLeast(value, bound);
    case 'max':
      return atMost(value, bound);
    case 'below':
      return !atLeast(value, bound);
  }
}

/** Any not met → not met; else any not supplied → not supplied; else met (nothing to judge is met). */
export function combineStates(states: readonly LineState[]): LineState {
  if (states.includes('not-met')) return 'not-met';
  if (states.includes('not-supplied')) return 'not-supplied';
  return 'met';
}

function outcome(results: CheckResult[], extra: Partial<CheckOutcome> = {}): CheckOutcome {
  return {
    state: combineStates(results.map((result) => result.state)),
    results,
    schools: [],
    missing: [],
    evidence: [],
    ...extra,
  };
}

export function evaluateCheck(check: Check, context: AssessmentContext): CheckOutcome {
  switch (check.kind) {
    case 'declaration':
      return declarationCheck(check, context);
    case 'number':
      return numberCheck(check, context);
    case 'heldYears':
      return heldYearsCheck(check, context);
    case 'schools':
      return schoolsCheck(check, context);
    case 'monitoring':
      return monitoringCheck(check, context);
    case 'resources':
      return resourcesCheck(check, context);
    case 'provincialGate':
      return provincialGateCheck(check, context);
    case 'composite':
      return compositeCheck(check, context);
  }
}

function evidenceOf(item: string, context: AssessmentContext): EvidenceRef[] {
  return context.inputs.evidence
    .filter((row) => row.item === item)
    .map(({ item: _, ...reference }) => reference);
}

function declarationCheck(
  check: Extract<Check, { kind: 'declaration' }>,
  context: AssessmentContext,
): CheckOutcome {
  const declared = context.inputs.declarations.find((row) => row.item === check.declaration);
  const evidence = evidenceOf(check.declaration, context);
  if (declared === undefined) {
    return outcome([{ label: check.label, state: 'not-supplied' }], {
      missing: [{ path: `declarations[${check.declaration}]`, label: check.label }],
      evidence,
    });
  }
  return outcome([{ label: check.label, state: declared.met ? 'met' : 'not-met', value: declared.met }], {
    evidence,
  });
}

interface SourceValue {
  value?: number;
  /** Paths lacking when the source gives no value. */
  missing: string[];
}

/** One source's value: a path, a ratio of two paths (a zero denominator gives none), or a derived figure. */
export function sourceValue(source: Source, data: CountyYearFile): SourceValue {
  if ('path' in source) {
    const value = numberAt(data, source.path);
    return value === undefined ? { missing: [source.path] } : { value, missing: [] };
  }
  if ('ratio' in source) {
    const [numPath, denPath] = source.ratio;
    const num = numberAt(data, numPath);
    const den = numberAt(data, denPath);
    const missing = [num === undefined ? numPath : '', den === undefined || den === 0 ? denPath : ''].filter(
      Boolean,
    );
    if (num === undefined || den === undefined || den === 0) return { missing };
    return { value: ((source.factor ?? 1) * num) / den, missing: [] };
  }
  return juniorCohortRetention(data);
}

/**
 * 初中三年巩固率 (%) from the cohort: `plain` graduates ÷ entrants; `net` graduates ÷ (entrants +
 * transfers in − transfers out − deaths), an absent transfer or death count taken as none.
 */
export function juniorCohortRetention(data: CountyYearFile): SourceValue {
  const cohort = juniorCohort(data);
  const missing = ['numbers.juniorCohort.entrants', 'numbers.juniorCohort.graduates'];
  if (cohort?.entrants === undefined || cohort.graduates === undefined)
    return {
      missing: missing.filter((path) => !cohort || cohort[path.split('.')[2] as 'entrants'] === undefined),
    };
  const base =
    cohort.formula === 'net'
      ? cohort.entrants + (cohort.transfersIn ?? 0) - (cohort.transfersOut ?? 0) - (cohort.deaths ?? 0)
      : cohort.entrants;
  if (base <= 0) return { missing: ['numbers.juniorCohort.entrants'] };
  return { value: (100 * cohort.graduates) / base, missing: [] };
}

function numberCheck(check: Extract<Check, { kind: 'number' }>, context: AssessmentContext): CheckOutcome {
  const sources: Source[] = Array.isArray(check.value) ? check.value : [check.value];
  const op: Op = check.min !== undefined ? 'min' : check.max !== undefined ? 'max' : 'below';
  const bound = check.min ?? check.max ?? check.below ?? 0;
  const base = { label: check.label, threshold: bound, op, unit: check.unit };
  let firstMissing: string[] | undefined;
  for (const source of sources) {
    const found = sourceValue(source, context.data);
    if (found.value !== undefined) {
      const met = compareWith(found.value, op, bound);
      return outcome([{ ...base, state: met ? 'met' : 'not-met', value: found.value }]);
    }
    firstMissing ??= found.missing;
  }
  return outcome([{ ...base, state: 'not-supplied' }], {
    missing: (firstMissing ?? []).map((path) => ({ path, label: check.label })),
  });
}

function heldYearsCheck(
  check: Extract<Check, { kind: 'heldYears' }>,
  context: AssessmentContext,
): CheckOutcome {
  const recognized = context.inputs.basicRecognized;
  const base = { label: check.label, threshold: check.min, op: 'min' as const };
  if (recognized === undefined) {
    return outcome([{ ...base, state: 'not-supplied' }], {
      missing: [{ path: 'county.basicRecognized', label: check.label }],
    });
  }
  const held = context.data.year - recognized;
  return outcome([{ ...base, state: atLeast(held, check.min) ? 'met' : 'not-met', value: held }]);
}

function shortfallRow(measure: SchoolMeasure): SchoolShortfall {
  const row: SchoolShortfall = {
    id: measure.id,
    name: measure.name,
    value: measure.value,
    threshold: measure.threshold,
    shortfall: measure.shortfall,
    unit: measure.unit,
  };
  if (measure.level !== undefined) row.level = measure.level;
  if (measure.field !== undefined) row.field = measure.field;
  return row;
}

function uniqueMissing(paths: readonly (string | undefined)[], label: string): MissingData[] {
  return [...new Set(paths.filter((path): path is string => path !== undefined))].map((path) => ({
    path,
    label,
  }));
}

/** A school check: met when every school covered meets it; the result counts the schools not meeting it. */
function schoolsCheck(check: Extract<Check, { kind: 'schools' }>, context: AssessmentContext): CheckOutcome {
  const measures = schoolMeasures(context.data, context.standard, check, context.roomRounding);
  const state = combineStates(measures.map((measure) => measure.state));
  const failing = measures.filter((measure) => measure.state === 'not-met');
  const result: CheckResult = { label: check.label, state, threshold: 0, op: 'max' };
  if (state !== 'not-supplied') result.value = new Set(failing.map((measure) => measure.schoolIndex)).size;
  return outcome([result], {
    schools: failing.map(shortfallRow),
    missing: uniqueMissing(
      measures.map((measure) => measure.missing),
      check.label,
    ),
  });
}

/** Q9: the latest monitoring's subjects, each at least minLevel, each difference below the bound. */
function monitoringCheck(
  check: Extract<Check, { kind: 'monitoring' }>,
  context: AssessmentContext,
): CheckOutcome {
  const entries = context.inputs.qualityMonitoring.filter((entry) => entry.year <= context.data.year);
  const levelBase = { label: check.label, threshold: check.minLevel, op: 'min' as const };
  const differenceBase = {
    label: check.differenceLabel,
    threshold: check.differenceBelow,
    op: 'below' as const,
  };
  if (entries.length === 0) {
    return outcome(
      [
        { ...levelBase, state: 'not-supplied' },
        { ...differenceBase, state: 'not-supplied' },
      ],
      {
        missing: [{ path: 'qualityMonitoring', label: check.label }],
      },
    );
  }
  const latest = Math.max(...entries.map((entry) => entry.year));
  const current = entries.filter((entry) => entry.year === latest);
  const lowest = Math.min(...current.map((entry) => entry.level));
  const widest = Math.max(...current.map((entry) => entry.difference));
  return outcome([
    { ...levelBase, state: compareWith(lowest, 'min', check.minLevel) ? 'met' : 'not-met', value: lowest },
    {
      ...differenceBase,
      state: compareWith(widest, 'below', check.differenceBelow) ? 'met' : 'not-met',
      value: widest,
    },
  ]);
}

/**
 * R lines: per 学段 of the standard, the indicator's coefficient within its limit, and no unit in
 * scope failing the school rule with this indicator among its unmet ones (floor or below).
 */
function resourcesCheck(
  check: Extract<Check, { kind: 'resources' }>,
  context: AssessmentContext,
): CheckOutcome {
  const { standard } = context;
  const indicator = standard.indicators.find((item) => item.id === check.indicator);
  const results: CheckResult[] = [];
  const schools: SchoolShortfall[] = [];
  const missing: string[] = [];
  for (const level of standard.levels) {
    const evaluation = context.evaluations.get(level)?.get(standard.kind);
    // A 学段 the county has no unit of in scope has nothing to judge.
    if (evaluation === undefined || evaluation.result.units === 0) continue;
    const figure = evaluation.result.indicators[check.indicator];
    const limit = figure?.limit;
    const cv = figure?.cv;
    const cvResult: CheckResult = { label: check.label, level, state: 'not-supplied', op: 'max' };
    if (limit !== undefined) cvResult.threshold = limit;
    if (cv === undefined || !isDefined(cv)) {
      cvResult.state = 'not-supplied';
      if (indicator !== undefined) missing.push(missingPath(indicator.numerator, level));
    } else {
      cvResult.value = cv;
      cvResult.state = figure?.pass === false ? 'not-met' : 'met';
    }
    results.push(cvResult);

    let anyMissing = false;
    let failing = 0;
    for (const [index, status] of evaluation.statuses) {
      if (!status.inScope) continue;
      const standing = status.standings?.[check.indicator];
      if (standing === 'missing') anyMissing = true;
      if (status.pass !== false || (standing !== 'floor' && standing !== 'below')) continue;
      failing += 1;
      const school = context.data.schools[index];
      const short = status.shortfalls?.[check.indicator];
      if (school === undefined || short === undefined) continue;
      schools.push({
        id: school.id,
        name: school.name,
        level,
        indicator: check.indicator,
        value: short.value,
        threshold: short.standard,
        shortfall: short.short,
        unit: short.unit,
      });
    }
    const state: LineState = failing > 0 ? 'not-met' : anyMissing ? 'not-supplied' : 'met';
    if (state === 'not-supplied' && indicator !== undefined)
      missing.push(missingPath(indicator.numerator, level));
    const schoolResult: CheckResult = { label: check.schoolsLabel, level, state, threshold: 0, op: 'max' };
    if (state !== 'not-supplied') schoolResult.value = failing;
    results.push(schoolResult);
  }
  return outcome(results, { schools, missing: uniqueMissing(missing, check.label) });
}

/** `facilities.books` → schools[*].facilities.books; `level.keyTeachers` → schools[*].primary.keyTeachers. */
function missingPath(numerator: string, level: LevelId): string {
  const [source = '', field = ''] = numerator.split('.');
  return source === 'facilities' ? `schools[*].facilities.${field}` : `schools[*].${level}.${field}`;
}

/** B1: every unit in scope of the county's provincial standard passes its school rule. */
function provincialGateCheck(
  check: Extract<Check, { kind: 'provincialGate' }>,
  context: AssessmentContext,
): CheckOutcome {
  const provincial = context.standards.get('provincial');
  if (provincial === undefined) {
    return outcome([{ label: check.label, state: 'not-supplied' }], {
      missing: [{ path: 'county.standards[provincial]', label: check.label }],
    });
  }
  const results: CheckResult[] = [];
  const schools: SchoolShortfall[] = [];
  for (const level of provincial.levels) {
    const evaluation = context.evaluations.get(level)?.get('provincial');
    if (evaluation === undefined) continue;
    let failing = 0;
    let anyMissing = false;
    for (const [index, status] of evaluation.statuses) {
      if (!status.inScope) continue;
      const standings = Object.values(status.standings ?? {});
      if (status.pass === true) continue;
      if (standings.includes('missing') && !standings.includes('below')) {
        anyMissing = true;
        continue;
      }
      failing += 1;
      const school = context.data.schools[index];
      if (school === undefined) continue;
      for (const [indicator, standing] of Object.entries(status.standings ?? {})) {
        const short = status.shortfalls?.[indicator];
        if (standing === 'met' || short === undefined) continue;
        schools.push({
          id: school.id,
          name: school.name,
          level,
          indicator,
          value: short.value,
          threshold: short.standard,
          shortfall: short.short,
          unit: short.unit,
        });
      }
    }
    const state: LineState = failing > 0 ? 'not-met' : anyMissing ? 'not-supplied' : 'met';
    const result: CheckResult = { label: check.label, level, state, threshold: 0, op: 'max' };
    if (state !== 'not-supplied') result.value = failing;
    results.push(result);
  }
  return outcome(results, { schools });
}

/** B2: each 学段's composite coefficient of this standard within its limit. */
function compositeCheck(
  check: Extract<Check, { kind: 'composite' }>,
  context: AssessmentContext,
): CheckOutcome {
  const { standard } = context;
  const results: CheckResult[] = [];
  for (const level of standard.levels) {
    const evaluation = context.evaluations.get(level)?.get(standard.kind);
    if (evaluation === undefined || evaluation.result.units === 0) continue;
    const { compositeCv, limit, compositePass } = evaluation.result;
    const result: CheckResult = { label: check.label, level, state: 'not-supplied', op: 'max' };
    if (limit !== undefined) result.threshold = limit;
    if (compositeCv !== undefined && isDefined(compositeCv)) {
      result.value = compositeCv;
      result.state = compositePass === true ? 'met' : 'not-met';
    }
    results.push(result);
  }
  return outcome(results);
}
