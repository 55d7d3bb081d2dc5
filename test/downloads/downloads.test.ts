/**
 * The downloads of every example county-year, computed as the build computes them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8 } from 'fflate';
import { beforeAll, expect, test } from 'vitest';
import { csvField, csvText } from '../../src/downloads/csv.ts';
import { downloadNames, downloadsFor } from '../../src/downloads/downloads.ts';
import { aboutTable, downloadTables } from '../../src/downloads/tables.ts';
import { indicatorValueText } from '../../src/figures/format.ts';
import { readProjectFiles } from '../../src/load/read-project.ts';
import { type CountyYearOutput, runProject } from '../../src/pipeline.ts';
import type { StandardFile } from '../../src/types/generated/standard.ts';
import { root } from '../helpers/fixtures.ts';
import {
  cellFormats,
  sharedStrings,
  sheetGrid,
  unzipParts,
  workbookSheets,
  xmlProblems,
} from './xlsx-read.ts';

let outputs: CountyYearOutput[] = [];
let standards: StandardFile[] = [];
beforeAll(async () => {
  const run = runProject(await readProjectFiles(root));
  outputs = run.outputs;
  standards = [...run.dataset.standards.values()].map((source) => source.data);
});

const names = ['fengqiu-2020', 'lingbao-2022', 'longting-2021', 'tongdao-2019', 'wudalianchi-2018'];

function output(name: string): CountyYearOutput {
  const found = outputs.find((item) => `${item.county}-${item.year}` === name);
  if (found === undefined) throw new Error(`${name} was not computed`);
  return found;
}

test.each(names)('%s: five files with their names and media types', (name) => {
  const downloads = downloadsFor(output(name).result, standards);
  expect(downloads.map((download) => [download.name, download.mediaType])).toEqual([
    [`${name}-schools.csv`, 'text/csv; charset=utf-8'],
    [`${name}-county.csv`, 'text/csv; charset=utf-8'],
    [`${name}-published.csv`, 'text/csv; charset=utf-8'],
    [`${name}.xlsx`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    [`${name}.json`, 'application/json'],
  ]);
  for (const download of downloads) expect(download.bytes.length).toBeGreaterThan(0);
  // The data page lists the files by these names without building them.
  const { result } = output(name);
  expect(downloadNames(result.county, result.year)).toEqual(
    downloads.map(({ name: file, mediaType }) => ({ name: file, mediaType })),
  );
});

test.each(names)('%s: the JSON is the published result, byte for byte', (name) => {
  const json = downloadsFor(output(name).result, standards).find((download) =>
    download.name.endsWith('.json'),
  );
  const golden = readFileSync(join(root, 'test/golden/results', `${name}.json`), 'utf8');
  expect(strFromU8(json?.bytes ?? new Uint8Array())).toBe(golden);
});

test.each(names)('%s: one school row per 学段 unit, every row complete', (name) => {
  const { result } = output(name);
  const [schools, county, published] = downloadTables(result, standards);
  const units = result.schools.reduce((count, school) => count + Object.keys(school.levels).length, 0);
  expect(schools?.rows).toHaveLength(units);
  expect(published?.rows).toHaveLength(result.published.length);
  expect(county?.rows.length).toBeGreaterThan(0);
  for (const table of [schools, county, published]) {
    for (const row of table?.rows ?? []) expect(row).toHaveLength(table?.columns.length ?? -1);
  }
});

test.each(names)('%s: the CSV files decode to the tables', (name) => {
  const { result } = output(name);
  const downloads = downloadsFor(result, standards);
  downloadTables(result, standards).forEach((table) => {
    const file = downloads.find((download) => download.name === `${name}-${table.id}.csv`);
    expect(new TextDecoder().decode(file?.bytes)).toBe(csvText(table));
  });
});

test.each(names)('%s: the workbook is well-formed and its cells round-trip', (name) => {
  const { result } = output(name);
  const xlsx = downloadsFor(result, standards).find((download) => download.name.endsWith('.xlsx'));
  const parts = unzipParts(xlsx?.bytes ?? new Uint8Array());
  for (const [part, xml] of parts) expect(xmlProblems(xml), part).toEqual([]);
  const strings = sharedStrings(parts.get('xl/sharedStrings.xml') ?? '');
  const formats = cellFormats(parts.get('xl/styles.xml') ?? '');
  const tables = [aboutTable(result, standards), ...downloadTables(result, standards)];
  const sheets = workbookSheets(parts);
  expect(sheets.map((sheet) => sheet.name)).toEqual(tables.map((table) => table.title));
  // Each number comes back with its value and, from its number format, its decimals.
  tables.forEach((table, index) => {
    const xml = parts.get(sheets[index]?.part ?? '') ?? '';
    expect(sheetGrid(xml, strings, table.columns.length, formats)).toEqual([table.columns, ...table.rows]);
  });
});

test('the downloads are deterministic', () => {
  const { result } = output('tongdao-2019');
  const first = downloadsFor(result, standards);
  const second = downloadsFor(structuredClone(result), [...standards].reverse());
  expect(second).toEqual(first);
});

test.each(names)('%s: every number prints at its precision, never with float noise', (name) => {
  const { result } = output(name);
  for (const table of downloadTables(result, standards)) {
    const lines = csvText(table).split('\r\n').slice(1, -1);
    for (const line of lines) {
      for (const field of line.split(',')) {
        // Numbers only (not 1:x, 2016-2017 or a school's id).
        if (!/^-?[\d.e+]+$/.test(field)) continue;
        // At most four decimals (a computed figure one decimal past a four-place printed one).
        expect(field, `${table.id}: ${line}`).toMatch(/^-?\d+(?:\.\d{1,4})?$/);
      }
    }
  }
});

test('Tongdao: the schools and county tables print as the data page does', () => {
  const { result } = output('tongdao-2019');
  const [schools, county] = downloadTables(result, standards);
  const header = schools?.columns ?? [];
  const first = schools?.rows.find((row) => row[0] === 'td-p01') ?? [];
  const at = (column: string) => csvField(first[header.indexOf(column)] ?? null);
  // The page: 城区第一小学 … 生均教学及辅助用房面积：差 3018.4 ㎡ (3018.3999999999996 in binary).
  expect(at('优质均衡差距：生均教学及辅助用房面积（㎡）')).toBe('3018.4');
  expect(at('优质均衡差距：生均教学仪器设备值（元）')).toBe('0');
  // 师生比 as the x of 1:x, with two decimals; an indicator value with three.
  expect(header).toContain('师生比（1:x）');
  expect(header).not.toContain('师生比');
  expect(at('师生比（1:x）')).toMatch(/^1[0-9]\.\d{2}$/);
  expect(at('生均教学及辅助用房面积（㎡）')).toMatch(/^\d+\.\d{3}$/);
  // The county table: 小学 基本均衡 师生比 1:16.89 as the page prints it, coefficient 0.231.
  const ratio = county?.rows.find(
    (row) => row[0] === '小学' && row[1] === '基本均衡' && row[4] === 'teachers_per_student',
  );
  expect(ratio?.slice(6, 9).map((cell) => csvField(cell ?? null))).toEqual(['1:x', '16.89', '0.231']);
  const value = result.levels.primary.basic?.indicators.teachers_per_student?.value;
  expect(`1:${csvField(ratio?.[7] ?? null)}`).toBe(indicatorValueText('teachers_per_student', value ?? 0));
  // The provincial 师生比 standard value (0.03 teachers per student) as 1:33.33.
  const provincial = county?.rows.find(
    (row) => row[0] === '小学' && row[1] === '省定办学基本标准' && row[4] === 'teachers_per_student',
  );
  expect(csvField(provincial?.[11] ?? null)).toBe('33.33');
});
