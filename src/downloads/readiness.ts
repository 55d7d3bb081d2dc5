/**
 * The province's readiness table: every county's latest year against every line of the
 * high-quality assessment, counties in a fixed order by readiness (most lines met first, then
 * fewest not met, then by name). The home page prints it and `/readiness.csv` downloads it; both
 * read the engine's states only.
 */
import { type Assessment, lineStateNames, verdictNames } from '../figures/assessment.ts';
import { count, type Table } from './table.ts';

export interface ReadinessCounty {
  id: string;
  name: string;
  province: string;
  year: number;
  assessment: Assessment | undefined;
}

export interface ReadinessLine {
  id: string;
  name: string;
}

export interface Readiness {
  /** The lines, in the order of the first county that has them. */
  lines: ReadinessLine[];
  /** Counties with a quality assessment, most ready first. */
  counties: ReadinessCounty[];
  /** Counties without one, by name. */
  without: ReadinessCounty[];
}

export function readiness(counties: readonly ReadinessCounty[]): Readiness {
  const assessed = counties.filter((county) => county.assessment?.quality !== undefined);
  const lines: ReadinessLine[] = [];
  const seen = new Set<string>();
  for (const county of assessed)
    for (const line of county.assessment?.quality?.lines ?? [])
      if (!seen.has(line.id)) {
        seen.add(line.id);
        lines.push({ id: line.id, name: line.name });
      }
  const counts = (county: ReadinessCounty) =>
    county.assessment?.quality?.counts ?? { met: 0, notMet: 0, notSupplied: 0, total: 0 };
  const ordered = [...assessed].sort(
    (a, b) =>
      counts(b).met - counts(a).met ||
      counts(a).notMet - counts(b).notMet ||
      a.name.localeCompare(b.name, 'zh-CN') ||
      a.id.localeCompare(b.id),
  );
  const without = counties
    .filter((county) => county.assessment?.quality === undefined)
    .sort((a, b) => a.id.localeCompare(b.id));
  return { lines, counties: ordered, without };
}

/** A county's state of one line: 达标, 未达标, 未提供, or empty when its standard has no such line. */
export function lineStateOf(county: ReadinessCounty, line: string): string {
  const found = county.assessment?.quality?.lines.find((item) => item.id === line);
  return found === undefined ? '' : lineStateNames[found.state];
}

/** The table as the CSV holds it: one row per county, one column per line. */
export function readinessTable(table: Readiness): Table {
  return {
    id: 'readiness',
    title: '各县优质均衡指标达标情况',
    columns: [
      '县标识',
      '县（市、区）',
      '省份',
      '年度',
      '达标项数',
      '未达标项数',
      '未提供项数',
      '指标总数',
      '结论',
      ...table.lines.map((line) => `${line.id} ${line.name}`),
    ],
    rows: table.counties.map((county) => {
      const quality = county.assessment?.quality;
      return [
        county.id,
        county.name,
        county.province,
        count(county.year),
        quality === undefined ? null : count(quality.counts.met),
        quality === undefined ? null : count(quality.counts.notMet),
        quality === undefined ? null : count(quality.counts.notSupplied),
        quality === undefined ? null : count(quality.counts.total),
        quality === undefined ? null : verdictNames[quality.verdict],
        ...table.lines.map((line) => lineStateOf(county, line.id) || null),
      ];
    }),
  };
}
