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
        expect(without.emptyUnits).toEqual([]);
        expect(withEmpty.emptyUnits).toEqual([schools.length]);
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

describe('exact verdicts: a value equal to its limit, standard value or floor meets it', () => {
  const hunan = loadStandard('hunan-basic-illustrative');

  /** A 51-student primary school meeting every high-quality standard, with `rooms` multimedia rooms. */
  const withRooms = (rooms: number) =>
    school({
      type: '小学',
      primary: level(51, { aboveDegreeTeachers: 3, keyTeachers: 1, peArtsTeachers: 1 }),
      facilities: facilities({
        teachingArea: 300,
        sportsArea: 500,
        equipmentValue: 150_000,
        multimediaRooms: rooms,
      }),
    });

  test('two units of equal enrollment with multimedia rooms 3 : 1 have a coefficient of exactly 0.5, the primary limit: it passes', () => {
    const { result } = evaluateStandard([withRooms(6), withRooms(2)], 'primary', quality);
    const rooms = result.indicators.multimedia_rooms_per_100_students;
    // |3 − 1| / (3 + 1) = 0.5 in decimals; binary floating point gives 0.5000000000000001.
    expect(rooms?.cv).toBeGreaterThan(0.5);
    expect(rooms?.cv).toBeCloseTo(0.5, 12);
    expect(rooms).toMatchObject({ limit: 0.5, pass: true });
    expect(result).toMatchObject({ coefficientTest: 'each', schoolsMeeting: 2, pass: true });
  });

  test('a composite coefficient of exactly the limit passes (eight coefficients of 0.65, primary limit 0.65)', () => {
    // Each numerator in the ratio 33 : 7 over equal enrollment: (33 − 7) / (33 + 7) = 0.65.
    const make = (n: number) =>
      school({
        type: '小学',
        primary: level(57, { teachers: n, aboveDegreeTeachers: n, seniorTitleTeachers: n }),
        facilities: facilities({
          teachingArea: 10 * n,
          sportsArea: 20 * n,
          equipmentValue: 1000 * n,
          computers: n,
          books: 50 * n,
        }),
      });
    const { result } = evaluateStandard([make(33), make(7)], 'primary', basic);
    expect(result.compositeCv).toBeGreaterThan(0.65);
    expect(result.compositeCv).toBeCloseTo(0.65, 12);
    expect(result).toMatchObject({ coefficientTest: 'composite', compositePass: true, pass: true });
  });

  test('a coefficient a thousandth over the limit still fails', () => {
    // (a − b) / (a + b) = 0.501 for rooms 1501 : 499 over equal enrollment.
    const { result } = evaluateStandard([withRooms(1501), withRooms(499)], 'primary', quality);
    expect(result.indicators.multimedia_rooms_per_100_students).toMatchObject({ pass: false });
    expect(result.pass).toBe(false);
  });

  /**
   * A 九年一贯制 school of 100 primary and `junior` junior students whose primary unit meets every
   * high-quality standard but the teaching area, which is `teachingArea` ㎡ for the whole school.
   */
  const mixed = (junior: number, teachingArea: number) =>
    school({
      type: '九年一贯制',
      primary: level(100, { aboveDegreeTeachers: 5, keyTeachers: 1, peArtsTeachers: 1 }),
      junior: level(junior, { aboveDegreeTeachers: 20, keyTeachers: 5, peArtsTeachers: 5 }),
      facilities: facilities({
        teachingArea,
        sportsArea: 10_000,
        equipmentValue: 2_000_000,
        multimediaRooms: 20,
      }),
    });

  test('a school exactly at 85% of a standard is within the floor and passes the 6-of-7 rule', () => {
    // Primary share 100 / (100 + 1.1 × 120) of 887.4 ㎡ is 382.5 ㎡: 3.825 ㎡ per student = 85% of 4.5.
    const evaluation = evaluateStandard([mixed(120, 887.4)], 'primary', quality);
    const value = evaluation.values.get(0)?.teaching_area_per_student as number;
    expect(value).toBeLessThan(4.5 * 0.85);
    expect(value).toBeCloseTo(3.825, 12);
    const status = evaluation.statuses.get(0);
    expect(status).toMatchObject({ met: 6, of: 7, pass: true });
    expect(status?.standings?.teaching_area_per_student).toBe('floor');
    expect(evaluation.result.schoolsMeeting).toBe(1);
  });

  test('a school exactly at a standard value meets it, with no shortfall', () => {
    // Primary share 100 / (100 + 1.1 × 260) of 1737 ㎡ is 450 ㎡: 4.5 ㎡ per student.
    const evaluation = evaluateStandard([mixed(260, 1737)], 'primary', quality);
    const value = evaluation.values.get(0)?.teaching_area_per_student as number;
    expect(value).toBeLessThan(4.5);
    const status = evaluation.statuses.get(0);
    expect(status).toMatchObject({ met: 7, pass: true });
    expect(status?.standings?.teaching_area_per_student).toBe('met');
    expect(status?.shortfalls?.teaching_area_per_student?.short).toBe(0);
    expect(evaluation.result.indicators.teaching_area_per_student?.schoolsMeeting).toBe(1);
  });

  test('a provincial standard: values exactly at their standard values are met', () => {
    // 100 primary and 260 junior students: the primary share of each split quantity is 100 / 386.
    const one = school({
      type: '九年一贯制',
      primary: level(100, { teachers: 6, qualifiedTeachers: 6 }),
      junior: level(260, { teachers: 20, qualifiedTeachers: 20 }),
      facilities: facilities({
        landArea: 5404, // 14 ㎡ per primary student
        buildingArea: 1544, // 4 ㎡
        books: 5790, // 15 册
        sportsArea: 2000,
        equipmentValue: 400_000,
        laboratories: 2,
        functionRooms: 6,
        libraryRooms: 1,
      }),
    });
    const evaluation = evaluateStandard([one], 'primary', hunan);
    const values = evaluation.values.get(0) ?? {};
    expect(values.land_area_per_student).toBeLessThan(14);
    expect(values.building_area_per_student).toBeLessThan(4);
    expect(values.books_per_student).toBeLessThan(15);
    const status = evaluation.statuses.get(0);
    expect(status?.standings).toMatchObject({
      land_area_per_student: 'met',
      building_area_per_student: 'met',
      books_per_student: 'met',
      function_rooms: 'met',
    });
    expect(status).toMatchObject({ met: 10, of: 10, pass: true });
    expect(evaluation.result.pass).toBe(true);
  });

  test('property: a coefficient constructed to equal the limit always passes', () => {
    // Over units of equal enrollment, half with a numerator of a·k and half with b·k, the
    // coefficient is (a − b) / (a + b): 3 : 1 gives 0.5 (primary), 29 : 11 gives 0.45 (junior).
    const cases = [
      { level: 'primary', type: '小学', high: 3, low: 1, limit: 0.5 },
      { level: 'junior', type: '初级中学', high: 29, low: 11, limit: 0.45 },
    ] as const;
    const numerators = quality.indicators.map((indicator) => indicator.numerator);
    fc.assert(
      fc.property(
        fc.constantFrom(...cases),
        fc.constantFrom(...numerators),
        fc.integer({ min: 1, max: 3000 }),
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 4 }),
        (rule, numerator, students, k, pairs) => {
          const [source, field = ''] = numerator.split('.');
          const make = (amount: number) => {
            const block = level(students, {
              aboveDegreeTeachers: 10,
              keyTeachers: 10,
              peArtsTeachers: 10,
              ...(source === 'level' ? { [field]: amount } : {}),
            });
            return school({
              type: rule.type,
              [rule.level]: block,
              facilities: facilities({
                teachingArea: 1000,
                sportsArea: 1000,
                equipmentValue: 1000,
                multimediaRooms: 10,
                ...(source === 'facilities' ? { [field]: amount } : {}),
              }),
            });
          };
          const schools = Array.from({ length: pairs }, () => [
            make(rule.high * k),
            make(rule.low * k),
          ]).flat();
          const { result } = evaluateStandard(schools, rule.level, quality);
          const tested = Object.entries(result.indicators).find(
            ([id]) => quality.indicators.find((indicator) => indicator.id === id)?.numerator === numerator,
          )?.[1];
          expect(tested?.cv).toBeCloseTo(rule.limit, 12);
          expect(tested).toMatchObject({ limit: rule.limit, pass: true });
        },
      ),
      { numRuns: 300 },
    );
  });
});
