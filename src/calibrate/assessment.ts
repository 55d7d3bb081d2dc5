/**
 * The whole-assessment additions of an illustrative county-year (contract §1): per school the
 * certified and trained teachers, music and art rooms and funds; per county the numbers,
 * declarations, vetoes, evidence and external results its spec lists.
 *
 * Drawn from a random stream of their own (the spec's `assessment.seed`), after the calibrated
 * rows are final: adding or changing these fields never moves a calibrated figure.
 */
import type { LevelId } from '../compute/units.ts';
import type { CountyYearFile, School } from '../types/generated/county-year.ts';
import type { CountyAssessment, FacilityAdditions, LevelAdditions, SchoolFunds } from './assessment-types.ts';
import { createRandom, type Random } from './random.ts';

/** How the school-row additions are drawn; an omitted part is not supplied (no field written). */
export interface SchoolAdditionsPlan {
  /** 持证上岗 (G12): every teacher certified except at `short` schools. */
  certified?: { short: number };
  /** 五年 360 学时培训 (G9): every teacher trained except at `short` schools. */
  trained?: { short: number };
  /**
   * 音乐、美术专用教室 (G3): one of each per 12 classes (rounded up), each room large enough,
   * except `short` schools one room short and `smallRooms` schools with an undersized room.
   */
  rooms?: { short: number; smallRooms: number };
  /**
   * 公用经费 (G6, Q4): the per-student norm of each 学段 (元), schools under 100 students funded
   * as 100 except `smallUnderfunded` of them; at least 5% on training except `lowTraining` schools.
   */
  funds?: { perStudent: Record<LevelId | 'special', number>; smallUnderfunded: number; lowTraining: number };
}

export interface AssessmentSpec {
  /** Seed of this stream (never the calibration's own). */
  seed: number;
  /** Extra comment lines for the file header (what is seed, what is illustrative). */
  header: readonly string[];
  schools: SchoolAdditionsPlan;
  /**
   * 特殊教育学校生均公用经费 (元): numbers.specialEducation becomes this times the special
   * schools' students, so the county number agrees with the rows.
   */
  specialEducationPerStudent?: number;
  county: CountyAssessment;
}

type Row = School & {
  primary?: School['primary'] & LevelAdditions;
  junior?: School['junior'] & LevelAdditions;
  facilities?: School['facilities'] & FacilityAdditions;
  funds?: SchoolFunds;
};

export type AssessedCountyYear = CountyYearFile & CountyAssessment & { schools: Row[] };

/** Schools a shortfall may be placed at: public, county-run, in every scope, not a teaching point. */
function regular(school: School): boolean {
  return (
    school.ownership === '公办' &&
    school.countyRun &&
    school.type !== '教学点' &&
    school.type !== '特殊教育学校'
  );
}

/** `count` distinct items drawn without replacement, in file order. */
function choose<T>(random: Random, items: readonly T[], count: number): Set<T> {
  const pool = [...items];
  const out = new Set<T>();
  while (out.size < count && pool.length > 0) {
    const index = Math.floor(random.next() * pool.length);
    const [item] = pool.splice(index, 1);
    if (item !== undefined) out.add(item);
  }
  return out;
}

const compulsory = ['primary', 'junior'] as const;

function studentsOf(school: School): number {
  return (school.primary?.students ?? 0) + (school.junior?.students ?? 0);
}

function classesOf(school: School): number {
  return (
    (school.primary?.classes ?? 0) +
    (school.junior?.classes ?? 0) +
    (school.senior?.classes ?? 0) +
    (school.special?.classes ?? 0)
  );
}

/** Adds the teacher counts: all teachers, or a few short at the chosen schools. */
function addTeacherCounts(
  rows: Row[],
  random: Random,
  field: keyof LevelAdditions,
  plan: { short: number } | undefined,
  shortShare: readonly [number, number],
): void {
  if (plan === undefined) return;
  const short = choose(random, rows.filter(regular), plan.short);
  for (const row of rows) {
    for (const key of compulsory) {
      const block = row[key];
      if (block === undefined) continue;
      const missing = short.has(row)
        ? Math.max(1, Math.round(block.teachers * random.between(shortShare[0], shortShare[1])))
        : 0;
      block[field] = Math.max(0, block.teachers - missing);
    }
  }
}

const halfSquareMetre = (value: number) => Math.round(value * 2) / 2;

function addRooms(rows: Row[], random: Random, plan: SchoolAdditionsPlan['rooms']): void {
  if (plan === undefined) return;
  const candidates = rows.filter(regular);
  // One room short where several are needed, so no school is left without a room of each kind.
  const short = choose(
    random,
    candidates.filter((row) => classesOf(row) > 12),
    plan.short,
  );
  const small = choose(
    random,
    candidates.filter((row) => !short.has(row)),
    plan.smallRooms,
  );
  for (const row of rows) {
    const facilities = row.facilities;
    if (facilities === undefined) continue;
    const needed = Math.max(1, Math.ceil(classesOf(row) / 12));
    let music = needed + (random.next() < 0.2 ? 1 : 0);
    let art = needed + (random.next() < 0.15 ? 1 : 0);
    if (short.has(row)) {
      if (random.next() < 0.5) music = needed - 1;
      else art = needed - 1;
    }
    facilities.musicRooms = music;
    facilities.musicRoomMinArea = halfSquareMetre(random.between(96, 118));
    facilities.artRooms = art;
    facilities.artRoomMinArea = halfSquareMetre(random.between(90, 112));
    if (small.has(row)) {
      // An older building: one room below the area the standard asks.
      if (random.next() < 0.5) facilities.musicRoomMinArea = halfSquareMetre(random.between(64, 88));
      else facilities.artRoomMinArea = halfSquareMetre(random.between(60, 84));
    }
  }
}

function addFunds(rows: Row[], random: Random, plan: SchoolAdditionsPlan['funds']): void {
  if (plan === undefined) return;
  const small = (row: Row) =>
    row.ownership === '公办' &&
    row.type !== '特殊教育学校' &&
    row.location !== '城区' &&
    studentsOf(row) < 100;
  // A shortfall counts only where the rule reaches: a teaching point of 50 students or more.
  const underfunded = choose(
    random,
    rows.filter((row) => small(row) && studentsOf(row) >= 50),
    plan.smallUnderfunded,
  );
  const lowTraining = choose(random, rows.filter(regular), plan.lowTraining);
  for (const row of rows) {
    let due = 0;
    for (const key of compulsory) {
      const block = row[key];
      if (block !== undefined) due += block.students * plan.perStudent[key];
    }
    if (row.senior !== undefined) due += row.senior.students * plan.perStudent.junior;
    if (row.special !== undefined) due += row.special.students * plan.perStudent.special;
    if (small(row) && !underfunded.has(row)) {
      const students = studentsOf(row);
      due = (due / Math.max(1, students)) * 100;
    }
    // Funds arrive as budgeted or a little above (other income), in whole hundreds of 元; a
    // special school's exactly at its norm, as the county number says.
    const above = row.type === '特殊教育学校' ? 1 : random.between(1, 1.06);
    const publicFunds = Math.ceil((due * above) / 100) * 100;
    const share = lowTraining.has(row) ? random.between(0.028, 0.046) : random.between(0.052, 0.085);
    const trainingSpend = Math.max(
      lowTraining.has(row) ? 0 : Math.ceil(publicFunds * 0.05),
      Math.round(publicFunds * share),
    );
    row.funds = { publicFunds, trainingSpend };
  }
}

/** Adds the assessment fields to calibrated rows; the calibrated fields are left as they are. */
export function addAssessment(data: CountyYearFile, spec: AssessmentSpec | undefined): AssessedCountyYear {
  const out = data as AssessedCountyYear;
  if (spec === undefined) return out;
  const random = createRandom(spec.seed);
  const rows = out.schools;
  addTeacherCounts(rows, random, 'certifiedTeachers', spec.schools.certified, [0.02, 0.06]);
  addTeacherCounts(rows, random, 'trainedTeachers', spec.schools.trained, [0.04, 0.12]);
  addRooms(rows, random, spec.schools.rooms);
  addFunds(rows, random, spec.schools.funds);

  const county: CountyAssessment = structuredClone(spec.county);
  if (spec.specialEducationPerStudent !== undefined) {
    const students = rows.reduce((sum, row) => sum + (row.special?.students ?? 0), 0);
    county.numbers = {
      specialEducation: { publicFunds: students * spec.specialEducationPerStudent, students },
      ...county.numbers,
    };
  }
  for (const key of [
    'numbers',
    'declarations',
    'vetoes',
    'evidence',
    'qualityMonitoring',
    'recognitionSurvey',
    'governmentScore',
    'governmentScoreItems',
  ] as const) {
    const value = county[key];
    if (value !== undefined) Object.assign(out, { [key]: value });
  }
  return out;
}
