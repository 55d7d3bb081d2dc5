import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { readProjectFiles } from '../../src/load/read-project.ts';
import { checkNarratives } from '../../src/narrative/check-all.ts';
import { componentSpecs } from '../../src/narrative/components.ts';
import { type ProjectRun, runProject } from '../../src/pipeline.ts';
import { formatProblem } from '../../src/problems/problem.ts';
import { root } from '../helpers/fixtures.ts';

let run: ProjectRun;
beforeAll(async () => {
  run = runProject(await readProjectFiles(root));
});

const front =
  '---\ntitle: 测试\npublisher: 测试\npublished: 2020-01-01\nupdated: 2020-01-02\nsource: 测试\n---\n\n';

function check(body: string, file = 'content/reports/tongdao/2019.mdx'): string[] {
  return checkNarratives(run, [{ file, text: `${front}${body}\n` }]).map(formatProblem);
}

describe('narrative check', () => {
  test('figures, tables, links and literals that exist pass', () => {
    expect(
      check(
        [
          '2019年，小学综合差异系数为 <Figure k="levels.primary.basic.compositeCv" decimals="2" />。',
          '',
          '<CoefficientTable standard="basic" />',
          '',
          '<ComplianceTable standard="provincial" />',
          '',
          '<Literal>2019年12月</Literal>接受国家督导评估，<PageLink to="data">数据</PageLink>。',
          '',
          '初中印发为 0.279，测算为 0.273；小学单位 26 个。',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  test('an unknown figure names the file, line and the nearest keys', () => {
    expect(check('小学 <Figure k="levels.primary.basic.compositCv" />。')).toMatchInlineSnapshot(`
      [
        "content/reports/tongdao/2019.mdx:9:12  <Figure k="levels.primary.basic.compositCv">：测算结果中没有这一项（最接近的有：levels.primary.basic.compositeCv、levels.primary.basic.limit、levels.junior.basic.compositeCv）",
      ]
    `);
  });

  test('a number typed by hand that the data does not hold is flagged, with its place', () => {
    expect(check('全县共有 123 所学校，满意度 97.5%。\n\n第二行 0.381。')).toMatchInlineSnapshot(`
      [
        "content/reports/tongdao/2019.mdx:9:6  正文中手写的数字 123 不是本县本年度数据中的数字（按页面印出的写法比较）；最接近的有：100.00（levels.primary.provincial.indicators.qualified_teacher_share.value）、100（levels.primary.provincial.indicators.qualified_teacher_share.threshold）、100.00%（levels.primary.provincial.schoolRule.floorShare）（改用 <Figure k="…" /> 引用数据（npm run figures -- <县> <年份> 列出全部可引用的数字）；确需手写的日期、文号、序号等请写成 <Literal>123</Literal>）",
        "content/reports/tongdao/2019.mdx:9:18  正文中手写的数字 97.5% 不是本县本年度数据中的数字（按页面印出的写法比较）；最接近的有：96（totals.facilities.laboratories）、100.00（levels.primary.provincial.indicators.qualified_teacher_share.value）、100（levels.primary.provincial.indicators.qualified_teacher_share.threshold）（改用 <Figure k="…" /> 引用数据（npm run figures -- <县> <年份> 列出全部可引用的数字）；确需手写的日期、文号、序号等请写成 <Literal>97.5%</Literal>）",
        "content/reports/tongdao/2019.mdx:11:5  正文中手写的数字 0.381 不是本县本年度数据中的数字（按页面印出的写法比较）；最接近的有：0.380（levels.primary.basic.compositeCv）、0.38（published[levels.primary.basic.compositeCv].published）、0.368（levels.primary.basic.indicators.books_per_student.cv）（改用 <Figure k="…" /> 引用数据（npm run figures -- <县> <年份> 列出全部可引用的数字）；确需手写的日期、文号、序号等请写成 <Literal>0.381</Literal>）",
      ]
    `);
  });

  test('a typed number must be a figure as the pages print it, not merely close to one', () => {
    // 2.111 (多媒体教室) exists but prints 2.111; 38.53 (小学平均班额) prints 38.53.
    const problems = check('比上年下降 2.1 人，小学平均班额 38.6 人。');
    expect(problems).toHaveLength(2);
    expect(problems[1]).toContain('最接近的有：38.53（levels.primary.averageClassSize）');
    expect(check('小学平均班额 38.53 人，生师比 1:16.87，高于规定学历的教师占 94.32%。')).toEqual([]);
    expect(check('小学平均班额 <Literal>38.6</Literal> 人。')).toEqual([]);
  });

  test('a list item named by position is an error that names the stable key', () => {
    expect(
      check('2019年投入 <Figure k="facts.investments.7.amount" format="wan" />。'),
    ).toMatchInlineSnapshot(`
      [
        "content/reports/tongdao/2019.mdx:9:17  <Figure k="facts.investments.7.amount">：按位置引用列表中的一项，数据增删一项后会印出别的数字（改写为 <Figure k="facts.investments[2019].amount" />；方括号里是这一项的年份、学年、名称或标识）",
      ]
    `);
    expect(check('2019年投入 <Figure k="facts.investments[2019].amount" format="wan" />。')).toEqual([]);
  });

  test('a narrative is data: no import or export, no expressions, no links to scripts', () => {
    expect(
      check(
        [
          "import fs from 'node:fs';",
          '',
          'export const token = process.env.CI_TOKEN;',
          '',
          '读到 {process.env.HOME} 了。{/* 这是注释，可以写 */}',
          '',
          '<Figure k="levels.primary.averageClassSize" decimals={2} /> <Figure {...props} k="totals.students" />',
          '',
          '[点这里](javascript:alert(1))、[数据](data:text/html,x)、[网址](https://example.org)、[邮件](mailto:a@b.cn)、[本站](../methods/)',
        ].join('\n'),
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/reports/tongdao/2019.mdx:9:1  报告正文中不能写 import 或 export（import fs from 'node:fs';）：正文只是文字和数据，不执行代码（删去这一行；文档列出的组件无需 import 即可使用，数字用 <Figure k="…" /> 引用）",
        "content/reports/tongdao/2019.mdx:11:1  报告正文中不能写 import 或 export（export const token = process.env.CI_TOKEN;）：正文只是文字和数据，不执行代码（删去这一行；文档列出的组件无需 import 即可使用，数字用 <Figure k="…" /> 引用）",
        "content/reports/tongdao/2019.mdx:13:4  报告正文中不能写花括号表达式 {process.env.HOME}：正文只是文字和数据，不执行代码（数字用 <Figure k="…" /> 引用；要写给编辑看的注释，写成 {/* 注释 */}）",
        "content/reports/tongdao/2019.mdx:17:1  链接地址 javascript:alert(1) 不能用：正文中的链接只能指向 http、https 网址、电子邮箱（mailto:）或本站页面（改用 https:// 开头的网址；指向本站的页面用 <PageLink to="…">）",
        "content/reports/tongdao/2019.mdx:17:28  链接地址 data:text/html,x 不能用：正文中的链接只能指向 http、https 网址、电子邮箱（mailto:）或本站页面（改用 https:// 开头的网址；指向本站的页面用 <PageLink to="…">）",
        "content/reports/tongdao/2019.mdx:15:45  <Figure decimals={2}>：属性值要写在引号里，不能是花括号表达式（写成 decimals="2"）",
        "content/reports/tongdao/2019.mdx:15:69  报告正文中不能写花括号表达式 {...props}：正文只是文字和数据，不执行代码（数字用 <Figure k="…" /> 引用；要写给编辑看的注释，写成 {/* 注释 */}）",
      ]
    `);
  });

  test('the front matter is data with a schema: every field, located at its line', () => {
    const narrative = (text: string) =>
      checkNarratives(run, [{ file: 'content/reports/tongdao/2019.mdx', text }]).map(formatProblem);
    expect(
      narrative(
        '---\npublisher: 测试\npublished: 2020-1-1\nupdated: 2020-01-02\nsource: 测试\nauthor: 某人\n---\n\n正文。\n',
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/reports/tongdao/2019.mdx:6:1  author：未知字段，不会被读取（此处可用的字段：title、publisher、published、updated、source；请删去或改正）",
        "content/reports/tongdao/2019.mdx:2:1  title：缺少必填项“标题”（请在文件顶层添加 title）",
        "content/reports/tongdao/2019.mdx:3:12  published：发布日期格式不正确，实际为 "2020-1-1"（应为：写成 2019-12-30 这样的年-月-日）",
      ]
    `);
    expect(narrative('正文，没有开头。\n')).toMatchInlineSnapshot(`
      [
        "content/reports/tongdao/2019.mdx:1:1  报告开头缺少标题、发布单位、日期和资料来源（写在文件最前面两行 --- 之间）（在文件开头加上：---、title: 标题、publisher: 发布单位、published: 2019-12-30、updated: 2019-12-30、source: 资料来源、---，各占一行）",
      ]
    `);
  });

  test('components, attributes and county-years that do not exist', () => {
    expect(
      check(
        [
          '<CoeficientTable />',
          '',
          '<ComplianceTable standard="provincial" of="fengqiu/2020" />',
          '',
          '<ShortfallTable />',
          '',
          '<PageLink to="plan">规划</PageLink>',
          '',
          '<Figure k="levels.primary.students" of="tongdao/2018" />',
          '',
          '<Figure k="levels.primary.students" colour="red" />',
        ].join('\n'),
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/reports/tongdao/2019.mdx:9:1  没有名为 <CoeficientTable> 的组件（是否应为 <CoefficientTable>？）",
        "content/reports/tongdao/2019.mdx:11:18  <ComplianceTable standard="provincial">：不能取这个值（可取：quality）",
        "content/reports/tongdao/2019.mdx:13:1  <ShortfallTable> 缺少 level，或它不是用引号写的文字（写成 <ShortfallTable level="…" />）",
        "content/reports/tongdao/2019.mdx:15:11  <PageLink to="plan">：不能取这个值（可取：home、methods、county、report、data、readiness）",
        "content/reports/tongdao/2019.mdx:17:37  of="tongdao/2018"：没有这个县年度（可用的有：tongdao/2019、lingbao/2022、fengqiu/2020）",
        "content/reports/tongdao/2019.mdx:19:37  <Figure colour="red">：不能取这个值（可取：k=…、of=…、sum=…、format=…、decimals=…、unit=…）",
      ]
    `);
  });

  test('broken MDX is one located problem', () => {
    expect(check('小学 <Figure k="levels.primary.students" 。')).toHaveLength(1);
    expect(check('小学 <Figure k="levels.primary.students" 。')[0]).toMatch(
      /^content\/reports\/tongdao\/2019\.mdx:9:\d+ {2}MDX 写法有误：/,
    );
  });

  test('a narrative for a county-year without data', () => {
    expect(check('正文。', 'content/reports/tongdao/2030.mdx')).toEqual([
      'content/reports/tongdao/2030.mdx  ［提示］没有 tongdao 2030 年的数据，这篇报告不会发布（添加 data/counties/tongdao/2030.yaml，或改正文件名）',
    ]);
  });
});

test('the checked components are exactly those the narratives get', () => {
  const index = readFileSync(join(root, 'src/components/report/index.ts'), 'utf8');
  const block = index.slice(index.indexOf('narrativeComponents = {'));
  const names = [...block.matchAll(/^\s+(\w+),$/gm)].map((match) => match[1]);
  expect(names.sort()).toEqual(Object.keys(componentSpecs).sort());
});

describe('to-dos (npm run new writes them)', () => {
  test('each <Todo> is a warning at its place, with its note or the figure it stands for; numbers in it are not checked', () => {
    expect(
      check(
        [
          '<Todo>按本年度的情况改写这一段，例如 123 所学校。</Todo>',
          '',
          '满意度 <Todo figure="facts.satisfaction" />，班额 <Todo />，<Todo figure="levels.primary.averageClassSize" />。',
        ].join('\n'),
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/reports/tongdao/2019.mdx:9:1  ［提示］待补充：按本年度的情况改写这一段，例如 123 所学校。（写好后删去 <Todo>…</Todo>；在此之前页面上这里显示“待补充”）",
        "content/reports/tongdao/2019.mdx:11:5  ［提示］待补充：上一年度这里引用的 facts.satisfaction 在本年度的数据中没有（数据填好后改回 <Figure k="facts.satisfaction" />，或改写这句话，然后删去 <Todo>；本年度可引用的数字见 npm run figures，在此之前页面上这里显示“待补充”）",
        "content/reports/tongdao/2019.mdx:11:45  ［提示］待补充（写好后删去 <Todo>…</Todo>；在此之前页面上这里显示“待补充”）",
        "content/reports/tongdao/2019.mdx:11:54  ［提示］待补充：本年度的数据中已有 levels.primary.averageClassSize（改回 <Figure k="levels.primary.averageClassSize" />，删去 <Todo>）",
      ]
    `);
  });

  test('front-matter lines marked 待补充 are warnings at the mark, naming the field', () => {
    const text = [
      '---',
      'title: 测试',
      'publisher: 测试',
      'published: 2020-01-01 # 待补充：报告发布后改为实际的发布日期',
      'updated: 2020-01-02',
      'source: 待补充',
      '---',
      '',
      '正文。',
      '',
    ].join('\n');
    expect(
      checkNarratives(run, [{ file: 'content/reports/tongdao/2019.mdx', text }]).map(formatProblem),
    ).toMatchInlineSnapshot(`
      [
        "content/reports/tongdao/2019.mdx:4:25  ［提示］报告开头的 published 待补充：报告发布后改为实际的发布日期（填好后删去“待补充”字样）",
        "content/reports/tongdao/2019.mdx:6:9  ［提示］报告开头的 source 待补充（填好后删去“待补充”字样）",
      ]
    `);
  });
});
