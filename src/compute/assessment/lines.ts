/**
 * A line of the assessment (standard.schema.json `$defs/line`) judged from its checks: met when
 * every check is met, not met when any is not met, else not supplied. The local adjustments are
 * applied here: a standard's own (only those enabled) and the local files' (data/standards/local/:
 * overrides always, relaxations only when enabled).
 */
import type { LocalStandardFile } from '../../types/generated/local-standard.ts';
import type { AppliedAdjustment, CheckResult, LineResult } from '../../types/generated/result.ts';
import type { Line, StandardFile } from '../../types/generated/standard.ts';
import { type AssessmentContext, combineStates, evaluateCheck } from './checks.ts';

export function evaluateLine(line: Line, context: AssessmentContext): LineResult {
  const outcomes = line.checks.map((check) => evaluateCheck(check, context));
  const checks: CheckResult[] = outcomes.flatMap((outcome) => outcome.results);
  const result: LineResult = {
    id: line.id,
    part: line.part,
    number: line.number,
    name: line.name,
    standard: line.standard,
    kinds: line.kinds,
    unconfirmed: line.unconfirmed ?? false,
    state: combineStates(outcomes.map((outcome) => outcome.state)),
    checks,
  };
  // A line of one result shows that result's value beside the line.
  const [only] = checks;
  if (checks.length === 1 && only !== undefined) {
    if (only.value !== undefined) result.value = only.value;
    if (only.threshold !== undefined && only.op !== undefined && line.checks[0]?.kind !== 'schools')
      result.threshold = only.threshold;
    if (only.unit !== undefined) result.unit = only.unit;
  }
  const evidence = outcomes.flatMap((outcome) => outcome.evidence);
  const schools = outcomes.flatMap((outcome) => outcome.schools);
  const seen = new Set<string>();
  const missing = outcomes
    .flatMap((outcome) => outcome.missing)
    .filter((item) => !seen.has(item.path) && seen.add(item.path) !== undefined);
  if (evidence.length > 0) result.evidence = evidence;
  if (schools.length > 0) result.schools = schools;
  if (missing.length > 0) result.missing = missing;
  return result;
}

/** One change to a line's check parameters, wherever it comes from. */
export interface LineChange {
  line: string;
  set: Readonly<Record<string, number | string | boolean | undefined>>;
  /** The line's statement as changed, shown instead of the standard's. */
  standard?: string;
}

/** A change to apply and what the result reports of it. */
export interface PlannedAdjustment {
  change: LineChange;
  applied: AppliedAdjustment;
}

/**
 * What applies to one standard's lines, in order: the standard's own adjustments that are
 * enabled, then each local file that extends it (in the county's order), its overrides always
 * and its relaxations only when enabled. A later change of the same parameter wins.
 */
export function plannedAdjustments(
  standard: StandardFile,
  locals: readonly LocalStandardFile[],
): PlannedAdjustment[] {
  const own = (standard.assessment?.adjustments ?? [])
    .filter((adjustment) => adjustment.enabled)
    .map((adjustment) => ({
      change: adjustment,
      applied: {
        id: adjustment.id,
        name: adjustment.name,
        kind: 'standard' as const,
        source: standard.id,
        sourceName: standard.name,
        document: standard.document,
        ...(adjustment.illustrative === true ? { illustrative: true } : {}),
        line: adjustment.line,
      },
    }));
  const local = locals
    .filter((file) => file.extends === standard.id)
    .flatMap((file) => {
      const from =
        (kind: 'override' | 'relaxation') => (change: LineChange & { id: string; name: string }) => ({
          change,
          applied: {
            id: change.id,
            name: change.name,
            kind,
            source: file.id,
            sourceName: file.name,
            document: file.document,
            ...(file.illustrative === true ? { illustrative: true } : {}),
            line: change.line,
          },
        });
      return [
        ...(file.overrides ?? []).map(from('override')),
        ...(file.relaxations ?? [])
          .filter((relaxation) => relaxation.enabled === true)
          .map(from('relaxation')),
      ];
    });
  return [...own, ...local];
}

/**
 * The lines with the planned adjustments applied, and what each changed (path, value before,
 * value after). An adjustment sets check parameters by path (`checks.0.limits.九年一贯制`); a
 * path that names nothing the line has leaves the line as it is (check reports it).
 */
export function adjustLines(
  lines: readonly Line[],
  planned: readonly PlannedAdjustment[],
): { lines: Line[]; applied: AppliedAdjustment[] } {
  const applied: AppliedAdjustment[] = [];
  const adjusted = lines.map((line) => {
    const own = planned.filter((item) => item.change.line === line.id);
    if (own.length === 0) return line;
    const copy = structuredClone(line) as unknown as Record<string, unknown>;
    for (const { change, applied: report } of own) {
      const changes: NonNullable<AppliedAdjustment['changes']> = [];
      for (const [path, value] of Object.entries(change.set)) {
        if (value === undefined) continue;
        const before = setAt(copy, path.split('.'), value);
        if (before === undefined) continue;
        changes.push({ path, from: before, to: value });
      }
      if (change.standard !== undefined) copy.standard = change.standard;
      applied.push({ ...report, changes });
    }
    return copy as unknown as Line;
  });
  return { lines: adjusted, applied };
}

/** Sets an existing parameter; returns its value before, or undefined when the path names none. */
function setAt(
  target: Record<string, unknown>,
  steps: readonly string[],
  value: number | string | boolean,
): number | string | boolean | undefined {
  let current: unknown = target;
  for (const step of steps.slice(0, -1)) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, step)) return undefined;
    current = (current as Record<string, unknown>)[step];
  }
  const last = steps.at(-1);
  if (last === undefined || current === null || typeof current !== 'object' || !Object.hasOwn(current, last))
    return undefined;
  const before: unknown = (current as Record<string, unknown>)[last];
  if (typeof before !== 'number' && typeof before !== 'string' && typeof before !== 'boolean')
    return undefined;
  (current as Record<string, unknown>)[last] = value;
  return before;
}
