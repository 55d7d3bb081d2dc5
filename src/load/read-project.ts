/**
 * The only code that touches the filesystem: it lists the data files and reads their text.
 * Everything after it (parse, validate, compute) is pure and works on `RawFile`s.
 *
 * What it lists: every file under `data/counties/` and `data/standards/` (local adjustments in
 * `data/standards/local/`; hidden files such as
 * `.gitkeep` or `.DS_Store` excepted). Files that do not fit the layout (`2019.yml`,
 * `notes.txt`, a sub-folder …) are still listed, with `text: null`, so the validate phase can
 * report them: a year file saved under the wrong name must not silently drop out of a report.
 * `classifyDataFile` below says which is which; it is pure and shared by the later phases.
 */
import { readFileSync, statSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/**
 * Files larger than this are not read. A county-year file with a few hundred schools is a few
 * hundred KB at most, so anything bigger is a wrong file (a whole spreadsheet export, a binary),
 * and reading it would only make the parser slow.
 */
export const MAX_FILE_BYTES = 1024 * 1024;

export interface RawFile {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** UTF-8 text; null when the file was not read (too large, or not a data file). */
  text: string | null;
  /** Size in bytes. */
  size: number;
  /**
   * A symbolic link (to a file or a folder): never followed, since it may lead out of the
   * project (to /etc/passwd or another county's folder); the check reports it.
   */
  link?: true;
}

/** The four kinds of data file, named after the schema each one follows. */
export type DataKind = 'county' | 'year' | 'standard' | 'local';

export type DataFileRole =
  | { role: 'county'; county: string }
  | { role: 'year'; county: string; year: number }
  | { role: 'standard'; id: string }
  /** A province's or city's adjustments of a standard: data/standards/local/<id>.yaml. */
  | { role: 'local'; id: string }
  /** Looks like data (.yaml, .yml, .json) but its name or place does not fit the layout. */
  | { role: 'misnamed'; suggestedName?: string }
  /** Anything else: notes, spreadsheets, pictures. */
  | { role: 'unrecognised' };

const countyFile = /^data\/counties\/([^/]+)\/county\.yaml$/;
const yearFile = /^data\/counties\/([^/]+)\/([0-9]+)\.yaml$/;
const standardFile = /^data\/standards\/([^/]+)\.yaml$/;
const localFile = /^data\/standards\/local\/([^/]+)\.yaml$/;
const dataLikeFile = /\.(ya?ml|json)$/i;

/** Where a file sits in the data layout, from its path alone. */
export function classifyDataFile(file: string): DataFileRole {
  const role = recognisedRole(file);
  if (role) return role;
  if (!dataLikeFile.test(file)) return { role: 'unrecognised' };
  // Suggest the fix for the two common slips: `.yml` / `.YAML`, and `County.yaml`.
  const slash = file.lastIndexOf('/');
  const renamed = `${file.slice(0, slash + 1)}${file.slice(slash + 1).toLowerCase()}`.replace(
    /\.yml$/,
    '.yaml',
  );
  if (renamed !== file && recognisedRole(renamed)) return { role: 'misnamed', suggestedName: renamed };
  return { role: 'misnamed' };
}

function recognisedRole(file: string): DataFileRole | undefined {
  const county = countyFile.exec(file);
  if (county?.[1]) return { role: 'county', county: county[1] };
  const year = yearFile.exec(file);
  if (year?.[1] && year[2]) return { role: 'year', county: year[1], year: Number(year[2]) };
  const standard = standardFile.exec(file);
  if (standard?.[1]) return { role: 'standard', id: standard[1] };
  const local = localFile.exec(file);
  if (local?.[1]) return { role: 'local', id: local[1] };
  return undefined;
}

const schemaFileNames: Record<DataKind, string> = {
  county: 'county.schema.json',
  year: 'county-year.schema.json',
  standard: 'standard.schema.json',
  local: 'local-standard.schema.json',
};

/** `schemas/<name>` relative to the data file, as written in its yaml-language-server comment. */
export function schemaPathFrom(file: string, kind: DataKind): string {
  const depth = file.split('/').length - 1;
  return `${'../'.repeat(depth)}schemas/${schemaFileNames[kind]}`;
}

/** All files under data/counties and data/standards, sorted by path (code-point order). */
export async function readProjectFiles(root: string): Promise<RawFile[]> {
  const files = [...(await listFiles(root, 'data/counties')), ...(await listFiles(root, 'data/standards'))];
  files.sort((a, b) => compareCodePoints(a.file, b.file));
  const out: RawFile[] = [];
  for (const { file, link } of files) {
    out.push(link ? { file, text: null, size: 0, link } : await readRawFile(root, file));
  }
  return out;
}

async function listFiles(root: string, folder: string): Promise<ListedFile[]> {
  let entries: Awaited<ReturnType<typeof readdirRecursive>>;
  try {
    entries = await readdirRecursive(join(root, folder));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const files: ListedFile[] = [];
  for (const entry of entries) {
    if (!entry.isFile() && !entry.isSymbolicLink()) continue;
    const file = relative(root, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (isListedDataFile(file)) files.push(entry.isSymbolicLink() ? { file, link: true } : { file });
  }
  return files;
}

interface ListedFile {
  file: string;
  link?: true;
}

function readdirRecursive(dir: string) {
  return readdir(dir, { recursive: true, withFileTypes: true });
}

/** content/site.yaml as read, or undefined when the project has none. */
export function readSiteConfigFile(root: string): RawFile | undefined {
  const file = 'content/site.yaml';
  const path = join(root, file);
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return undefined;
  }
  if (size > MAX_FILE_BYTES) return { file, text: null, size };
  return { file, text: decodeDataText(readFileSync(path)), size };
}

async function readRawFile(root: string, file: string): Promise<RawFile> {
  const path = join(root, file);
  const { size } = await stat(path);
  if (!readsText(file, size)) return { file, text: null, size };
  return { file, text: decodeDataText(await readFile(path)), size };
}

/**
 * Whether a path is one `readProjectFiles` lists: under data/counties/ or data/standards/, and
 * neither it nor a folder above it hidden. Shared with the reader of older versions from git.
 */
export function isListedDataFile(file: string): boolean {
  if (!file.startsWith('data/counties/') && !file.startsWith('data/standards/')) return false;
  return !file.split('/').some((part) => part.startsWith('.'));
}

/** Whether a listed file's text is read: a data file by its place, and not too large. */
export function readsText(file: string, size: number): boolean {
  const { role } = classifyDataFile(file);
  const isData = role === 'county' || role === 'year' || role === 'standard' || role === 'local';
  return isData && size <= MAX_FILE_BYTES;
}

/**
 * Not fatal on bad bytes: a GBK file decodes with U+FFFD, which the parser reports in Chinese.
 * The decoder also drops a UTF-8 byte-order mark.
 */
export function decodeDataText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
