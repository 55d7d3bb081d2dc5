/**
 * Reads the narratives content/reports/<county>/<year>.mdx (the edge: filesystem only), and
 * lists every other entry under content/reports, so that a narrative saved under another name,
 * in a subfolder, as a link or too large is reported instead of silently left out.
 */
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A narrative as read, before any check. */
export interface NarrativeFile {
  /** Relative path, e.g. content/reports/tongdao/2019.mdx. */
  file: string;
  text: string;
}

/** An entry under content/reports that is not read as a narrative, and why. */
export interface StrayNarrative {
  file: string;
  reason: 'name' | 'folder' | 'link' | 'large';
}

/** A narrative is prose: far below this. */
export const MAX_NARRATIVE_BYTES = 512 * 1024;

const narrativeName = /^\d{4}\.mdx$/;

export async function readNarratives(
  root: string,
): Promise<{ narratives: NarrativeFile[]; strays: StrayNarrative[] }> {
  const base = join(root, 'content/reports');
  const narratives: NarrativeFile[] = [];
  const strays: StrayNarrative[] = [];
  let counties: string[];
  try {
    counties = (await readdir(base)).sort();
  } catch {
    return { narratives, strays };
  }
  for (const county of counties) {
    const countyPath = join(base, county);
    const countyStat = await lstat(countyPath);
    if (countyStat.isSymbolicLink()) {
      strays.push({ file: `content/reports/${county}`, reason: 'link' });
      continue;
    }
    if (!countyStat.isDirectory()) {
      strays.push({ file: `content/reports/${county}`, reason: 'name' });
      continue;
    }
    for (const name of (await readdir(countyPath)).sort()) {
      const file = `content/reports/${county}/${name}`;
      const path = join(countyPath, name);
      const entry = await lstat(path);
      if (entry.isSymbolicLink()) strays.push({ file, reason: 'link' });
      else if (entry.isDirectory()) strays.push({ file, reason: 'folder' });
      else if (!narrativeName.test(name)) strays.push({ file, reason: 'name' });
      else if (entry.size > MAX_NARRATIVE_BYTES) strays.push({ file, reason: 'large' });
      else narratives.push({ file, text: await readFile(path, 'utf8') });
    }
  }
  return { narratives, strays };
}

/** The narratives alone (for commands that report nothing about the folder). */
export async function readNarrativeFiles(root: string): Promise<NarrativeFile[]> {
  return (await readNarratives(root)).narratives;
}
