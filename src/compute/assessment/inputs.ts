/**
 * The assessment's inputs from the county-year and county files (all optional), and readers of
 * values the standard file names by path or field (`numbers.teacherPay.teachers`,
 * `facts.byYear[latest]…`, a school's `funds.publicFunds`), which are read through `unknown`.
 */
import type { CountyFile } from '../../types/generated/county.ts';
import type { CountyYearFile, School } from '../../types/generated/county-year.ts';

type Rows<K extends keyof CountyYearFile> = NonNullable<CountyYearFile[K]>;
export type Declaration = Rows<'declarations'>[number];
export type VetoDeclaration = Rows<'vetoes'>[number];
export type Evidence = Rows<'evidence'>[number];
export type MonitoringEntry = Rows<'qualityMonitoring'>[number];
export type JuniorCohort = NonNullable<Rows<'numbers'>['juniorCohort']>;

export interface AssessmentInputs {
  declarations: readonly Declaration[];
  vetoes: readonly VetoDeclaration[];
  evidence: readonly Evidence[];
  qualityMonitoring: readonly MonitoringEntry[];
  /** Year the county was recognised for basic balance (county.yaml `basicRecognized`). */
  basicRecognized: number | undefined;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function list(value: unknown): Record<string, unknown>[] {
  if (!Array.isArray(value)) return [];
  const rows: Record<string, unknown>[] = [];
  for (const item of value) {
    const row = record(item);
    if (row !== undefined) rows.push(row);
  }
  return rows;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function assessmentInputs(county: CountyFile, data: CountyYearFile): AssessmentInputs {
  return {
    declarations: data.declarations ?? [],
    vetoes: data.vetoes ?? [],
    evidence: data.evidence ?? [],
    qualityMonitoring: data.qualityMonitoring ?? [],
    basicRecognized: county.basicRecognized,
  };
}

/**
 * The value at a dotted path of the county-year file: `numbers.teacherPay.teachers`;
 * `facts.byYear[latest]` takes the list's latest item (by `schoolYear`, else the last one).
 * `undefined` when any step is absent or the value is not a finite number.
 */
export function numberAt(data: CountyYearFile, path: string): number | undefined {
  let current: unknown = data;
  for (const step of path.split('.')) {
    const latest = step.endsWith('[latest]');
    const key = latest ? step.slice(0, -'[latest]'.length) : step;
    current = record(current)?.[key];
    if (latest) current = latestItem(current);
    if (current === undefined) return undefined;
  }
  return num(current);
}

function latestItem(value: unknown): unknown {
  const rows = list(value);
  if (rows.length === 0) return undefined;
  const keyed = rows.filter((row) => typeof row.schoolYear === 'string');
  if (keyed.length === rows.length)
    return [...keyed].sort((a, b) => String(a.schoolYear).localeCompare(String(b.schoolYear))).at(-1);
  return rows.at(-1);
}

/** A school's own field outside its 学段 blocks: `funds.publicFunds`, `facilities.musicRooms`. */
export function schoolNumber(
  school: School,
  part: 'funds' | 'facilities',
  field: string,
): number | undefined {
  return num(record((school as unknown as Record<string, unknown>)[part])?.[field]);
}

/** A 学段 block's field, e.g. `certifiedTeachers`. */
export function levelNumber(school: School, level: 'primary' | 'junior', field: string): number | undefined {
  return num(record(school[level])?.[field]);
}

/** The county's junior-cohort numbers (Q1), as supplied. */
export function juniorCohort(data: CountyYearFile): JuniorCohort | undefined {
  return data.numbers?.juniorCohort;
}
