/**
 * The download files of a county-year (src/downloads), with the labels the data page shows.
 * Built once per county-year and shared by the data page and the endpoint that writes them.
 */
import { type Download, downloadsFor } from '../downloads/downloads.ts';
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

const cache = new WeakMap<CountyYearEntry, DownloadFile[]>();

export function downloadFiles(entry: CountyYearEntry): DownloadFile[] {
  const known = cache.get(entry);
  if (known !== undefined) return known;
  const files = downloadsFor(entry.result, entry.standards).map((file) => ({
    ...file,
    label: labels.find(([pattern]) => pattern.test(file.name))?.[1] ?? file.name,
  }));
  cache.set(entry, files);
  return files;
}
