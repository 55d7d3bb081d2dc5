/**
 * The clean fixture project (test/fixtures/validate/clean) and small edits of it: each test
 * breaks one thing in a real-looking file and pins what the clerk sees.
 */
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { type RawFile, readProjectFiles } from '../../src/load/read-project.ts';
import { formatProblem } from '../../src/problems/problem.ts';
import { buildDataset } from '../../src/validate/dataset.ts';

export const cleanRoot = fileURLToPath(new URL('../fixtures/validate/clean', import.meta.url));

export const yearFile = 'data/counties/demo/2019.yaml';
export const countyFile = 'data/counties/demo/county.yaml';
export const basicStandard = 'data/standards/basic-2012.yaml';
export const qualityStandard = 'data/standards/quality-2017.yaml';

let clean: Promise<RawFile[]> | undefined;

export function cleanFiles(): Promise<RawFile[]> {
  clean ??= readProjectFiles(cleanRoot);
  return clean;
}

/** The clean files with `from` replaced by `to` in `file`; `from` must occur exactly once. */
export async function edited(
  file: string,
  ...replacements: [from: string, to: string][]
): Promise<RawFile[]> {
  const files = await cleanFiles();
  return files.map((raw) => {
    if (raw.file !== file || raw.text === null) return raw;
    let text = raw.text;
    for (const [from, to] of replacements) {
      expect(text.split(from).length - 1, `"${from}" should occur once in ${file}`).toBe(1);
      text = text.replace(from, to);
    }
    return { ...raw, text, size: Buffer.byteLength(text) };
  });
}

/** What the clerk sees for these files: the formatted problems, in output order. */
export function report(files: readonly RawFile[]): string[] {
  return buildDataset(files).problems.map(formatProblem);
}

/** The report for the clean files with one edit in `file`. */
export async function reportAfterEdit(
  file: string,
  ...replacements: [from: string, to: string][]
): Promise<string[]> {
  return report(await edited(file, ...replacements));
}
