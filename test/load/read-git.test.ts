/**
 * Reading a commit gives what reading the checked-out files gives: the same RawFiles (layout
 * slips listed without text, hidden files left out) and the same narratives, also when the
 * project sits in a sub-folder of the repository.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GitReadError, readGitSnapshot } from '../../src/load/read-git.ts';
import { readNarrativeFiles } from '../../src/load/read-narratives.ts';
import { readProjectFiles } from '../../src/load/read-project.ts';
import { root } from '../helpers/fixtures.ts';

const run = promisify(execFile);
let repository: string;
let project: string;

beforeAll(async () => {
  repository = mkdtempSync(join(tmpdir(), 'junheng-read-git-'));
  project = join(repository, 'county');
  cpSync(join(root, 'data/standards'), join(project, 'data/standards'), { recursive: true });
  cpSync(join(root, 'data/counties/tongdao'), join(project, 'data/counties/tongdao'), { recursive: true });
  cpSync(join(root, 'content/reports/tongdao'), join(project, 'content/reports/tongdao'), {
    recursive: true,
  });
  writeFileSync(join(project, 'data/counties/tongdao/2020.yml'), 'county: tongdao\n');
  writeFileSync(join(project, 'data/counties/tongdao/说明.txt'), '备注\n');
  writeFileSync(join(project, 'data/counties/tongdao/.gitkeep'), '');
  mkdirSync(join(project, 'content/reports/tongdao/drafts'));
  writeFileSync(join(project, 'content/reports/tongdao/drafts/2020.mdx'), '草稿\n');
  const git = (...args: string[]) =>
    run('git', ['-C', repository, '-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args]);
  await git('init', '-q');
  await git('add', '-A');
  await git('-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'data');
});

afterAll(() => {
  rmSync(repository, { recursive: true, force: true });
});

describe('readGitSnapshot', () => {
  test('the same files and narratives as the checkout', async () => {
    const snapshot = await readGitSnapshot(project, 'HEAD');
    expect(snapshot.files).toEqual(await readProjectFiles(project));
    expect(snapshot.narratives).toEqual(await readNarrativeFiles(project));
    expect(snapshot.files.find((file) => file.file.endsWith('2020.yml'))).toEqual({
      file: 'data/counties/tongdao/2020.yml',
      text: null,
      size: 16,
    });
  });

  test('an unknown ref, or no repository: a message saying what to do', async () => {
    await expect(readGitSnapshot(project, 'v9')).rejects.toThrow(
      new GitReadError(
        '找不到提交「v9」。可以写分支名、标签、提交号或 HEAD~1 这样的写法（git log --oneline 列出提交）。',
      ),
    );
    const outside = mkdtempSync(join(tmpdir(), 'junheng-no-git-'));
    try {
      await expect(readGitSnapshot(outside, 'HEAD')).rejects.toBeInstanceOf(GitReadError);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
