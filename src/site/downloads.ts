/**
 * The download files of a county-year (src/downloads), with the labels the data page shows.
 *
 * `npm run build` has them made beside the results, in the compute threads, and provides them
 * in its context (src/site/build-context.ts); the data page lists them and the endpoint writes
 * them. Without a build (`npm run dev`), or when it has none for a county-year, they are made on
 * the spot.
 */
import { type Download, downloadNames, downloadsFor } from '../downloads/downloads.ts';
import { buildContext } from './build-context.ts';
import type { CountyYearEntry } from './entries.ts';

export interface DownloadFile extends Download {
  label: string;
}

const labels: [RegExp, string][] = [
  [/-schools\.csv$/, '学校指标表（CSV）'],
  [/-county\.csv$/, '县域指标表（CSV）'],
  [/-published\.csv$/, '已公开数字核对表（CSV）'],
  [/\.xlsx$/, '全部表格（Excel 工作簿）'],
  [/\.json$/, '测算结果（JSON）'],
];

const labelOf = (name: string) => labels.find(([pattern]) => pattern.test(name))?.[1] ?? name;

/** The files' names and labels, without their bytes: what the data page lists. */
export function downloadList(entry: CountyYearEntry): { name: string; label: string }[] {
  return downloadNames(entry.county.id, entry.result.year).map(({ name }) => ({
    name,
    label: labelOf(name),
  }));
}

export async function downloadFiles(entry: CountyYearEntry): Promise<DownloadFile[]> {
  const provider = buildContext()?.downloads;
  const files =
    (await provider?.(entry.county.id, entry.result.year)) ?? downloadsFor(entry.result, entry.standards);
  return files.map((file) => ({ ...file, label: labelOf(file.name) }));
}
