/**
 * Local search that nudges whole-number quantities (in ticks of a granularity: 1 teacher,
 * 0.01 ㎡, 1 元) until every target figure rounds to what the seed printed.
 */
import type { Random } from './random.ts';

export interface SearchProblem {
  /** Starting quantities in ticks (whole numbers). Mutated in place. */
  ticks: number[];
  lower: readonly number[];
  upper: readonly number[];
  /** Moves that keep the sum fixed only (a printed total must not move). */
  fixedTotal: boolean;
  /**
   * With groups, only transfers between quantities of the same group are tried: each group's
   * sum stays fixed (e.g. pure primary schools, pure junior schools), the others never move.
   */
  groups?: readonly string[];
  /** Each target's error in units of its printed half-unit: |e| ≤ 1 means "prints the same". */
  errors(ticks: readonly number[]): number[];
}

export interface SearchOutcome {
  solved: boolean;
  iterations: number;
  worst: number;
}

/** Aim inside the printed rounding, not at its edge, so float noise cannot tip a figure. */
const GOOD_ENOUGH = 0.6;

const score = (errors: readonly number[]): number => errors.reduce((sum, error) => sum + error * error, 0);
const worstOf = (errors: readonly number[]): number => Math.max(0, ...errors.map(Math.abs));

export function runSearch(problem: SearchProblem, random: Random, maxIterations = 400_000): SearchOutcome {
  const { ticks } = problem;
  let errors = problem.errors(ticks);
  let current = score(errors);
  let iterations = 0;
  let stale = 0;
  const within = (index: number, value: number) =>
    value >= (problem.lower[index] ?? 0) && value <= (problem.upper[index] ?? Number.POSITIVE_INFINITY);
  /** Applies a move if it lowers the score; otherwise leaves everything as it was. */
  const attempt = (i: number, step: number, j: number): boolean => {
    const valueI = ticks[i] ?? 0;
    const valueJ = j >= 0 ? (ticks[j] ?? 0) : 0;
    if (!within(i, valueI + step) || (j >= 0 && !within(j, valueJ - step))) return false;
    ticks[i] = valueI + step;
    if (j >= 0) ticks[j] = valueJ - step;
    const candidate = problem.errors(ticks);
    const candidateScore = score(candidate);
    if (candidateScore < current) {
      errors = candidate;
      current = candidateScore;
      return true;
    }
    ticks[i] = valueI;
    if (j >= 0) ticks[j] = valueJ;
    return false;
  };
  while (iterations < maxIterations) {
    if (worstOf(errors) <= GOOD_ENOUGH) return { solved: true, iterations, worst: worstOf(errors) };
    iterations += 1;
    if (stale > 5_000) {
      // Random moves have stalled: sweep small single and paired moves systematically.
      iterations += polish(problem, attempt);
      stale = 0;
      if (worstOf(errors) <= GOOD_ENOUGH) continue;
      kick(problem, random, within);
      errors = problem.errors(ticks);
      current = score(errors);
      continue;
    }
    const i = random.int(0, ticks.length - 1);
    // Step sizes spread evenly in log scale, from one tick to a fifth of the quantity.
    const span = Math.max(1, Math.abs(ticks[i] ?? 0) / 5);
    const step =
      Math.max(1, Math.round(2 ** (random.next() * Math.log2(span + 1)))) * (random.next() < 0.5 ? -1 : 1);
    const transfer = problem.fixedTotal || problem.groups !== undefined || random.next() < 0.5;
    const j = transfer ? random.int(0, ticks.length - 1) : -1;
    if (transfer && (j === i || !sameGroup(problem, i, j))) continue;
    if (attempt(i, step, j)) stale = 0;
    else stale += 1;
  }
  return { solved: worstOf(errors) <= GOOD_ENOUGH, iterations, worst: worstOf(errors) };
}

function sameGroup(problem: SearchProblem, i: number, j: number): boolean {
  return (
    problem.groups === undefined ||
    (problem.groups[i] !== undefined && problem.groups[i] === problem.groups[j])
  );
}

const polishSteps = [1, 2, 3, 5, 8, 13, 21, 34, 55, 89];

function polish(problem: SearchProblem, attempt: (i: number, step: number, j: number) => boolean): number {
  const n = problem.ticks.length;
  let tried = 0;
  let improved = true;
  while (improved) {
    improved = false;
    for (let i = 0; i < n; i++) {
      for (const size of polishSteps) {
        for (const step of [size, -size]) {
          if (!problem.fixedTotal && problem.groups === undefined) {
            tried += 1;
            if (attempt(i, step, -1)) improved = true;
          }
          if (size > 3) continue;
          for (let j = 0; j < n; j++) {
            if (j === i || !sameGroup(problem, i, j)) continue;
            tried += 1;
            if (attempt(i, step, j)) improved = true;
          }
        }
      }
    }
  }
  return tried;
}

/** Shakes a few quantities to leave a local minimum; totals stay fixed when they must. */
function kick(
  problem: SearchProblem,
  random: Random,
  within: (index: number, value: number) => boolean,
): void {
  const { ticks } = problem;
  for (let k = 0; k < 3; k++) {
    const i = random.int(0, ticks.length - 1);
    const j = random.int(0, ticks.length - 1);
    const step = Math.max(1, Math.round(Math.abs(ticks[i] ?? 0) * 0.02)) * (random.next() < 0.5 ? -1 : 1);
    if (
      i === j ||
      !sameGroup(problem, i, j) ||
      !within(i, (ticks[i] ?? 0) + step) ||
      !within(j, (ticks[j] ?? 0) - step)
    )
      continue;
    ticks[i] = (ticks[i] ?? 0) + step;
    ticks[j] = (ticks[j] ?? 0) - step;
  }
}
