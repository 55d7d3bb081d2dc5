import { describe, expect, test } from 'vitest';
import { adjustLines, plannedAdjustments } from '../../../src/compute/assessment/lines.ts';
import { countsOf, verdictOf } from '../../../src/compute/assessment/verdict.ts';
import { computeCountyYear } from '../../../src/compute/county-year.ts';
import type { CountyYearFile } from '../../../src/types/generated/county-year.ts';
import type { LineResult, LineState, VetoResult } from '../../../src/types/generated/result.ts';
import type { Line, StandardFile } from '../../../src/types/generated/standard.ts';
import { countyYear, facilities, level, loadStandard, school, testCounty } from '../../helpers/fixtures.ts';

const line = (state: LineState): LineResult => ({
  id: 'X1',
  part: 'government',
  number: 1,
  name: '',
  standard: '',
  kinds: ['Y'],
  unconfirmed: false,
  state,
  checks: [],
});
const veto = (state: VetoResult['state'], enabled = true): VetoResult => ({
  id: 'V1',
  name: '',
  declaration: 'examAdmission',
  state,
  optional: !enabled,
  enabled,
  unconfirmed: false,
});

describe('verdict', () => {
  test('met only when every line is met and every enabled veto absent', () => {
    expect(verdictOf([line('met'), line('met')], [veto('absent')])).toBe('met');
    expect(verdictOf([line('met'), line('not-supplied')], [veto('absent')])).toBe('undetermined');
    expect(verdictOf([line('met')], [veto('not-supplied')])).toBe('undetermined');
    expect(verdictOf([line('not-met'), line('not-supplied')])).toBe('not-met');
  });

  test('a veto present fails the county whatever else holds; a disabled one is not judged', () => {
    expect(verdictOf([line('met')], [veto('present')])).toBe('not-met');
    expect(verdictOf([line('met')], [veto('absent'), veto('present', false)])).toBe('met');
    expect(verdictOf([line('met')], [veto('absent'), veto('not-supplied', false)])).toBe('met');
  });

  test('counts', () => {
    expect(countsOf([line('met'), line('not-met'), line('not-supplied'), line('not-supplied')])).toEqual({
      met: 1,
      notMet: 1,
      notSupplied: 2,
      total: 4,
    });
  });
});

describe('the quality assessment of a county-year', () => {
  const standards = [loadStandard('basic-2012'), loadStandard('quality-2017')];
  const data = (extra: Record<string, unknown>): CountyYearFile =>
    countyYear([school({ type: '小学', primary: level(400), facilities: facilities() })], extra as never);

  test('32 lines, 2 entry conditions, 7 vetoes of which the optional one is off; nothing supplied is undetermined or worse', () => {
    const quality = computeCountyYear(testCounty, data({}), standards).result.assessment?.quality;
    expect(quality?.lines.map((item) => item.id)).toEqual([
      ...[1, 2, 3, 4, 5, 6, 7].map((n) => `R${n}`),
      ...Array.from({ length: 15 }, (_, n) => `G${n + 1}`),
      ...Array.from({ length: 9 }, (_, n) => `Q${n + 1}`),
      'S1',
    ]);
    expect(quality?.entry.map((item) => item.id)).toEqual(['E1', 'E2']);
    expect(quality?.vetoes.map((item) => [item.id, item.enabled])).toContainEqual(['V7', false]);
    expect(
      quality?.lines.filter((item) => item.part === 'government').every((item) => item.unconfirmed),
    ).toBe(true);
    expect(quality?.verdict).not.toBe('met');
    expect(quality?.adjustments).toEqual([]);
  });

  test('a veto declared present fails the county', () => {
    const quality = computeCountyYear(
      testCounty,
      data({ vetoes: [{ item: 'keySchools', present: true }] }),
      standards,
    ).result.assessment?.quality;
    expect(quality?.vetoes.find((item) => item.id === 'V3')?.state).toBe('present');
    expect(quality?.verdict).toBe('not-met');
  });

  test('the basic conditions: B2 from the composite, B4 from the satisfaction rate', () => {
    const basic = computeCountyYear(testCounty, data({ facts: { satisfaction: 85 } }), standards).result
      .assessment?.basic;
    expect(basic?.conditions.map((item) => item.id)).toEqual(['B1', 'B2', 'B3', 'B4']);
    expect(basic?.conditions.find((item) => item.id === 'B4')).toMatchObject({ state: 'met', value: 85 });
    expect(basic?.conditions.find((item) => item.id === 'B1')?.missing?.[0]?.path).toBe(
      'county.standards[provincial]',
    );
    expect(basic?.verdict).toBe('undetermined');
  });
});

describe("a standard's own adjustments", () => {
  const quality = loadStandard('quality-2017');
  const lines = quality.assessment?.lines ?? [];
  const adjustment = {
    id: 'larger-schools',
    name: '一贯制学校规模放宽',
    line: 'G4',
    set: { 'checks.0.limits.九年一贯制': 3000 },
    enabled: false,
  };
  const withAdjustment = (enabled: boolean): StandardFile => ({
    ...quality,
    assessment: { ...quality.assessment, adjustments: [{ ...adjustment, enabled }] },
  });
  const limitOf = (adjusted: readonly Line[]): number | undefined => {
    const check = adjusted.find((item) => item.id === 'G4')?.checks[0];
    return check?.kind === 'schools' ? check.limits?.['九年一贯制'] : undefined;
  };

  test('off by default; applied only when enabled, leaving the standard as it was', () => {
    expect(limitOf(adjustLines(lines, plannedAdjustments(withAdjustment(false), [])).lines)).toBe(2500);
    const enabled = adjustLines(lines, plannedAdjustments(withAdjustment(true), []));
    expect(limitOf(enabled.lines)).toBe(3000);
    expect(enabled.applied).toEqual([
      {
        id: 'larger-schools',
        name: '一贯制学校规模放宽',
        kind: 'standard',
        source: 'quality-2017',
        sourceName: quality.name,
        document: '教督〔2017〕6号',
        line: 'G4',
        changes: [{ path: 'checks.0.limits.九年一贯制', from: 2500, to: 3000 }],
      },
    ]);
    expect(limitOf(lines)).toBe(2500);
  });
});
