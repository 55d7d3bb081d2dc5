/**
 * A line of the assessment (standard.schema.json `$defs/line`) judged from its checks: met when
 * every check is met, not met when any is not met, else not supplied. The local adjustments a
 * standard lists are applied here, only those enabled.
 */
import type { CheckResult, LineResult } from '../../types/generated/result.ts';
import type { Adjustment, Line } from '../../types/generated/standard.ts';
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

/**
 * The lines with the enabled adjustments applied. An adjustment sets check parameters by path
 * (`checks.0.limits.九年一贯制`); a path that names no check leaves the line as it is.
 */
export function adjustLines(lines: readonly Line[], adjustments: readonly Adjustment[]): Line[] {
  const enabled = adjustments.filter((adjustment) => adjustment.enabled);
  if (enabled.length === 0) return [...lines];
  return lines.map((line) => {
    const own = enabled.filter((adjustment) => adjustment.line === line.id);
    if (own.length === 0) return line;
    const copy = structuredClone(line) as unknown as Record<string, unknown>;
    for (const adjustment of own)
      for (const [path, value] of Object.entries(adjustment.set)) setAt(copy, path.split('.'), value);
    return copy as unknown as Line;
  });
}

function setAt(target: Record<string, unknown>, steps: readonly string[], value: unknown): void {
  let current: unknown = target;
  for (const step of steps.slice(0, -1)) {
    if (current === null || typeof current !== 'object') return;
    const next: unknown = (current as Record<string, unknown>)[step];
    if (next === undefined) (current as Record<string, unknown>)[step] = {};
    current = (current as Record<string, unknown>)[step];
  }
  const last = steps.at(-1);
  if (last !== undefined && current !== null && typeof current === 'object')
    (current as Record<string, unknown>)[last] = value;
}
