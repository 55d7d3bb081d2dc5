/**
 * Progress towards the county's plan (county.yaml `plan.targetYear`): for every school and
 * every line it fails this year, its shortfall year by year (real units, 0 when met), the pace
 * of a least-squares line through the last three years at most, and the year that line reaches
 * zero. Fewer than two years, or a shortfall that is not shrinking, projects nothing and says why.
 */
import type {
  ComputeResult,
  PlanProgress,
  QualityAssessment,
  SchoolShortfall,
} from '../../types/generated/result.ts';

export const planMethod = 'least-squares-3';
/** How many of the latest years the projection uses. */
const window = 3;

export interface PlannedYear {
  year: number;
  result: Pick<ComputeResult, 'schools'> & { assessment?: { quality?: QualityAssessment } };
}

type PlanLine = PlanProgress['schools'][number]['lines'][number];

function rowKey(line: string, row: SchoolShortfall): string {
  return [line, row.id, row.level ?? '', row.indicator ?? '', row.field ?? ''].join('|');
}

/**
 * @param years every computed year of the county up to and including the current one, in order.
 */
export function planProgress(targetYear: number, years: readonly PlannedYear[]): PlanProgress | undefined {
  const current = years.at(-1);
  const quality = current?.result.assessment?.quality;
  if (current === undefined || quality === undefined) return undefined;
  const names = new Map(current.result.schools.map((school) => [school.id, school.name]));
  const bySchool = new Map<string, PlanLine[]>();
  for (const line of quality.lines) {
    for (const row of line.schools ?? []) {
      if (!(row.shortfall > 0)) continue;
      const key = rowKey(line.id, row);
      const shortfalls = years.flatMap(({ year, result }) => {
        const shortfall = shortfallIn(result, line.id, row.id, key);
        return shortfall === undefined ? [] : [{ year, shortfall }];
      });
      const entry: PlanLine = {
        line: line.id,
        name: line.name,
        unit: row.unit,
        shortfalls,
        ...projection(shortfalls, targetYear),
      };
      if (row.indicator !== undefined) entry.indicator = row.indicator;
      if (row.level !== undefined) entry.level = row.level;
      if (row.field !== undefined) entry.field = row.field;
      const list = bySchool.get(row.id) ?? [];
      list.push(entry);
      bySchool.set(row.id, list);
    }
  }
  return {
    targetYear,
    years: years.map(({ year }) => year),
    method: planMethod,
    schools: [...bySchool].map(([id, lines]) => ({ id, name: names.get(id) ?? id, lines })),
  };
}

/**
 * A school's shortfall on one line in one year: its row's shortfall; 0 when the line was judged
 * that year and the school was there without a row; nothing when it was not judged or the school
 * was absent.
 */
function shortfallIn(
  result: PlannedYear['result'],
  lineId: string,
  schoolId: string,
  key: string,
): number | undefined {
  const line = result.assessment?.quality?.lines.find((item) => item.id === lineId);
  if (line === undefined) return undefined;
  const row = (line.schools ?? []).find((item) => rowKey(lineId, item) === key);
  if (row !== undefined) return row.shortfall;
  if (line.state === 'not-supplied' || !result.schools.some((school) => school.id === schoolId))
    return undefined;
  return 0;
}

export interface Projection {
  pace: number | null;
  projectedYear: number | null;
  meetsTarget: boolean | null;
  reason?: 'one-year' | 'not-shrinking';
}

/** Least squares through the last ≤ 3 points; the year the line reaches zero, never before next year. */
export function projection(
  points: readonly { year: number; shortfall: number }[],
  targetYear: number,
): Projection {
  const used = points.slice(-window);
  if (used.length < 2) return { pace: null, projectedYear: null, meetsTarget: null, reason: 'one-year' };
  const n = used.length;
  const meanX = used.reduce((total, point) => total + point.year, 0) / n;
  const meanY = used.reduce((total, point) => total + point.shortfall, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const point of used) {
    sxy += (point.year - meanX) * (point.shortfall - meanY);
    sxx += (point.year - meanX) ** 2;
  }
  const pace = sxx === 0 ? 0 : sxy / sxx;
  if (!(pace < 0)) return { pace, projectedYear: null, meetsTarget: null, reason: 'not-shrinking' };
  const zeroAt = meanX - meanY / pace;
  const latest = used[n - 1]?.year ?? meanX;
  // Float noise must not push a whole year one further.
  const projectedYear = Math.max(Math.ceil(zeroAt - 1e-9), latest + 1);
  return { pace, projectedYear, meetsTarget: projectedYear <= targetYear };
}
