/** Reads the narratives content/reports/<county>/<year>.mdx (the edge: filesystem only). */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A narrative as read, before any check. */
export interface NarrativeFile {
  /** Relative path, e.g. content/reports/tongdao/2019.mdx. */
  file: string;
  text: string;
}

export async function readNarrativeFiles(root: string): Promise<NarrativeFile[]> {
  const base = join(root, 'content/reports');
  const files: NarrativeFile[] = [];
  let counties: string[];
  try {
    counties = (await readdir(base, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return files;
  }
  for (const county of counties.sort()) {
    for (const name of (await readdir(join(base, county))).sort()) {
      if (!name.endsWith('.mdx')) continue;
      files.push({
        file: `content/reports/${county}/${name}`,
        text: await readFile(join(base, county, name), 'utf8'),
      });
    }
  }
  return files;
}
