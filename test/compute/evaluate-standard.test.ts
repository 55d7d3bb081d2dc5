import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { evaluateStandard } from '../../src/compute/evaluate-standard.ts';
import type { School } from '../../src/types/generated/county-year.ts';
import type { StandardFile } from '../../src/types/generated/standard.ts';
import { facilities, level, loadStandard, school } from '../helpers/fixtures.ts';

const basic = loadStandard('basic-2012');
const quality = loadStandard('quality-2017');

/** A 100-student primary school that meets every high-quality standard. */
function meetsAll(overrides: { level?: object; facilities?: object } = {}): School {
  return school({
    type: '小学',
    primary: level(100, {
      teachers: 8,
      aboveDegreeTeachers: 5,
      keyTeachers: 1,
      peArtsTeachers: 1,
      ...overrides.level,
    }),
    facilities: facilities({
      teachingArea: 500,
      sportsArea: 800,
      equipmentValue: 200_000,
      computers: 12,
      books: 3000,
      multimediaRooms: 3,
      ...overrides.facilities,
    }),
  });
}

const statusOf = (one: School, standard: StandardFile = quality) =>
  evaluateStandard([one], 'primary', standard).statuses.get(0);

describe('school rule: at least 6 of 7, the rest ≥ 85% (domain.md §5)', () => {
  test('all seven met', () => {
    expect(statusOf(meetsAll())).toMatchObject({ inScope: true, met: 7, of: 7, pass: true });
  });

  test('six met, the seventh at 90% of its standard: passes', () => {
    expect(statusOf(meetsAll({ facilities: { sportsArea: 675 } }))).toMatchObject({ met: 6, pass: true });
  });

  test('six met, the seventh at 80% of its standard: fails', () => {
    expect(statusOf(meetsAll({ facilities: { sportsArea: 600 } }))).toMatchObject({ met: 6, pass: false });
  });

  test('five met: fails however close the other two are', () => {
    const status = statusOf(meetsAll({ facilities: { sportsArea: 700, teachingArea: 440 } }));
    expect(status).toMatchObject({ met: 5, pass: false });
  });

  test('exactly at the standard counts as met', () => {
    expect(statusOf(meetsAll({ facilities: { teachingArea: 450 } }))).toMatchObject({ met: 7 });
  });
});

describe('shortfalls in real units', () => {
  const status = statusOf(
    meetsAll({ level: { aboveDegreeTeachers: 3 }, facilities: { sportsArea: 600, multimediaRooms: 2 } }),
  );

  test('area in ㎡: 7.5 ㎡ × 100 students − 600 ㎡ = 150 ㎡', () => {
    expect(status?.shortfalls?.sports_area_per_student).toEqual({
      value: 6,
      standard: 7.5,
      short: 150,
      unit: '㎡',
    });
  });

  test('teachers round up: 4.2 needed, 3 on staff → 2 to hire', () => {
    expect(status?.shortfalls?.above_degree_teachers_per_100_students).toMatchObject({
      short: 2,
      unit: '人',
    });
  });

  test('rooms round up: 2.3 needed, 2 in use → 1 to build', () => {
    expect(status?.shortfalls?.multimedia_rooms_per_100_students).toMatchObject({ short: 1, unit: '间' });
  });

  test('a standard met is a shortfall of 0', () => {
    expect(status?.shortfalls?.equipment_value_per_student).toMatchObject({ short: 0 });
  });
});

/** Two primary schools whose per-student books differ: CV of books > 0, others 0. */
function twoSchools(booksA: number, booksB: number): School[] {
  const make = (books: number) =>
    school({
      type: '小学',
      primary: level(100, { teachers: 6, aboveDegreeTeachers: 5, seniorTitleTeachers: 3 }),
      facilities: facilities({
        teachingArea: 400,
        sportsArea: 500,
        equipmentValue: 150_000,
        computers: 10,
        books,
      }),
    });
  return [make(booksA), make(booksB)];
}

describe('coefficient tests', () => {
  test('basic: the composite is the mean of the eight coefficients, compared with 0.65', () => {
    const { result } = evaluateStandard(twoSchools(1000, 5000), 'primary', basic);
    const books = result.indicators.books_per_student?.cv as number;
    expect(books).toBeCloseTo(2 / 3, 10);
    expect(result.compositeCv).toBeCloseTo(books / 8, 10);
    expect(result).toMatchObject({
      limit: 0.65,
      pass: true,
      units: 2,
      coefficientTest: 'composite',
      compositePass: true,
    });
    expect(result.schoolRule).toBeUndefined();
  });

  test('quality: each coefficient is tested on its own; a low average cannot hide one over the limit', () => {
    const schools = twoSchools(1000, 5000).map((one) => ({
      ...one,
      primary: { ...(one.primary ?? level(100)), keyTeachers: 1, peArtsTeachers: 1 },
      facilities: { ...(one.facilities ?? facilities()), multimediaRooms: 3, equipmentValue: 150_000 },
    }));
    // Make sports area differ strongly: CV of sports area well above 0.50.
    const [a, b] = schools;
    if (a?.facilities === undefined || b?.facilities === undefined) throw new Error('fixture');
    a.facilities.sportsArea = 200;
    b.facilities.sportsArea = 1800;
    const { result } = evaluateStandard(schools, 'primary', quality);
    const cvs = Object.values(result.indicators).map((indicator) => indicator?.cv as number);
    const average = cvs.reduce((sum, cv) => sum + cv, 0) / cvs.length;
    expect(average).toBeLessThan(0.5);
    expect(result.indicators.sports_area_per_student).toMatchObject({ limit: 0.5, pass: false });
    expect(result.pass).toBe(false);
    expect(result).toMatchObject({ coefficientTest: 'each', schoolRule: { minMet: 6, floorShare: 0.85 } });
    expect(result.compositePass).toBeUndefined();
  });
});

describe('units without students', () => {
  const unitArbitrary = fc.record({
    students: fc.integer({ min: 1, max: 3000 }),
    books: fc.integer({ min: 0, max: 100_000 }),
    teachers: fc.integer({ min: 1, max: 200 }),
    area: fc.integer({ min: 1, max: 20_000 }),
  });

  test('property: adding a school with no students changes no figure and yields a data problem', () => {
    fc.assert(
      fc.property(fc.array(unitArbitrary, { minLength: 1, maxLength: 12 }), (rows) => {
        const schools = rows.map((row) =>
          school({
            type: '小学',
            primary: level(row.students, {
              teachers: row.teachers,
              aboveDegreeTeachers: row.teachers,
              seniorTitleTeachers: 0,
            }),
            facilities: facilities({ books: row.books, teachingArea: row.area, sportsArea: row.area }),
          }),
        );
        const empty = school({
          type: '小学',
          name: '空校',
          primary: level(0, { teachers: 3, aboveDegreeTeachers: 3, seniorTitleTeachers: 1 }),
          facilities: facilities({ books: 5000, teachingArea: 900, sportsArea: 900 }),
        });
        const without = evaluateStandard(schools, 'primary', basic);
        const withEmpty = evaluateStandard([...schools, empty], 'primary', basic);
        expect(withEmpty.result).toEqual(without.result);
        expect(without.findings).toEqual([]);
        expect(withEmpty.findings.map((found) => [found.code, found.path])).toEqual([
          ['unitWithoutStudents', ['schools', schools.length, 'primary', 'students']],
        ]);
      }),
      { numRuns: 50 },
    );
  });
});

describe('standings: each school’s verdict on each indicator, as the result carries it', () => {
  const hunan = loadStandard('hunan-basic-illustrative');

  test('standings: met, within the floor, below, and missing when the value cannot be computed', () => {
    const below = meetsAll({ facilities: { sportsArea: 600 } }); // 6 ㎡ of 7.5: 80%
    const floor = meetsAll({ facilities: { sportsArea: 675 } }); // 90%
    const missing = meetsAll();
    delete missing.primary?.keyTeachers;
    const { statuses } = evaluateStandard([below, floor, missing], 'primary', quality);
    expect(statuses.get(0)?.standings?.sports_area_per_student).toBe('below');
    expect(statuses.get(1)?.standings?.sports_area_per_student).toBe('floor');
    expect(statuses.get(1)?.standings?.teaching_area_per_student).toBe('met');
    expect(statuses.get(2)?.standings?.key_teachers_per_100_students).toBe('missing');
    expect(statuses.get(2)).toMatchObject({ met: 6, pass: false });
  });

  test('a unit without students is in scope with every standing missing', () => {
    const empty = meetsAll({ level: { students: 0 } });
    const status = evaluateStandard([meetsAll(), empty], 'primary', quality).statuses.get(1);
    expect(status?.inScope).toBe(true);
    expect(Object.values(status?.standings ?? {})).toEqual(Array(7).fill('missing'));
  });

  test('without a floor below 1 (the provincial rule) a value under the standard is below, never within the floor', () => {
    const one = school({
      type: '小学',
      primary: level(100, { teachers: 6, qualifiedTeachers: 6 }),
      facilities: facilities({
        landArea: 1399, // 13.99 ㎡ of 14
        buildingArea: 400,
        books: 1500,
        sportsArea: 150,
        equipmentValue: 80_000,
        laboratories: 1,
        functionRooms: 6,
        libraryRooms: 1,
      }),
    });
    const status = evaluateStandard([one], 'primary', hunan).statuses.get(0);
    expect(status?.standings?.land_area_per_student).toBe('below');
    expect(status).toMatchObject({ met: 9, pass: false });
  });
});
