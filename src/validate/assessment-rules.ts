/**
 * Checks of a standard's `assessment` section and of the local files that adjust it
 * (data/standards/local/<id>.yaml) that the schemas cannot say: ids unique, references to the
 * standard's own indicators and lines, fields of the county-year data, one bound per number
 * check, adjustments that name a line and a parameter it has. Pure.
 */
import { issue } from '../problems/catalog.ts';
import type { DataIssue, FieldPath } from '../problems/problem.ts';
import { fieldNamesOf, schoolCheckField } from '../schema/fields.ts';
import { closestMatch } from '../text/nearest.ts';
import type { CountyFile } from '../types/generated/county.ts';
import type { LocalStandardFile, ParameterSet } from '../types/generated/local-standard.ts';
import type { Check, Line, StandardFile } from '../types/generated/standard.ts';

type Assessment = NonNullable<StandardFile['assessment']>;

/** The rules of one standard's assessment section. */
export function checkAssessment(data: StandardFile): DataIssue[] {
  const spec = data.assessment;
  if (spec === undefined) return [];
  return [
    ...uniqueLineIds(spec),
    ...checksValid(data, spec),
    ...adjustmentsValid(spec.adjustments ?? [], ['assessment', 'adjustments'], data),
  ];
}

const sections = ['entry', 'lines'] as const;

function linesWithPaths(spec: Assessment): { line: Line; path: FieldPath }[] {
  return sections.flatMap((section) =>
    (spec[section] ?? []).map((line, index) => ({ line, path: ['assessment', section, index] as FieldPath })),
  );
}

/** Entry conditions, lines and vetoes share one namespace of ids within a standard. */
export function uniqueLineIds(spec: Assessment): DataIssue[] {
  const items: { id: string; path: FieldPath }[] = [
    ...linesWithPaths(spec).map(({ line, path }) => ({ id: line.id, path })),
    ...(spec.vetoes ?? []).map((veto, index) => ({
      id: veto.id,
      path: ['assessment', 'vetoes', index] as FieldPath,
    })),
  ];
  const first = new Map<string, FieldPath>();
  const issues: DataIssue[] = [];
  for (const { id, path } of items) {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, path);
    else issues.push(issue('lineIdRepeated', [...path, 'id'], { id, first: placeName(earlier) }));
  }
  return issues;
}

/** `assessment.lines[3]` → 达标线第 4 条. */
function placeName(path: FieldPath): string {
  const section = path[1];
  const index = Number(path[2]) + 1;
  const name = section === 'entry' ? '进入条件' : section === 'vetoes' ? '否决项' : '达标线';
  return `${name}第 ${index} 条`;
}

/** Each check's references: its standard's indicators, the county-year fields, one bound. */
export function checksValid(data: StandardFile, spec: Assessment): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const { line, path } of linesWithPaths(spec)) {
    line.checks.forEach((check, index) => {
      issues.push(...checkValid(data, check, [...path, 'checks', index]));
    });
  }
  return issues;
}

function checkValid(data: StandardFile, check: Check, path: FieldPath): DataIssue[] {
  switch (check.kind) {
    case 'resources': {
      const available = data.indicators.map((indicator) => indicator.id);
      if (available.includes(check.indicator)) return [];
      const suggestion = closestMatch(check.indicator, available);
      const params = { indicator: check.indicator, available };
      return [
        issue(
          'checkIndicatorUnknown',
          [...path, 'indicator'],
          suggestion ? { ...params, suggestion } : params,
        ),
      ];
    }
    case 'number': {
      const given = (['min', 'max', 'below'] as const).filter((bound) => check[bound] !== undefined);
      if (given.length === 1) return [];
      return [
        issue('numberCheckBounds', given.length === 0 ? path : [...path, given[1] ?? 'max'], { given }),
      ];
    }
    case 'schools': {
      const issues: DataIssue[] = [];
      for (const key of ['numerator', 'denominator'] as const) {
        const field = check[key];
        if (field !== undefined) issues.push(...fieldIssues(field, [...path, key]));
      }
      check.rooms?.forEach((room, index) => {
        for (const key of ['field', 'minAreaField'] as const)
          issues.push(...fieldIssues(`facilities.${room[key]}`, [...path, 'rooms', index, key], room[key]));
      });
      return issues;
    }
    default:
      return [];
  }
}

/** A field a school check names: `level.x`, `funds.x` or `facilities.x` of the county-year schema. */
function fieldIssues(named: string, path: FieldPath, written = named): DataIssue[] {
  if (schoolCheckField(named) !== undefined) return [];
  const dot = named.indexOf('.');
  const group = named.slice(0, dot);
  const field = named.slice(dot + 1);
  const allowed = fieldNamesOf(group);
  const nearest = closestMatch(field, allowed);
  const params = { group, field, allowed };
  const suggestion = nearest === undefined ? undefined : written === named ? `${group}.${nearest}` : nearest;
  return [issue('unknownDataField', path, suggestion ? { ...params, suggestion } : params)];
}

interface AdjustmentLike {
  id: string;
  line: string;
  set: ParameterSet;
}

/**
 * Adjustments (a standard's own, or a local file's overrides and relaxations) name a line of
 * the standard and parameters the line's checks have, with values of the same kind; ids unique
 * within the file (`seen`, shared across a local file's two lists).
 */
export function adjustmentsValid(
  adjustments: readonly AdjustmentLike[],
  listPath: FieldPath,
  standard: StandardFile,
  seen: Set<string> = new Set(),
): DataIssue[] {
  const issues: DataIssue[] = [];
  const spec = standard.assessment;
  const lines = spec === undefined ? [] : linesWithPaths(spec).map(({ line }) => line);
  const available = lines.map((line) => line.id);
  adjustments.forEach((adjustment, index) => {
    const path: FieldPath = [...listPath, index];
    if (seen.has(adjustment.id))
      issues.push(issue('adjustmentIdRepeated', [...path, 'id'], { id: adjustment.id }));
    seen.add(adjustment.id);
    const line = lines.find((item) => item.id === adjustment.line);
    if (line === undefined) {
      const suggestion = closestMatch(adjustment.line, available);
      const params = { line: adjustment.line, standard: standard.id, available };
      issues.push(
        issue('adjustmentLineUnknown', [...path, 'line'], suggestion ? { ...params, suggestion } : params),
      );
      return;
    }
    for (const [key, value] of Object.entries(adjustment.set)) {
      if (value === undefined) continue;
      const current = parameterAt(line, key);
      const at: FieldPath = [...path, 'set', key];
      if (current === undefined) {
        issues.push(
          issue('adjustmentPathUnknown', at, {
            line: line.id,
            path: key,
            available: numericParameters(line),
          }),
        );
      } else if (typeof current !== typeof value) {
        issues.push(
          issue('adjustmentValueType', at, {
            line: line.id,
            path: key,
            from: String(current),
            to: String(value),
          }),
        );
      }
    }
  });
  return issues;
}

/** Parameters that say what a check is, not where it is set: never adjusted. */
const fixedKeys = new Set(['kind', 'measure']);

/**
 * The value at `checks.<n>.<param>…` of a line when it is a parameter that may be adjusted (a
 * number, text or yes/no that is there, not the check's kind); undefined otherwise.
 */
export function parameterAt(line: Line, path: string): number | string | boolean | undefined {
  const steps = path.split('.');
  if (steps[0] !== 'checks' || steps.length < 3) return undefined;
  let current: unknown = line;
  for (const step of steps) {
    if (current === null || typeof current !== 'object') return undefined;
    if (Array.isArray(current) && !/^[0-9]+$/.test(step)) return undefined;
    if (!Object.hasOwn(current, step)) return undefined;
    current = (current as Record<string, unknown>)[step];
  }
  if (steps.length === 3 && fixedKeys.has(steps[2] ?? '')) return undefined;
  return typeof current === 'number' || typeof current === 'string' || typeof current === 'boolean'
    ? current
    : undefined;
}

/** Every numeric parameter of a line's checks, as adjustment paths: the thresholds one may set. */
export function numericParameters(line: Line): string[] {
  const out: string[] = [];
  const walk = (node: unknown, path: string): void => {
    if (typeof node === 'number') out.push(path);
    else if (node !== null && typeof node === 'object')
      for (const [key, child] of Object.entries(node)) walk(child, `${path}.${key}`);
  };
  line.checks.forEach((check, index) => {
    walk(check, `checks.${index}`);
  });
  return out;
}

/** What a local file's checks need of the other standard files. */
export interface StandardsById {
  get(id: string): StandardFile | undefined;
  /** Ids of every standard file, valid or not. */
  ids: ReadonlySet<string>;
}

/** A local file: named as its file, no standard of the same id, extends a basic or quality standard. */
export function checkLocalFile(
  data: LocalStandardFile,
  fileId: string,
  standards: StandardsById,
): DataIssue[] {
  const issues: DataIssue[] = [];
  if (data.id !== fileId) issues.push(issue('localIdMismatch', ['id'], { value: data.id, fileId }));
  if (standards.ids.has(fileId)) issues.push(issue('localIdTaken', ['id'], { id: fileId }));
  const extended = standards.get(data.extends);
  if (extended === undefined) {
    if (standards.ids.has(data.extends)) return issues; // its own file says what is wrong with it
    const available = [...standards.ids]
      .filter((id) => ['basic', 'quality'].includes(standards.get(id)?.kind ?? ''))
      .sort();
    const suggestion = closestMatch(data.extends, available);
    const params = { id: data.extends, available };
    issues.push(issue('extendsNotFound', ['extends'], suggestion ? { ...params, suggestion } : params));
    return issues;
  }
  if (extended.kind !== 'basic' && extended.kind !== 'quality') {
    issues.push(issue('extendsWrongKind', ['extends'], { id: data.extends, kind: extended.kind }));
    return issues;
  }
  const seen = new Set<string>();
  return [
    ...issues,
    ...adjustmentsValid(data.overrides ?? [], ['overrides'], extended, seen),
    ...adjustmentsValid(data.relaxations ?? [], ['relaxations'], extended, seen),
  ];
}

/** A county that lists a local file lists the standard it adjusts too. */
export function countyLocals(
  data: CountyFile,
  locals: ReadonlyMap<string, Pick<LocalStandardFile, 'extends'>>,
): DataIssue[] {
  const issues: DataIssue[] = [];
  data.standards.forEach((id, index) => {
    const local = locals.get(id);
    if (local === undefined || data.standards.includes(local.extends)) return;
    issues.push(issue('localWithoutStandard', ['standards', index], { id, extends: local.extends }));
  });
  return issues;
}
