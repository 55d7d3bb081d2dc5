/**
 * The whole-assessment additions to a county-year file (contract §1) as the calibration writes
 * them: views of the generated county-year types.
 */
import type { CountyYearFile, Facilities, Level, School } from '../types/generated/county-year.ts';

/** County-level additions, in the order the file lists them. */
export type CountyAssessment = Pick<
  CountyYearFile,
  | 'numbers'
  | 'declarations'
  | 'vetoes'
  | 'evidence'
  | 'qualityMonitoring'
  | 'recognitionSurvey'
  | 'governmentScore'
  | 'governmentScoreItems'
>;

/** School-row additions: per 学段 teacher counts, music and art rooms, funds. */
export type LevelAdditions = Pick<Level, 'certifiedTeachers' | 'trainedTeachers'>;
export type FacilityAdditions = Pick<
  Facilities,
  'musicRooms' | 'musicRoomMinArea' | 'artRooms' | 'artRoomMinArea'
>;
export type SchoolFunds = NonNullable<School['funds']>;
