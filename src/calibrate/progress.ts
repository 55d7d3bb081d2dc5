/**
 * Illustrative later years of a county that follows a plan (Longting, target 2030): the same
 * schools, enrollments drifting, and each school closing its high-quality gaps at its own pace.
 *
 * A gap is measured as in the standard: the seven resource indicators of quality-2017 (per
 * 学段, facilities split by weighted enrollment), music and art rooms per 12 classes with their
 * least area (G3), the largest class (G5), certified teachers (G12), and alongside trained
 * teachers (G9) and training spend (Q4). A school's pace is the share of its base-year gap it
 * has closed by a year: `early` closes it within three years, `steady` within seven and a half,
 * `slow` within sixteen (after the target), `stalled` never (its facilities stay as they are
 * while its enrollment grows). Deterministic: seeded, pure, from the calibrated base year.
 */
import { type LevelId, levelIds } from '../compute/units.ts';
import type { StandardFile } from '../types/generated/standard.ts';
import type { AssessedCountyYear } from './assessment.ts';
import { createRandom, type Random } from './random.ts';

export type Pace = 'early' | 'steady' | 'slow' | 'stalled';

export interface ProgressSpec {
  county: string;
  baseYear: number;
  years: readonly number[];
  seed: number;
  /** Comment lines under the schema line. */
  header: readonly string[];
  /** Pace of every school, by id. */
  paces: Readonly<Record<string, Pace>>;
  /** Yearly enrollment growth drawn per school in this range, unless the school has its own. */
  growth: readonly [number, number];
  growthOf?: Readonly<Record<string, number>>;
  /** Music and art room thresholds (G3): classes per room, least areas in ㎡. */
  rooms: { classesPerRoom: number; musicArea: number; artArea: number };
  /** Largest class allowed per 学段 (G5). */
  classCap: Record<LevelId, number>;
  /** Least share of public funds spent on training (Q4). */
  trainingShare: number;
}

const yearsToClose: Record<Pace, number> = {
  early: 3,
  steady: 7.5,
  slow: 16,
  stalled: Number.POSITIVE_INFINITY,
};

/** Share of the base-year gap closed `elapsed` years later. */
export function closedShare(pace: Pace, elapsed: number): number {
  return Math.min(1, elapsed / yearsToClose[pace]);
}

type Row = AssessedCountyYear['schools'][number];
type Block = NonNullable<Row['primary']>;

/** Ceil to the granularity of a quantity, with a small margin so a met value stays met. */
function meeting(required: number, granularity: number): number {
  const value = Math.ceil((required * 1.002) / granularity) * granularity;
  return granularity >= 1 ? value : Math.round(value * 100) / 100;
}

function roundTo(value: number, granularity: number): number {
  return granularity >= 1 ? Math.round(value) : Math.round(value * 100) / 100;
}

const levelKeys = ['primary', 'junior'] as const;

/** Weighted enrollment shares of a school's 学段 (1 for a school with one 学段). */
function shares(row: Row, standard: StandardFile): Record<LevelId, number> {
  const weights = { primary: 1, junior: 1.1, senior: 1.32, ...standard.split?.weights };
  const parts = [...levelKeys, 'senior' as const].map((key) => (row[key]?.students ?? 0) * weights[key]);
  const total = parts.reduce((a, b) => a + b, 0);
  const mixed = parts.filter((part) => part > 0).length > 1;
  return {
    primary: mixed ? ((row.primary?.students ?? 0) * weights.primary) / total : 1,
    junior: mixed ? ((row.junior?.students ?? 0) * weights.junior) / total : 1,
  };
}

/** What a quantity must be for every 学段 of the school to meet the indicator. */
function required(row: Row, standard: StandardFile, numerator: string, level?: LevelId): number {
  const indicator = standard.indicators.find((item) => item.numerator === numerator);
  if (indicator === undefined) return 0;
  const split = shares(row, standard);
  let need = 0;
  for (const key of level === undefined ? levelKeys : [level]) {
    const block = row[key];
    const threshold = indicator.threshold?.[key];
    if (block === undefined || threshold === undefined || block.students === 0) continue;
    const share = numerator.startsWith('facilities.') ? split[key] : 1;
    need = Math.max(need, (threshold * block.students) / indicator.factor / share);
  }
  return need;
}

/**
 * A quantity in year y: met ones never drop below the need; short ones close their base ratio
 * towards 1 by `closed`; stalled ones stay as they were. Never below the base value.
 */
function progressed(
  base: number,
  baseNeed: number,
  need: number,
  closed: number,
  pace: Pace,
  granularity: number,
): number {
  if (baseNeed <= 0) return base;
  const ratio = base / baseNeed;
  if (ratio >= 1) return Math.max(base, meeting(need, granularity));
  if (pace === 'stalled') return base;
  if (closed >= 1) return Math.max(base, meeting(need, granularity));
  if (granularity >= 1) {
    // Whole rooms and teachers come one at a time: of the units missing in the base year, the
    // closed share (rounded up) has arrived, so a gap of one closes with the first step.
    const missing = wholeLeft(meeting(baseNeed, 1) - base, closed);
    return Math.max(base, meeting(need, 1) - missing);
  }
  const target = need * (ratio + (1 - ratio) * closed);
  // An area never reaches the need before its gap is closed, so the path stays a path.
  return Math.max(base, roundTo(Math.min(target, need - granularity), granularity));
}

/** Whole units of a base-year gap still missing once `closed` of it is closed. */
export function wholeLeft(gap: number, closed: number): number {
  return Math.max(0, gap - Math.ceil(gap * closed - 1e-9));
}

const teacherFields = ['aboveDegreeTeachers', 'keyTeachers', 'peArtsTeachers'] as const;
const facilityFields = [
  { field: 'teachingArea', granularity: 0.01 },
  { field: 'sportsArea', granularity: 0.01 },
  { field: 'equipmentValue', granularity: 1 },
  { field: 'multimediaRooms', granularity: 1 },
] as const;

function scaleLevel(
  block: Block,
  baseBlock: Block,
  students: number,
  closed: number,
  pace: Pace,
  cap: number,
  random: Random,
  isTeachingPoint: boolean,
): void {
  const scale = students / baseBlock.students;
  block.students = students;
  block.teachers = Math.max(1, Math.round(baseBlock.teachers * scale));
  for (const field of ['qualifiedTeachers', 'seniorTitleTeachers'] as const) {
    const value = baseBlock[field];
    if (value !== undefined) block[field] = Math.min(block.teachers, Math.round(value * scale));
  }
  // Teachers without a certificate or the 360 hours: the base-year count, shrinking by pace.
  for (const field of ['certifiedTeachers', 'trainedTeachers'] as const) {
    const value = baseBlock[field];
    if (value === undefined) continue;
    const missing = baseBlock.teachers - value;
    const left = pace === 'stalled' ? missing : wholeLeft(missing, closed);
    block[field] = Math.max(0, block.teachers - left);
  }
  // Class sizes: the average and the largest class come down towards the cap by pace.
  const average0 = baseBlock.students / Math.max(1, baseBlock.classes);
  const largest0 = baseBlock.largestClass;
  const over = largest0 !== undefined && largest0 > cap;
  const share = over && pace !== 'stalled' ? closed : 0;
  const average = average0 - (average0 - Math.min(average0, cap - 4)) * share;
  block.classes = Math.max(1, Math.ceil(students / average));
  if (isTeachingPoint || largest0 === undefined) return;
  let largest: number;
  if (!over) largest = largest0;
  else {
    const left = wholeLeft(largest0 - cap, share);
    largest = left === 0 ? cap - random.int(0, 3) : cap + left;
  }
  largest = Math.max(largest, Math.ceil(students / block.classes));
  block.largestClass = largest;
  const bands0 = baseBlock.classSizes;
  const over450 = bands0 === undefined ? 0 : bands0.from46To55 + bands0.from56To65 + bands0.from66;
  // Classes above 45: the primary cap is 45, so they go with the gap; a junior school keeps some
  // classes of 46–50, which its cap allows.
  const keep = cap <= 45 ? 1 - share : 1 - share / 2;
  let above45 = largest > 45 ? Math.max(1, Math.round(over450 * keep)) : 0;
  above45 = Math.min(above45, block.classes);
  const top = largest >= 66 ? 'from66' : largest >= 56 ? 'from56To65' : 'from46To55';
  const bands = { upTo45: block.classes - above45, from46To55: 0, from56To65: 0, from66: 0 };
  if (above45 > 0) {
    bands[top] = 1;
    bands.from46To55 += above45 - 1;
  }
  block.classSizes = bands;
}

function rooms(row: Row, baseRow: Row, closed: number, pace: Pace, spec: ProgressSpec): void {
  const facilities = row.facilities;
  const base = baseRow.facilities;
  if (facilities === undefined || base === undefined || base.musicRooms === undefined) return;
  const classes = (row: Row) => (row.primary?.classes ?? 0) + (row.junior?.classes ?? 0);
  const need = Math.max(1, Math.ceil(classes(row) / spec.rooms.classesPerRoom));
  const need0 = Math.max(1, Math.ceil(classes(baseRow) / spec.rooms.classesPerRoom));
  const step = (count0: number | undefined): number => {
    const count = count0 ?? 0;
    const gap = Math.max(0, need0 - count);
    if (gap === 0) return Math.max(count, need);
    if (pace === 'stalled') return count;
    return Math.max(count, need - wholeLeft(gap, closed));
  };
  facilities.musicRooms = step(base.musicRooms);
  facilities.artRooms = step(base.artRooms);
  const area = (area0: number | undefined, least: number, count: number): number | undefined => {
    if (count === 0) return undefined;
    if (area0 === undefined) return least + 6;
    if (area0 >= least || pace === 'stalled') return area0;
    if (closed >= 1) return least + 4;
    return Math.min(least - 0.5, Math.round((area0 + (least - area0) * closed) * 2) / 2);
  };
  const music = area(base.musicRoomMinArea, spec.rooms.musicArea, facilities.musicRooms);
  const art = area(base.artRoomMinArea, spec.rooms.artArea, facilities.artRooms);
  if (music === undefined) delete facilities.musicRoomMinArea;
  else facilities.musicRoomMinArea = music;
  if (art === undefined) delete facilities.artRoomMinArea;
  else facilities.artRoomMinArea = art;
}

function funds(
  row: Row,
  baseRow: Row,
  closed: number,
  pace: Pace,
  elapsed: number,
  spec: ProgressSpec,
): void {
  const base = baseRow.funds;
  if (base?.publicFunds === undefined) return;
  const students = (r: Row) => (r.primary?.students ?? 0) + (r.junior?.students ?? 0);
  const scale = students(row) / Math.max(1, students(baseRow));
  const publicFunds = Math.round((base.publicFunds * scale * 1.02 ** elapsed) / 100) * 100;
  const share0 = (base.trainingSpend ?? 0) / base.publicFunds;
  const goal = Math.max(share0, spec.trainingShare + 0.004);
  const share =
    share0 >= spec.trainingShare || pace === 'stalled' ? share0 : share0 + (goal - share0) * closed;
  let trainingSpend = Math.round(publicFunds * share);
  if (share0 >= spec.trainingShare || closed >= 1)
    trainingSpend = Math.max(trainingSpend, Math.ceil(publicFunds * spec.trainingShare));
  row.funds = { publicFunds, trainingSpend };
}

/** The later years of a plan county, each a full illustrative county-year of the same schools. */
export function progressYears(
  base: AssessedCountyYear,
  spec: ProgressSpec,
  standard: StandardFile,
): AssessedCountyYear[] {
  const random = createRandom(spec.seed);
  const growth = new Map(
    base.schools.map((row) => [row.id, spec.growthOf?.[row.id] ?? random.between(...spec.growth)]),
  );
  // Enrollment paths: compound growth with a little yearly noise, drawn in year order.
  const enrollment = new Map<string, Record<LevelId, number>[]>();
  for (const row of base.schools) {
    const path: Record<LevelId, number>[] = [];
    let current = { primary: row.primary?.students ?? 0, junior: row.junior?.students ?? 0 };
    for (const _ of spec.years) {
      const next = { ...current };
      for (const level of levelIds) {
        const rate = (growth.get(row.id) ?? 0) + random.between(-0.008, 0.008);
        next[level] = current[level] === 0 ? 0 : Math.max(1, Math.round(current[level] * (1 + rate)));
      }
      path.push(next);
      current = next;
    }
    enrollment.set(row.id, path);
  }
  return spec.years.map((year, index) => {
    const elapsed = year - spec.baseYear;
    const schools = base.schools.map((baseRow) => {
      const row = structuredClone(baseRow);
      const pace = spec.paces[row.id];
      if (pace === undefined) throw new Error(`${spec.county}: no pace for ${row.id}`);
      const closed = closedShare(pace, elapsed);
      const students = enrollment.get(row.id)?.[index];
      for (const level of levelIds) {
        const block = row[level];
        const baseBlock = baseRow[level];
        if (block === undefined || baseBlock === undefined || students === undefined) continue;
        scaleLevel(
          block,
          baseBlock,
          students[level],
          closed,
          pace,
          spec.classCap[level],
          random,
          row.type === '教学点',
        );
        for (const field of teacherFields) {
          const value = baseBlock[field];
          if (value === undefined) continue;
          const numerator = `level.${field}`;
          const next = progressed(
            value,
            required(baseRow, standard, numerator, level),
            required(row, standard, numerator, level),
            closed,
            pace,
            1,
          );
          block[field] = Math.min(block.teachers, next);
        }
      }
      const facilities = row.facilities;
      const baseFacilities = baseRow.facilities;
      if (facilities !== undefined && baseFacilities !== undefined) {
        for (const { field, granularity } of facilityFields) {
          const value = baseFacilities[field];
          if (value === undefined) continue;
          const numerator = `facilities.${field}`;
          facilities[field] = progressed(
            value,
            required(baseRow, standard, numerator),
            required(row, standard, numerator),
            closed,
            pace,
            granularity,
          );
        }
      }
      rooms(row, baseRow, closed, pace, spec);
      funds(row, baseRow, closed, pace, elapsed, spec);
      return row;
    });
    const out: AssessedCountyYear = { county: base.county, year, illustrative: true, schools };
    return out;
  });
}
