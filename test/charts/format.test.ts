import { describe, expect, test } from 'vitest';
import {
  among,
  decimalsFor,
  formatCoefficient,
  formatFixed,
  formatNumber,
  periodText,
  spaceAfter,
  titleWithUnit,
  withUnit,
} from '../../src/charts/format.ts';

describe('numbers', () => {
  test('decimals follow the size of the value', () => {
    expect([2000, 28.49, 4.5, 0.9, 0.0592, 0].map((value) => decimalsFor(value))).toEqual([0, 1, 2, 3, 4, 2]);
  });

  test('rounding is on the decimal value, half away from zero', () => {
    expect(formatFixed(4.5 * 0.85, 2)).toBe('3.83');
    expect(formatFixed(-0.0001, 2)).toBe('0.00');
    expect(formatFixed(2, 2)).toBe('2.00');
    expect(formatCoefficient(0.3798434378650144)).toBe('0.380');
    expect(formatNumber(4.5)).toBe('4.5');
    expect(formatNumber(2000)).toBe('2000');
    expect(formatNumber(0.03)).toBe('0.03');
    expect(formatNumber(1e-7, 2)).toBe('0');
  });
});

describe('words', () => {
  test('units in sentences and titles', () => {
    expect(withUnit('4.5', '㎡')).toBe('4.5 平方米');
    expect(withUnit('98.4', '%')).toBe('98.4%');
    expect(withUnit('0.03', '')).toBe('0.03');
    expect(titleWithUnit('生均图书册数', '册')).toBe('生均图书册数（册）');
    expect(titleWithUnit('师生比', '')).toBe('师生比');
  });

  test('periods, counts and spacing', () => {
    expect(periodText('2015')).toBe('2015 年');
    expect(periodText('2016-2017', 'schoolYear')).toBe('2016—2017 学年');
    expect(among('28 所小学')).toBe('28 所小学中');
    expect(among('11 所初中')).toBe('11 所初中当中');
    expect(spaceAfter('98.4%')).toBe('98.4% ');
    expect(spaceAfter('7849 万元')).toBe('7849 万元');
  });
});
