/**
 * `npm run diff` on crafted commits of the example data, in a county repository that keeps the
 * project in a sub-folder (JUNHENG_ROOT): one commit per kind of change, each diff's Markdown
 * pinned in test/cli/__snapshots__/. Also: no change, an error on the newer side, JSON, --out,
 * and the mistakes a user can make on the command line. The command runs in-process (one Node
 * start costs a second); two cases run the real script for its output and exit code.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { diffCommand } from '../../src/cli/diff-command.ts';
import { root } from '../helpers/fixtures.ts';

const run = promisify(execFile);

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

let repository: string;
/** The project root inside the repository: a county's repository holds it in a sub-folder. */
let project: string;

const yearFile = 'data/counties/longting/2021.yaml';
const narrativeFile = 'content/reports/longting/2021.mdx';

function diff(...args: string[]): Promise<Outcome> {
  return diffCommand(args, project, project);
}

/** The script itself, as `npm run diff` starts it. */
async function script(...args: string[]): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(root, 'src/cli/diff.ts'), ...args], {
      cwd: project,
      env: { ...process.env, JUNHENG_ROOT: project },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

async function git(...args: string[]): Promise<void> {
  await run('git', ['-C', repository, '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args], {
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: '测试',
      GIT_AUTHOR_EMAIL: 'test@example.invalid',
      GIT_COMMITTER_NAME: '测试',
      GIT_COMMITTER_EMAIL: 'test@example.invalid',
    },
  });
}

/** Rewrites one file of the project with `edit` and commits it under the tag `name`. */
async function commit(name: string, file: string, edit: (text: string) => string): Promise<void> {
  const path = join(project, file);
  const text = readFileSync(path, 'utf8');
  const edited = edit(text);
  if (edited === text) throw new Error(`${name}: the edit changed nothing`);
  writeFileSync(path, edited);
  await git('commit', '-q', '-am', name);
  await git('tag', name);
}

/** The YAML block of one school, from its `- id:` line to the next school's. */
function schoolBlock(text: string, id: string): string {
  const start = text.indexOf(`  - id: ${id}\n`);
  const end = text.indexOf('  - id: ', start + 1);
  return text.slice(start, end === -1 ? undefined : end);
}

beforeAll(async () => {
  repository = mkdtempSync(join(tmpdir(), 'junheng-diff-'));
  project = join(repository, 'longting');
  mkdirSync(join(project, 'data/counties'), { recursive: true });
  mkdirSync(join(project, 'content/reports'), { recursive: true });
  cpSync(join(root, 'data/standards'), join(project, 'data/standards'), { recursive: true });
  cpSync(join(root, 'data/counties/longting'), join(project, 'data/counties/longting'), {
    recursive: true,
    // One county-year: the example's later years (2022 onwards) would be scaffolded here.
    filter: (path) => !/longting\/20(2[2-9]|3\d)\.yaml$/.test(path),
  });
  cpSync(join(root, 'content/reports/longting'), join(project, 'content/reports/longting'), {
    recursive: true,
  });
  cpSync(join(root, 'content/site.yaml'), join(project, 'content/site.yaml'));
  await git('init', '-q', '-b', 'main');
  await git('add', '-A');
  await git('commit', '-q', '-m', 'base');
  await git('tag', 'base');
  await commit('enrollment', yearFile, (text) => {
    const school = schoolBlock(text, 'lt-p02');
    return text.replace(school, school.replace('students: 1022', 'students: 1122'));
  });
  // 5000 ㎡ for 1171 students is 4.27 ㎡ each: below 85% of the 5.8 ㎡ standard, so the school,
  // which met all seven, no longer meets the rule.
  await commit('below-standard', yearFile, (text) => {
    const school = schoolBlock(text, 'lt-j01');
    return text.replace(school, school.replace('teachingArea: 7996.93', 'teachingArea: 5000'));
  });
  await commit('new-school', yearFile, (text) => {
    const copy = schoolBlock(text, 'lt-p01')
      .replace('id: lt-p01', 'id: lt-p13')
      .replace('name: 城区第一小学', 'name: 城区第十三小学')
      .replace('students: 988', 'students: 820');
    return text.replace('  - id: lt-n01\n', `${copy}  - id: lt-n01\n`);
  });
  await commit('deleted-school', yearFile, (text) => text.replace(schoolBlock(text, 'lt-p05'), ''));
  await commit('narrative', narrativeFile, (text) =>
    text
      .replace(
        '最大的一个班 <Figure k="levels.primary.largestClass" /> 人',
        '初中最大的一个班 <Figure k="levels.junior.largestClass" /> 人',
      )
      .replace('学校之间的差距已经不大', '学校之间的差距总体不大，共 21 所学校'),
  );
}, 60_000);

afterAll(() => {
  rmSync(repository, { recursive: true, force: true });
});

describe('npm run diff on crafted commits (Markdown pinned)', () => {
  test.each([
    ['enrollment', '一所小学的在校生数改变'],
    ['below-standard', '一所初中降到优质均衡标准以下'],
    ['new-school', '新增一所学校'],
    ['deleted-school', '删除一所学校'],
    ['narrative', '正文改了一句话和一个 Figure'],
  ])('%s: %s', async (tag) => {
    const outcome = await diff(`${tag}~1`, '--to', tag);
    expect(outcome.stderr).toBe('');
    expect(outcome.code).toBe(0);
    await expect(outcome.stdout).toMatchFileSnapshot(`__snapshots__/diff-${tag}.md`);
  });
});

describe('npm run diff against the working tree', () => {
  test('no change: one line', async () => {
    const outcome = await script('HEAD');
    expect(outcome).toEqual({
      code: 0,
      stderr: '',
      stdout: '### 发布数字变化：HEAD → 工作区\n\n发布数字无变化。\n',
    });
  });

  test('an error in the working tree: reported as a new problem, exit 1', async () => {
    const path = join(project, yearFile);
    const committed = readFileSync(path, 'utf8');
    try {
      writeFileSync(path, committed.replace('students: 1122', 'students: "1,122"'));
      const outcome = await script('HEAD');
      expect(outcome.code).toBe(1);
      expect(outcome.stdout).toMatchInlineSnapshot(`
        "### 发布数字变化：HEAD → 工作区

        因数据错误未测算的县年度 1 个，新增数据问题 1 个。

        > **工作区的数据有错误，构建会停止。** 有错误的县年度没有测算，不在下面的比较中；错误见「新增数据问题」或 \`npm run check\`。

        #### 县年度

        - 龙亭区 2021 年：数据有错误，未测算

        #### 新增数据问题

        \`\`\`
        data/counties/longting/2021.yaml:57:17  schools[1].primary.students：在校生数应为非负整数，实际为 "1,122"（请去掉千位分隔符，写成 1122）
        \`\`\`
        "
      `);
    } finally {
      writeFileSync(path, committed);
    }
  });
});

describe('npm run diff: JSON and files', () => {
  test('--json keeps every change, with full-precision values', async () => {
    const outcome = await diff('base', '--to', 'HEAD', '--json');
    expect(outcome.code).toBe(0);
    const json = JSON.parse(outcome.stdout);
    expect(json).toMatchObject({ from: 'base', to: 'HEAD' });
    expect(json.values.length).toBeGreaterThan(20);
    expect(json.values).toContainEqual(
      expect.objectContaining({
        county: 'longting',
        year: 2021,
        key: 'levels.junior.quality.schoolsMeeting',
        before: 1,
        after: 0,
      }),
    );
    expect(json.schools.added.map((school: { school: string }) => school.school)).toEqual(['lt-p13']);
    expect(json.schools.removed.map((school: { school: string }) => school.school)).toEqual(['lt-p05']);
  });

  test('--format markdown --out writes the file (relative to where the command was typed)', async () => {
    const outcome = await diff(
      'enrollment~1',
      '--to',
      'enrollment',
      '--format',
      'markdown',
      '--out',
      'diff.md',
    );
    expect(outcome).toMatchObject({ code: 0, stdout: '', stderr: `已写入 ${join(project, 'diff.md')}\n` });
    expect(readFileSync(join(project, 'diff.md'), 'utf8')).toBe(
      readFileSync(join(import.meta.dirname, '__snapshots__/diff-enrollment.md'), 'utf8'),
    );
    rmSync(join(project, 'diff.md'));
  });
});

describe('npm run diff: mistakes', () => {
  test('an unknown ref: exit 2, in Chinese', async () => {
    const outcome = await diff('no-such-branch');
    expect(outcome).toMatchObject({ code: 2, stdout: '' });
    expect(outcome.stderr).toContain('找不到提交「no-such-branch」');
  });

  test('no ref, or a wrong format: the usage', async () => {
    expect((await diff()).stderr).toContain('用法：npm run diff -- <提交>');
    const outcome = await diff('HEAD', '--format', 'html');
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain('--format 应为 json 或 markdown');
  });
});
