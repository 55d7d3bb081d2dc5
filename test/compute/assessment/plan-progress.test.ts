import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type PlannedYear, planProgress, projection } from '../../../src/compute/assessment/plan-progress.ts';
import type { LineResult } from '../../../src/types/generated/result.ts';

const points = (...values: number[]) => values.map((shortfall, index) => ({ year: 2021 + index, shortfall }));

describe('projection', () => {
  test('a shrinking shortfall reaches zero in a projected year, checked against the target', () => {
    expect(projection(points(30, 20, 10), 2030)).toEqual({
      pace: -10,
      projectedYear: 2024,
      meetsTarget: true,
    });
    expect(projection(points(30, 20, 10), 2023)).toMatchObject({ projectedYear: 2024, meetsTarget: false });
  });

  test('only the last three years count', () => {
    expect(projection(points(5, 30, 20, 10), 2030)).toMatchObject({ pace: -10, projectedYear: 2025 });
  });

  test('one year cannot project; a flat or growing shortfall does not shrink', () => {
    expect(projection(points(10), 2030)).toEqual({
      pace: null,
      projectedYear: null,
      meetsTarget: null,
      reason: 'one-year',
    });
    expect(projection(points(10, 10), 2030)).toMatchObject({
      pace: 0,
      projectedYear: null,
      reason: 'not-shrinking',
    });
    expect(projection(points(10, 12), 2030)).toMatchObject({ projectedYear: null, reason: 'not-shrinking' });
  });

  test('a projection never lands before the year after the latest', () => {
    // The fitted line crosses zero in 2022, but 2023 still has a shortfall.
    expect(projection(points(100, 0.5, 1), 2030).projectedYear).toBe(2024);
  });
});

describe('plan progress', () => {
  const g3 = (state: LineResult['state'], shortfall?: number): LineResult => ({
    id: 'G3',
    part: 'government',
    number: 3,
    name: '音乐、美术专用教室',
    standard: '',
    kinds: ['S'],
    unconfirmed: true,
    state,
    checks: [],
    ...(shortfall === undefined
      ? {}
      : {
          schools: [
            {
              id: 's1',
              name: '一小',
              field: 'musicRooms',
              value: 0,
              threshold: shortfall,
              shortfall,
              unit: '间',
            },
          ],
        }),
  });
  const yearOf = (year: number, line: LineResult): PlannedYear => ({
    year,
    result: {
      schools: [{ id: 's1', name: '一小', type: '小学', ownership: '公办', location: '乡村', levels: {} }],
      assessment: {
        quality: {
          standard: 'quality-2017',
          verdict: 'not-met',
          counts: { met: 0, notMet: 1, notSupplied: 0, total: 1 },
          entry: [],
          lines: [line],
          vetoes: [],
          adjustments: [],
        },
      },
    },
  });

  test('per school and failing line: shortfalls by year and the projection', () => {
    const plan = planProgress(2030, [yearOf(2021, g3('not-met', 3)), yearOf(2022, g3('not-met', 2))]);
    expect(plan).toMatchObject({ targetYear: 2030, years: [2021, 2022], method: 'least-squares-3' });
    expect(plan?.schools).toEqual([
      {
        id: 's1',
        name: '一小',
        lines: [
          {
            line: 'G3',
            name: '音乐、美术专用教室',
            unit: '间',
            field: 'musicRooms',
            shortfalls: [
              { year: 2021, shortfall: 3 },
              { year: 2022, shortfall: 2 },
            ],
            pace: -1,
            projectedYear: 2024,
            meetsTarget: true,
          },
        ],
      },
    ]);
  });

  test('a year the line was not supplied is left out; a met year counts as 0', () => {
    const plan = planProgress(2030, [
      yearOf(2020, g3('not-supplied')),
      yearOf(2021, g3('met')),
      yearOf(2022, g3('not-met', 1)),
    ]);
    const [line] = plan?.schools[0]?.lines ?? [];
    expect(line?.shortfalls).toEqual([
      { year: 2021, shortfall: 0 },
      { year: 2022, shortfall: 1 },
    ]);
    expect(line).toMatchObject({ projectedYear: null, reason: 'not-shrinking' });
  });

  test('one year: listed, not projected', () => {
    const [line] = planProgress(2030, [yearOf(2022, g3('not-met', 2))])?.schools[0]?.lines ?? [];
    expect(line).toMatchObject({ pace: null, projectedYear: null, meetsTarget: null, reason: 'one-year' });
  });
});

describe('projection on exact lines (property)', () => {
  test('a shortfall falling by the same amount each year reaches zero where the line does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 3 }),
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 50 }),
        (count, latest, step) => {
          const values = Array.from({ length: count }, (_, index) => latest + step * (count - 1 - index));
          const result = projection(points(...values), 2100);
          const lastYear = 2021 + count - 1;
          expect(result.pace).toBeCloseTo(-step, 9);
          expect(result.projectedYear).toBe(lastYear + Math.ceil(latest / step));
        },
      ),
    );
  });
});
