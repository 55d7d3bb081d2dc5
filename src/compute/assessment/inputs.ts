/**
 * A typed view of the assessment fields of the county-year and county files (contract §1),
 * read safely from the validated data. The fields are optional; until the generated types carry
 * them, they are read here through `unknown`, so the engine compiles against either.
 */
import type { CountyFile } from '../../types/generated/county.ts';
import type { CountyYearFile, School } from '../../types/generated/county-year.ts';

export interface Declaration {
  item: string;
  met: boolean;
  note?: string;
}

export interface VetoDeclaration {
  item: string;
  present: boolean;
  note?: string;
}

export interface Evidence {
  item: string;
  title: string;
  number?: string;
  date?: string;
  link?: string;
}

export interface MonitoringEntry {
  subject: string;
  year: number;
  level: number;
  difference: number;
}

export interface AssessmentInputs {
  declarations: Declaration[];
  vetoes: VetoDeclaration[];
  evidence: Evidence[];
  qualityMonitoring: MonitoringEntry[];
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

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function assessmentInputs(county: CountyFile, data: CountyYearFile): AssessmentInputs {
  const raw = data as unknown as Record<string, unknown>;
  return {
    declarations: list(raw.declarations).flatMap((row) => {
      const item = text(row.item);
      if (item === undefined || typeof row.met !== 'boolean') return [];
      const note = text(row.note);
      return [{ item, met: row.met, ...(note === undefined ? {} : { note }) }];
    }),
    vetoes: list(raw.vetoes).flatMap((row) => {
      const item = text(row.item);
      if (item === undefined || typeof row.present !== 'boolean') return [];
      const note = text(row.note);
      return [{ item, present: row.present, ...(note === undefined ? {} : { note }) }];
    }),
    evidence: list(raw.evidence).flatMap((row) => {
      const item = text(row.item);
      const title = text(row.title);
      if (item === undefined || title === undefined) return [];
      const out: Evidence = { item, title };
      const number = text(row.number);
      const date = text(row.date);
      const link = text(row.link);
      if (number !== undefined) out.number = number;
      if (date !== undefined) out.date = date;
      if (link !== undefined) out.link = link;
      return [out];
    }),
    qualityMonitoring: list(raw.qualityMonitoring).flatMap((row) => {
      const subject = text(row.subject);
      const year = num(row.year);
      const levelValue = num(row.level);
      const difference = num(row.difference);
      if (subject === undefined || year === undefined || levelValue === undefined || difference === undefined)
        return [];
      return [{ subject, year, level: levelValue, difference }];
    }),
    basicRecognized: num((county as unknown as Record<string, unknown>).basicRecognized),
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
export interface JuniorCohort {
  entrants?: number;
  transfersIn?: number;
  transfersOut?: number;
  deaths?: number;
  graduates?: number;
  formula?: 'plain' | 'net';
}

export function juniorCohort(data: CountyYearFile): JuniorCohort | undefined {
  const row = record(record((data as unknown as Record<string, unknown>).numbers)?.juniorCohort);
  if (row === undefined) return undefined;
  const out: JuniorCohort = {};
  for (const key of ['entrants', 'transfersIn', 'transfersOut', 'deaths', 'graduates'] as const) {
    const value = num(row[key]);
    if (value !== undefined) out[key] = value;
  }
  if (row.formula === 'plain' || row.formula === 'net') out.formula = row.formula;
  return out;
}
