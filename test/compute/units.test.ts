import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { numeratorAmount } from '../../src/compute/indicator-value.ts';
import { facilityShare, inScope, unitsOf } from '../../src/compute/units.ts';
import { facilities, level, loadStandard, school } from '../helpers/fixtures.ts';

const basic = loadStandard('basic-2012');
const quality = loadStandard('quality-2017');
const weights = { primary: 1, junior: 1.1, senior: 1.32 };

describe('facility split (domain.md §2)', () => {
  test('166 primary + 210 junior students share 23 226 books as 9 711.6 : 13 514.4', () => {
    const mixed = school({
      type: '九年一贯制',
      primary: level(166),
      junior: level(210),
      facilities: facilities({ books: 23_226 }),
    });
    const [primary] = unitsOf([mixed], 'primary', basic);
    const [junior] = unitsOf([mixed], 'junior', basic);
    const books = basic.indicators.find((indicator) => indicator.id === 'books_per_student');
    if (primary === undefined || junior === undefined || books === undefined) throw new Error('fixture');
    expect(numeratorAmount(primary, books, basic)).toBeCloseTo(9_711.6, 1);
    expect(numeratorAmount(junior, books, basic)).toBeCloseTo(13_514.4, 1);
  });

  test('完全中学: only the 初中部 is a unit; junior : senior = 1 : 1.2', () => {
    const complete = school({ type: '完全中学', junior: level(500), senior: level(600) });
    expect(facilityShare(complete, 'junior', weights)).toBeCloseTo(500 / (500 + 1.2 * 600), 12);
    expect(unitsOf([complete], 'junior', basic)).toHaveLength(1);
    expect(unitsOf([complete], 'primary', basic)).toHaveLength(0);
  });

  test('teacher counts are not split: each 学段 reports its own', () => {
    const mixed = school({
      type: '九年一贯制',
      primary: level(300, { teachers: 17 }),
      junior: level(200, { teachers: 19 }),
    });
    const teachers = basic.indicators.find((indicator) => indicator.id === 'teachers_per_student');
    const [primary] = unitsOf([mixed], 'primary', basic);
    if (primary === undefined || teachers === undefined) throw new Error('fixture');
    expect(numeratorAmount(primary, teachers, basic)).toBe(17);
  });

  test('property: a mixed school’s split shares add up to the whole', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 3000 }),
        (p, j, s) => {
          fc.pre(p + j + s > 0);
          const twelve = school({
            type: '十二年一贯制',
            primary: level(p),
            junior: level(j),
            senior: level(s),
          });
          const total =
            facilityShare(twelve, 'primary', weights) +
            facilityShare(twelve, 'junior', weights) +
            (1.32 * s) / (p + 1.1 * j + 1.32 * s);
          expect(total).toBeCloseTo(1, 12);
        },
      ),
    );
  });
});

describe('scope (domain.md §2)', () => {
  test('private, non-county and special-education schools are out', () => {
    expect(inScope(school({ type: '小学', ownership: '民办', primary: level(300) }), 'primary', basic)).toBe(
      false,
    );
    expect(inScope(school({ type: '小学', countyRun: false, primary: level(300) }), 'primary', basic)).toBe(
      false,
    );
    expect(inScope(school({ type: '特殊教育学校', special: level(80) }), 'primary', basic)).toBe(false);
    expect(inScope(school({ type: '小学', primary: level(300) }), 'primary', basic)).toBe(true);
  });

  test('教学点: out of basic balance; in high-quality balance from 50 students', () => {
    const small = school({ type: '教学点', primary: level(49) });
    const fifty = school({ type: '教学点', primary: level(50) });
    expect(inScope(fifty, 'primary', basic)).toBe(false);
    expect(inScope(small, 'primary', quality)).toBe(false);
    expect(inScope(fifty, 'primary', quality)).toBe(true);
  });
});
