/**
 * What a county's results say across its years: the yearly monitoring (against the latest
 * earlier year computed) and the plan progress (up to each year). The pipeline calls this once it
 * has every year of a county; a year's own assessment is assess.ts.
 */
import type { CountyFile } from '../../types/generated/county.ts';
import type { CountyYearFile } from '../../types/generated/county-year.ts';
import type { ComputeResult, Monitoring, PlanProgress } from '../../types/generated/result.ts';
import type { StandardFile } from '../../types/generated/standard.ts';
import { monitoringOf } from './monitoring.ts';
import { planProgress } from './plan-progress.ts';

export interface CountyYearRun {
  year: number;
  data: CountyYearFile;
  result: Omit<ComputeResult, 'published'>;
}

export interface AcrossYears {
  monitoring?: Monitoring;
  plan?: PlanProgress;
}

/** @param runs the county's computed years, in any order. Returns additions by year. */
export function acrossYears(
  county: CountyFile,
  standards: readonly StandardFile[],
  runs: readonly CountyYearRun[],
): Map<number, AcrossYears> {
  const ordered = [...runs].sort((a, b) => a.year - b.year);
  const basic = standards.find((standard) => standard.kind === 'basic' && standard.assessment?.monitoring);
  const targetYear = county.plan?.targetYear;
  const out = new Map<number, AcrossYears>();
  ordered.forEach((run, index) => {
    const additions: AcrossYears = {};
    const previous = ordered[index - 1];
    if (basic !== undefined && previous !== undefined)
      additions.monitoring = monitoringOf(run, previous, basic);
    if (targetYear !== undefined) {
      const plan = planProgress(targetYear, ordered.slice(0, index + 1));
      if (plan !== undefined) additions.plan = plan;
    }
    if (additions.monitoring !== undefined || additions.plan !== undefined) out.set(run.year, additions);
  });
  return out;
}
