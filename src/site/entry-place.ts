/**
 * Where a clerk enters what a not-supplied line needs: the data file and its field path (worded
 * by src/figures/assessment.ts) and the workbook sheet, asked of the spreadsheet model
 * (src/sheet/model.ts, which derives the sheets from the county-year schema).
 */
import {
  countyFilePath,
  dataFilePath,
  entryPath,
  fieldEntryText,
  fileEntryText,
  type MissingData,
  type SheetPlace,
  sheetEntryText,
} from '../figures/assessment.ts';
import { choiceLabel, fieldLabel, sheetTables } from '../sheet/model.ts';

/** The sheet, column or row that holds a county-year path; undefined when the workbook has none. */
export function sheetPlace(path: string): SheetPlace | undefined {
  const place = entryPath(path);
  if (place === undefined) return undefined;
  if (place.list !== undefined) {
    const listPath = place.list.split('.');
    const table = sheetTables.find(
      (candidate) =>
        candidate.layout === 'rows' &&
        candidate.path.length === listPath.length &&
        candidate.path.every((name, index) => name === listPath[index]),
    );
    if (table === undefined) return undefined;
    const key = place.inner.join('.');
    // A named item (declarations[layoutPlan]) is the row whose 事项 is that choice, shown by its
    // workbook label; its value is the row's yes/no column.
    const named = place.item !== undefined && place.item !== '*' ? place.item : undefined;
    const itemField = table.fields.find((candidate) => candidate.choices?.includes(named ?? '') === true);
    const field =
      key === ''
        ? named === undefined
          ? undefined
          : table.fields.find((candidate) => candidate.kind === 'boolean')
        : table.fields.find((candidate) => candidate.key === key);
    return {
      sheet: table.sheetName,
      ...(field === undefined ? {} : { field: fieldLabel(field) }),
      ...(named === undefined
        ? {}
        : { row: itemField === undefined ? named : choiceLabel(itemField, named) }),
    };
  }
  // A whole list (qualityMonitoring): its own sheet.
  const list = sheetTables.find(
    (table) =>
      table.layout === 'rows' &&
      table.path.length === place.fields.length &&
      table.path.every((name, index) => name === place.fields[index]),
  );
  if (list !== undefined) return { sheet: list.sheetName };
  // The county file is not in the workbook.
  if (path.startsWith('county.')) return undefined;
  const county = sheetTables.find((table) => table.layout === 'keyValue');
  const field = county?.fields.find((candidate) => candidate.key === path);
  if (county === undefined || field === undefined) return undefined;
  return { sheet: county.sheetName, field: fieldLabel(field) };
}

export interface EntryPlace {
  /** What the line's check calls the missing value. */
  label: string;
  path: string;
  file: string;
  /** The file and field, in words. */
  inFile: string;
  /** The field inside the file, in words (declarations 中 layoutPlan 一项). */
  field: string;
  /** The workbook's sheet, in words. */
  inSheet: string;
}

/** Each missing item of a line: what it is, where it goes in the data file and in the workbook. */
export function groupedEntryPlaces(
  county: string,
  year: number,
  missing: readonly MissingData[],
): { label: string; places: EntryPlace[] }[] {
  const groups = new Map<string, EntryPlace[]>();
  for (const place of entryPlaces(county, year, missing)) {
    const list = groups.get(place.label) ?? [];
    list.push(place);
    groups.set(place.label, list);
  }
  return [...groups].map(([label, places]) => ({ label, places }));
}

/** Each missing item of a line: what it is, where it goes in the data file and in the workbook. */
export function entryPlaces(county: string, year: number, missing: readonly MissingData[]): EntryPlace[] {
  return missing.map((item) => ({
    label: item.label,
    path: item.path,
    file: item.path.startsWith('county.') ? countyFilePath(county) : dataFilePath(county, year),
    inFile: fileEntryText(county, year, item.path),
    field: fieldEntryText(item.path),
    inSheet: sheetEntryText(sheetPlace(item.path)),
  }));
}
