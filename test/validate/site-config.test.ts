/** content/site.yaml is checked like a data file: located, in Chinese, before any page is built. */
import { expect, test } from 'vitest';
import { formatProblem } from '../../src/problems/problem.ts';
import { checkSiteConfig } from '../../src/validate/site-config.ts';

const file = 'content/site.yaml';
const check = (text: string) =>
  checkSiteConfig({ file, text, size: Buffer.byteLength(text) }).map(formatProblem);

const good = [
  'name: 示例县教育局',
  'organizer: 示例县教育局',
  "siteCode: '4100000001'",
  'icp: 豫ICP备00000000号',
  'icpLink: https://beian.miit.gov.cn/',
  'police: 豫公网安备00000000000000号',
].join('\n');

test('a clean file has no problem', () => {
  expect(check(good)).toEqual([]);
});

test('a script link, a missing field and an unknown one are located errors', () => {
  const text = good
    .replace('icpLink: https://beian.miit.gov.cn/', 'icpLink: "javascript:alert(1)"')
    .replace('name: 示例县教育局\n', '')
    .concat('\nlogo: x.png');
  expect(check(text)).toMatchInlineSnapshot(`
    [
      "content/site.yaml:6:1  logo：未知字段，不会被读取（此处可用的字段：name、organizer、siteCode、icp、icpLink、police、policeLink；请删去或改正）",
      "content/site.yaml:1:1  name：缺少必填项“网站名称”（请在文件顶层添加 name）",
      "content/site.yaml:4:10  icpLink：ICP 备案查询地址格式不正确，实际为 "javascript:alert(1)"（应为：备案号链接到的地址，以 https:// 开头，例如 https://beian.miit.gov.cn/）",
    ]
  `);
});

test('no file: the build would have no footer', () => {
  expect(checkSiteConfig(undefined).map(formatProblem)).toMatchInlineSnapshot(`
    [
      "content/site.yaml  缺少网站信息文件 content/site.yaml，页面没有网站名称和页脚（从 junheng 仓库复制 content/site.yaml，改成本单位的名称、网站标识码和备案信息）",
    ]
  `);
});
