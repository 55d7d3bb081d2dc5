/**
 * A computed figure is either a finite number or the reason it cannot be computed:
 * NaN and Infinity never leave the engine.
 */
import type { Measure, UndefinedValue } from '../types/generated/result.ts';

export type { Measure, UndefinedValue };
export type UndefinedReason = UndefinedValue['reason'];

export function undefinedValue(reason: UndefinedReason): UndefinedValue {
  return { reason };
}

export function isDefined(measure: Measure): measure is number {
  return typeof measure === 'number';
}

/** numerator ÷ denominator, or the reason when the denominator is zero. */
export function ratio(numerator: number, denominator: number, whenZero: UndefinedReason): Measure {
  return denominator === 0 ? undefinedValue(whenZero) : numerator / denominator;
}

/** Applies `fn` to a defined measure and passes an undefined one through. */
export function mapMeasure(measure: Measure, fn: (value: number) => number): Measure {
  return isDefined(measure) ? fn(measure) : measure;
}

export function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
