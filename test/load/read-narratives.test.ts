/** Every entry under content/reports is read as a narrative or reported: none is left out silently. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { MAX_NARRATIVE_BYTES, readNarratives } from '../../src/load/read-narratives.ts';
import { strayNarrativeProblems } from '../../src/narrative/check-all.ts';
import { formatProblem } from '../../src/problems/problem.ts';

const root = mkdtempSync(join(tmpdir(), 'junheng-narratives-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('well-named narratives are read; other names, subfolders, links and huge files are reported', async () => {
  const reports = join(root, 'content/reports');
  mkdirSync(join(reports, 'tongdao/drafts'), { recursive: true });
  mkdirSync(join(root, 'elsewhere'), { recursive: true });
  for (const name of ['2019.mdx', '2019.md', '2020.MDX', '19.mdx', 'draft.mdx']) {
    writeFileSync(join(reports, 'tongdao', name), '---\ntitle: x\n---\n');
  }
  writeFileSync(join(reports, 'tongdao/drafts/2021.mdx'), '正文');
  writeFileSync(join(reports, 'tongdao/2022.mdx'), 'x'.repeat(MAX_NARRATIVE_BYTES + 1));
  writeFileSync(join(root, 'elsewhere/2018.mdx'), '正文');
  symlinkSync(join(root, 'elsewhere/2018.mdx'), join(reports, 'tongdao/2018.mdx'));
  symlinkSync(join(root, 'elsewhere'), join(reports, 'fengqiu'));
  const { narratives, strays } = await readNarratives(root);
  expect(narratives.map((item) => item.file)).toEqual(['content/reports/tongdao/2019.mdx']);
  expect(strayNarrativeProblems(strays).map(formatProblem)).toMatchInlineSnapshot(`
    [
      "content/reports/fengqiu  ［提示］这是一个链接，不会作为报告正文读取（把报告正文本身放在 content/reports/<县标识>/<年份>.mdx）",
      "content/reports/tongdao/19.mdx  ［提示］文件名不是 <年份>.mdx，不会作为报告正文发布（报告正文命名为 content/reports/<县标识>/<年份>.mdx，例如 2019.mdx；草稿请放在仓库以外）",
      "content/reports/tongdao/2018.mdx  ［提示］这是一个链接，不会作为报告正文读取（把报告正文本身放在 content/reports/<县标识>/<年份>.mdx）",
      "content/reports/tongdao/2019.md  ［提示］文件名不是 <年份>.mdx，不会作为报告正文发布（改名为 2019.mdx；报告正文命名为 <年份>.mdx，小写 .mdx）",
      "content/reports/tongdao/2020.MDX  ［提示］文件名不是 <年份>.mdx，不会作为报告正文发布（改名为 2020.mdx；报告正文命名为 <年份>.mdx，小写 .mdx）",
      "content/reports/tongdao/2022.mdx  ［提示］文件超过 512 KB，不会作为报告正文读取（报告正文只写文字和组件；表格和图表由数据生成，不要粘贴进正文）",
      "content/reports/tongdao/draft.mdx  ［提示］文件名不是 <年份>.mdx，不会作为报告正文发布（报告正文命名为 content/reports/<县标识>/<年份>.mdx，例如 2019.mdx；草稿请放在仓库以外）",
      "content/reports/tongdao/drafts  ［提示］报告正文不读取子文件夹，其中的文件不会发布（报告放在 content/reports/<县标识>/<年份>.mdx；草稿请放在仓库以外）",
    ]
  `);
});

test('no content/reports folder: nothing to read, nothing to report', async () => {
  expect(await readNarratives(join(root, 'missing'))).toEqual({ narratives: [], strays: [] });
});
