/**
 * The round trip a clerk makes: `template --county --year`, then `import` of the untouched
 * workbook gives back the same file, byte for byte (and so the same data and the same computed
 * result), for every example county-year. Also when the hidden key row and column were deleted
 * and only the visible headers are left to go by.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { type RawFile, readProjectFiles } from '../../src/load/read-project.ts';
import { runProject } from '../../src/pipeline.ts';
import { hasErrors } from '../../src/problems/problem.ts';
import { importSpreadsheet } from '../../src/sheet/import.ts';
import { templateWorkbook } from '../../src/sheet/template.ts';
import { type WorkbookSpec, workbookBytes } from '../../src/xlsx/write.ts';
import { root } from '../helpers/fixtures.ts';
import { shippedSpellings } from './fixtures.ts';

const countyYears = readdirSync(join(root, 'data/counties')).flatMap((county) =>
  readdirSync(join(root, 'data/counties', county))
    .filter((name) => /^\d{4}\.yaml$/.test(name))
    .map((name) => ({ county, year: Number(name.slice(0, 4)) })),
);

let files: RawFile[];
beforeAll(async () => {
  files = await readProjectFiles(root);
});

/** The workbook with the hidden key row (and 县级数据's key column) deleted. */
function withoutKeys(spec: WorkbookSpec): WorkbookSpec {
  return {
    ...spec,
    sheets: spec.sheets.map((sheet) => {
      if (sheet.name === '县级数据') {
        return {
          ...sheet,
          rows: sheet.rows.map((row) => ({ ...row, cells: row.cells.slice(1) })),
          columns: sheet.columns?.slice(1) ?? [],
          validations: [],
        };
      }
      return { ...sheet, rows: sheet.rows.filter((row) => !row.hidden), validations: [] };
    }),
  };
}

test('every example county-year is covered', () => {
  expect(countyYears.length).toBeGreaterThanOrEqual(5);
});

describe.each(countyYears)('$county $year', ({ county, year }) => {
  const file = `data/counties/${county}/${year}.yaml`;

  const roundTrip = (spec: WorkbookSpec) =>
    importSpreadsheet({
      fileName: `${county}-${year}.xlsx`,
      bytes: workbookBytes(spec),
      county,
      year,
      projectFiles: files,
      spellings: shippedSpellings(),
    });

  test('template, then import: the same file and the same computed result', () => {
    const original = files.find((raw) => raw.file === file);
    const data = parse(original?.text ?? '');
    const result = roundTrip(templateWorkbook({ data, county, year }));
    expect(hasErrors(result.problems)).toBe(false);
    expect(result.changes?.changed).toBe(false);
    expect(parse(result.text ?? '')).toEqual(data);
    expect(result.text).toBe(original?.text);
    const before = runProject(files).outputs.find((output) => output.file === file)?.result;
    const after = result.run?.outputs.find((output) => output.file === file)?.result;
    expect(after).toBeDefined();
    expect(after).toEqual(before);
  });

  test('without the hidden keys, by the visible headers', () => {
    const data = parse(files.find((raw) => raw.file === file)?.text ?? '');
    const result = roundTrip(withoutKeys(templateWorkbook({ data, county, year })));
    expect(result.problems.filter((problem) => problem.code.startsWith('sheet'))).toEqual([]);
    expect(parse(result.text ?? '')).toEqual(data);
  });
});
