import { describe, expect, it } from 'vitest';
import { issue } from '../../src/problems/catalog.ts';
import { formatProblem } from '../../src/problems/problem.ts';
import { buildDataset, locateIssues } from '../../src/validate/dataset.ts';
import { repeated } from '../helpers/problems.ts';
import {
  basicStandard,
  cleanFiles,
  countyFile,
  edited,
  report,
  reportAfterEdit,
  yearFile,
} from './fixture.ts';

describe('buildDataset', () => {
  it('gives a clean fixture dataset with zero problems', async () => {
    const { dataset, problems } = buildDataset(await cleanFiles());
    expect(problems).toEqual([]);
    expect([...dataset.standards.keys()]).toEqual(['basic-2012', 'hunan-basic-illustrative', 'quality-2017']);
    expect([...dataset.counties.keys()]).toEqual(['demo']);
    const demo = dataset.counties.get('demo');
    expect(demo?.county.data.name).toBe('示例县');
    expect(demo?.county.file).toBe(countyFile);
    expect([...(demo?.years.keys() ?? [])]).toEqual([2019]);
    expect(demo?.years.get(2019)?.data.schools).toHaveLength(5);
  });

  it('reports all problems of a file with several mistakes in one run, in file order', async () => {
    const files = await edited(
      yearFile,
      ['year: 2019', 'year: 2019\nyear: 2019'],
      ['students: 600', 'students: "1,204"'],
      ['type: 九年一贯制', 'type: 九年一贯'],
      ['computers: 120', 'computer: 120'],
      ['    location: 城区\n    special', '    special'],
      ['satisfaction: 96', 'satisfaction: 96%'],
    );
    const lines = report(files);
    expect(lines).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:4:1  year：字段 year 在同一层级重复出现（每个字段只能写一次：删去多余的一行，或把其中一个改成正确的字段名）",
        "data/counties/demo/2019.yaml:14:17  schools[0].primary.students：在校生数应为非负整数，实际为 "1,204"（请去掉千位分隔符，写成 1204）",
        "data/counties/demo/2019.yaml:57:7  schools[2].facilities.computer：未知字段，不会被读取（是否应为 computers，即“计算机台数”？）",
        "data/counties/demo/2019.yaml:61:11  schools[3].type：学校类型应为 小学、初级中学、九年一贯制、完全中学、十二年一贯制、教学点、特殊教育学校 之一，实际为 "九年一贯"（是否应为 九年一贯制？）",
        "data/counties/demo/2019.yaml:79:5  schools[4].location：缺少必填项“城乡分类”（请在 schools[4] 下添加 location）",
        "data/counties/demo/2019.yaml:95:17  facts.satisfaction：公众满意度应为 0～100 之间的数，实际为 "96%"（只填数字 96，不写百分号）",
      ]
    `);
    // Stable: the same whatever the order the files come in.
    expect(report([...files].reverse())).toEqual(lines);
  });

  it('says each mistake once: no follow-on problems, no repeats', async () => {
    // A misspelt type or block name is one problem, not also a broken 学段 or parent rule.
    expect(
      report(
        await edited(
          yearFile,
          ['type: 教学点', 'type: 教学'],
          ['    primary:\n      students: 30', '    primry:\n      students: 30'],
        ),
      ),
    ).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:31:11  schools[1].type：学校类型应为 小学、初级中学、九年一贯制、完全中学、十二年一贯制、教学点、特殊教育学校 之一，实际为 "教学"（是否应为 教学点？）",
        "data/counties/demo/2019.yaml:36:5  schools[1].primry：未知字段，不会被读取（是否应为 primary，即“小学段”？）",
      ]
    `);
    const cases = [
      await edited(yearFile, ['    parent: demo-p01\n', ''], ['id: demo-j01', 'id: demo-p01']),
      await edited(yearFile, ['type: 特殊教育学校', 'type: 小学'], ['upTo45: 12', 'upTo45: 11']),
      await edited(yearFile, ['type: 初级中学', 'type: 完全中学'], ['students: 600', 'students: -1']),
      await edited(countyFile, ['id: demo', 'id: search']),
      await edited(basicStandard, ['id: basic-2012', 'id: basic-2021']),
    ];
    for (const files of cases) {
      const { problems } = buildDataset(files);
      expect(problems.length).toBeGreaterThan(0);
      expect(repeated(problems)).toEqual([]);
    }
  });

  it('leaves a file with schema errors out but still checks the others', async () => {
    const files = await edited(yearFile, ['students: 600', 'students: -600']);
    const withCountyMistake = files.map((raw) =>
      raw.file === countyFile && raw.text ? { ...raw, text: raw.text.replace('id: demo', 'id: demox') } : raw,
    );
    const { dataset, problems } = buildDataset(withCountyMistake);
    expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:13:17  schools[0].primary.students：在校生数应为非负整数，实际为 -600（不能为负数；没有时填 0）",
        "data/counties/demo/county.yaml:2:5  id：县标识 demox 与所在目录 demo 不一致（请把 id 改为 demo）",
      ]
    `);
    expect(dataset.counties.get('demo')?.years.size).toBe(0);
    // A rule problem does not leave the file out: the engine gets well-typed data.
    expect(dataset.counties.get('demo')?.county.data.id).toBe('demox');
  });

  it('leaves a file with parse errors out', async () => {
    const { dataset, problems } = buildDataset(await edited(yearFile, ['students: 600', 'students: .nan']));
    expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:13:17  schools[0].primary.students：.nan 不是有效的数值（请填写具体数值；没有数据时删去这一行）",
      ]
    `);
    expect(dataset.counties.get('demo')?.years.size).toBe(0);
  });

  it('keeps a file that has only warnings', async () => {
    const files = await edited(yearFile, [
      '# yaml-language-server: $schema=../../../schemas/county-year.schema.json\n',
      '',
    ]);
    const { dataset, problems } = buildDataset(files);
    expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:1:1  ［提示］第一行缺少模式声明，编辑器无法提示和检查字段（请在第一行加上：# yaml-language-server: $schema=../../../schemas/county-year.schema.json）",
      ]
    `);
    expect(dataset.counties.get('demo')?.years.has(2019)).toBe(true);
  });

  it('reports a year file in a folder without county.yaml', async () => {
    const files = (await cleanFiles()).filter((raw) => raw.file !== countyFile);
    const { dataset, problems } = buildDataset(files);
    expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml  目录 demo 下没有 county.yaml，本年度数据不会被使用（请添加 data/counties/demo/county.yaml，写明县名、行政区划代码和适用标准）",
      ]
    `);
    expect(dataset.counties.size).toBe(0);
  });

  it('does not add that problem when county.yaml exists but is invalid', async () => {
    expect(await reportAfterEdit(countyFile, ['name: 示例县\n', ''])).toMatchInlineSnapshot(`
      [
        "data/counties/demo/county.yaml:2:1  name：缺少必填项“县（市、区）名称”（请在文件顶层添加 name）",
      ]
    `);
  });

  it('reports misnamed, unrecognised and oversize files', async () => {
    const files = [
      ...(await cleanFiles()),
      { file: 'data/counties/demo/2020.yml', text: null, size: 10 },
      { file: 'data/counties/demo/2021年.yaml', text: null, size: 10 },
      { file: 'data/counties/demo/notes.txt', text: null, size: 10 },
      { file: 'data/counties/demo/2018.yaml', text: null, size: 2 * 1024 * 1024 },
    ];
    expect(report(files)).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2018.yaml  文件大小为 2.0 MB，超过 1.0 MB 的上限，未读取（数据文件通常只有几十 KB；请确认没有误放整张报表的导出等其他文件，或把内容拆分）",
        "data/counties/demo/2020.yml  文件名或位置不符合约定，未读取（请改名为 data/counties/demo/2020.yaml）",
        "data/counties/demo/2021年.yaml  文件名或位置不符合约定，未读取（县基本信息写在 data/counties/<县标识>/county.yaml，年度数据写在 data/counties/<县标识>/<年份>.yaml，标准写在 data/standards/<标识>.yaml，地方调整文件写在 data/standards/local/<标识>.yaml）",
        "data/counties/demo/notes.txt  ［提示］不是数据文件，已忽略（data 目录下只放 YAML 数据文件；说明材料、原始报表请移到其他目录）",
      ]
    `);
  });
});

describe('figure keys that name list items', () => {
  it('two items of a list named alike are an error on the second', async () => {
    const files = await edited(yearFile, [
      '  satisfaction: 96\n',
      [
        '  satisfaction: 96',
        '  investments:',
        '    - { period: 2016-2019, purpose: 各类资金合计, amount: 100 }',
        '    - { period: 2016-2019, purpose: 基本建设, amount: 60 }',
        '    - { id: 仪器, period: 2016-2019, purpose: 教学仪器, amount: 20 }',
        '',
      ].join('\n'),
    ]);
    expect(report(files)).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:98:17  facts.investments[1].period：investments 中第 1 项和这一项的年份（时期）都是 2016-2019，报告正文无法区分这两项（给这几项各加一个标识，例如 id: 基本建设，正文中写成 facts.investments[标识]）",
      ]
    `);
  });
});

describe('implausibly large values', () => {
  it('a count over a million or an amount over a trillion is an error, not a figure', async () => {
    const files = await edited(
      yearFile,
      ['students: 600', 'students: 1e200'],
      ['teachingArea: 3100', 'teachingArea: 1.7e308'],
    );
    expect(report(files)).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:13:17  schools[0].primary.students：在校生数为 1e+200，超过了可能的上限 1000000（请核对数位和单位：是否多打了几个 0，或把万元填成了元、把元填成了分）",
        "data/counties/demo/2019.yaml:23:21  schools[0].facilities.teachingArea：教学及辅助用房面积为 1.7e+308，超过了可能的上限 1000000000000（请核对数位和单位：是否多打了几个 0，或把万元填成了元、把元填成了分）",
      ]
    `);
  });
});

describe('a value reads the same whatever the rest of the file', () => {
  it('0b101 means one thing in a clean file and in a file with another error', async () => {
    const clean = report(await edited(yearFile, ['students: 600', 'students: 0b101']));
    const withError = report(
      await edited(yearFile, ['students: 600', 'students: 0b101'], ['computers: 120', 'computer: 120']),
    );
    expect(clean).toHaveLength(1);
    expect(withError).toContain(clean[0]);
    expect(clean[0]).toContain('实际为 "0b101"');
  });
});

describe('locateIssues', () => {
  it('locates engine issues at the value, the key or the whole file as the catalog says', async () => {
    const { dataset } = buildDataset(await cleanFiles());
    const source = dataset.counties.get('demo')?.years.get(2019);
    if (!source) throw new Error('fixture year missing');
    const problems = locateIssues(source, [
      issue('unitWithoutStudents', ['schools', 3, 'junior', 'students'], {
        schoolId: 'demo-n01',
        schoolName: '示例县溪口九年一贯制学校',
        level: 'junior',
      }),
      issue('publishedMismatch', ['published', 0, 'value'], {
        key: 'levels.primary.averageClassSize',
        published: 34.61,
        computed: 34.1217,
        decimals: 2,
        unit: '人',
      }),
      issue('unexpectedLevel', ['schools', 2, 'junior'], { type: '小学', level: 'junior' }),
      issue('yearWithoutCounty', [], { folder: 'demo' }),
      {
        severity: 'warning',
        code: 'notInCatalog',
        path: ['facts', 'satisfaction'],
        message: '其他阶段的问题',
      },
    ]);
    expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:69:17  ［提示］schools[3].junior.students：示例县溪口九年一贯制学校（demo-n01）初中在校生数为 0，未计入差异系数（如该学段已不招生，请删去这一段；否则请核对在校生数）",
        "data/counties/demo/2019.yaml:98:12  ［提示］published[0].value：levels.primary.averageClassSize 印发为 34.61 人，测算结果为 34.12 人，差异超出印发精度（请核对印发数字与逐校数据；若印发原文确实如此，保留原样即可，页面会注明差异）",
        "data/counties/demo/2019.yaml:46:5  schools[2].junior：小学不应有初中段数据（请删去 junior 这一段，或核对学校类型 type）",
        "data/counties/demo/2019.yaml  目录 demo 下没有 county.yaml，本年度数据不会被使用（请添加 data/counties/demo/county.yaml，写明县名、行政区划代码和适用标准）",
        "data/counties/demo/2019.yaml:95:17  ［提示］facts.satisfaction：其他阶段的问题",
      ]
    `);
  });
});
