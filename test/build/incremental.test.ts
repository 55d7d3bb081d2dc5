/**
 * A build from a warm cache writes the same dist/ as a clean build, byte for byte: after a data
 * edit, a narrative edit, nothing at all, and on a fresh checkout that has the cache but no dist/
 * (what CI restores between runs). A byte changed in the kept site, or a build killed at any
 * moment, never leaves a dist/ that is neither the old site nor the new one.
 */

import { execFile, spawn } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, test } from 'vitest';
import { unseal } from '../../src/load/sealed.ts';
import { root } from '../helpers/fixtures.ts';
import { filesUnder } from '../helpers/tree.ts';

const run = promisify(execFile);
const project = mkdtempSync(join(tmpdir(), 'junheng-incremental-'));
for (const part of ['data', 'content']) cpSync(join(root, part), join(project, part), { recursive: true });
afterAll(() => rmSync(project, { recursive: true, force: true }));

async function build(...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [join(root, 'src/cli/build.ts'), ...args], {
    env: { ...process.env, JUNHENG_ROOT: project },
  });
  return stdout.trim();
}

/** dist/ as it is now, then as a clean build makes it: the paths that differ. */
async function differencesFromClean(): Promise<string[]> {
  const warm = filesUnder(join(project, 'dist'));
  await build('--clean');
  const clean = filesUnder(join(project, 'dist'));
  const paths = new Set([...warm.keys(), ...clean.keys()]);
  return [...paths]
    .filter((path) => !(warm.get(path)?.equals(clean.get(path) ?? Buffer.alloc(0)) ?? false))
    .sort();
}

function edit(file: string, change: (text: string) => string): void {
  const path = join(project, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  writeFileSync(path, after);
}

test('warm builds match clean builds', async () => {
  expect(await build('--clean')).toMatch(/已构建网站：9 个县年度、35 个页面，写入 dist\//);

  expect(await build()).toMatch(/数据和正文均无改动，沿用上次构建/);
  expect(await differencesFromClean()).toEqual([]);

  // The shared pages' search index holds no county's figures: a county's data edit leaves it as
  // kept (not written again), and the county's part is indexed anew.
  const kept = (part: string) =>
    statSync(join(project, '.junheng-cache/search', part, 'bundle.json')).mtimeMs;
  const shared = kept('pagefind');
  const county = kept('pagefind-1');
  edit('data/counties/tongdao/2019.yaml', (text) =>
    text.replace(/students: (\d+)/, (_, n) => `students: ${Number(n) + 7}`),
  );
  expect(await build()).toMatch(/重新生成 1 个县的页面、沿用 4 个县/);
  expect([kept('pagefind') === shared, kept('pagefind-1') === county]).toEqual([true, false]);
  expect(await differencesFromClean()).toEqual([]);

  edit('content/reports/fengqiu/2020.mdx', (text) =>
    text.replace('## 基本情况', '## 基本情况\n\n本年度数据已全部核对。'),
  );
  expect(await build()).toMatch(/重新生成 1 个县的页面、沿用 4 个县/);
  expect(await differencesFromClean()).toEqual([]);

  // A fresh CI checkout: the cache restored, no dist/.
  renameSync(join(project, 'dist'), join(project, 'dist-before'));
  expect(await build()).toMatch(/沿用上次构建/);
  const restored = filesUnder(join(project, 'dist'));
  const before = filesUnder(join(project, 'dist-before'));
  expect([...restored.keys()].sort()).toEqual([...before.keys()].sort());
  for (const [path, bytes] of before) expect(restored.get(path)?.equals(bytes), path).toBe(true);
}, 240_000);

test('a cache entry that does not match its key is ignored', async () => {
  const cache = join(project, '.junheng-cache');
  for (const kind of ['counties', 'outputs', 'narratives']) {
    for (const name of readdirSync(join(cache, kind)))
      writeFileSync(join(cache, kind, name), '{"key":"other","value":{}}');
  }
  // Every county is computed and every narrative checked again, and the pages come out as before.
  expect(await build()).toMatch(/沿用上次构建/);
  for (const kind of ['counties', 'outputs', 'narratives']) {
    for (const name of readdirSync(join(cache, kind))) {
      const payload = unseal(readFileSync(join(cache, kind, name)))?.toString('utf8') ?? '{}';
      expect(JSON.parse(payload).key).toBe(name.replace(/\.json$/, ''));
    }
  }
}, 120_000);

test('a full build keeps only the charts it used', async () => {
  const charts = join(project, '.junheng-cache', 'charts');
  const [current] = readdirSync(charts);
  if (current === undefined) throw new Error('no chart cache');
  mkdirSync(join(charts, 'an-older-renderer'));
  writeFileSync(join(charts, 'an-older-renderer', 'chart-000000000000.svg'), '<svg/>');
  writeFileSync(join(charts, current, 'chart-ffffffffffff.svg'), '<svg/>');
  const kept = readdirSync(join(charts, current)).length - 1;
  // The site config is part of every page: a change of it is a full build.
  edit('content/site.yaml', (text) => `${text}# 改过\n`);
  expect(await build()).toMatch(/已构建网站：9 个县年度、35 个页面/);
  expect(readdirSync(charts)).toEqual([current]);
  expect(readdirSync(join(charts, current))).toHaveLength(kept);
}, 120_000);

test('a build stopped by a data error leaves dist/ as it was', async () => {
  const before = filesUnder(join(project, 'dist'));
  const file = 'data/counties/lingbao/2022.yaml';
  const text = readFileSync(join(project, file), 'utf8');
  edit(file, (current) => current.replace(/students: (\d+)/, 'students: "1,204"'));
  await expect(build()).rejects.toMatchObject({
    code: 1,
    stderr: expect.stringContaining('构建未进行：数据有错误。'),
  });
  writeFileSync(join(project, file), text);
  const after = filesUnder(join(project, 'dist'));
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  for (const [path, bytes] of before) expect(after.get(path)?.equals(bytes), path).toBe(true);
}, 120_000);

/** Flips one byte of a file in place (same size, same inode: a hard link sees it too). */
function flipByte(path: string): void {
  const bytes = readFileSync(path);
  const at = bytes.indexOf('</html>');
  const index = at >= 0 ? at + 2 : 0;
  bytes[index] = (bytes[index] ?? 0) ^ 0x01;
  writeFileSync(path, bytes);
}

const sameTree = (a: Map<string, Buffer>, b: Map<string, Buffer>): boolean =>
  a.size === b.size && [...a].every(([path, bytes]) => b.get(path)?.equals(bytes) === true);

test('a byte changed in the kept site or in dist/ is rendered again, never published', async () => {
  await build();
  const snapshot = join(project, '.junheng-cache', 'site', 'dist');
  // The snapshot and dist/ may share files: a change on either side reaches both.
  flipByte(join(snapshot, 'tongdao', 'index.html'));
  expect(await build()).toMatch(/重新生成 1 个县的页面、沿用 4 个县/);
  expect(await differencesFromClean()).toEqual([]);
  flipByte(join(project, 'dist', 'index.html'));
  expect(await build()).not.toMatch(/沿用上次构建/);
  expect(await differencesFromClean()).toEqual([]);
}, 240_000);

/** Starts a build and kills it (SIGKILL) after `ms`; resolves when it is gone. */
function killedBuild(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'src/cli/build.ts')], {
      env: { ...process.env, JUNHENG_ROOT: project },
      stdio: 'ignore',
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

test('a build killed at any moment leaves the old site or the new one, and the next build heals', async () => {
  await build();
  let old = filesUnder(join(project, 'dist'));
  for (const [ms, students] of [
    [500, 11],
    [3000, 12],
    [9000, 13],
  ] as const) {
    edit('data/counties/tongdao/2019.yaml', (text) =>
      text.replace(/students: (\d+)/, (_, n) => `students: ${Number(n) + students}`),
    );
    await killedBuild(ms);
    const left = filesUnder(join(project, 'dist'));
    await build();
    const now = filesUnder(join(project, 'dist'));
    expect(sameTree(left, old) || sameTree(left, now), `killed after ${ms} ms`).toBe(true);
    old = now;
  }
  expect(await differencesFromClean()).toEqual([]);
}, 600_000);
