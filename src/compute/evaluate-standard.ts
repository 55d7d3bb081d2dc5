/**
 * Evaluates one standard for one 学段: county values, difference coefficients and their test,
 * each school's standing on each indicator (met, within the floor, below, missing), the school
 * rule (e.g. 6 of 7 and the rest ≥ 85%), and each school's shortfall in real units. Every rule
 * is read from the standard file; every comparison with a bound goes through compare.ts, so a
 * value equal to its threshold, limit or floor meets it.
 */

import { numeratorField } from '../schema/fields.ts';
import { roundDecimal } from '../text/decimal.ts';
import type { School } from '../types/generated/county-year.ts';
import type {
  IndicatorResult,
  Shortfall,
  StandardResult,
  Standing,
  UnitStatus,
} from '../types/generated/result.ts';
import type { Indicator, StandardFile } from '../types/generated/standard.ts';
import {
  compositeCoefficient,
  countyValue,
  type WeightedObservation,
  weightedCoefficient,
} from './coefficient.ts';
import { atLeast, atMost, slack } from './compare.ts';
import { denominatorAmount, numeratorAmount, unitIndicatorValue } from './indicator-value.ts';
import { isDefined, type Measure, undefinedValue } from './measure.ts';
import { type LevelId, type Unit, unitsOf } from './units.ts';

export interface StandardEvaluation {
  result: StandardResult;
  /** Per school index: this 学段's status under the standard (in scope or not). */
  statuses: Map<number, UnitStatus>;
  /** Per school index: this 学段's value of each indicator of the standard. */
  values: Map<number, Record<string, Measure>>;
  /**
   * School indexes of the units in scope with no students: left out of every figure. The
   * caller reports each once per 学段, however many standards take it in.
   */
  emptyUnits: number[];
  /** Indicators that cannot be computed because schools in scope lack their numerator. */
  gaps: NumeratorGap[];
}

export interface NumeratorGap {
  /** `facilities.x` or `level.x`. */
  numerator: string;
  indicatorId: string;
  /** Chinese name of the indicator that needs it. */
  indicator: string;
  schoolIndexes: number[];
}

export function evaluateStandard(
  schools: readonly School[],
  level: LevelId,
  standard: StandardFile,
): StandardEvaluation {
  const allUnits = unitsOf(schools, level, standard);
  const emptyUnits = allUnits.filter((unit) => unit.block.students === 0).map((unit) => unit.schoolIndex);
  // A unit without students has no per-student value: it is left out of every figure.
  const units = allUnits.filter((unit) => unit.block.students > 0);

  const values = new Map<number, Record<string, Measure>>();
  for (const unit of allUnits) {
    const row: Record<string, Measure> = {};
    for (const indicator of standard.indicators)
      row[indicator.id] = unitIndicatorValue(unit, indicator, standard);
    values.set(unit.schoolIndex, row);
  }

  const gaps: NumeratorGap[] = [];
  const indicators: Record<string, IndicatorResult> = {};
  const coefficients: Measure[] = [];
  const limit = standard.coefficient?.limits[level];
  for (const indicator of standard.indicators) {
    const missing = units.filter((unit) => numeratorAmount(unit, indicator, standard) === undefined);
    if (missing.length > 0) {
      gaps.push({
        numerator: indicator.numerator,
        indicatorId: indicator.id,
        indicator: indicator.name,
        schoolIndexes: missing.map((unit) => unit.schoolIndex),
      });
    }
    const result = indicatorResult(units, indicator, standard, level, missing.length > 0);
    if (result.cv !== undefined) coefficients.push(result.cv);
    if (standard.coefficient?.test === 'each' && limit !== undefined && result.cv !== undefined) {
      result.limit = limit;
      result.pass = withinLimit(result.cv, limit, standard.coefficient.decimals);
    }
    const threshold = indicator.threshold?.[level];
    if (threshold !== undefined) {
      result.threshold = threshold;
      result.schoolsMeeting = units.filter((unit) =>
        meets(values.get(unit.schoolIndex)?.[indicator.id], threshold),
      ).length;
    }
    indicators[indicator.id] = result;
  }

  const statuses = new Map<number, UnitStatus>();
  schools.forEach((school, index) => {
    if (school[level] !== undefined) statuses.set(index, { inScope: false });
  });
  for (const unit of units) statuses.set(unit.schoolIndex, unitStatus(unit, standard, level, values));
  // A unit without students is in scope but has no value to compare: every standing is missing.
  for (const unit of allUnits)
    if (unit.block.students === 0) statuses.set(unit.schoolIndex, emptyStatus(standard, level));

  const result: StandardResult = { standard: standard.id, units: units.length, indicators, pass: true };
  const checks: boolean[] = [];
  if (standard.coefficient !== undefined && limit !== undefined) {
    result.limit = limit;
    result.coefficientTest = standard.coefficient.test;
    if (standard.coefficient.test === 'composite') {
      result.compositeCv = compositeCoefficient(coefficients);
      result.compositePass = withinLimit(result.compositeCv, limit, standard.coefficient.decimals);
      checks.push(result.compositePass);
    } else {
      checks.push(Object.values(indicators).every((indicator) => indicator.pass !== false));
      checks.push(coefficients.every(isDefined));
    }
  }
  if (standard.schoolRule !== undefined) {
    result.schoolRule = { minMet: standard.schoolRule.minMet, floorShare: standard.schoolRule.floorShare };
    result.schoolsMeeting = units.filter((unit) => statuses.get(unit.schoolIndex)?.pass === true).length;
    checks.push(result.schoolsMeeting === units.length);
  }
  result.pass = units.length > 0 && checks.every(Boolean);
  return { result, statuses, values, emptyUnits, gaps };
}

function indicatorResult(
  units: readonly Unit[],
  indicator: Indicator,
  standard: StandardFile,
  level: LevelId,
  missingData: boolean,
): IndicatorResult {
  if (missingData) {
    const result: IndicatorResult = { value: undefinedValue('missing-data') };
    if (standard.coefficient?.limits[level] !== undefined) result.cv = undefinedValue('missing-data');
    return result;
  }
  const denominator = indicator.denominator ?? 'students';
  const observations: WeightedObservation[] = units.map((unit) => ({
    weight: denominatorAmount(unit, indicator),
    amount: numeratorAmount(unit, indicator, standard) ?? 0,
  }));
  if (denominator === 'none') {
    // Counts compared as they are (e.g. laboratories): the county figure is the mean per school.
    const value =
      units.length === 0 ? undefinedValue('no-units') : countyValue(observations, indicator.factor);
    return { value };
  }
  const value = countyValue(observations, indicator.factor);
  const result: IndicatorResult = { value };
  if (denominator === 'students' && standard.coefficient?.limits[level] !== undefined) {
    result.cv = weightedCoefficient(observations, indicator.factor);
  }
  return result;
}

/** A coefficient within its limit: equal to the limit passes. */
function withinLimit(coefficient: Measure, limit: number, decimals: number | undefined): boolean {
  if (!isDefined(coefficient)) return false;
  const compared = decimals === undefined ? coefficient : roundDecimal(coefficient, decimals);
  return atMost(compared, limit);
}

/** A school's value at or above the threshold. */
function meets(value: Measure | undefined, threshold: number): boolean {
  return value !== undefined && isDefined(value) && atLeast(value, threshold);
}

/**
 * Where a school's value stands against a threshold: met; within the floor (below the threshold
 * but at least floorShare of it, when the school rule allows one below: floorShare < 1); below;
 * or missing when it cannot be computed.
 */
function standingOf(value: Measure | undefined, threshold: number, floorShare: number | undefined): Standing {
  if (value === undefined || !isDefined(value)) return 'missing';
  if (atLeast(value, threshold)) return 'met';
  if (floorShare !== undefined && floorShare < 1 && atLeast(value, threshold * floorShare)) return 'floor';
  return 'below';
}

function emptyStatus(standard: StandardFile, level: LevelId): UnitStatus {
  const thresholded = standard.indicators.filter((indicator) => indicator.threshold?.[level] !== undefined);
  if (thresholded.length === 0) return { inScope: true };
  return {
    inScope: true,
    standings: Object.fromEntries(thresholded.map((indicator) => [indicator.id, 'missing' as const])),
  };
}

function unitStatus(
  unit: Unit,
  standard: StandardFile,
  level: LevelId,
  values: Map<number, Record<string, Measure>>,
): UnitStatus {
  const row = values.get(unit.schoolIndex) ?? {};
  const thresholded = standard.indicators.filter((indicator) => indicator.threshold?.[level] !== undefined);
  if (thresholded.length === 0) return { inScope: true };
  const shortfalls: Record<string, Shortfall> = {};
  const standings: Record<string, Standing> = {};
  for (const indicator of thresholded) {
    const threshold = indicator.threshold?.[level] ?? 0;
    const value = row[indicator.id] ?? undefinedValue('missing-data');
    standings[indicator.id] = standingOf(value, threshold, standard.schoolRule?.floorShare);
    const short = shortfallAmount(unit, indicator, standard, threshold);
    if (short !== undefined) {
      shortfalls[indicator.id] = {
        value,
        standard: threshold,
        short,
        unit: indicator.shortfallUnit ?? indicator.unit,
      };
    }
  }
  const all = Object.values(standings);
  const met = all.filter((standing) => standing === 'met').length;
  // Every indicator not met must be within the floor: one below it (or missing) fails the school.
  const floorHeld = all.every((standing) => standing === 'met' || standing === 'floor');
  const minMet = standard.schoolRule?.minMet ?? thresholded.length;
  return {
    inScope: true,
    met,
    of: thresholded.length,
    pass: met >= minMet && floorHeld,
    shortfalls,
    standings,
  };
}

/**
 * How much of the numerator the unit lacks to reach the threshold, in the numerator's own
 * unit (㎡, 元, teachers, rooms): threshold · denominator / factor − numerator, never negative.
 * Whole things (teachers, rooms, books) are rounded up: 2.3 teachers short means 3 to hire.
 */
export function shortfallAmount(
  unit: Unit,
  indicator: Indicator,
  standard: StandardFile,
  threshold: number,
): number | undefined {
  const amount = numeratorAmount(unit, indicator, standard);
  if (amount === undefined) return undefined;
  const required = (threshold * denominatorAmount(unit, indicator)) / indicator.factor;
  if (atLeast(amount, required)) return 0;
  const short = required - amount;
  // Float noise must not turn 2 teachers short into 3 to hire.
  return numeratorField(indicator.numerator)?.integer ? Math.ceil(short - slack(required)) : short;
}
