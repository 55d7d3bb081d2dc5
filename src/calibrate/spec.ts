/**
 * What the calibration of one illustrative county-year must reproduce. The seeds print county
 * figures, not school rows: a spec lists the printed figures and a plausible school make-up,
 * and the calibrator finds school rows whose computed figures print the same.
 */

import type { LevelId } from '../compute/units.ts';
import type { CountyYearFile, School } from '../types/generated/county-year.ts';
import type { AssessmentSpec } from './assessment.ts';

export type SchoolType = School['type'];
export type Location = School['location'];
export type LevelKey = LevelId | 'senior' | 'special';

/** A figure as printed: the value and its number of decimals. */
export interface Printed {
  value: number;
  decimals: number;
}

export interface SchoolGroup {
  type: SchoolType;
  count: number;
  location: Location;
  ownership?: School['ownership'];
  countyRun?: boolean;
  /** Range of students per school for each 学段 the type has. */
  students: Partial<Record<LevelKey, readonly [number, number]>>;
}

/** An exact enrollment total over the schools of some locations (all locations when omitted). */
export interface StudentTotal {
  level: LevelKey;
  total: number;
  locations?: readonly Location[];
}

/** Per-student means used where the seed prints nothing, so the rows look like the county. */
export interface LevelProfile {
  teachersPerStudent: number;
  aboveDegreeShare: number;
  seniorTitleShare: number;
  averageClassSize: number;
  keyTeachersPer100: number;
  peArtsTeachersPer100: number;
  teachingArea: number;
  sportsArea: number;
  equipmentValue: number;
  computersPer100: number;
  books: number;
  multimediaRoomsPer100: number;
  landArea: number;
  buildingArea: number;
}

/** Targets for the eight basic-2012 indicators of one 学段 (ids as in domain.md §4). */
export type BasicTargets = Record<string, { mean?: Printed; cv: Printed }>;

/** County report figures over every school of the 学段 (domain.md §6). */
export interface ReportTargets {
  averageClassSize?: Printed;
  studentsPerTeacher?: Printed;
  aboveDegreeShare?: Printed;
  seniorTitleShare?: Printed;
  /** Exact full-time teacher total. */
  teachers?: number;
}

export interface CountySpec {
  county: string;
  year: number;
  seed: number;
  /** School id prefix, e.g. td. */
  prefix: string;
  /** Comment lines under the schema line. */
  header: readonly string[];
  groups: readonly SchoolGroup[];
  studentTotals?: readonly StudentTotal[];
  profile: Record<LevelId, LevelProfile>;
  basic: Record<LevelId, BasicTargets>;
  report?: Partial<Record<LevelId, ReportTargets>>;
  special?: { teachers?: number };
  /** Exact sums over all schools (e.g. Wudalianchi's campus and building area). */
  facilityTotals?: Partial<Record<'landArea' | 'buildingArea', number>>;
  /**
   * Standard that every in-scope school must meet (e.g. a provincial 办学基本标准), except the
   * listed (school index within its group order, indicator id) pairs that must fall short.
   */
  mustMeet?: {
    standard: string;
    exceptions: readonly { level: LevelId; indicator: string; count: number }[];
  };
  /** No class larger than this (a county that reports its 大班额 or 超大班额 removed). */
  largestClassAllowed?: number;
  facts?: CountyYearFile['facts'];
  published?: CountyYearFile['published'];
  /** The whole-assessment additions, drawn from their own stream after calibration. */
  assessment?: AssessmentSpec;
}
