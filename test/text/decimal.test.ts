/** The one rounding rule: 四舍五入 on the decimal value, half away from zero. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  fixedDecimal,
  plainNumber,
  printedDecimals,
  roundDecimal,
  shortDecimal,
  trimZeros,
} from '../../src/text/decimal.ts';

describe('fixedDecimal', () => {
  test.each([
    [3.825, 2, '3.83'],
    [4.5 * 0.85, 2, '3.83'],
    [-3.825, 2, '-3.83'],
    [2.675, 2, '2.68'],
    [1.005, 2, '1.01'],
    [0.5, 0, '1'],
    [1.5, 0, '2'],
    [2.5, 0, '3'],
    [-2.5, 0, '-3'],
    [0.0001, 2, '0.00'],
    [-0.0001, 2, '0.00'],
    [0, 3, '0.000'],
    [3018.3999999999996, 1, '3018.4'],
    [0.5000000000000001, 3, '0.500'],
    [17.1165, 2, '17.12'],
    [68928, 0, '68928'],
    [1e21, 0, '1000000000000000000000'],
    [123.456, 5, '123.45600'],
  ])('%d to %d decimals → %s', (value, decimals, text) => {
    expect(fixedDecimal(value, decimals)).toBe(text);
  });

  test('trailing zeros: kept by fixedDecimal, dropped by shortDecimal', () => {
    expect(fixedDecimal(4.5, 2)).toBe('4.50');
    expect(shortDecimal(4.5, 2)).toBe('4.5');
    expect(shortDecimal(2000, 2)).toBe('2000');
    expect(trimZeros('100')).toBe('100');
  });

  test('plainNumber: the value a data file carries, binary noise left out', () => {
    expect(
      [3018.3999999999996, 0.1 + 0.2, 68928, 2909.14, -0.5000000000000001, 1e-7].map(plainNumber),
    ).toEqual(['3018.4', '0.3', '68928', '2909.14', '-0.5', '1e-7']);
  });

  test('printedDecimals reads the decimals a number was typed with', () => {
    expect([47.2, 0.279, 68928, 2909.14].map(printedDecimals)).toEqual([1, 3, 0, 2]);
  });
});

/** Decimal strings with d + 1 decimals, the last one 5: exactly halfway at d decimals. */
const halfway = fc
  .record({
    whole: fc.integer({ min: 0, max: 99_999 }),
    digits: fc.integer({ min: 0, max: 4 }),
    fraction: fc.nat(),
    negative: fc.boolean(),
  })
  .map(({ whole, digits, fraction, negative }) => {
    const kept = String(fraction % 10 ** digits)
      .padStart(digits, '0')
      .slice(0, digits);
    return { text: `${negative ? '-' : ''}${whole}.${kept}5`, digits, whole, kept, negative };
  });

describe('properties of the rounding rule', () => {
  test('a value exactly halfway rounds away from zero, whatever its binary form', () => {
    fc.assert(
      fc.property(halfway, ({ text, digits, whole, kept, negative }) => {
        const scaled = BigInt(`${whole}${kept}`) + 1n;
        const expected =
          digits === 0
            ? scaled.toString()
            : `${scaled
                .toString()
                .padStart(digits + 1, '0')
                .slice(0, -digits)}.${scaled
                .toString()
                .padStart(digits + 1, '0')
                .slice(-digits)}`;
        expect(fixedDecimal(Number(text), digits)).toBe(`${negative ? '-' : ''}${expected}`);
      }),
    );
  });

  const value = fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true });
  const decimals = fc.integer({ min: 0, max: 6 });

  test('the rounded value is within half a unit of the last decimal', () => {
    fc.assert(
      fc.property(value, decimals, (x, d) => {
        expect(Math.abs(roundDecimal(x, d) - x)).toBeLessThanOrEqual(
          0.5 * 10 ** -d * (1 + 1e-9) + Math.abs(x) * 1e-14,
        );
      }),
    );
  });

  test('rounding keeps order, is symmetric about zero, and rounding twice changes nothing', () => {
    fc.assert(
      fc.property(value, value, decimals, (x, y, d) => {
        const [low, high] = x <= y ? [x, y] : [y, x];
        expect(roundDecimal(low, d)).toBeLessThanOrEqual(roundDecimal(high, d));
        expect(roundDecimal(-x, d)).toBe(-roundDecimal(x, d) || 0);
        expect(roundDecimal(roundDecimal(x, d), d)).toBe(roundDecimal(x, d));
      }),
    );
  });

  test('the text has exactly the decimals asked for and parses back to the rounded value', () => {
    fc.assert(
      fc.property(value, decimals, (x, d) => {
        const text = fixedDecimal(x, d);
        expect(text).toMatch(d === 0 ? /^-?\d+$/ : new RegExp(`^-?\\d+\\.\\d{${d}}$`));
        expect(Number(text)).toBe(roundDecimal(x, d));
      }),
    );
  });
});
