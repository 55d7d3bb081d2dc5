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
import { aboutTable, downloadTables } from './tables.ts';
import { xlsxBytes, xlsxMediaType } from './xlsx.ts';

export interface Download {
  /** File name, e.g. tongdao-2019-schools.csv. */
  name: string;
  mediaType: string;
  bytes: Uint8Array;
}

export const csvMediaType = 'text/csv; charset=utf-8';

/**
 * @param standards the standard files (for indicator names and units); those the result does not
 *   use are ignored, and an indicator whose standard is missing is labelled by its id.
 */
export function downloadsFor(result: ComputeResult, standards: readonly StandardFile[]): Download[] {
  const base = `${result.county}-${result.year}`;
  const tables = downloadTables(result, standards);
  return [
    ...tables.map((table) => ({
      name: `${base}-${table.id}.csv`,
      mediaType: csvMediaType,
      bytes: csvBytes(table),
    })),
    {
      name: `${base}.xlsx`,
      mediaType: xlsxMediaType,
      bytes: xlsxBytes([aboutTable(result, standards), ...tables]),
    },
    { name: `${base}.json`, mediaType: jsonMediaType, bytes: resultJsonBytes(result) },
  ];
}
