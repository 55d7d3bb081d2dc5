/**
 * The county figures the reports print (domain.md §6), over every school that has the 学段
 * (public and private, teaching points included): the whole county as its statistics count it,
 * unlike the coefficients, whose scope the standard decides.
 */

import { facilityFields } from '../schema/fields.ts';
import type { Level, School } from '../types/generated/county-year.ts';
import type { ClassSizeBands, ComputeResult, LevelResult } from '../types/generated/result.ts';
import type { FieldGap } from './field-gaps.ts';
import { type Measure, ratio, undefinedValue } from './measure.ts';
import type { LevelId } from './units.ts';

type LevelMetrics = Omit<LevelResult, 'basic' | 'quality' | 'provincial'>;

/** A school's block for one 学段, with the school's index in the file (for field paths). */
interface IndexedBlock {
  schoolIndex: number;
  block: Level;
}

function indexedBlocks(
  schools: readonly School[],
  level: keyof Pick<School, LevelId | 'special'>,
): IndexedBlock[] {
  return schools.flatMap((school, schoolIndex) => {
    const block = school[level];
    return block === undefined ? [] : [{ schoolIndex, block }];
  });
}

function blocksOf(schools: readonly School[], level: keyof Pick<School, LevelId | 'special'>): Level[] {
  return indexedBlocks(schools, level).map(({ block }) => block);
}

function total(blocks: readonly Level[], field: 'students' | 'classes' | 'teachers'): number {
  return blocks.reduce((sum, block) => sum + block[field], 0);
}

/** The schools whose block leaves out an optional field. */
function lacking(blocks: readonly IndexedBlock[], field: keyof Level): number[] {
  return blocks.filter(({ block }) => block[field] === undefined).map(({ schoolIndex }) => schoolIndex);
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

export interface LevelMetricsOutcome {
  metrics: LevelMetrics;
  /** Figures that cannot be computed because school rows leave out a field. */
  gaps: FieldGap[];
}

export function levelMetrics(schools: readonly School[], level: LevelId): LevelMetricsOutcome {
  const indexed = indexedBlocks(schools, level);
  const blocks = indexed.map(({ block }) => block);
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
  return { metrics, gaps: levelGaps(indexed, level, metrics) };
}

/**
 * The shares above that a missing field makes uncomputable. (Class-size bands and the largest
 * class are figures of the schools that report them, and say so: classesReported.)
 */
function levelGaps(blocks: readonly IndexedBlock[], level: LevelId, metrics: LevelMetrics): FieldGap[] {
  const shares = [
    ['aboveDegreeTeachers', 'aboveDegreeShare'],
    ['seniorTitleTeachers', 'seniorTitleShare'],
  ] as const;
  return shares.flatMap(([field, figure]) => {
    const share = metrics[figure];
    if (typeof share === 'number' || share.reason !== 'missing-data') return [];
    return [
      {
        part: level,
        field,
        figure: { key: `levels.${level}.${figure}` },
        schoolIndexes: lacking(blocks, field),
      },
    ];
  });
}

export interface CountyTotalsOutcome {
  totals: ComputeResult['totals'];
  /** Facility totals left out because some school rows lack the field. */
  gaps: FieldGap[];
}

export function countyTotals(schools: readonly School[]): CountyTotalsOutcome {
  const byType: Record<string, number> = {};
  for (const school of schools) byType[school.type] = (byType[school.type] ?? 0) + 1;
  const teachingPoints = byType.教学点 ?? 0;
  const compulsory = [...blocksOf(schools, 'primary'), ...blocksOf(schools, 'junior')];
  const special = blocksOf(schools, 'special');
  const specialTotals = { students: total(special, 'students'), teachers: total(special, 'teachers') };
  const facilities = facilityTotals(schools);
  return {
    totals: {
      all: schools.length,
      schools: schools.length - teachingPoints,
      teachingPoints,
      byType,
      students: total(compulsory, 'students') + specialTotals.students,
      teachers: total(compulsory, 'teachers') + specialTotals.teachers,
      special: specialTotals,
      facilities: facilities.sums,
    },
    gaps: facilities.gaps,
  };
}

/**
 * Sums of every summable facility field that all schools report (a partial sum would mislead). A field
 * some schools report and others leave out is a gap: its total is lost. A field no school
 * reports is simply not part of this county's data.
 */
function facilityTotals(schools: readonly School[]): { sums: Record<string, number>; gaps: FieldGap[] } {
  const sums: Record<string, number> = {};
  const missing = new Map<string, number[]>();
  schools.forEach((school, schoolIndex) => {
    const facilities: Record<string, number | undefined> = { ...school.facilities };
    for (const [field, { summable }] of facilityFields) {
      if (!summable) continue;
      const value = facilities[field];
      if (value === undefined) missing.set(field, [...(missing.get(field) ?? []), schoolIndex]);
      else sums[field] = (sums[field] ?? 0) + value;
    }
  });
  const gaps: FieldGap[] = [];
  for (const [field, schoolIndexes] of missing) {
    if (field in sums) {
      gaps.push({
        part: 'facilities',
        field,
        figure: { key: `totals.facilities.${field}` },
        schoolIndexes,
      });
    }
    delete sums[field];
  }
  // Areas are entered to the hundredth: keep float noise (887483.4000000001) out of the result.
  for (const [field, value] of Object.entries(sums)) sums[field] = Math.round(value * 1e6) / 1e6;
  return { sums, gaps };
}
