/**
 * The one rounding rule for every number people read: pages, charts, tables, CSV/XLSX, the diff,
 * messages and pass/fail explanations. 四舍五入 on the decimal value, half away from zero:
 * 3.825 prints 3.83 and −3.825 prints −3.83, although 4.5 × 0.85 is 3.8249999999999997 in
 * binary. The value is first read at 15 significant digits (the most a double carries
 * faithfully), then rounded exactly in integer arithmetic, so no binary noise reaches a digit.
 */

const SIGNIFICANT = 15;

/** `value` with exactly `decimals` decimals, trailing zeros kept: fixedDecimal(0.5, 2) = "0.50". */
export function fixedDecimal(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (!Number.isInteger(decimals) || decimals < 0) throw new RangeError(`decimals: ${decimals}`);
  if (value === 0) return decimals === 0 ? '0' : `0.${'0'.repeat(decimals)}`;
  const [mantissa = '0', exponent = '0'] = value.toExponential(SIGNIFICANT - 1).split('e');
  const negative = mantissa.startsWith('-');
  const digits = BigInt(mantissa.replace('-', '').replace('.', ''));
  // value = digits × 10^shiftFromDigits; we want round(value × 10^decimals).
  const shift = Number(exponent) - (SIGNIFICANT - 1) + decimals;
  let scaled: bigint;
  if (shift >= 0) {
    scaled = digits * 10n ** BigInt(shift);
  } else {
    const divisor = 10n ** BigInt(-shift);
    scaled = (digits + divisor / 2n) / divisor;
  }
  const text = scaled.toString().padStart(decimals + 1, '0');
  const whole = decimals === 0 ? text : `${text.slice(0, -decimals)}.${text.slice(-decimals)}`;
  return negative && scaled !== 0n ? `-${whole}` : whole;
}

/**
 * A value as a data file carries it: every digit a double holds faithfully and none of the binary
 * noise after them (3018.3999999999996 → 3018.4, 0.30000000000000004 → 0.3), so a CSV or XLSX
 * cell reads what the arithmetic on decimal data gives.
 */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return String(Number(value.toPrecision(SIGNIFICANT)));
}

/** The rounded value as a number: roundDecimal(3.8249999999999997, 2) = 3.83. */
export function roundDecimal(value: number, decimals: number): number {
  return Number(fixedDecimal(value, decimals));
}

/** "4.50" → "4.5", "2000.00" → "2000", "1.230" → "1.23"; integers stay as they are. */
export function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

/** Rounded, then without trailing zeros: 4.5, 1.23, 2000. */
export function shortDecimal(value: number, decimals: number): string {
  return trimZeros(fixedDecimal(value, decimals));
}

/** Decimals as typed or printed: 47.2 → 1, 0.279 → 3, 68928 → 0. */
export function printedDecimals(value: number): number {
  const text = String(value);
  if (text.includes('e')) return 0;
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

/** Decimals in a number as typed in text: "2.10" → 2, "38" → 0. */
export function typedDecimals(text: string): number {
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}
