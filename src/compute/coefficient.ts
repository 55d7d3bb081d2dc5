/**
 * The enrollment-weighted difference coefficient (差异系数) of domain.md §3.
 *
 * For units i with enrollment P_i and raw numerator Y_i (X_i = factor · Y_i / P_i):
 *   X̄  = factor · ΣY_i / ΣP_i          the county value, a ratio of totals
 *   S  = sqrt( Σ (P_i/P) (X_i − X̄)² )   population form: weights sum to 1, no n − 1
 *   CV = S / X̄
 * Full precision throughout; rounding is for display only.
 */
import { type Measure, undefinedValue } from './measure.ts';

export interface WeightedObservation {
  /** Enrollment P_i (students); must be > 0. */
  weight: number;
  /** Raw numerator Y_i (books, ㎡, teachers …). */
  amount: number;
}

/** County value: factor · ΣY / ΣP. */
export function countyValue(observations: readonly WeightedObservation[], factor = 1): Measure {
  let amount = 0;
  let weight = 0;
  for (const observation of observations) {
    amount += observation.amount;
    weight += observation.weight;
  }
  if (observations.length === 0) return undefinedValue('no-units');
  if (weight === 0) return undefinedValue('no-students');
  return (factor * amount) / weight;
}

/**
 * Weighted coefficient of variation. Observations with zero weight must be removed by the
 * caller (and reported as a data problem): they carry no per-student value.
 */
export function weightedCoefficient(observations: readonly WeightedObservation[], factor = 1): Measure {
  const mean = countyValue(observations, factor);
  if (typeof mean !== 'number') return mean;
  if (mean === 0) return undefinedValue('zero-mean');
  let total = 0;
  for (const observation of observations) total += observation.weight;
  let variance = 0;
  for (const observation of observations) {
    const value = (factor * observation.amount) / observation.weight;
    variance += (observation.weight / total) * (value - mean) ** 2;
  }
  return Math.sqrt(variance) / mean;
}

/** 综合差异系数: the arithmetic mean of the indicators' coefficients. */
export function compositeCoefficient(coefficients: readonly Measure[]): Measure {
  if (coefficients.length === 0) return undefinedValue('no-units');
  let total = 0;
  for (const coefficient of coefficients) {
    if (typeof coefficient !== 'number') return coefficient;
    total += coefficient;
  }
  return total / coefficients.length;
}
