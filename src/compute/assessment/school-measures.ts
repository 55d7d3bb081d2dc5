/**
 * Per-school measures of the assessment's school checks (G3, G4, G5, G6, G9, G12, Q4): each
 * returns, for every school (or 学段 unit) the check covers, its value, the threshold, the state
 * and the shortfall in real units (rooms, ㎡, students over, classes over, teachers, 元). The
 * thresholds come from the standard file; every comparison goes through compare.ts.
 */
import { roundDecimal } from '../../text/decimal.ts';
import type { CountyYearFile, School } from '../../types/generated/county-year.ts';
import type { LineState, Measure } from '../../types/generated/result.ts';
import type { Check, StandardFile } from '../../types/generated/standard.ts';
import { atLeast, atMost, slack } from '../compare.ts';
import { undefinedValue } from '../measure.ts';
import { inScope, type LevelId, levelIds } from '../units.ts';
import { levelNumber, numberAt, schoolNumber } from './inputs.ts';

export type SchoolsCheck = Extract<Check, { kind: 'schools' }>;
export type RoomRounding = 'up' | 'nearest' | 'down';

/** One school's (or unit's) standing on one measured item. */
export interface SchoolMeasure {
  schoolIndex: number;
  id: string;
  name: string;
  level?: LevelId;
  /** The data field measured, when a check measures more than one (rooms and their area). */
  field?: string;
  state: LineState;
  value: Measure;
  threshold: number;
  /** How far from the threshold, in real units; 0 when met. */
  shortfall: number;
  unit: string;
  /** Where to fill in the data when the state is not-supplied. */
  missing?: string;
}

/**
 * The schools a school check covers: those with a 学段 in the standard's scope, less excluded
 * types; with `allTeachingPoints`, a 教学点 below the scope's size cut-off too.
 */
export function coveredSchools(
  schools: readonly School[],
  standard: StandardFile,
  check: Pick<SchoolsCheck, 'excludeTypes' | 'allTeachingPoints'> = {},
): { school: School; index: number }[] {
  const excluded: readonly string[] = check.excludeTypes ?? [];
  const scope =
    check.allTeachingPoints === true
      ? { ...standard, scope: { ...standard.scope, teachingPoints: { include: true } } }
      : standard;
  const out: { school: School; index: number }[] = [];
  schools.forEach((school, index) => {
    if (excluded.includes(school.type)) return;
    if (levelIds.some((level) => inScope(school, level, scope))) out.push({ school, index });
  });
  return out;
}

function base(school: School, index: number): Pick<SchoolMeasure, 'schoolIndex' | 'id' | 'name'> {
  return { schoolIndex: index, id: school.id, name: school.name };
}

function notSupplied(
  school: School,
  index: number,
  missing: string,
  unit: string,
  threshold: number,
  extra: Partial<SchoolMeasure> = {},
): SchoolMeasure {
  return {
    ...base(school, index),
    state: 'not-supplied',
    value: undefinedValue('missing-data'),
    threshold,
    shortfall: 0,
    unit,
    missing,
    ...extra,
  };
}

/** Compulsory-education students of a school: its primary and junior 学段. */
export function compulsoryStudents(school: School): number {
  return (school.primary?.students ?? 0) + (school.junior?.students ?? 0);
}

/**
 * share: numerator ÷ denominator × factor ≥ min, per 学段 unit (`level.` fields) or per school
 * (`funds.` / `facilities.` fields). Shortfall: the numerator still lacking, in its own unit;
 * people (学段 fields) are whole, so rounded up.
 */
export function shareMeasures(
  schools: readonly School[],
  standard: StandardFile,
  check: SchoolsCheck,
): SchoolMeasure[] {
  const numerator = check.numerator ?? '';
  const denominator = check.denominator ?? '';
  const [part = '', numField = ''] = numerator.split('.');
  const [, denField = ''] = denominator.split('.');
  const factor = check.factor ?? 1;
  const min = check.min ?? 0;
  const unit = check.shortfallUnit ?? check.unit ?? '';
  const out: SchoolMeasure[] = [];
  for (const { school, index } of coveredSchools(schools, standard, check)) {
    if (part === 'level') {
      for (const level of levelIds) {
        if (!inScope(school, level, standard)) continue;
        const num = levelNumber(school, level, numField);
        const den = levelNumber(school, level, denField);
        out.push(
          shareOf(school, index, num, den, factor, min, unit, true, `schools[*].${level}`, {
            level,
          }),
        );
      }
    } else {
      const source = part === 'funds' ? 'funds' : 'facilities';
      const num = schoolNumber(school, source, numField);
      const den = schoolNumber(school, source, denField);
      out.push(shareOf(school, index, num, den, factor, min, unit, false, `schools[*].${source}`, {}));
    }
  }
  return out;

  function shareOf(
    school: School,
    index: number,
    num: number | undefined,
    den: number | undefined,
    factorOf: number,
    minOf: number,
    unitOf: string,
    whole: boolean,
    prefix: string,
    extra: Partial<SchoolMeasure>,
  ): SchoolMeasure {
    if (den === undefined) return notSupplied(school, index, `${prefix}.${denField}`, unitOf, minOf, extra);
    if (num === undefined) return notSupplied(school, index, `${prefix}.${numField}`, unitOf, minOf, extra);
    // Nothing to share out (no teachers, no funds): nothing is lacking.
    if (den === 0)
      return {
        ...base(school, index),
        ...extra,
        state: 'met',
        value: undefinedValue('missing-data'),
        threshold: minOf,
        shortfall: 0,
        unit: unitOf,
      };
    const value = (factorOf * num) / den;
    const required = (minOf * den) / factorOf;
    const met = atLeast(value, minOf);
    const short = met ? 0 : whole ? Math.ceil(required - num - slack(required)) : required - num;
    return {
      ...base(school, index),
      ...extra,
      state: met ? 'met' : 'not-met',
      value,
      threshold: minOf,
      shortfall: short,
      unit: unitOf,
    };
  }
}

/** schoolSize: a school's compulsory students ≤ the limit of its type; types not listed are not judged. */
export function schoolSizeMeasures(
  schools: readonly School[],
  standard: StandardFile,
  check: SchoolsCheck,
): SchoolMeasure[] {
  const limits = check.limits ?? {};
  const unit = check.unit ?? '';
  const out: SchoolMeasure[] = [];
  for (const { school, index } of coveredSchools(schools, standard, check)) {
    const limit = limits[school.type];
    if (limit === undefined) continue;
    const students = compulsoryStudents(school);
    const met = atMost(students, limit);
    out.push({
      ...base(school, index),
      state: met ? 'met' : 'not-met',
      value: students,
      threshold: limit,
      shortfall: met ? 0 : students - limit,
      unit,
    });
  }
  return out;
}

/** The class-size buckets of the data file: [field, smallest, largest] class in it. */
const buckets = [
  ['upTo45', 0, 45],
  ['from46To55', 46, 55],
  ['from56To65', 56, 65],
  ['from66', 66, Number.POSITIVE_INFINITY],
] as const;

/**
 * classSize: every class of a 学段 at most its limit. The largest class decides when given
 * (shortfall: students over the limit in it). Otherwise the buckets decide when they can: a
 * class in a bucket wholly above the limit fails (shortfall: classes over); classes in a bucket
 * straddling the limit leave it undecided (not supplied: the largest class is needed).
 */
export function classSizeMeasures(
  schools: readonly School[],
  standard: StandardFile,
  check: SchoolsCheck,
): SchoolMeasure[] {
  const limits = check.limits ?? {};
  const out: SchoolMeasure[] = [];
  for (const { school, index } of coveredSchools(schools, standard, check)) {
    for (const level of levelIds) {
      const block = school[level];
      const limit = limits[level];
      if (block === undefined || limit === undefined || !inScope(school, level, standard)) continue;
      const missing = `schools[*].${level}.largestClass`;
      if (block.largestClass !== undefined) {
        const met = atMost(block.largestClass, limit);
        out.push({
          ...base(school, index),
          level,
          field: 'largestClass',
          state: met ? 'met' : 'not-met',
          value: block.largestClass,
          threshold: limit,
          shortfall: met ? 0 : block.largestClass - limit,
          unit: check.unit ?? '',
        });
        continue;
      }
      const sizes = block.classSizes;
      if (sizes === undefined) {
        out.push(
          notSupplied(school, index, missing, check.unit ?? '', limit, { level, field: 'largestClass' }),
        );
        continue;
      }
      let over = 0;
      let undecided = false;
      for (const [field, smallest, largest] of buckets) {
        const count = sizes[field];
        if (count === 0) continue;
        if (smallest > limit) over += count;
        else if (largest > limit) undecided = true;
      }
      if (over > 0) {
        out.push({
          ...base(school, index),
          level,
          field: 'classSizes',
          state: 'not-met',
          value: over,
          threshold: 0,
          shortfall: over,
          unit: check.classesUnit ?? '',
        });
      } else if (undecided) {
        out.push(
          notSupplied(school, index, missing, check.unit ?? '', limit, { level, field: 'largestClass' }),
        );
      } else {
        out.push({
          ...base(school, index),
          level,
          field: 'classSizes',
          state: 'met',
          value: 0,
          threshold: 0,
          shortfall: 0,
          unit: check.classesUnit ?? '',
        });
      }
    }
  }
  return out;
}

/** Rooms a school needs: classes ÷ perClasses, rounded as the setting says, at least one. */
export function roomsRequired(classes: number, perClasses: number, rounding: RoomRounding): number {
  const exact = classes / perClasses;
  // Float noise must not turn 24 ÷ 12 into 3 rooms.
  const rounded =
    rounding === 'up'
      ? Math.ceil(exact - slack(exact))
      : rounding === 'down'
        ? Math.floor(exact + slack(exact))
        : roundDecimal(exact, 0);
  return Math.max(1, rounded);
}

/**
 * specialRooms: per school, each room kind: at least the rooms required for its compulsory
 * classes (shortfall in rooms), and its smallest room at least the minimum area (shortfall ㎡).
 */
export function specialRoomMeasures(
  schools: readonly School[],
  standard: StandardFile,
  check: SchoolsCheck,
  rounding: RoomRounding,
): SchoolMeasure[] {
  const perClasses = check.perClasses ?? 12;
  const out: SchoolMeasure[] = [];
  for (const { school, index } of coveredSchools(schools, standard, check)) {
    const classes = (school.primary?.classes ?? 0) + (school.junior?.classes ?? 0);
    const required = roomsRequired(classes, perClasses, rounding);
    for (const room of check.rooms ?? []) {
      const count = schoolNumber(school, 'facilities', room.field);
      if (count === undefined) {
        out.push(
          notSupplied(school, index, `schools[*].facilities.${room.field}`, check.unit ?? '', required, {
            field: room.field,
          }),
        );
        continue;
      }
      const enough = atLeast(count, required);
      out.push({
        ...base(school, index),
        field: room.field,
        state: enough ? 'met' : 'not-met',
        value: count,
        threshold: required,
        shortfall: enough ? 0 : required - count,
        unit: check.unit ?? '',
      });
      if (count === 0) continue;
      const area = schoolNumber(school, 'facilities', room.minAreaField);
      if (area === undefined) {
        out.push(
          notSupplied(
            school,
            index,
            `schools[*].facilities.${room.minAreaField}`,
            check.areaUnit ?? '',
            room.minArea,
            {
              field: room.minAreaField,
            },
          ),
        );
        continue;
      }
      const large = atLeast(area, room.minArea);
      out.push({
        ...base(school, index),
        field: room.minAreaField,
        state: large ? 'met' : 'not-met',
        value: area,
        threshold: room.minArea,
        shortfall: large ? 0 : room.minArea - area,
        unit: check.areaUnit ?? '',
      });
    }
  }
  return out;
}

/**
 * smallSchoolFunding: a village school (by location) or 教学点 with fewer compulsory students than
 * `studentsBelow` gets at least `fundedAs` × the county's per-student norm
 * (facts.publicFundsPerStudent, by 学段; a school with both 学段 weighs the norms by its students).
 */
export function smallSchoolFundingMeasures(
  data: CountyYearFile,
  standard: StandardFile,
  check: SchoolsCheck,
): SchoolMeasure[] {
  const locations: readonly string[] = check.locations ?? [];
  const below = check.studentsBelow ?? 0;
  const fundedAs = check.fundedAs ?? 0;
  const out: SchoolMeasure[] = [];
  for (const { school, index } of coveredSchools(data.schools, standard, check)) {
    if (school.type !== '教学点' && !locations.includes(school.location)) continue;
    const students = compulsoryStudents(school);
    if (!(students < below)) continue;
    const present = levelIds.filter((level) => school[level] !== undefined);
    let norm = 0;
    let missingNorm: string | undefined;
    for (const level of present) {
      const perStudent = numberAt(data, `facts.publicFundsPerStudent.${level}`);
      if (perStudent === undefined) {
        missingNorm = `facts.publicFundsPerStudent.${level}`;
        break;
      }
      const weight = students === 0 ? 1 / present.length : (school[level]?.students ?? 0) / students;
      norm += weight * perStudent;
    }
    const unit = check.unit ?? '';
    if (missingNorm !== undefined) {
      out.push(notSupplied(school, index, missingNorm, unit, 0));
      continue;
    }
    const required = fundedAs * norm;
    const funds = schoolNumber(school, 'funds', 'publicFunds');
    if (funds === undefined) {
      out.push(notSupplied(school, index, 'schools[*].funds.publicFunds', unit, required));
      continue;
    }
    const met = atLeast(funds, required);
    out.push({
      ...base(school, index),
      state: met ? 'met' : 'not-met',
      value: funds,
      threshold: required,
      shortfall: met ? 0 : required - funds,
      unit,
    });
  }
  return out;
}

export function schoolMeasures(
  data: CountyYearFile,
  standard: StandardFile,
  check: SchoolsCheck,
  rounding: RoomRounding,
): SchoolMeasure[] {
  switch (check.measure) {
    case 'share':
      return shareMeasures(data.schools, standard, check);
    case 'schoolSize':
      return schoolSizeMeasures(data.schools, standard, check);
    case 'classSize':
      return classSizeMeasures(data.schools, standard, check);
    case 'specialRooms':
      return specialRoomMeasures(data.schools, standard, check, rounding);
    case 'smallSchoolFunding':
      return smallSchoolFundingMeasures(data, standard, check);
  }
}
