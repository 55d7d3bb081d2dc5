/** The download files of a county-year, named once for the data page and the endpoint. */
import type { CountyYearEntry } from './entries.ts';

export interface DownloadFile {
  name: string;
  label: string;
}

export function downloadFiles(entry: CountyYearEntry): DownloadFile[] {
  const stem = `${entry.county.id}-${entry.result.year}`;
  return [{ name: `${stem}.json`, label: '测算结果（JSON）' }];
}
