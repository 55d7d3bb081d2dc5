/**
 * Calibration is deterministic: re-running it rewrites byte-identical example files, and each
 * file it writes says its rows are illustrative (示例数据).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { calibrateCounty, chineseNumber } from '../../src/calibrate/calibrate-county.ts';
import { closedShare, progressYears, wholeLeft } from '../../src/calibrate/progress.ts';
import { apportion, createRandom } from '../../src/calibrate/random.ts';
import { exampleSpecs, illustrativeHeader, progressSpecs } from '../../src/calibrate/specs/index.ts';
import { countyYearYaml } from '../../src/calibrate/write-yaml.ts';
import type { CountyFile } from '../../src/types/generated/county.ts';
import type { StandardFile } from '../../src/types/generated/standard.ts';
import { loadStandard, root } from '../helpers/fixtures.ts';

describe('example files', () => {
  test.each(exampleSpecs.map((spec) => [spec.county, spec] as const))(
    '%s: re-running the calibration writes the committed file byte for byte',
    (_, spec) => {
      const county = parse(
        readFileSync(join(root, 'data/counties', spec.county, 'county.yaml'), 'utf8'),
      ) as CountyFile;
      const standards = new Map<string, StandardFile>(county.standards.map((id) => [id, loadStandard(id)]));
      const { data, checks } = calibrateCounty(spec, county, standards);
      expect(checks.filter((check) => !check.ok)).toEqual([]);
      const committed = readFileSync(join(root, 'data/counties', spec.county, `${spec.year}.yaml`), 'utf8');
      const written = countyYearYaml(data, illustrativeHeader(spec));
      expect(written === committed, 'run `npm run calibrate` and commit the result').toBe(true);
      expect(written).toContain('示例数据');
      expect(data.illustrative).toBe(true);
    },
    30_000,
  );
});

function calibrated(spec: (typeof exampleSpecs)[number]) {
  const county = parse(
    readFileSync(join(root, 'data/counties', spec.county, 'county.yaml'), 'utf8'),
  ) as CountyFile;
  const standards = new Map<string, StandardFile>(county.standards.map((id) => [id, loadStandard(id)]));
  return calibrateCounty(spec, county, standards);
}

describe('assessment additions', () => {
  test('drawn from their own stream: without them every calibrated field is as it was', () => {
    const spec = exampleSpecs.find((item) => item.county === 'longting');
    if (spec === undefined) throw new Error('no Longting spec');
    const withAdditions = calibrated(spec).data;
    const { assessment: _, ...bare } = spec;
    const without = calibrated(bare).data;
    const stripped = structuredClone(withAdditions);
    for (const key of [
      'numbers',
      'declarations',
      'vetoes',
      'evidence',
      'qualityMonitoring',
      'recognitionSurvey',
      'governmentScore',
      'governmentScoreItems',
    ] as const)
      delete stripped[key];
    for (const school of stripped.schools) {
      delete school.funds;
      for (const block of [school.primary, school.junior]) {
        delete block?.certifiedTeachers;
        delete block?.trainedTeachers;
      }
      for (const field of ['musicRooms', 'musicRoomMinArea', 'artRooms', 'artRoomMinArea'] as const)
        delete school.facilities?.[field];
    }
    expect(stripped).toEqual(without);
    expect(withAdditions.schools.every((school) => school.funds !== undefined)).toBe(true);
  });
});

describe('later years of a plan county', () => {
  test.each(progressSpecs.map((item) => [item.base.county, item] as const))(
    '%s: re-running the progression writes the committed files byte for byte',
    (_, { base, progress, standard }) => {
      const years = progressYears(calibrated(base).data, progress, loadStandard(standard));
      expect(years.map((year) => year.year)).toEqual(progress.years);
      for (const year of years) {
        const committed = readFileSync(join(root, 'data/counties', year.county, `${year.year}.yaml`), 'utf8');
        const written = countyYearYaml(year, progress.header);
        expect(written === committed, `${year.year}: run \`npm run calibrate\` and commit the result`).toBe(
          true,
        );
        expect(written).toContain('示例数据');
        expect(year.illustrative).toBe(true);
        // Same schools, same ids, every year.
        expect(year.schools.map((school) => school.id)).toEqual(
          calibrated(base).data.schools.map((school) => school.id),
        );
      }
    },
    60_000,
  );

  test('paces: early closes within three years, slow and stalled miss a 2030 target', () => {
    expect(closedShare('early', 3)).toBe(1);
    expect(closedShare('steady', 7)).toBeLessThan(1);
    expect(closedShare('steady', 8)).toBe(1);
    expect(closedShare('slow', 9)).toBeLessThan(1);
    expect(closedShare('stalled', 9)).toBe(0);
  });

  test('whole units: a gap of one closes with the first step', () => {
    expect(wholeLeft(1, 0.1)).toBe(0);
    expect(wholeLeft(5, 0.5)).toBe(2);
    expect(wholeLeft(5, 0)).toBe(5);
    expect(wholeLeft(5, 1)).toBe(0);
  });
});

describe('helpers', () => {
  test('apportion splits a total exactly, proportionally, with a minimum', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(7, [0, 0, 100], 1)).toEqual([1, 1, 5]);
    expect(apportion(100, [3, 1]).reduce((a, b) => a + b, 0)).toBe(100);
  });

  test('the generator is seeded', () => {
    const a = createRandom(7);
    const b = createRandom(7);
    expect([a.next(), a.next(), a.int(1, 6)]).toEqual([b.next(), b.next(), b.int(1, 6)]);
  });

  test.each([
    [1, '一'],
    [10, '十'],
    [12, '十二'],
    [20, '二十'],
    [38, '三十八'],
  ])('chineseNumber(%d) = %s', (n, text) => expect(chineseNumber(n)).toBe(text));
});
