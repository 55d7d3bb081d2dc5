/**
 * The county series a trend chart draws, by the periods the facts hold: a chart needs at least
 * two. The charts (src/charts/trend.ts) draw them; the narrative check asks here whether a
 * <TrendChart series="…"> has anything to draw, without building the chart.
 */
import type { Facts } from '../types/generated/county-year.ts';
import type { ComputeResult } from '../types/generated/result.ts';

export type SeriesId = 'investments' | 'retention';

export const seriesIds: readonly SeriesId[] = ['investments', 'retention'];

/** The periods of a series: the years of the yearly investments; the school years of 巩固率 or 辍学率, whichever has more. */
export function seriesPeriods(result: Pick<ComputeResult, 'facts'>, series: SeriesId): string[] {
  const facts = (result.facts ?? {}) as Facts;
  if (series === 'investments') {
    const years = (facts.investments ?? [])
      .map((item) => item.period)
      .filter((period) => /^\d{4}$/.test(period));
    return [...new Set(years)].sort();
  }
  const periodsWith = (metric: 'retentionRate' | 'dropoutRate') =>
    [
      ...new Set(
        (facts.byYear ?? [])
          .filter((year) => year[metric]?.primary !== undefined || year[metric]?.junior !== undefined)
          .map((year) => year.schoolYear),
      ),
    ].sort();
  const [retention, dropout] = [periodsWith('retentionRate'), periodsWith('dropoutRate')];
  return retention.length >= dropout.length ? retention : dropout;
}

/** Whether a trend chart of the series has at least two periods to draw. */
export function seriesAvailable(result: Pick<ComputeResult, 'facts'>, series: SeriesId): boolean {
  return seriesPeriods(result, series).length >= 2;
}
