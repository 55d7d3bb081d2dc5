/**
 * How the charts show a school's standing on an indicator: met, within the floor (e.g. ≥ 85% of
 * the standard, the high-quality rule's allowance for one indicator), below, or not computable.
 * The standing itself is the engine's (the result's `standings` of each school and standard);
 * the floor share is the standard's school rule as the result carries it. Nothing is compared here.
 */
import type { StandardResult, Standing, UnitStatus } from '../types/generated/result.ts';
import { type Category, COLORS, OUTLINES, SYMBOLS } from './theme.ts';

export type { Standing };

/** The engine's standing of one indicator of a unit; a unit without one (no value) is missing. */
export function standingIn(status: UnitStatus | undefined, indicator: string): Standing {
  return status?.standings?.[indicator] ?? 'missing';
}

/**
 * The share of the standard value that the school rule allows one indicator to fall to, when
 * it allows any (below 1, e.g. 0.85 for high-quality balance): the charts then show the floor.
 */
export function floorShareOf(standard: StandardResult | undefined): number | undefined {
  const share = standard?.schoolRule?.floorShare;
  return share !== undefined && share < 1 ? share : undefined;
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
