/** The engine returns findings as data; only the edge words them (src/pipeline.ts → src/problems/catalog.ts). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { computeCountyYear } from '../../src/compute/county-year.ts';
import { findingIssue } from '../../src/pipeline.ts';
import { countyYear, facilities, level, loadStandard, school, testCounty } from '../helpers/fixtures.ts';

test('no module of src/compute imports the message catalog', () => {
  const folder = join(import.meta.dirname, '../../src/compute');
  const importers = readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .filter((name) => /from '[^']*problems\/catalog(\.ts)?'/.test(readFileSync(join(folder, name), 'utf8')));
  expect(importers).toEqual([]);
});

test('a finding is plain data; the edge gives it the catalog’s words and severity', () => {
  const empty = school({ type: '小学', name: '空校', primary: level(0), facilities: facilities() });
  const { findings } = computeCountyYear(testCounty, countyYear([empty]), [loadStandard('basic-2012')]);
  expect(findings).toContainEqual({
    code: 'unitWithoutStudents',
    path: ['schools', 0, 'primary', 'students'],
    params: { schoolId: empty.id, schoolName: '空校', level: 'primary' },
  });
  expect(JSON.parse(JSON.stringify(findings))).toEqual(findings);
  expect(findings.map(findingIssue)).toContainEqual({
    severity: 'warning',
    code: 'unitWithoutStudents',
    path: ['schools', 0, 'primary', 'students'],
    message: `空校（${empty.id}）小学在校生数为 0，未计入差异系数`,
    hint: '如该学段已不招生，请删去这一段；否则请核对在校生数',
  });
});
