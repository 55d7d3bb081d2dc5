/**
 * Reads the project as a git commit holds it, without checking anything out: the same data
 * files `readProjectFiles` lists and the narratives `readNarrativeFiles` reads, from one
 * `git ls-tree` and one `git cat-file --batch`. The edge: only this module runs git.
 *
 * The project root may sit inside a larger repository (a county's repository holding data/ and
 * content/ in a sub-folder): paths are mapped through `git rev-parse --show-prefix`.
 */
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import type { NarrativeFile } from './read-narratives.ts';
import { decodeDataText, isListedDataFile, type RawFile, readsText } from './read-project.ts';

const run = promisify(execFile);

/** What a commit holds of the project: the pipeline's input and the narratives. */
export interface ProjectSnapshot {
  files: RawFile[];
  narratives: NarrativeFile[];
}

/** A git command failed in a way the user can fix (no repository, unknown ref): the message says how. */
export class GitReadError extends Error {}

const narrativeFile = /^content\/reports\/[^/]+\/[^/]+\.mdx$/;

interface TreeEntry {
  /** Relative to the project root. */
  file: string;
  object: string;
  size: number;
  /** A symbolic link (mode 120000): its blob is the target's path, never read as data. */
  link?: true;
}

export async function readGitSnapshot(root: string, ref: string): Promise<ProjectSnapshot> {
  const { top, prefix } = await repositoryOf(root);
  const commit = await resolveCommit(top, ref);
  const entries = await listTree(top, commit, prefix);
  const wanted = entries.filter(
    (entry) =>
      entry.link !== true &&
      ((isListedDataFile(entry.file) && readsText(entry.file, entry.size)) || narrativeFile.test(entry.file)),
  );
  const blobs = await readBlobs(
    top,
    wanted.map((entry) => entry.object),
  );
  const files: RawFile[] = [];
  const narratives: NarrativeFile[] = [];
  for (const entry of entries) {
    const bytes = blobs.get(entry.object);
    if (narrativeFile.test(entry.file)) {
      if (bytes !== undefined) narratives.push({ file: entry.file, text: new TextDecoder().decode(bytes) });
    } else if (isListedDataFile(entry.file) && entry.link) {
      files.push({ file: entry.file, text: null, size: 0, link: true });
    } else if (isListedDataFile(entry.file)) {
      const text = bytes !== undefined && readsText(entry.file, entry.size) ? decodeDataText(bytes) : null;
      files.push({ file: entry.file, text, size: entry.size });
    }
  }
  files.sort((a, b) => compareCodePoints(a.file, b.file));
  narratives.sort((a, b) => compareCodePoints(a.file, b.file));
  return { files, narratives };
}

/** The repository's top folder, and where the project root sits in it (`''` or `county/`). */
async function repositoryOf(root: string): Promise<{ top: string; prefix: string }> {
  try {
    const { stdout } = await run('git', ['-C', root, 'rev-parse', '--show-toplevel', '--show-prefix']);
    const [top = '', prefix = ''] = stdout.split('\n');
    return { top, prefix };
  } catch {
    throw new GitReadError(`${root} 不在 git 仓库中：npm run diff 比较的是两个提交，请在仓库中运行。`);
  }
}

async function resolveCommit(top: string, ref: string): Promise<string> {
  try {
    const { stdout } = await run('git', ['-C', top, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    return stdout.trim();
  } catch {
    throw new GitReadError(
      `找不到提交「${ref}」。可以写分支名、标签、提交号或 HEAD~1 这样的写法（git log --oneline 列出提交）。`,
    );
  }
}

async function listTree(top: string, commit: string, prefix: string): Promise<TreeEntry[]> {
  const { stdout } = await run(
    'git',
    [
      '-C',
      top,
      'ls-tree',
      '-r',
      '-l',
      '-z',
      '--full-tree',
      commit,
      '--',
      `${prefix}data`,
      `${prefix}content`,
    ],
    { maxBuffer: 256 * 1024 * 1024 },
  );
  const entries: TreeEntry[] = [];
  for (const record of stdout.split('\0')) {
    // <mode> SP <type> SP <object> SP+ <size> TAB <path>
    const match = /^(\d+) (\w+) ([0-9a-f]+) +(\d+|-)\t(.*)$/s.exec(record);
    if (match === null) continue;
    const [, mode, type, object = '', size = '0', path = ''] = match;
    if (type !== 'blob' || !path.startsWith(prefix)) continue;
    const entry: TreeEntry = { file: path.slice(prefix.length), object, size: Number(size) };
    if (mode === '120000') entry.link = true;
    entries.push(entry);
  }
  return entries;
}

/** The content of each blob, by object id, through one `git cat-file --batch`. */
function readBlobs(top: string, objects: readonly string[]): Promise<Map<string, Uint8Array>> {
  const unique = [...new Set(objects)];
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-C', top, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    const errors: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => errors.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`git cat-file 失败：${Buffer.concat(errors).toString('utf8')}`));
        return;
      }
      resolve(parseBatch(Buffer.concat(chunks)));
    });
    child.stdin.end(unique.map((object) => `${object}\n`).join(''));
  });
}

/** `<object> <type> <size>\n<content>\n`, repeated. */
function parseBatch(output: Buffer): Map<string, Uint8Array> {
  const blobs = new Map<string, Uint8Array>();
  let at = 0;
  while (at < output.length) {
    const end = output.indexOf(0x0a, at);
    if (end === -1) break;
    const [object = '', type, size] = output.subarray(at, end).toString('utf8').split(' ');
    at = end + 1;
    if (type === 'missing' || size === undefined) continue;
    const length = Number(size);
    blobs.set(object, output.subarray(at, at + length));
    at += length + 1;
  }
  return blobs;
}

function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
