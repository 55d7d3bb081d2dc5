/**
 * Builds the illustrative school rows of one county-year so that the engine's figures print
 * what the seed printed. Deterministic for a given spec (seeded), pure (no files).
 *
 * Order of work: make-up and enrollments → county totals that must print exactly (teachers,
 * shares, classes) → per-school teacher counts → facilities → a check with the real engine.
 */

import { countyValue, type WeightedObservation, weightedCoefficient } from '../compute/coefficient.ts';
import { computeCountyYear } from '../compute/county-year.ts';
import { isDefined, type Measure } from '../compute/measure.ts';
import { facilityShare, type LevelId, levelIds, type Unit, unitsOf } from '../compute/units.ts';
import { resolveKey } from '../figures/keys.ts';
import { fixedDecimal } from '../text/decimal.ts';
import type { CountyFile } from '../types/generated/county.ts';
import type { CountyYearFile, Facilities, Level, School } from '../types/generated/county-year.ts';
import type { StandardFile } from '../types/generated/standard.ts';
import { levelsByType } from '../validate/rules.ts';
import { type AssessedCountyYear, addAssessment } from './assessment.ts';
import { countsPrinting, denominatorsPrinting, percentAsFraction, printedError } from './printed.ts';
import { apportion, createRandom, type Random } from './random.ts';
import { runSearch } from './search.ts';
import type { CountySpec, LevelKey, Location, Printed, ReportTargets, SchoolType } from './spec.ts';

export interface CalibrationOutcome {
  data: AssessedCountyYear;
  /** Every target the calibration aimed at, with the figure the engine now computes. */
  checks: { target: string; printed: number; computed: number; ok: boolean }[];
}

const typeCodes: Record<SchoolType, string> = {
  小学: 'p',
  初级中学: 'j',
  九年一贯制: 'n',
  完全中学: 'c',
  十二年一贯制: 't',
  教学点: 'tp',
  特殊教育学校: 's',
};
const typeNames: Record<SchoolType, string> = {
  小学: '小学',
  初级中学: '初级中学',
  九年一贯制: '九年一贯制学校',
  完全中学: '完全中学',
  十二年一贯制: '十二年一贯制学校',
  教学点: '教学点',
  特殊教育学校: '特殊教育学校',
};
const numerals = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 23 → 二十三, 38 → 三十八. */
export function chineseNumber(n: number): string {
  if (n < 10) return numerals[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : (numerals[tens] ?? '')}十${ones === 0 ? '' : (numerals[ones] ?? '')}`;
}

/** Mutable working copy of a school row. */
type Draft = School & { facilities: Facilities };

function emptyLevel(students: number): Level {
  return { students, classes: 0, teachers: 0 };
}

function skeleton(spec: CountySpec, random: Random): Draft[] {
  const perType = new Map<SchoolType, number>();
  const perName = new Map<string, number>();
  const schools: Draft[] = [];
  for (const group of spec.groups) {
    for (let k = 0; k < group.count; k++) {
      const serial = (perType.get(group.type) ?? 0) + 1;
      perType.set(group.type, serial);
      const nameKey = `${group.location}${group.type}${group.ownership ?? ''}`;
      const nameSerial = (perName.get(nameKey) ?? 0) + 1;
      perName.set(nameKey, nameSerial);
      const privatePrefix = group.ownership === '民办' ? '民办' : '';
      const name =
        group.type === '特殊教育学校'
          ? '特殊教育学校'
          : `${privatePrefix}${group.location}第${chineseNumber(nameSerial)}${typeNames[group.type]}`;
      const school: Draft = {
        id: `${spec.prefix}-${typeCodes[group.type]}${String(serial).padStart(2, '0')}`,
        name,
        type: group.type,
        ownership: group.ownership ?? '公办',
        countyRun: group.countyRun ?? true,
        location: group.location,
        facilities: { teachingArea: 0, sportsArea: 0, equipmentValue: 0, computers: 0, books: 0 },
      };
      for (const key of levelsByType[group.type]) {
        const range = group.students[key] ?? [30, 300];
        const students = random.int(range[0], range[1]);
        if (key === 'senior') school.senior = { students };
        else school[key] = emptyLevel(students);
      }
      schools.push(school);
    }
  }
  // Teaching points belong to a rural or town primary school, taken in turn.
  const hosts = schools.filter((school) => school.type === '小学' && school.location !== '城区');
  let next = 0;
  for (const school of schools) {
    if (school.type !== '教学点' || hosts.length === 0) continue;
    const host = hosts[next % hosts.length];
    if (host !== undefined) school.parent = host.id;
    next += 1;
  }
  return schools;
}

function blockOf(school: School, key: LevelKey): { students: number } | undefined {
  return school[key];
}

function applyStudentTotals(spec: CountySpec, schools: Draft[]): void {
  for (const total of spec.studentTotals ?? []) {
    const members = schools.filter(
      (school) =>
        blockOf(school, total.level) !== undefined &&
        (total.locations === undefined || total.locations.includes(school.location)),
    );
    const weights = members.map((school) => blockOf(school, total.level)?.students ?? 0);
    const parts = apportion(total.total, weights, 1);
    members.forEach((school, index) => {
      const block = blockOf(school, total.level);
      if (block !== undefined) block.students = parts[index] ?? 1;
    });
  }
}

/** County totals over all schools of a 学段 that must print exactly as the seed did. */
interface ExactTotals {
  teachers?: number;
  aboveDegree?: number;
  seniorTitle?: number;
  classes?: number;
}

/** Integer totals consistent with every printed report figure for `students`, or undefined. */
function exactTotalsFor(students: number, report: ReportTargets): ExactTotals | undefined {
  const teacherOptions =
    report.teachers !== undefined
      ? [report.teachers]
      : report.studentsPerTeacher !== undefined
        ? denominatorsPrinting(students, report.studentsPerTeacher)
        : [undefined];
  const classOptions =
    report.averageClassSize !== undefined
      ? denominatorsPrinting(students, report.averageClassSize)
      : [undefined];
  if (classOptions.length === 0) return undefined;
  for (const teachers of teacherOptions) {
    const out: ExactTotals = {};
    if (teachers !== undefined) out.teachers = teachers;
    if (classOptions[0] !== undefined) out.classes = classOptions[0];
    if (report.aboveDegreeShare !== undefined) {
      if (teachers === undefined) continue;
      const options = countsPrinting(teachers, percentAsFraction(report.aboveDegreeShare));
      if (options[0] === undefined) continue;
      out.aboveDegree = options[0];
    }
    if (report.seniorTitleShare !== undefined) {
      if (teachers === undefined) continue;
      const options = countsPrinting(teachers, percentAsFraction(report.seniorTitleShare));
      if (options[0] === undefined) continue;
      out.seniorTitle = options[0];
    }
    return out;
  }
  return undefined;
}

/**
 * Finds report totals that print as the seed did, moving a few students in or out of the
 * largest school when no integer solution exists for the drawn enrollment.
 */
function settleReportTotals(
  schools: Draft[],
  level: LevelId,
  report: ReportTargets | undefined,
): ExactTotals {
  if (report === undefined) return {};
  const largest = schools
    .filter((school) => school[level] !== undefined && school.type !== '教学点')
    .sort((a, b) => (b[level]?.students ?? 0) - (a[level]?.students ?? 0))[0]?.[level];
  if (largest === undefined) throw new Error(`no ${level} school to calibrate`);
  const base = schools.reduce((sum, school) => sum + (school[level]?.students ?? 0), 0);
  for (let step = 0; step < 2_000; step++) {
    const delta = step % 2 === 0 ? step / 2 : -(step + 1) / 2;
    const totals = exactTotalsFor(base + delta, report);
    if (totals !== undefined) {
      largest.students += delta;
      return totals;
    }
  }
  throw new Error(`no integer totals print the ${level} report figures`);
}

/** z-scores with enrollment-weighted mean 0 and standard deviation 1. */
function standardNormals(random: Random, weights: readonly number[]): number[] {
  const raw = weights.map(() => random.normal());
  const total = weights.reduce((a, b) => a + b, 0);
  const mean = raw.reduce((sum, z, i) => sum + ((weights[i] ?? 0) / total) * z, 0);
  const variance = raw.reduce((sum, z, i) => sum + ((weights[i] ?? 0) / total) * (z - mean) ** 2, 0);
  const sd = Math.sqrt(variance) || 1;
  return raw.map((z) => (z - mean) / sd);
}

/** Per-student values spread around `mean` with coefficient `cv`, never below a floor. */
function spread(random: Random, weights: readonly number[], mean: number, cv: number): number[] {
  return standardNormals(random, weights).map((z) => mean * Math.max(0.25, 1 + cv * z));
}

interface Target {
  label: string;
  level: LevelId;
  kind: 'mean' | 'cv';
  printed: Printed;
}

function targetsFor(spec: CountySpec, indicator: string): Target[] {
  const out: Target[] = [];
  for (const level of levelIds) {
    const target = spec.basic[level][indicator];
    if (target === undefined) continue;
    if (target.mean !== undefined)
      out.push({ label: `${level}.${indicator}.value`, level, kind: 'mean', printed: target.mean });
    out.push({ label: `${level}.${indicator}.cv`, level, kind: 'cv', printed: target.cv });
  }
  return out;
}

function errorsOf(
  targets: readonly Target[],
  observations: Record<LevelId, WeightedObservation[]>,
  factor: number,
) {
  return targets.map((target) => {
    const units = observations[target.level];
    const computed = target.kind === 'mean' ? countyValue(units, factor) : weightedCoefficient(units, factor);
    return isDefined(computed) ? printedError(computed, target.printed) : 1e6;
  });
}

export function calibrateCounty(
  spec: CountySpec,
  county: CountyFile,
  standards: ReadonlyMap<string, StandardFile>,
): CalibrationOutcome {
  const random = createRandom(spec.seed);
  const basic = standards.get('basic-2012');
  if (basic === undefined) throw new Error('basic-2012 is needed to calibrate');
  const mustMeet = spec.mustMeet ? standards.get(spec.mustMeet.standard) : undefined;
  const schools = skeleton(spec, random);
  applyStudentTotals(spec, schools);
  const exact: Record<LevelId, ExactTotals> = {
    primary: settleReportTotals(schools, 'primary', spec.report?.primary),
    junior: settleReportTotals(schools, 'junior', spec.report?.junior),
  };

  for (const level of levelIds)
    calibrateTeachers(spec, schools, level, basic, mustMeet, exact[level], random);
  fillSpecialTeachers(spec, schools);
  calibrateFacilities(spec, schools, basic, mustMeet, random);

  const data: CountyYearFile = {
    county: spec.county,
    year: spec.year,
    illustrative: true,
    schools: schools.map(orderedSchool),
  };
  if (spec.facts !== undefined) data.facts = spec.facts;
  if (spec.published !== undefined) data.published = spec.published;
  const assessed = addAssessment(data, spec.assessment);
  return { data: assessed, checks: verify(spec, county, assessed, standards) };
}

/** Level blocks whose teachers are not calibrated (out of basic scope): plain draws. */
function drawLevel(block: Level, profile: CountySpec['profile'][LevelId], random: Random): void {
  block.teachers = Math.max(
    1,
    Math.round(block.students * profile.teachersPerStudent * random.between(0.9, 1.25)),
  );
  block.aboveDegreeTeachers = Math.min(
    block.teachers,
    Math.round(block.teachers * profile.aboveDegreeShare * random.between(0.95, 1.05)),
  );
  block.seniorTitleTeachers = Math.min(
    block.teachers,
    Math.round(block.teachers * profile.seniorTitleShare * random.between(0.7, 1.2)),
  );
}

function calibrateTeachers(
  spec: CountySpec,
  schools: Draft[],
  level: LevelId,
  basic: StandardFile,
  mustMeet: StandardFile | undefined,
  exact: ExactTotals,
  random: Random,
): void {
  const profile = spec.profile[level];
  const units = unitsOf(schools, level, basic);
  const inScope = new Set(units.map((unit) => unit.schoolIndex));
  const outside: Level[] = [];
  schools.forEach((school, index) => {
    const block = school[level];
    if (block === undefined || inScope.has(index)) return;
    drawLevel(block, profile, random);
    outside.push(block);
  });
  const outsideSum = (field: 'teachers' | 'aboveDegreeTeachers' | 'seniorTitleTeachers' | 'classes') =>
    outside.reduce((sum, block) => sum + (block[field] ?? 0), 0);
  const weights = units.map((unit) => unit.block.students);
  const minimumTeachers = teacherFloor(units, mustMeet, level);

  const fitField = (
    indicator: string,
    perStudent: number,
    total: number | undefined,
    lower: readonly number[],
    upper: readonly number[],
    ofTeachers?: readonly number[],
  ): number[] => {
    const targets = targetsFor(spec, indicator).filter((target) => target.level === level);
    const cvTarget = targets.find((target) => target.kind === 'cv')?.printed.value ?? 0.3;
    // A subset of the teachers starts as a share of each school's teachers, so the cap
    // (never more than the teachers) does not pile every school up against it.
    const start =
      ofTeachers === undefined
        ? spread(random, weights, perStudent, cvTarget).map((x, i) => x * (weights[i] ?? 0))
        : subsetStart(random, ofTeachers, weights, perStudent, cvTarget, teacherCv);
    let ticks = start.map((value, i) =>
      clamp(Math.round(value), lower[i] ?? 0, upper[i] ?? Number.POSITIVE_INFINITY),
    );
    if (total !== undefined) ticks = fitTotal(ticks, total, lower, upper);
    const outcome = runSearch(
      {
        ticks,
        lower,
        upper,
        fixedTotal: total !== undefined,
        errors: (current) =>
          errorsOf(
            targets,
            {
              [level]: units.map((unit, i) => ({ weight: unit.block.students, amount: current[i] ?? 0 })),
            } as Record<LevelId, WeightedObservation[]>,
            1,
          ),
      },
      random,
    );
    if (!outcome.solved)
      throw new Error(
        `${spec.county} ${level} ${indicator}: no fit (worst ${fixedDecimal(outcome.worst, 2)})`,
      );
    return ticks;
  };

  let teacherCv: Measure = 0;
  const meanOf = (indicator: string, fallback: number) =>
    spec.basic[level][indicator]?.mean?.value ?? fallback;
  const teacherTotal = exact.teachers === undefined ? undefined : exact.teachers - outsideSum('teachers');
  const teachers = fitField(
    'teachers_per_student',
    meanOf('teachers_per_student', profile.teachersPerStudent),
    teacherTotal,
    minimumTeachers,
    units.map(() => Number.POSITIVE_INFINITY),
  );
  units.forEach((unit, i) => {
    unit.block.teachers = teachers[i] ?? 1;
    unit.block.qualifiedTeachers = unit.block.teachers;
  });
  const teacherCaps = units.map((unit) => unit.block.teachers);
  const zeros = units.map(() => 0);
  teacherCv = weightedCoefficient(
    units.map((unit) => ({ weight: unit.block.students, amount: unit.block.teachers })),
  );
  const above = fitField(
    'above_degree_teachers_per_student',
    meanOf('above_degree_teachers_per_student', profile.teachersPerStudent * profile.aboveDegreeShare),
    exact.aboveDegree === undefined ? undefined : exact.aboveDegree - outsideSum('aboveDegreeTeachers'),
    zeros,
    teacherCaps,
    teacherCaps,
  );
  const senior = fitField(
    'senior_title_teachers_per_student',
    meanOf('senior_title_teachers_per_student', profile.teachersPerStudent * profile.seniorTitleShare),
    exact.seniorTitle === undefined ? undefined : exact.seniorTitle - outsideSum('seniorTitleTeachers'),
    zeros,
    teacherCaps,
    teacherCaps,
  );
  units.forEach((unit, i) => {
    unit.block.aboveDegreeTeachers = above[i] ?? 0;
    unit.block.seniorTitleTeachers = senior[i] ?? 0;
  });

  // Classes: every block, the in-scope ones scaled to the printed total when there is one.
  schools.forEach((school) => {
    const block = school[level];
    if (block === undefined) return;
    const size =
      school.type === '教学点'
        ? random.between(8, 25)
        : profile.averageClassSize * random.between(0.82, 1.15);
    block.classes = Math.max(1, Math.round(block.students / size));
  });
  if (exact.classes !== undefined) {
    const inScopeClasses = exact.classes - outside.reduce((sum, block) => sum + block.classes, 0);
    const parts = apportion(
      inScopeClasses,
      units.map((unit) => unit.block.classes),
      1,
    );
    units.forEach((unit, i) => {
      unit.block.classes = parts[i] ?? 1;
    });
  }
  for (const school of schools) {
    const block = school[level];
    if (block === undefined) continue;
    if (school.type !== '教学点') addClassSizes(block, random, spec.largestClassAllowed);
    block.keyTeachers = Math.min(
      block.teachers,
      Math.round((block.students * profile.keyTeachersPer100 * random.between(0.4, 1.6)) / 100),
    );
    block.peArtsTeachers = Math.min(
      block.teachers,
      Math.max(
        school.type === '教学点' ? 0 : 1,
        Math.round((block.students * profile.peArtsTeachersPer100 * random.between(0.5, 1.5)) / 100),
      ),
    );
    if (block.qualifiedTeachers === undefined) block.qualifiedTeachers = block.teachers;
  }
}

/**
 * Start for a subset of teachers: each school keeps a share r_i of its teachers, with the
 * spread of r chosen so the subset's coefficient lands near its target (CV² ≈ CV_T² + CV_r²).
 */
function subsetStart(
  random: Random,
  teachers: readonly number[],
  students: readonly number[],
  perStudent: number,
  cv: number,
  teacherCv: Measure,
): number[] {
  const totalTeachers = teachers.reduce((a, b) => a + b, 0);
  const totalStudents = students.reduce((a, b) => a + b, 0);
  const share = Math.min(0.999, (perStudent * totalStudents) / totalTeachers);
  const base = isDefined(teacherCv) ? teacherCv : 0;
  const spreadOfShare = Math.sqrt(Math.max(0.0004, cv * cv - base * base));
  return standardNormals(random, teachers).map(
    (z, i) => (teachers[i] ?? 0) * clamp(share * (1 + spreadOfShare * z), 0, 1),
  );
}

/** Teachers each unit needs to meet a standard every school must meet (e.g. 师生比). */
function teacherFloor(units: readonly Unit[], mustMeet: StandardFile | undefined, level: LevelId): number[] {
  const indicator = mustMeet?.indicators.find((item) => item.numerator === 'level.teachers');
  const threshold = indicator?.threshold?.[level];
  return units.map((unit) =>
    indicator === undefined || threshold === undefined
      ? 1
      : Math.max(1, Math.ceil(((threshold * unit.block.students) / indicator.factor) * 1.02)),
  );
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/** Rescales whole-number parts to an exact total within their bounds. */
function fitTotal(
  ticks: number[],
  total: number,
  lower: readonly number[],
  upper: readonly number[],
): number[] {
  const out = apportion(
    total,
    ticks.map((tick) => Math.max(tick, 0.001)),
    0,
  );
  // Repair bounds by moving single units between parts; totals stay exact.
  for (let guard = 0; guard < 100_000; guard++) {
    const low = out.findIndex((value, i) => value < (lower[i] ?? 0));
    const high = out.findIndex((value, i) => value > (upper[i] ?? Number.POSITIVE_INFINITY));
    if (low === -1 && high === -1) return out;
    const from =
      high !== -1
        ? high
        : out.findIndex((value, i) => value > (lower[i] ?? 0) && value > (out[low] ?? 0) + 1);
    const to =
      low !== -1
        ? low
        : out.findIndex((value, i) => value < (upper[i] ?? Number.POSITIVE_INFINITY) && i !== from);
    if (from === -1 || to === -1) break;
    out[from] = (out[from] ?? 0) - 1;
    out[to] = (out[to] ?? 0) + 1;
  }
  throw new Error(`cannot fit a total of ${total} within the bounds`);
}

/**
 * Classes by size band, consistent with the block's average class size; none larger than
 * `cap` where the county says it has removed large (56+) or very large (66+) classes.
 */
function addClassSizes(block: Level, random: Random, cap = Number.POSITIVE_INFINITY): void {
  const average = block.students / Math.max(1, block.classes);
  const over = Math.round(block.classes * clamp((average - 38) / 16, 0, 0.85));
  const large = cap <= 55 ? 0 : Math.round(over * clamp((average - 46) / 18, 0, 0.5));
  const huge = average > 52 && cap > 65 ? Math.round(large * 0.25) : 0;
  block.classSizes = {
    upTo45: block.classes - over,
    from46To55: over - large,
    from56To65: large - huge,
    from66: huge,
  };
  block.largestClass =
    huge > 0
      ? random.int(66, 72)
      : large - huge > 0
        ? random.int(56, 62)
        : over - large > 0
          ? random.int(46, Math.min(54, cap))
          : Math.min(45, Math.ceil(average) + random.int(0, 4));
}

function fillSpecialTeachers(spec: CountySpec, schools: Draft[]): void {
  const special = schools.filter((school) => school.special !== undefined);
  const total = spec.special?.teachers;
  const parts =
    total === undefined
      ? special.map((school) => Math.max(2, Math.round((school.special?.students ?? 0) / 4)))
      : apportion(
          total,
          special.map((school) => school.special?.students ?? 1),
          1,
        );
  special.forEach((school, i) => {
    const block = school.special;
    if (block === undefined) return;
    block.teachers = parts[i] ?? 1;
    block.classes = Math.max(1, Math.round(block.students / 10));
    block.qualifiedTeachers = block.teachers;
  });
}

type FacilityKey = 'teachingArea' | 'sportsArea' | 'equipmentValue' | 'computers' | 'books';

const facilityPlan: readonly {
  field: FacilityKey;
  indicator: string;
  granularity: number;
  factor: number;
}[] = [
  { field: 'teachingArea', indicator: 'teaching_area_per_student', granularity: 0.01, factor: 1 },
  { field: 'sportsArea', indicator: 'sports_area_per_student', granularity: 0.01, factor: 1 },
  { field: 'equipmentValue', indicator: 'equipment_value_per_student', granularity: 1, factor: 1 },
  { field: 'computers', indicator: 'computers_per_100_students', granularity: 1, factor: 100 },
  { field: 'books', indicator: 'books_per_student', granularity: 1, factor: 1 },
];

const profileKey: Record<FacilityKey, keyof CountySpec['profile'][LevelId]> = {
  teachingArea: 'teachingArea',
  sportsArea: 'sportsArea',
  equipmentValue: 'equipmentValue',
  computers: 'computersPer100',
  books: 'books',
};

function calibrateFacilities(
  spec: CountySpec,
  schools: Draft[],
  basic: StandardFile,
  mustMeet: StandardFile | undefined,
  random: Random,
): void {
  const unitsByLevel = {
    primary: unitsOf(schools, 'primary', basic),
    junior: unitsOf(schools, 'junior', basic),
  };
  const members = [
    ...new Set([...unitsByLevel.primary, ...unitsByLevel.junior].map((unit) => unit.schoolIndex)),
  ].sort((a, b) => a - b);
  const memberSet = new Set(members);
  const position = new Map(members.map((schoolIndex, i) => [schoolIndex, i]));
  const weights = { primary: 1, junior: 1.1, senior: 1.32, ...basic.split?.weights };

  for (const plan of facilityPlan) {
    const perStudent = (level: LevelId) =>
      (spec.basic[level][plan.indicator]?.mean?.value ?? spec.profile[level][profileKey[plan.field]]) /
      plan.factor;
    // Out-of-scope schools first: plain draws.
    schools.forEach((school, index) => {
      if (memberSet.has(index)) return;
      school.facilities[plan.field] = roundTo(
        drawFacility(school, perStudent, random, spec),
        plan.granularity,
      );
    });
    // In scope: start from a spread per 学段, then search.
    const start = members.map(() => 0);
    const counts = members.map(() => 0);
    for (const level of levelIds) {
      const units = unitsByLevel[level];
      const cv = spec.basic[level][plan.indicator]?.cv.value ?? 0.3;
      const values = spread(
        random,
        units.map((unit) => unit.block.students),
        perStudent(level),
        cv,
      );
      units.forEach((unit, i) => {
        const at = position.get(unit.schoolIndex) ?? 0;
        start[at] = (start[at] ?? 0) + ((values[i] ?? 0) * unit.block.students) / unit.share;
        counts[at] = (counts[at] ?? 0) + 1;
      });
    }
    const lower = members.map(
      (schoolIndex) => facilityFloor(schools[schoolIndex], plan.field, mustMeet, weights) / plan.granularity,
    );
    const ticks = members.map((_, i) =>
      Math.max(Math.ceil(lower[i] ?? 0), Math.round((start[i] ?? 0) / (counts[i] || 1) / plan.granularity)),
    );
    const targets = targetsFor(spec, plan.indicator);
    const errors = (current: readonly number[]) => {
      const observations = { primary: [], junior: [] } as Record<LevelId, WeightedObservation[]>;
      for (const level of levelIds) {
        for (const unit of unitsByLevel[level]) {
          const at = position.get(unit.schoolIndex) ?? 0;
          observations[level].push({
            weight: unit.block.students,
            amount: (current[at] ?? 0) * plan.granularity * unit.share,
          });
        }
      }
      return errorsOf(targets, observations, plan.factor);
    };
    const upper = members.map(() => Number.POSITIVE_INFINITY);
    let outcome = runSearch({ ticks, lower, upper, fixedTotal: false, errors }, random, 100_000);
    if (!outcome.solved) {
      // Whole computers at unmixed schools move a county value in coarse steps; the shares of
      // mixed schools make the fine ones. Settle the values first, then the coefficients with
      // transfers that keep every 学段's total as it is.
      const groups = fixCountyValues(ticks, lower, errors, members, unitsByLevel, position);
      outcome = runSearch({ ticks, lower, upper, fixedTotal: true, groups, errors }, random);
    }
    if (!outcome.solved) {
      throw new Error(`${spec.county} ${plan.field}: no fit (worst ${fixedDecimal(outcome.worst, 2)})`);
    }
    members.forEach((schoolIndex, i) => {
      const school = schools[schoolIndex];
      if (school !== undefined)
        school.facilities[plan.field] = roundTo((ticks[i] ?? 0) * plan.granularity, plan.granularity);
    });
  }
  fillOtherFacilities(spec, schools, mustMeet, weights, random);
}

/**
 * Tries every small combination of changes at the schools whose quantity is shared between
 * 学段 (or only partly in scope), each compensated in whole ticks at the largest unmixed school
 * of each 学段, and keeps the combination with the smallest error. Returns the transfer groups
 * for the follow-up search: unmixed schools by 学段; shared ones each alone (never moved).
 */
function fixCountyValues(
  ticks: number[],
  lower: readonly number[],
  errors: (ticks: readonly number[]) => number[],
  members: readonly number[],
  unitsByLevel: Record<LevelId, Unit[]>,
  position: ReadonlyMap<number, number>,
): string[] {
  const unitsOfMember = members.map(() => [] as Unit[]);
  for (const level of levelIds) {
    for (const unit of unitsByLevel[level]) unitsOfMember[position.get(unit.schoolIndex) ?? 0]?.push(unit);
  }
  const groups = unitsOfMember.map((units, i) => {
    const only = units[0];
    return units.length === 1 && only !== undefined && only.share === 1 ? only.level : `shared-${i}`;
  });
  const shared = groups.flatMap((group, i) => (group.startsWith('shared') ? [i] : []));
  const anchors = levelIds.map((level) => {
    let best = -1;
    unitsOfMember.forEach((units, i) => {
      if (groups[i] !== level) return;
      const students = units[0]?.block.students ?? 0;
      const bestStudents = unitsOfMember[best]?.[0]?.block.students ?? -1;
      if (students > bestStudents) best = i;
    });
    return best;
  });
  const range = Math.max(1, Math.floor(Math.min(12, 200_000 ** (1 / Math.max(1, shared.length)) / 2)));
  const base = [...ticks];
  const score = (current: readonly number[]) => errors(current).reduce((sum, e) => sum + e * e, 0);
  let best = [...ticks];
  let bestScore = score(best);
  const deltas = shared.map(() => -range);
  for (;;) {
    const candidate = [...base];
    shared.forEach((index, k) => {
      candidate[index] = (candidate[index] ?? 0) + (deltas[k] ?? 0);
    });
    // Compensate each 学段 at its anchor by the whole ticks that bring it back nearest.
    for (const [k, level] of levelIds.entries()) {
      const anchor = anchors[k] ?? -1;
      if (anchor < 0) continue;
      let moved = 0;
      shared.forEach((index, d) => {
        const unit = unitsOfMember[index]?.find((item) => item.level === level);
        if (unit !== undefined) moved += (deltas[d] ?? 0) * unit.share;
      });
      candidate[anchor] = (candidate[anchor] ?? 0) - Math.round(moved);
    }
    if (candidate.every((value, i) => value >= (lower[i] ?? 0))) {
      for (const [k] of levelIds.entries()) {
        const anchor = anchors[k] ?? -1;
        if (anchor < 0) continue;
        // The remaining whole-tick offset at the anchor, tried a few steps each way.
        for (const offset of [0, 1, -1, 2, -2, 3, -3]) {
          candidate[anchor] = (candidate[anchor] ?? 0) + offset;
          const value = score(candidate);
          if (value < bestScore) {
            bestScore = value;
            best = [...candidate];
          }
          candidate[anchor] = (candidate[anchor] ?? 0) - offset;
        }
      }
    }
    let k = 0;
    while (k < deltas.length && (deltas[k] ?? 0) === range) {
      deltas[k] = -range;
      k += 1;
    }
    if (k === deltas.length) break;
    deltas[k] = (deltas[k] ?? 0) + 1;
  }
  best.forEach((value, i) => {
    ticks[i] = value;
  });
  return groups;
}

function roundTo(value: number, granularity: number): number {
  return granularity >= 1 ? Math.round(value) : Math.round(value * 100) / 100;
}

function drawFacility(
  school: Draft,
  perStudent: (level: LevelId) => number,
  random: Random,
  spec: CountySpec,
): number {
  let amount = 0;
  for (const level of levelIds) {
    const block = school[level];
    if (block !== undefined) amount += block.students * perStudent(level) * random.between(0.6, 1.3);
  }
  if (school.senior !== undefined)
    amount += school.senior.students * perStudent('junior') * random.between(0.8, 1.2);
  if (school.special !== undefined)
    amount += school.special.students * perStudent('primary') * 2 * random.between(0.8, 1.2);
  void spec;
  return amount;
}

/** The least a school may have of a facility so that every 学段 meets a must-meet standard. */
function facilityFloor(
  school: Draft | undefined,
  field: string,
  mustMeet: StandardFile | undefined,
  weights: { primary: number; junior: number; senior: number },
): number {
  if (school === undefined || mustMeet === undefined) return 0;
  const indicator = mustMeet.indicators.find((item) => item.numerator === `facilities.${field}`);
  if (indicator === undefined) return 0;
  let floor = 0;
  for (const level of levelIds) {
    const block = school[level];
    const threshold = indicator.threshold?.[level];
    if (block === undefined || threshold === undefined) continue;
    const split = mustMeet.split?.fields.includes(field) ?? false;
    const share = split ? facilityShare(school, level, weights) : 1;
    const denominator = (indicator.denominator ?? 'students') === 'students' ? block.students : 1;
    floor = Math.max(floor, ((threshold * denominator) / indicator.factor / share) * 1.03);
  }
  return floor;
}

function fillOtherFacilities(
  spec: CountySpec,
  schools: Draft[],
  mustMeet: StandardFile | undefined,
  weights: { primary: number; junior: number; senior: number },
  random: Random,
): void {
  const perLevel = (school: Draft, key: 'multimediaRoomsPer100' | 'landArea' | 'buildingArea') => {
    let amount = 0;
    for (const level of levelIds) {
      const block = school[level];
      if (block !== undefined)
        amount += block.students * spec.profile[level][key] * random.between(0.6, 1.35);
    }
    if (school.senior !== undefined) amount += school.senior.students * spec.profile.junior[key];
    if (school.special !== undefined) amount += school.special.students * spec.profile.primary[key] * 3;
    return amount;
  };
  const exceptions = new Map<string, number>();
  for (const exception of spec.mustMeet?.exceptions ?? []) {
    exceptions.set(`${exception.level}:${exception.indicator}`, exception.count);
  }
  for (const school of schools) {
    const teachingPoint = school.type === '教学点';
    school.facilities.multimediaRooms = Math.max(
      teachingPoint ? 0 : 1,
      Math.round(perLevel(school, 'multimediaRoomsPer100') / 100),
    );
    school.facilities.landArea =
      Math.round(
        Math.max(perLevel(school, 'landArea'), facilityFloor(school, 'landArea', mustMeet, weights)) * 100,
      ) / 100;
    school.facilities.buildingArea =
      Math.round(
        Math.max(perLevel(school, 'buildingArea'), facilityFloor(school, 'buildingArea', mustMeet, weights)) *
          100,
      ) / 100;
    const junior = school.junior !== undefined;
    school.facilities.laboratories = teachingPoint ? 0 : junior ? random.int(3, 6) : random.int(1, 3);
    school.facilities.functionRooms = teachingPoint ? random.int(0, 2) : random.int(6, 9);
    school.facilities.libraryRooms = teachingPoint ? random.int(0, 1) : random.int(1, 2);
  }
  // A must-meet standard's listed exceptions: the largest primary-only schools fall short.
  for (const [key, count] of exceptions) {
    const [level, indicatorId] = key.split(':') as [LevelId, string];
    const indicator = mustMeet?.indicators.find((item) => item.id === indicatorId);
    const field = indicator?.numerator.split('.')[1] as keyof Facilities | undefined;
    const threshold = indicator?.threshold?.[level];
    if (field === undefined || threshold === undefined) throw new Error(`unknown exception ${key}`);
    const candidates = schools
      .filter((school) => school.type === (level === 'primary' ? '小学' : '初级中学'))
      .sort((a, b) => (b[level]?.students ?? 0) - (a[level]?.students ?? 0))
      .slice(0, count);
    for (const school of candidates) {
      school.facilities[field] = Math.round((school[level]?.students ?? 0) * threshold * 0.92 * 100) / 100;
    }
  }
  for (const [field, total] of Object.entries(spec.facilityTotals ?? {}) as [
    'landArea' | 'buildingArea',
    number,
  ][]) {
    scaleToTotal(schools, field, total);
  }
}

/** Scales an area over all schools to an exact total in hundredths, keeping every floor. */
function scaleToTotal(schools: Draft[], field: 'landArea' | 'buildingArea', total: number): void {
  const hundredths = Math.round(total * 100);
  const parts = apportion(
    hundredths,
    schools.map((school) => school.facilities[field] ?? 0),
    0,
  );
  schools.forEach((school, i) => {
    school.facilities[field] = (parts[i] ?? 0) / 100;
  });
}

/** Key order as a clerk reads a row: identity first, then 学段, then facilities. */
function orderedSchool(school: Draft): School {
  const out: School = {
    id: school.id,
    name: school.name,
    type: school.type,
    ownership: school.ownership,
    countyRun: school.countyRun,
    location: school.location,
  };
  if (school.parent !== undefined) out.parent = school.parent;
  for (const key of ['primary', 'junior', 'special'] as const) {
    const block = school[key];
    if (block === undefined) continue;
    const keyOrder = [
      'students',
      'classes',
      'largestClass',
      'classSizes',
      'teachers',
      'qualifiedTeachers',
      'aboveDegreeTeachers',
      'seniorTitleTeachers',
      'keyTeachers',
      'peArtsTeachers',
    ] as const;
    const ordered: Partial<Record<(typeof keyOrder)[number], unknown>> = {};
    for (const field of keyOrder) if (block[field] !== undefined) ordered[field] = block[field];
    out[key] = ordered as Level;
    if (key === 'junior' && school.senior !== undefined) out.senior = { students: school.senior.students };
  }
  out.facilities = school.facilities;
  return out;
}

/** Every calibration target, recomputed by the real engine from the finished rows. */
function verify(
  spec: CountySpec,
  county: CountyFile,
  data: CountyYearFile,
  standards: ReadonlyMap<string, StandardFile>,
): CalibrationOutcome['checks'] {
  const applied = county.standards.flatMap((id) => {
    const standard = standards.get(id);
    return standard === undefined ? [] : [standard];
  });
  const { result } = computeCountyYear(county, data, applied);
  const checks: CalibrationOutcome['checks'] = [];
  const check = (target: string, printed: Printed, scale = 1) => {
    const found = resolveKey(result, target);
    const computed = found !== undefined && isDefined(found) ? found * scale : Number.NaN;
    checks.push({
      target,
      printed: printed.value,
      computed,
      ok: Math.abs(printedError(computed, printed)) <= 1,
    });
  };
  for (const level of levelIds) {
    for (const [indicator, target] of Object.entries(spec.basic[level])) {
      if (target.mean !== undefined)
        check(`levels.${level}.basic.indicators.${indicator}.value`, target.mean);
      check(`levels.${level}.basic.indicators.${indicator}.cv`, target.cv);
    }
    const report = spec.report?.[level];
    if (report?.averageClassSize) check(`levels.${level}.averageClassSize`, report.averageClassSize);
    if (report?.studentsPerTeacher) check(`levels.${level}.studentsPerTeacher`, report.studentsPerTeacher);
    if (report?.aboveDegreeShare) check(`levels.${level}.aboveDegreeShare`, report.aboveDegreeShare, 100);
    if (report?.seniorTitleShare) check(`levels.${level}.seniorTitleShare`, report.seniorTitleShare, 100);
    if (report?.teachers !== undefined)
      check(`levels.${level}.teachers`, { value: report.teachers, decimals: 0 });
  }
  for (const total of spec.studentTotals ?? []) {
    if (total.locations !== undefined || total.level === 'senior') continue;
    const key = total.level === 'special' ? 'totals.special.students' : `levels.${total.level}.students`;
    check(key, { value: total.total, decimals: 0 });
  }
  return checks;
}

export type { Location };
