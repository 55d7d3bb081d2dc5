/**
 * The commands as a clerk runs them: check, compute and build on a copy of a small project,
 * clean and with mistakes. Exit codes and the exact text printed are pinned.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { root } from '../helpers/fixtures.ts';

const run = promisify(execFile);

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function command(
  name: 'check' | 'compute' | 'build' | 'new',
  project: string,
  ...args: string[]
): Promise<Outcome> {
  const script = join(root, 'src/cli', `${name}.ts`);
  try {
    const { stdout, stderr } = await run(process.execPath, [script, ...args], {
      env: { ...process.env, JUNHENG_ROOT: project },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

let clean: string;
let broken: string;

/** A project holding the shipped standards and one example county. */
function project(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(root, 'data/standards'), join(dir, 'data/standards'), { recursive: true });
  cpSync(join(root, 'data/counties/longting'), join(dir, 'data/counties/longting'), {
    recursive: true,
    // One county-year: the example's later years (2022 onwards) would be scaffolded here.
    filter: (path) => !/longting\/20(2[2-9]|3\d)\.yaml$/.test(path),
  });
  cpSync(join(root, 'content/site.yaml'), join(dir, 'content/site.yaml'));
  return dir;
}

beforeAll(() => {
  clean = project('junheng-clean-');
  broken = project('junheng-broken-');
  const file = join(broken, 'data/counties/longting/2021.yaml');
  const text = readFileSync(file, 'utf8')
    .replace(/students: \d+/, 'students: "1,204"')
    .replace('location: 乡村', 'location: 农村')
    .replace('books:', 'book:');
  writeFileSync(file, text);
});

afterAll(() => {
  rmSync(clean, { recursive: true, force: true });
  rmSync(broken, { recursive: true, force: true });
});

describe('npm run check', () => {
  test('a clean project: exit 0', async () => {
    const outcome = await command('check', clean);
    expect(outcome).toMatchObject({ code: 0, stderr: '' });
    expect(outcome.stdout).toBe('数据检查通过：没有发现问题。\n已测算 1 个县（市、区）年度。\n');
  });

  test('every mistake of the file in one run, located, in Chinese; exit 1', async () => {
    const outcome = await command('check', broken);
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toMatchInlineSnapshot(`
      "data/counties/longting/2021.yaml:21:17  schools[0].primary.students：在校生数应为非负整数，实际为 "1,204"（请去掉千位分隔符，写成 1204）
      data/counties/longting/2021.yaml:38:7  schools[0].facilities.book：未知字段，不会被读取（是否应为 books，即“图书册数”？）
      data/counties/longting/2021.yaml:307:15  schools[8].location：城乡分类应为 城区、镇区、乡村 之一，实际为 "农村"（是否应为 乡村？）

      共 3 个错误、0 个提示。请先改正错误再构建。
      "
    `);
  });
});

describe('npm run compute', () => {
  test('prints the result document', async () => {
    const outcome = await command('compute', clean, 'longting', '2021');
    expect(outcome.code).toBe(0);
    const result = JSON.parse(outcome.stdout);
    expect(result).toMatchObject({ county: 'longting', year: 2021, illustrative: true });
    expect(result.levels.primary.basic.standard).toBe('basic-2012');
  });

  test('an unknown county names the nearest', async () => {
    const outcome = await command('compute', clean, 'longtign', '2021');
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toBe(
      '没有县标识为「longtign」的数据（data/counties/longtign/county.yaml）。是否要找：longting？\n',
    );
  });

  test('a county-year with errors is not computed', async () => {
    const outcome = await command('compute', broken, 'longting', '2021');
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toContain('数据有错误，未测算');
  });
});

describe('npm run build', () => {
  test('builds the site into the project’s dist/: pages and downloads', async () => {
    const outcome = await command('build', clean);
    expect(outcome.stderr).not.toMatch(/错误|Error/);
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toMatch(/已构建网站：1 个县年度、\d+ 个页面，写入 dist\/（[\d.]+ 秒）。\n$/);
    for (const file of [
      'index.html',
      'longting/2021/index.html',
      'longting/plan/index.html',
      'longting/2021/data/longting-2021.json',
    ]) {
      expect(existsSync(join(clean, 'dist', file)), file).toBe(true);
    }
    const json = JSON.parse(readFileSync(join(clean, 'dist/longting/2021/data/longting-2021.json'), 'utf8'));
    expect(json).toMatchObject({ county: 'longting', year: 2021 });
  }, 120_000);

  test('stops on an error and writes nothing', async () => {
    const outcome = await command('build', broken);
    expect(outcome.code).toBe(1);
    expect(existsSync(join(broken, 'dist'))).toBe(false);
    expect(outcome.stderr).toContain('构建未进行：数据有错误。');
  });
});

describe('npm run new', () => {
  test('scaffolds next year from the last one, never overwrites, and the copy checks clean', async () => {
    const dir = project('junheng-new-');
    try {
      const first = await command('new', dir, 'longting', '2022');
      expect(first).toMatchObject({ code: 0, stderr: '' });
      expect(first.stdout.split('\n')[0]).toBe(
        '已建立 data/counties/longting/2022.yaml（以 data/counties/longting/2021.yaml 为底稿）：',
      );
      expect(readFileSync(join(dir, 'data/counties/longting/2022.yaml'), 'utf8')).toContain('year: 2022');
      const again = await command('new', dir, 'longting', '2022');
      expect(again).toMatchObject({
        code: 1,
        stderr: 'data/counties/longting/2022.yaml 已存在，未改动任何文件。\n',
      });
      const check = await command('check', dir);
      expect(check.code).toBe(0);
      // The base year carries the assessment, so the copy asks for this year's (toFill, six reminders).
      expect(check.stdout).toContain('共 0 个错误、7 个提示。\n已测算 2 个县（市、区）年度。');
      expect(check.stdout).toContain('与 data/counties/longting/2021.yaml 完全相同');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
