/**
 * The downloads of every example county-year, computed as the build computes them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8 } from 'fflate';
import { beforeAll, expect, test } from 'vitest';
import { csvText } from '../../src/downloads/csv.ts';
import { downloadNames, downloadsFor } from '../../src/downloads/downloads.ts';
import { aboutTable, downloadTables } from '../../src/downloads/tables.ts';
import { readProjectFiles } from '../../src/load/read-project.ts';
import { type CountyYearOutput, runProject } from '../../src/pipeline.ts';
import type { StandardFile } from '../../src/types/generated/standard.ts';
import { root } from '../helpers/fixtures.ts';
import { sharedStrings, sheetGrid, unzipParts, workbookSheets, xmlProblems } from './xlsx-read.ts';

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
  const tables = [aboutTable(result, standards), ...downloadTables(result, standards)];
  const sheets = workbookSheets(parts);
  expect(sheets.map((sheet) => sheet.name)).toEqual(tables.map((table) => table.title));
  tables.forEach((table, index) => {
    const xml = parts.get(sheets[index]?.part ?? '') ?? '';
    expect(sheetGrid(xml, strings, table.columns.length)).toEqual([table.columns, ...table.rows]);
  });
});

test('the downloads are deterministic', () => {
  const { result } = output('tongdao-2019');
  const first = downloadsFor(result, standards);
  const second = downloadsFor(structuredClone(result), [...standards].reverse());
  expect(second).toEqual(first);
});
