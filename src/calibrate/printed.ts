/** Arithmetic on figures as printed: tolerance is half a unit in the last printed decimal. */
import type { Printed } from './spec.ts';

export const halfUnit = (printed: Printed): number => 0.5 * 10 ** -printed.decimals;

/** Error of a computed value in half-units of the printed figure: |e| ≤ 1 prints the same. */
export function printedError(computed: number, printed: Printed): number {
  return (computed - printed.value) / halfUnit(printed);
}

/** A share printed as a percentage (98.24, 2 decimals) as the fraction it is computed as. */
export function percentAsFraction(printed: Printed): Printed {
  return { value: printed.value / 100, decimals: printed.decimals + 2 };
}

/** The integer counts n with |n / denominator − target| inside the printed rounding. */
export function countsPrinting(denominator: number, printed: Printed): number[] {
  const h = halfUnit(printed) * 0.9;
  const low = Math.ceil((printed.value - h) * denominator);
  const high = Math.floor((printed.value + h) * denominator);
  const out: number[] = [];
  for (let n = Math.max(0, low); n <= high; n++) out.push(n);
  return out;
}

/** The integer denominators d with |numerator / d − target| inside the printed rounding. */
export function denominatorsPrinting(numerator: number, printed: Printed): number[] {
  const h = halfUnit(printed) * 0.9;
  const low = Math.ceil(numerator / (printed.value + h));
  const high = Math.floor(numerator / (printed.value - h));
  const out: number[] = [];
  for (let d = Math.max(1, low); d <= high; d++) out.push(d);
  return out;
}
