/**
 * Calibration is deterministic: re-running it rewrites byte-identical example files, and each
 * file it writes says its rows are illustrative (示例数据).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { calibrateCounty, chineseNumber } from '../../src/calibrate/calibrate-county.ts';
import { apportion, createRandom } from '../../src/calibrate/random.ts';
import { exampleSpecs, illustrativeHeader } from '../../src/calibrate/specs/index.ts';
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
