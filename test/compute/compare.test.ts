import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { atLeast, atMost, RELATIVE_TOLERANCE, slack } from '../../src/compute/compare.ts';
import { root } from '../helpers/fixtures.ts';

describe('comparing a value with its bound', () => {
  test('equal meets it, from either side of the float noise', () => {
    expect(atMost(0.5, 0.5)).toBe(true);
    expect(atMost(0.5000000000000001, 0.5)).toBe(true);
    expect(atLeast(4.499999999999999, 4.5)).toBe(true);
    expect(atLeast(3.8249999999999993, 4.5 * 0.85)).toBe(true);
  });

  test('a real difference, however small in the data, does not', () => {
    expect(atMost(0.5001, 0.5)).toBe(false);
    expect(atLeast(4.49, 4.5)).toBe(false);
    expect(atLeast(1999.99, 2000)).toBe(false);
    expect(atLeast(0.0299, 0.03)).toBe(false);
  });

  test('the tolerance is relative to the bound: one billionth of it', () => {
    expect(RELATIVE_TOLERANCE).toBe(1e-9);
    expect(slack(2000)).toBeCloseTo(2e-6, 15);
    expect(slack(0.5)).toBeCloseTo(5e-10, 20);
    expect(atLeast(2000 - 1e-6, 2000)).toBe(true);
    expect(atLeast(2000 - 1e-5, 2000)).toBe(false);
  });

  test('property: a value a millionth (relative) away from its bound is never taken for equal', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e7, noNaN: true }), (bound) => {
        expect(atLeast(bound * (1 - 1e-6), bound)).toBe(false);
        expect(atMost(bound * (1 + 1e-6), bound)).toBe(false);
        expect(atLeast(bound, bound) && atMost(bound, bound)).toBe(true);
      }),
    );
  });

  test('the methods page states the rule with the tolerance the engine uses', () => {
    const page = readFileSync(join(root, 'src/pages/methods/index.astro'), 'utf8');
    expect(page).toContain('数值等于限值、标准值或其下限即为达到');
    // 十亿分之一 = 1e-9: change the page with the constant.
    expect(page).toContain('相差不到其十亿分之一的数值视为相等');
    expect(RELATIVE_TOLERANCE).toBe(1e-9);
  });
});
