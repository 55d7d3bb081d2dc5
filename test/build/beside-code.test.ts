/**
 * A county's folder beside the code whose path merely begins with the code's (code in
 * /srv/junheng, county in /srv/junheng-tongdao) builds like any other, whether the command runs
 * in the code's folder with JUNHENG_ROOT or in the county's folder itself.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, test } from 'vitest';
import { root } from '../helpers/fixtures.ts';

const run = promisify(execFile);
const project = `${root}-beside-${process.pid}`;
afterAll(() => rmSync(project, { recursive: true, force: true }));

test('a project whose path begins with the code’s path', { timeout: 180_000 }, async () => {
  mkdirSync(join(project, 'data/counties'), { recursive: true });
  cpSync(join(root, 'data/standards'), join(project, 'data/standards'), { recursive: true });
  cpSync(join(root, 'data/counties/longting'), join(project, 'data/counties/longting'), {
    recursive: true,
    // One county-year: the example's later years (2022 onwards) are not part of this project.
    filter: (path) => !/longting\/20(2[2-9]|3\d)\.yaml$/.test(path),
  });
  cpSync(join(root, 'content/site.yaml'), join(project, 'content/site.yaml'));
  const { stdout } = await run(process.execPath, [join(root, 'src/cli/build.ts')], {
    cwd: root,
    env: { ...process.env, JUNHENG_ROOT: project },
  });
  expect(stdout).toMatch(/已构建网站：1 个县年度/);
  expect(existsSync(join(project, 'dist/longting/2021/index.html'))).toBe(true);
});

test('the same project, built from its own folder', { timeout: 180_000 }, async () => {
  const year = join(project, 'data/counties/longting/2021.yaml');
  writeFileSync(
    year,
    readFileSync(year, 'utf8').replace(/students: (\d+)/, (_, n) => `students: ${Number(n) + 1}`),
  );
  const env = { ...process.env };
  delete env.JUNHENG_ROOT;
  const { stdout } = await run(process.execPath, [join(root, 'src/cli/build.ts')], { cwd: project, env });
  expect(stdout).toMatch(/已构建网站：1 个县年度，重新生成 1 个县的页面/);
  expect(existsSync(join(project, 'dist/longting/2021/index.html'))).toBe(true);
});
