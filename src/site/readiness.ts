/** The province's readiness table from the latest year of every county (src/downloads/readiness.ts). */
import { type Readiness, readiness } from '../downloads/readiness.ts';
import { assessmentOf } from '../figures/assessment.ts';
import { countyYears, latest } from './collections.ts';

export async function provinceReadiness(): Promise<Readiness> {
  const { byCounty } = await countyYears();
  return readiness(
    [...byCounty.values()].flatMap((years) => {
      const last = latest(years);
      if (last === undefined) return [];
      return [
        {
          id: last.county.id,
          name: last.county.name,
          province: last.county.province,
          year: last.result.year,
          assessment: assessmentOf(last.result),
        },
      ];
    }),
  );
}
