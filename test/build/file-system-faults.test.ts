/**
 * A disk that fills up or a dist/ that cannot be written, at any point of a build: the clerk reads
 * one Chinese line naming the path and the remedy (never a stack trace), dist/ stays the previous
 * complete site, and the next build heals. The faults are injected (test/helpers/fs-faults.ts):
 * tests run as root, where a read-only folder is writable anyway.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, test } from 'vitest';
import { root } from '../helpers/fixtures.ts';
import { filesUnder } from '../helpers/tree.ts';

const run = promisify(execFile);
const project = mkdtempSync(join(tmpdir(), 'junheng-faults-'));
for (const part of ['data', 'content']) cpSync(join(root, part), join(project, part), { recursive: true });
afterAll(() => rmSync(project, { recursive: true, force: true }));
const dist = join(project, 'dist');
const faults = join(root, 'test/helpers/fs-faults.ts');

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function build(fault?: string, ...args: string[]): Promise<Outcome> {
  const env: NodeJS.ProcessEnv = { ...process.env, JUNHENG_ROOT: project };
  const preload = fault === undefined ? [] : ['--import', faults];
  if (fault !== undefined) env.JUNHENG_TEST_FAULT = fault;
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [...preload, join(root, 'src/cli/build.ts'), ...args],
      {
        cwd: root,
        env,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as Outcome;
    return { code, stdout, stderr };
  }
}

let edits = 0;
/** A data edit, so that the next build renders a county again. */
function editData(): void {
  const file = join(project, 'data/counties/tongdao/2019.yaml');
  edits += 1;
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace(/students: (\d+)/, (_, n) => `students: ${Number(n) + 1}`),
  );
}

const sameTree = (a: Map<string, Buffer>, b: Map<string, Buffer>): boolean =>
  a.size === b.size && [...a].every(([path, bytes]) => b.get(path)?.equals(bytes) === true);

/** The last line the clerk reads, checked: Chinese, the path, no stack, not an internal error. */
function expectFileSystemMessage(outcome: Outcome, message: RegExp): void {
  expect(outcome.code, outcome.stderr).toBe(1);
  expect(outcome.stderr).not.toMatch(/^\s+at /m);
  expect(outcome.stderr).not.toMatch(/内部错误/);
  const last = outcome.stderr.trim().split('\n').at(-1) ?? '';
  expect(last).toMatch(message);
  expect(last).toContain(project);
}

test('out of space or read-only at any moment: the old site stays, a message says what to do, the next build heals', async () => {
  expect((await build(undefined, '--clean')).code).toBe(0);
  let old = filesUnder(dist);

  // How many writes an incremental build makes in the project, to fail at the start, the middle and the end.
  editData();
  const counted = await build(`COUNT:0:${project}`);
  expect(counted.code, counted.stderr).toBe(0);
  const writes = Number(/junheng-test-writes: (\d+)/.exec(counted.stderr)?.[1]);
  expect(writes).toBeGreaterThan(10);
  old = filesUnder(dist);

  const cases: [string, RegExp][] = [
    [`ENOSPC:${Math.floor(writes / 3)}`, /^磁盘空间不足，无法写入：.+。请清理磁盘后重新运行。$/],
    [`ENOSPC:${Math.floor((2 * writes) / 3)}`, /^磁盘空间不足，无法写入：.+。请清理磁盘后重新运行。$/],
    [`ENOSPC:${writes - 1}`, /^磁盘空间不足，无法写入：.+。请清理磁盘后重新运行。$/],
  ];
  /** After a failed build dist/ is the site before it or, failing once the new one was in place, that one. */
  const expectOldOrNew = async (what: string) => {
    const left = filesUnder(dist);
    const healed = await build();
    expect(healed.code, healed.stderr).toBe(0);
    const now = filesUnder(dist);
    expect(sameTree(left, old) || sameTree(left, now), `${what}: dist/ is the old site or the new one`).toBe(
      true,
    );
    old = now;
  };
  for (const [fault, message] of cases) {
    editData();
    expectFileSystemMessage(await build(`${fault}:${project}`), message);
    await expectOldOrNew(fault);
  }

  // dist/ cannot be replaced (the project folder read-only, or a read-only file system): nothing
  // of the new site reaches it.
  editData();
  const readOnly = await build(`EROFS:0:${dist}*`);
  expectFileSystemMessage(readOnly, /^文件系统是只读的，无法写入：.+dist.*。请在可写的位置运行/);
  expect(sameTree(filesUnder(dist), old), 'read-only: dist/ is the previous site').toBe(true);

  // The next build, writable again, publishes all the edits and matches a clean build.
  const healed = await build();
  expect(healed.code, healed.stderr).toBe(0);
  const warm = filesUnder(dist);
  expect(sameTree(warm, old)).toBe(false);
  expect((await build(undefined, '--clean')).code).toBe(0);
  expect(sameTree(warm, filesUnder(dist)), `dist/ after ${edits} edits`).toBe(true);
}, 400_000);
