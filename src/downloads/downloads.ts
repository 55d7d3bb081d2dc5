/**
 * The open-data downloads of one county-year, in a fixed order: one CSV per table
 * (`<county>-<year>-schools.csv`, `-county.csv`, `-published.csv`), the workbook with a 说明
 * sheet and the three tables (`<county>-<year>.xlsx`), and the result JSON
 * (`<county>-<year>.json`). Pure and deterministic: the same result gives the same bytes.
 */
import type { ComputeResult } from '../types/generated/result.ts';
import type { StandardFile } from '../types/generated/standard.ts';
import { csvBytes } from './csv.ts';
import { jsonMediaType, resultJsonBytes } from './json.ts';
import { aboutTable, downloadTables, TABLE_IDS } from './tables.ts';
import { xlsxBytes, xlsxMediaType } from './xlsx.ts';

export interface Download {
  /** File name, e.g. tongdao-2019-schools.csv. */
  name: string;
  mediaType: string;
  bytes: Uint8Array;
}

export const csvMediaType = 'text/csv; charset=utf-8';

/** The downloads' names and media types, known without building them (`<county>-<year>…`). */
export function downloadNames(county: string, year: number): Omit<Download, 'bytes'>[] {
  const base = `${county}-${year}`;
  return [
    ...TABLE_IDS.map((id) => ({ name: `${base}-${id}.csv`, mediaType: csvMediaType })),
    { name: `${base}.xlsx`, mediaType: xlsxMediaType },
    { name: `${base}.json`, mediaType: jsonMediaType },
  ];
}

/**
 * @param standards the standard files (for indicator names and units); those the result does not
 *   use are ignored, and an indicator whose standard is missing is labelled by its id.
 */
export function downloadsFor(result: ComputeResult, standards: readonly StandardFile[]): Download[] {
  const tables = downloadTables(result, standards);
  const bytes = [
    ...tables.map(csvBytes),
    xlsxBytes([aboutTable(result, standards), ...tables]),
    resultJsonBytes(result),
  ];
  return downloadNames(result.county, result.year).map((file, index) => {
    const content = bytes[index];
    if (content === undefined) throw new Error(`no content for ${file.name}`);
    return { ...file, bytes: content };
  });
}
