/**
 * The county figures the reports print (domain.md §6), over every school that has the 学段
 * (public and private, teaching points included): the whole county as its statistics count it,
 * unlike the coefficients, whose scope the standard decides.
 */

import { facilityFields } from '../schema/fields.ts';
import type { Level, School } from '../types/generated/county-year.ts';
import type { ClassSizeBands, ComputeResult, LevelResult } from '../types/generated/result.ts';
import { type Measure, ratio, undefinedValue } from './measure.ts';
import type { LevelId } from './units.ts';

type LevelMetrics = Omit<LevelResult, 'basic' | 'quality' | 'provincial'>;

function blocksOf(schools: readonly School[], level: keyof Pick<School, LevelId | 'special'>): Level[] {
  return schools.flatMap((school) => (school[level] === undefined ? [] : [school[level]]));
}

function total(blocks: readonly Level[], field: 'students' | 'classes' | 'teachers'): number {
  return blocks.reduce((sum, block) => sum + block[field], 0);
}

/** Share of full-time teachers with an optional attribute; undefined when any school left it out. */
function teacherShare(
  blocks: readonly Level[],
  field: 'aboveDegreeTeachers' | 'seniorTitleTeachers',
): Measure {
  let count = 0;
  for (const block of blocks) {
    const value = block[field];
    if (value === undefined) return undefinedValue('missing-data');
    count += value;
  }
  return ratio(count, total(blocks, 'teachers'), 'no-teachers');
}

function classSizeBands(blocks: readonly Level[]): ClassSizeBands | undefined {
  const reporting = blocks.flatMap((block) => (block.classSizes === undefined ? [] : [block]));
  if (reporting.length === 0) return undefined;
  const bands: ClassSizeBands = { upTo45: 0, from46To55: 0, from56To65: 0, from66: 0, classesReported: 0 };
  for (const block of reporting) {
    const sizes = block.classSizes;
    if (sizes === undefined) continue;
    bands.upTo45 += sizes.upTo45;
    bands.from46To55 += sizes.from46To55;
    bands.from56To65 += sizes.from56To65;
    bands.from66 += sizes.from66;
    bands.classesReported += block.classes;
  }
  return bands;
}

export function levelMetrics(schools: readonly School[], level: LevelId): LevelMetrics {
  const blocks = blocksOf(schools, level);
  const students = total(blocks, 'students');
  const classes = total(blocks, 'classes');
  const teachers = total(blocks, 'teachers');
  const studentsByLocation = { 城区: 0, 镇区: 0, 乡村: 0 };
  for (const school of schools) {
    const block = school[level];
    if (block !== undefined) studentsByLocation[school.location] += block.students;
  }
  const metrics: LevelMetrics = {
    schools: blocks.length,
    students,
    studentsByLocation,
    classes,
    teachers,
    averageClassSize: ratio(students, classes, 'no-classes'),
    studentsPerTeacher: ratio(students, teachers, 'no-teachers'),
    aboveDegreeShare: teacherShare(blocks, 'aboveDegreeTeachers'),
    seniorTitleShare: teacherShare(blocks, 'seniorTitleTeachers'),
  };
  const bands = classSizeBands(blocks);
  if (bands !== undefined) metrics.classSizeBands = bands;
  const largest = blocks.flatMap((block) => (block.largestClass === undefined ? [] : [block.largestClass]));
  if (largest.length > 0) metrics.largestClass = Math.max(...largest);
  return metrics;
}

export function countyTotals(schools: readonly School[]): ComputeResult['totals'] {
  const byType: Record<string, number> = {};
  for (const school of schools) byType[school.type] = (byType[school.type] ?? 0) + 1;
  const teachingPoints = byType.教学点 ?? 0;
  const compulsory = [...blocksOf(schools, 'primary'), ...blocksOf(schools, 'junior')];
  const special = blocksOf(schools, 'special');
  const specialTotals = { students: total(special, 'students'), teachers: total(special, 'teachers') };
  return {
    all: schools.length,
    schools: schools.length - teachingPoints,
    teachingPoints,
    byType,
    students: total(compulsory, 'students') + specialTotals.students,
    teachers: total(compulsory, 'teachers') + specialTotals.teachers,
    special: specialTotals,
    facilities: facilityTotals(schools),
  };
}

/** Sums of every facility field that all schools report (a partial sum would mislead). */
function facilityTotals(schools: readonly School[]): Record<string, number> {
  const sums: Record<string, number> = {};
  const missing = new Set<string>();
  for (const school of schools) {
    const facilities: Record<string, number | undefined> = { ...school.facilities };
    for (const field of facilityFields.keys()) {
      const value = facilities[field];
      if (value === undefined) missing.add(field);
      else sums[field] = (sums[field] ?? 0) + value;
    }
  }
  for (const field of missing) delete sums[field];
  // Areas are entered to the hundredth: keep float noise (887483.4000000001) out of the result.
  for (const [field, value] of Object.entries(sums)) sums[field] = Math.round(value * 1e6) / 1e6;
  return sums;
}
