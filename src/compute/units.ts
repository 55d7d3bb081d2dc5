/**
 * Units of calculation (domain.md §2): a unit is one 学段 part of one school. Which schools
 * enter, and how a mixed school's facilities are shared between its 学段, is read from the
 * standard's `scope` and `split`; nothing here is specific to one standard.
 */
import type { Level, School } from '../types/generated/county-year.ts';
import type { StandardFile } from '../types/generated/standard.ts';

export type LevelId = 'primary' | 'junior';
export const levelIds: readonly LevelId[] = ['primary', 'junior'];

export interface Unit {
  /** Index of the school in the county-year file (for field paths). */
  schoolIndex: number;
  school: School;
  level: LevelId;
  /** The school's block for this 学段. */
  block: Level;
  /** Share of the school's split facilities that belongs to this 学段 (1 when unmixed). */
  share: number;
}

/** The 学段 blocks that take part in the facility split, with their weight key. */
const splitLevels = ['primary', 'junior', 'senior'] as const;

/**
 * Share of a school's facilities belonging to `level`, by weighted enrollment
 * (e.g. 166 primary + 210 junior students, weights 1 : 1.1 → primary share 166 / (166 + 1.1·210)).
 * A school whose split levels have no students at all gives each level the whole (share 1),
 * which only matters for units that are themselves left out for having no students.
 */
export function facilityShare(school: School, level: LevelId, weights: StandardSplitWeights): number {
  let total = 0;
  let present = 0;
  for (const key of splitLevels) {
    const block = school[key];
    if (block === undefined) continue;
    present += 1;
    total += weights[key] * block.students;
  }
  const own = school[level];
  if (own === undefined || present <= 1 || total === 0) return 1;
  return (weights[level] * own.students) / total;
}

export type StandardSplitWeights = NonNullable<StandardFile['split']>['weights'];

/** Whether the standard's scope rules admit this 学段 of this school. */
export function inScope(school: School, level: LevelId, standard: StandardFile): boolean {
  const { scope } = standard;
  const block = school[level];
  if (block === undefined) return false;
  if (!scope.ownership.includes(school.ownership)) return false;
  if (scope.countyRunOnly && !school.countyRun) return false;
  if (scope.excludeTypes.includes(school.type)) return false;
  if (school.type === '教学点') {
    if (!scope.teachingPoints.include) return false;
    const minimum = scope.teachingPoints.minStudents ?? 0;
    if (block.students < minimum) return false;
  }
  return true;
}

/** The in-scope units of one 学段, in file order. */
export function unitsOf(schools: readonly School[], level: LevelId, standard: StandardFile): Unit[] {
  const units: Unit[] = [];
  schools.forEach((school, schoolIndex) => {
    const block = school[level];
    if (block === undefined || !inScope(school, level, standard)) return;
    const share = standard.split ? facilityShare(school, level, standard.split.weights) : 1;
    units.push({ schoolIndex, school, level, block, share });
  });
  return units;
}
