/**
 * The yearly re-check of basic balance (assessment.md §2): this year's composite coefficients
 * and each indicator's coefficient beside last year's, and the watch lists of over-size classes
 * and schools under the standard's `assessment.monitoring` limits, each marked new when it was
 * not on last year's list.
 */
import type { CountyYearFile, School } from '../../types/generated/county-year.ts';
import type { ComputeResult, Measure, Monitoring } from '../../types/generated/result.ts';
import type { StandardFile } from '../../types/generated/standard.ts';
import { atMost } from '../compare.ts';
import { isDefined } from '../measure.ts';
import { inScope, type LevelId, levelIds } from '../units.ts';
import { compulsoryStudents } from './school-measures.ts';

export interface MonitoredYear {
  data: CountyYearFile;
  result: Pick<ComputeResult, 'year' | 'levels'>;
}

type MonitoringLimits = NonNullable<NonNullable<StandardFile['assessment']>['monitoring']>;

function change(value: Measure, previous: Measure): number | null {
  return isDefined(value) && isDefined(previous) ? value - previous : null;
}

export function monitoringOf(
  current: MonitoredYear,
  previous: MonitoredYear,
  standard: StandardFile,
): Monitoring {
  const limits = standard.assessment?.monitoring;
  const composites: Monitoring['composites'] = [];
  const coefficients: Monitoring['coefficients'] = [];
  for (const level of standard.levels) {
    const now = current.result.levels[level][standard.kind];
    const before = previous.result.levels[level][standard.kind];
    // A 学段 without units in scope has no coefficient to watch.
    if (now === undefined || now.units === 0) continue;
    if (now.compositeCv !== undefined && now.limit !== undefined) {
      const value = now.compositeCv;
      const prior: Measure = before?.compositeCv ?? { reason: 'missing-data' };
      const within = isDefined(value) && atMost(value, now.limit);
      const wasWithin = isDefined(prior) && atMost(prior, before?.limit ?? now.limit);
      composites.push({
        level,
        value,
        previous: prior,
        change: change(value, prior),
        limit: now.limit,
        within,
        slipped: wasWithin && !within,
      });
    }
    for (const indicator of standard.indicators) {
      const value = now.indicators[indicator.id]?.cv;
      if (value === undefined) continue;
      const prior: Measure = before?.indicators[indicator.id]?.cv ?? { reason: 'missing-data' };
      coefficients.push({
        level,
        indicator: indicator.id,
        name: indicator.name,
        value,
        previous: prior,
        change: change(value, prior),
      });
    }
  }
  const classesBefore = new Set(
    largeClasses(previous.data.schools, standard, limits).map((row) => `${row.school}|${row.level}`),
  );
  const schoolsBefore = new Set(
    largeSchools(previous.data.schools, standard, limits).map((row) => row.school),
  );
  return {
    previousYear: previous.result.year,
    slipped: composites.some((composite) => composite.slipped),
    composites,
    coefficients,
    largeClasses: largeClasses(current.data.schools, standard, limits).map((row) => ({
      ...row,
      isNew: !classesBefore.has(`${row.school}|${row.level}`),
    })),
    largeSchools: largeSchools(current.data.schools, standard, limits).map((row) => ({
      ...row,
      isNew: !schoolsBefore.has(row.school),
    })),
  };
}

interface LargeClass {
  school: string;
  name: string;
  level: LevelId;
  largestClass: number;
  limit: number;
}

/** Units in the standard's scope whose largest class is above the 学段's limit. */
export function largeClasses(
  schools: readonly School[],
  standard: StandardFile,
  limits: MonitoringLimits | undefined,
): LargeClass[] {
  const out: LargeClass[] = [];
  for (const school of schools) {
    for (const level of levelIds) {
      const limit = limits?.classLimits[level];
      const largest = school[level]?.largestClass;
      if (limit === undefined || largest === undefined || !inScope(school, level, standard)) continue;
      if (!atMost(largest, limit))
        out.push({ school: school.id, name: school.name, level, largestClass: largest, limit });
    }
  }
  return out;
}

interface LargeSchool {
  school: string;
  name: string;
  students: number;
  limit: number;
}

/** Schools in scope whose compulsory students are above their type's limit. */
export function largeSchools(
  schools: readonly School[],
  standard: StandardFile,
  limits: MonitoringLimits | undefined,
): LargeSchool[] {
  const out: LargeSchool[] = [];
  const byType = (limits?.schoolLimits ?? {}) as Readonly<Record<string, number | undefined>>;
  for (const school of schools) {
    const limit = byType[school.type];
    if (limit === undefined || !levelIds.some((level) => inScope(school, level, standard))) continue;
    const students = compulsoryStudents(school);
    if (!atMost(students, limit)) out.push({ school: school.id, name: school.name, students, limit });
  }
  return out;
}
