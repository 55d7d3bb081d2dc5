/** `npm run figures`: the citable figures of a county-year, as a writer reads them. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { root } from '../helpers/fixtures.ts';

const run = promisify(execFile);

async function figures(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['src/cli/figures.ts', ...args], {
      cwd: root,
      env: { ...process.env, JUNHENG_ROOT: root },
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run figures', () => {
  test('lists every figure with its Chinese name and its printed text', { timeout: 60_000 }, async () => {
    const { code, stdout } = await figures('tongdao', '2019');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(
      /^通道侗族自治县 2019 年：可引用的数字（\d+ 个，正文写作 <Figure k="写法" \/>）$/,
    );
    const line = (key: string) => lines.find((item) => item.startsWith(`${key} `))?.replace(/\s+/g, ' ');
    expect(line('levels.primary.averageClassSize')).toBe('levels.primary.averageClassSize 平均班额 38.53 人');
    expect(line('facts.investments[2019].amount')).toBe(
      'facts.investments[2019].amount 教育投入·2019·金额 16568 万元',
    );
    expect(line('published[levels.junior.basic.compositeCv].published')).toBe(
      'published[levels.junior.basic.compositeCv].published 初中·基本均衡·综合差异系数 0.279',
    );
  });

  test('--json and --markdown', { timeout: 60_000 }, async () => {
    const json = JSON.parse((await figures('fengqiu', '2020', '--json')).stdout) as {
      key: string;
      text: string;
    }[];
    expect(json.find((entry) => entry.key === 'facts.investments[基本建设].amount')?.text).toBe('60000');
    const markdown = (await figures('fengqiu', '2020', '--markdown')).stdout;
    expect(markdown).toContain('| `levels.primary.studentsPerTeacher` | 师生比 | 1:17.12 |  |');
  });

  test('a wrong call says how to call it', { timeout: 60_000 }, async () => {
    expect(await figures('tongdao')).toMatchObject({
      code: 2,
      stderr:
        '用法：npm run figures -- <县标识> <年份> [--markdown | --json] [--schools]，例如 npm run figures -- tongdao 2019\n',
    });
    expect((await figures('tongdao', '2019', '--csv')).stderr).toMatch(/^不认识的选项：--csv。用法/);
    expect(await figures('tongdao', '2030')).toMatchObject({ code: 1 });
  });
});
