/**
 * How the engine compares a value with a threshold, a limit or a floor: the one place that
 * decides "meets it". A value equal to its bound meets it (≥ a standard value, ≤ a coefficient
 * limit). Binary floating point cannot hold most decimals exactly, so a value that is equal in
 * decimal arithmetic can come out a few units in the last place off: two units of equal
 * enrollment with 3 : 1 multimedia rooms have a coefficient of exactly 0.5, computed as
 * 0.5000000000000001. A value within a relative distance of RELATIVE_TOLERANCE (one billionth
 * of the bound) therefore counts as equal. The data hold at most a few significant digits
 * (areas to 0.01 ㎡, whole teachers and rooms, standards like 4.5 or 0.50), so no real
 * difference is that small; float noise is around 1e-16.
 */

/** One billionth of the bound: far below the data's precision, far above float noise. */
export const RELATIVE_TOLERANCE = 1e-9;

/** How far below (or above) `bound` a value may be computed and still equal it. */
export function slack(bound: number): number {
  return RELATIVE_TOLERANCE * Math.abs(bound);
}

/** value ≥ bound, a value equal to the bound (within the tolerance) included. */
export function atLeast(value: number, bound: number): boolean {
  return value >= bound - slack(bound);
}

/** value ≤ bound, a value equal to the bound (within the tolerance) included. */
export function atMost(value: number, bound: number): boolean {
  return value <= bound + slack(bound);
}
