/**
 * Where a school's value stands against a standard value: met, within the floor (e.g. ≥ 85% of
 * the standard, the high-quality rule's allowance for one indicator), below, or not computable.
 * The comparison tolerates float noise exactly as the engine does.
 */
import { isDefined, type Measure } from '../compute/measure.ts';
import { type Category, COLORS, OUTLINES, SYMBOLS } from './theme.ts';

export type Standing = 'met' | 'floor' | 'below' | 'missing';

/** The share of its standard below which an indicator fails the high-quality school rule (quality-2017). */
export const QUALITY_FLOOR_SHARE = 0.85;

const EPSILON = 1e-9;

export function standingOf(value: Measure | undefined, threshold: number, floorShare?: number): Standing {
  if (value === undefined || !isDefined(value)) return 'missing';
  if (value >= threshold - EPSILON) return 'met';
  if (floorShare !== undefined && value >= threshold * floorShare - EPSILON) return 'floor';
  return 'below';
}

export function standingSymbol(standing: Standing): string {
  return SYMBOLS[standing];
}

/** Legend and table wording of each standing. */
export function standingText(standing: Standing, floorShare?: number): string {
  switch (standing) {
    case 'met':
      return '达到标准值';
    case 'floor':
      return `未达到，不低于标准值的 ${Math.round((floorShare ?? 1) * 100)}%`;
    case 'below':
      return floorShare === undefined ? '未达到标准值' : `低于标准值的 ${Math.round(floorShare * 100)}%`;
    case 'missing':
      return '无法计算';
  }
}

/** The standings a chart distinguishes, in legend order. */
export function standingsFor(floorShare?: number): Standing[] {
  return floorShare === undefined ? ['met', 'below'] : ['met', 'floor', 'below'];
}

export const STANDING_FILLS: Readonly<Record<Standing, string>> = {
  met: COLORS.met,
  floor: COLORS.floor,
  below: COLORS.below,
  missing: '#eeeeee',
};

export const STANDING_OUTLINES: Readonly<Record<Standing, string>> = {
  met: OUTLINES.met,
  floor: OUTLINES.floor,
  below: OUTLINES.below,
  missing: OUTLINES.neutral,
};

/** Legend text ("✓ 达到标准值"), fill and outline of each standing, in legend order. */
export function standingCategories(standings: readonly Standing[], floorShare?: number): Category[] {
  return standings.map((standing) => ({
    text: `${standingSymbol(standing)} ${standingText(standing, floorShare)}`,
    fill: STANDING_FILLS[standing],
    stroke: STANDING_OUTLINES[standing],
  }));
}
