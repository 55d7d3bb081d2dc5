import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  compositeCoefficient,
  countyValue,
  type WeightedObservation,
  weightedCoefficient,
} from '../../src/compute/coefficient.ts';

const observe = (weights: number[], amounts: number[]): WeightedObservation[] =>
  weights.map((weight, index) => ({ weight, amount: amounts[index] ?? 0 }));

/** The two formulas domain.md warns against, to show the engine is not using them. */
function unweightedCoefficient(observations: WeightedObservation[], sampleForm: boolean): number {
  const values = observations.map((o) => o.amount / o.weight);
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const squares = values.reduce((a, v) => a + (v - mean) ** 2, 0);
  return Math.sqrt(squares / (values.length - (sampleForm ? 1 : 0))) / mean;
}

describe('weightedCoefficient (domain.md §3)', () => {
  const books = observe([600, 300, 100], [15_000, 4_500, 3_000]);

  test('worked example: X̄ = 22.5, CV = 0.2277', () => {
    expect(countyValue(books)).toBe(22.5);
    expect(weightedCoefficient(books)).toBeCloseTo(0.2277, 4);
  });

  test('the wrong formulas give 0.2673 (unweighted) and 0.3273 (unweighted, n − 1)', () => {
    expect(unweightedCoefficient(books, false)).toBeCloseTo(0.2673, 4);
    expect(unweightedCoefficient(books, true)).toBeCloseTo(0.3273, 4);
    expect(weightedCoefficient(books)).not.toBeCloseTo(0.2673, 3);
  });

  test('five schools: 45/37/89/76/55 students, 279/137/935/160/402 books → 0.515', () => {
    const cv = weightedCoefficient(observe([45, 37, 89, 76, 55], [279, 137, 935, 160, 402]));
    expect(cv).toBeCloseTo(0.515, 3);
    expect(Number((cv as number).toFixed(2))).toBe(0.52);
  });

  test('"per 100 students" indicators scale the value, not the coefficient', () => {
    const computers = observe([600, 300, 100], [60, 30, 20]);
    expect(countyValue(computers, 100)).toBeCloseTo(11, 10);
    expect(weightedCoefficient(computers, 100)).toBeCloseTo(weightedCoefficient(computers) as number, 12);
  });

  test('no units and a zero mean are reasons, not NaN', () => {
    expect(weightedCoefficient([])).toEqual({ reason: 'no-units' });
    expect(weightedCoefficient(observe([10, 20], [0, 0]))).toEqual({ reason: 'zero-mean' });
  });
});

describe('compositeCoefficient (domain.md §4, §7)', () => {
  test.each([
    [[0.437, 0.419, 0.255, 0.188, 0.171, 0.263, 0.263, 0.42], 0.302],
    [[0.881, 1.299, 0.977, 0.379, 0.17, 0.334, 0.286, 0.408], 0.592],
    [[0.353, 0.784, 0.146, 0.491, 0.037, 0.226, 0.223, 0.253], 0.314],
    // Tongdao 2019: 小学 prints 0.38; 中学 prints 0.279 but its eight coefficients average 0.273.
    [[0.517, 0.533, 0.295, 0.368, 0.519, 0.231, 0.242, 0.334], 0.38],
    [[0.556, 0.338, 0.177, 0.3, 0.209, 0.14, 0.175, 0.286], 0.273],
  ])('%j → %d', (coefficients, expected) => {
    const composite = compositeCoefficient(coefficients) as number;
    const decimals = String(expected).split('.')[1]?.length ?? 0;
    expect(Number(composite.toFixed(decimals))).toBe(expected);
  });

  test('an undefined coefficient makes the composite undefined', () => {
    expect(compositeCoefficient([0.3, { reason: 'zero-mean' }])).toEqual({ reason: 'zero-mean' });
  });
});

const observation = fc.record({
  weight: fc.integer({ min: 1, max: 5_000 }),
  // Real quantities: none, or at least a thousandth (subnormal doubles underflow when scaled).
  amount: fc.oneof(fc.constant(0), fc.double({ min: 0.001, max: 1e6, noNaN: true })),
});
const observations = fc.array(observation, { minLength: 1, maxLength: 40 });

describe('properties', () => {
  test('a coefficient is unchanged when every amount is scaled', () => {
    fc.assert(
      fc.property(observations, fc.double({ min: 0.001, max: 1000, noNaN: true }), (units, scale) => {
        const base = weightedCoefficient(units);
        const scaled = weightedCoefficient(units.map((u) => ({ ...u, amount: u.amount * scale })));
        if (typeof base === 'number') expect(scaled as number).toBeCloseTo(base, 6);
        else expect(scaled).toEqual(base);
      }),
    );
  });

  test('a coefficient is 0 when every unit has the same per-student value', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5_000 }), { minLength: 1, maxLength: 40 }),
        fc.double({ min: 0.01, max: 1000, noNaN: true }),
        (weights, perStudent) => {
          const cv = weightedCoefficient(weights.map((weight) => ({ weight, amount: weight * perStudent })));
          expect(cv as number).toBeCloseTo(0, 9);
        },
      ),
    );
  });

  test('the county value is the ratio of totals, i.e. the enrollment-weighted mean', () => {
    fc.assert(
      fc.property(observations, (units) => {
        const totalWeight = units.reduce((a, u) => a + u.weight, 0);
        const weightedMean = units.reduce((a, u) => a + (u.weight / totalWeight) * (u.amount / u.weight), 0);
        expect(countyValue(units) as number).toBeCloseTo(weightedMean, 6);
      }),
    );
  });

  test('a coefficient is never negative, NaN or infinite', () => {
    fc.assert(
      fc.property(observations, (units) => {
        const cv = weightedCoefficient(units);
        if (typeof cv === 'number') expect(Number.isFinite(cv) && cv >= 0).toBe(true);
        else expect(['zero-mean', 'no-units']).toContain(cv.reason);
      }),
    );
  });
});
