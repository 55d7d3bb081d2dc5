import Ajv2020, { type ErrorObject } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import countySchema from '../../schemas/county.schema.json' with { type: 'json' };
import countyYearSchema from '../../schemas/county-year.schema.json' with { type: 'json' };
import standardSchema from '../../schemas/standard.schema.json' with { type: 'json' };
import type { RawFile } from '../../src/load/read-project.ts';
import { describeExpected } from '../../src/problems/catalog.ts';
import { diagnoseNumberText, fieldInfo, validateAgainstSchema } from '../../src/validate/schema.ts';
import {
  basicStandard,
  countyFile,
  edited,
  qualityStandard,
  report,
  reportAfterEdit,
  yearFile,
} from './fixture.ts';

describe('numbers as clerks type them', () => {
  it('thousands separators', async () => {
    expect(await reportAfterEdit(yearFile, ['students: 600', 'students: "1,204"'])).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:13:17  schools[0].primary.students：在校生数应为非负整数，实际为 "1,204"（请去掉千位分隔符，写成 1204）",
      ]
    `);
  });

  it('full-width digits', async () => {
    expect(await reportAfterEdit(yearFile, ['students: 900', 'students: ９００'])).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:47:17  schools[2].junior.students：在校生数应为非负整数，实际为 "９００"（请改用半角数字，写成 900）",
      ]
    `);
  });

  it('a percent sign', async () => {
    expect(await reportAfterEdit(yearFile, ['satisfaction: 96', 'satisfaction: 96%'])).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:95:17  facts.satisfaction：公众满意度应为 0～100 之间的数，实际为 "96%"（只填数字 96，不写百分号）",
      ]
    `);
  });

  it('a number in quotes', async () => {
    expect(await reportAfterEdit(yearFile, ['teachers: 70', 'teachers: "70"'])).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:49:17  schools[2].junior.teachers：专任教师数应为非负整数，实际为 "70"（请去掉引号，写成 70）",
      ]
    `);
  });

  it('a trailing full-width space', async () => {
    expect(await reportAfterEdit(yearFile, ['students: 166', 'students: 166\u3000'])).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:65:17  schools[3].primary.students：在校生数前后有多余的空格，实际为 "166　"（请删去前后的空格和全角空格，写成 166）",
      ]
    `);
  });

  it('a unit after the number', async () => {
    expect(await reportAfterEdit(yearFile, ['books: 27000', 'books: 27000册'])).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:57:14  schools[2].facilities.books：图书册数应为非负整数，实际为 "27000册"（只填数字 27000，不写单位“册”）",
      ]
    `);
  });

  it('a negative count', async () => {
    expect(await reportAfterEdit(yearFile, ['classes: 18', 'classes: -18'])).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:48:16  schools[2].junior.classes：班级数应为非负整数，实际为 -18（不能为负数；没有时填 0）",
      ]
    `);
  });

  it('a fraction where a whole number is wanted', async () => {
    expect(await reportAfterEdit(yearFile, ['teachers: 20', 'teachers: 20.5'])).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:71:17  schools[3].junior.teachers：专任教师数应为非负整数，实际为 20.5（这里只能填整数，请核对）",
      ]
    `);
  });

  it('a number out of range', async () => {
    expect(await reportAfterEdit(yearFile, ['year: 2019', 'year: 19'])).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:3:7  year：年份应为 2000～2100 之间的整数，实际为 19（请核对：数据所属年份（学年开始的年份），例如 2019；应与文件名相同，由 npm run check 核对）",
      ]
    `);
  });

  it('a field with no value, required and optional', async () => {
    expect(
      await reportAfterEdit(yearFile, ['computers: 40', 'computers:'], ['keyTeachers: 6', 'keyTeachers:']),
    ).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:20:19  schools[0].primary.keyTeachers：县级及以上骨干教师数没有填写（请填写非负整数；没有数据时删去这一行）",
        "data/counties/demo/2019.yaml:76:17  schools[3].facilities.computers：计算机台数没有填写（请填写非负整数）",
      ]
    `);
  });
});

describe('codes and text', () => {
  it('a code written as a bare number must be quoted', async () => {
    expect(await reportAfterEdit(countyFile, ['code: "431299"', 'code: 431299'])).toMatchInlineSnapshot(`
      [
        "data/counties/demo/county.yaml:6:7  code：行政区划代码应为文字，实际为数字 431299（请加引号写成 "431299"）",
      ]
    `);
  });

  it('a pattern mismatch explains the format from the schema description', async () => {
    expect(await reportAfterEdit(countyFile, ['id: demo', 'id: Demo'])).toMatchInlineSnapshot(`
      [
        "data/counties/demo/county.yaml:2:5  id：县标识格式不正确，实际为 "Demo"（应为：小写拼音，例如 tongdao；不能是网站自身的目录名（methods、search、pagefind 等）；应与目录名相同，由 npm run check 核对）",
      ]
    `);
  });

  it('an id with a trailing full-width space', async () => {
    expect(await reportAfterEdit(yearFile, ['id: demo-s01', 'id: "demo-s01\u3000"'])).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:78:9  schools[4].id：学校标识前后有多余的空格，实际为 "demo-s01　"（请删去前后的空格和全角空格，写成 demo-s01）",
      ]
    `);
  });

  it('empty text', async () => {
    expect(await reportAfterEdit(countyFile, ['name: 示例县', 'name: ""'])).toMatchInlineSnapshot(`
      [
        "data/counties/demo/county.yaml:3:7  name：县（市、区）名称不能为空（请填写县（市、区）名称）",
      ]
    `);
  });

  it('yes/no written in Chinese', async () => {
    expect(
      await reportAfterEdit(yearFile, ['illustrative: true', 'illustrative: 是']),
    ).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:4:15  illustrative：示例数据应为 true 或 false，实际为 "是"（true 表示是，false 表示否，不加引号）",
      ]
    `);
  });

  it('a number where a block of fields belongs', async () => {
    expect(
      await reportAfterEdit(yearFile, [
        'primary: { students: 796, classes: 23, teachers: 50 }',
        'primary: 796',
      ]),
    ).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:91:12  totals.primary：小学合计应为一组下级字段，实际为 796（请在下一行多缩进两个空格，写出下级字段）",
      ]
    `);
  });
});

describe('allowed values', () => {
  it('a misspelt value gets the nearest allowed one', async () => {
    expect(await reportAfterEdit(yearFile, ['type: 九年一贯制', 'type: 九年一贯'])).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:60:11  schools[3].type：学校类型应为 小学、初级中学、九年一贯制、完全中学、十二年一贯制、教学点、特殊教育学校 之一，实际为 "九年一贯"（是否应为 九年一贯制？）",
      ]
    `);
  });

  it('an unknown value with nothing close lists the allowed ones only', async () => {
    expect(await reportAfterEdit(yearFile, ['type: 特殊教育学校', 'type: 培智学校'])).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:80:11  schools[4].type：学校类型应为 小学、初级中学、九年一贯制、完全中学、十二年一贯制、教学点、特殊教育学校 之一，实际为 "培智学校"（请从上面的取值中照抄一个）",
      ]
    `);
  });

  it('a value that differs only in case', async () => {
    expect(
      await reportAfterEdit(basicStandard, ['levels: [primary, junior]', 'levels: [primary, Junior]']),
    ).toMatchInlineSnapshot(`
      [
        "data/standards/basic-2012.yaml:10:19  levels[1]：适用学段应为 primary、junior 之一，实际为 "Junior"（是否应为 junior？）",
      ]
    `);
  });

  it('a value with a full-width space', async () => {
    expect(
      await reportAfterEdit(yearFile, ['location: 镇区', 'location: 镇区\u3000']),
    ).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:45:15  schools[2].location：城乡分类前后有多余的空格，实际为 "镇区　"（请删去前后的空格和全角空格，写成 镇区）",
      ]
    `);
  });
});

describe('keys', () => {
  it('a misspelt optional key gets the nearest allowed key', async () => {
    expect(
      await reportAfterEdit(yearFile, ['multimediaRooms: 14', 'multimediaRoom: 14']),
    ).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:28:7  schools[0].facilities.multimediaRoom：未知字段，不会被读取（是否应为 multimediaRooms，即“网络多媒体教室数”？）",
      ]
    `);
  });

  it('a misspelt required key is one problem, not two', async () => {
    expect(await reportAfterEdit(yearFile, ['computers: 120', 'computer: 120'])).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:56:7  schools[2].facilities.computer：未知字段，不会被读取（是否应为 computers，即“计算机台数”？）",
      ]
    `);
  });

  it('a key written as its Chinese title', async () => {
    expect(await reportAfterEdit(yearFile, ['satisfaction: 96', '公众满意度: 96'])).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:95:3  facts.公众满意度：未知字段，不会被读取（字段名请用英文：“公众满意度”写成 satisfaction）",
      ]
    `);
  });

  it('an unknown key with nothing close lists the allowed keys', async () => {
    expect(
      await reportAfterEdit(yearFile, ['    location: 镇区', '    location: 镇区\n    principal: 张三']),
    ).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:46:5  schools[2].principal：未知字段，不会被读取（此处可用的字段：id、name、type、ownership、countyRun、parent、location、primary、junior、senior、special、facilities、funds；请删去或改正）",
      ]
    `);
  });

  it('a missing required field is named with its Chinese title', async () => {
    expect(await reportAfterEdit(yearFile, ['    location: 镇区\n', ''])).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:40:5  schools[2].location：缺少必填项“城乡分类”（请在 schools[2] 下添加 location）",
      ]
    `);
  });

  it('a missing required field at the top of the file', async () => {
    expect(await reportAfterEdit(countyFile, ['prefecture: 示例市\n', ''])).toMatchInlineSnapshot(`
      [
        "data/counties/demo/county.yaml:2:1  prefecture：缺少必填项“所属地市”（请在文件顶层添加 prefecture）",
      ]
    `);
  });
});

describe('lists', () => {
  it('an empty list that needs an item', async () => {
    expect(
      await reportAfterEdit(countyFile, [
        'standards: [basic-2012, quality-2017, hunan-basic-illustrative]',
        'standards: []',
      ]),
    ).toMatchInlineSnapshot(`
      [
        "data/counties/demo/county.yaml:7:12  standards：适用标准至少应有 1 项（请补充）",
      ]
    `);
  });

  it('a repeated item is located at the repetition', async () => {
    expect(
      await reportAfterEdit(countyFile, [
        'standards: [basic-2012, quality-2017, hunan-basic-illustrative]',
        'standards: [basic-2012, quality-2017, basic-2012]',
      ]),
    ).toMatchInlineSnapshot(`
      [
        "data/counties/demo/county.yaml:7:39  standards[2]：适用标准中这一项与第 1 项重复（请删去重复的一项）",
      ]
    `);
  });
});

describe('diagnoseNumberText', () => {
  it.each([
    ['1,204', { code: 'thousandsSeparator', fixed: '1204' }],
    ['1，204', { code: 'thousandsSeparator', fixed: '1204' }],
    ['１２３', { code: 'fullWidthDigits', fixed: '123' }],
    ['１，２０４', { code: 'fullWidthDigits', fixed: '1204' }],
    ['96%', { code: 'percentSign', fixed: '96' }],
    ['98.24％', { code: 'percentSign', fixed: '98.24' }],
    ['1204', { code: 'quotedNumber', fixed: '1204' }],
    [' 1204\u3000', { code: 'extraSpaces', fixed: '1204' }],
    ['120人', { code: 'numberWithUnit', fixed: '120', unit: '人' }],
    ['3500 ㎡', { code: 'numberWithUnit', fixed: '3500', unit: '㎡' }],
  ])('%j', (text, expected) => {
    expect(diagnoseNumberText(text)).toEqual(expected);
  });

  it.each(['无', '—', 'abc', '12,34', '1.2.3'])('%j is not a number', (text) => {
    expect(diagnoseNumberText(text)).toBeUndefined();
  });
});

describe('schema reading', () => {
  it('follows $ref and keeps the referring title', () => {
    const info = fieldInfo('year', ['schools', 3, 'primary', 'students']);
    expect(info?.title).toBe('在校生数');
    expect(info && describeExpected(info.node)).toBe('非负整数');
  });

  it('describes ranges and types in words', () => {
    const expected = (path: (string | number)[]) => {
      const info = fieldInfo('year', path);
      return info && describeExpected(info.node);
    };
    expect(expected(['year'])).toBe('2000～2100 之间的整数');
    expect(expected(['facts', 'satisfaction'])).toBe('0～100 之间的数');
    expect(expected(['schools', 0, 'facilities', 'teachingArea'])).toBe('非负数');
    expect(expected(['illustrative'])).toBe('true 或 false');
    expect(expected(['schools', 0, 'location'])).toBe('城区、镇区、乡村 之一');
  });

  it('gives no issues for a valid value and one per problem otherwise', () => {
    expect(
      validateAgainstSchema('county', {
        id: 'a',
        name: 'n',
        province: 'p',
        prefecture: 'q',
        code: '123456',
        standards: ['x'],
      }),
    ).toEqual([]);
    expect(validateAgainstSchema('county', [])).toMatchInlineSnapshot(`
      [
        {
          "code": "wrongType",
          "hint": "请在下一行多缩进两个空格，写出下级字段",
          "message": "县（市、区）基本信息应为一组下级字段，实际为 列表",
          "path": [],
          "severity": "error",
        },
      ]
    `);
  });
});

/**
 * What the editor says: a plain JSON Schema validator, as the yaml-language-server modeline
 * runs it, with none of junheng's code, showing each broken rule's `errorMessage`.
 */
const editorAjv = new Ajv2020({ allErrors: true, strict: false });
const editorSchemas = { year: countyYearSchema, county: countySchema, standard: standardSchema };
const editorValidators = {
  year: editorAjv.compile(countyYearSchema),
  county: editorAjv.compile(countySchema),
  standard: editorAjv.compile(standardSchema),
};
type EditorKind = keyof typeof editorValidators;

interface RuleNode {
  allOf?: (RuleNode & { then?: RuleNode; else?: RuleNode })[];
  properties?: Record<string, RuleNode>;
  $defs?: Record<string, RuleNode>;
  errorMessage?: string;
}

/** The `errorMessage` of the rule an Ajv error comes from (paths are relative to a $ref'd def). */
function ruleMessage(kind: EditorKind, error: ErrorObject): string | undefined {
  const match = /^#\/(properties\/id\/)?allOf\/(\d+)\/(then|else|not)/.exec(error.schemaPath);
  if (!match) return undefined;
  const root = editorSchemas[kind] as unknown as RuleNode;
  const base = kind === 'year' && error.instancePath.startsWith('/schools/') ? root.$defs?.school : root;
  const rule = (match[1] ? base?.properties?.id : base)?.allOf?.[Number(match[2])];
  const branch = match[3] === 'not' ? rule : rule?.[match[3] as 'then' | 'else'];
  return branch?.errorMessage;
}

function editorMessages(files: readonly RawFile[], file: string, kind: EditorKind): string[] {
  const validate = editorValidators[kind];
  if (validate(parse(files.find((raw) => raw.file === file)?.text ?? ''))) return [];
  return [...new Set((validate.errors ?? []).flatMap((error) => ruleMessage(kind, error) ?? []))];
}

/** The editor's messages and check's report for the clean fixture with one edit. */
async function both(file: string, kind: EditorKind, from: string, to: string) {
  const files = await edited(file, [from, to]);
  return { editor: editorMessages(files, file, kind), check: report(files) };
}

describe('the editor and check agree on the rules between fields', () => {
  it('the clean fixture passes both', async () => {
    const files = await edited(yearFile);
    expect(editorMessages(files, yearFile, 'year')).toEqual([]);
    expect(editorMessages(files, countyFile, 'county')).toEqual([]);
    expect(editorMessages(files, qualityStandard, 'standard')).toEqual([]);
    expect(report(files)).toEqual([]);
  });

  it('a 教学点 without parent: both refuse it, in the same words', async () => {
    const found = await both(yearFile, 'year', '    parent: demo-p01\n', '');
    expect(found).toMatchInlineSnapshot(`
      {
        "check": [
          "data/counties/demo/2019.yaml:29:5  schools[1].parent：教学点没有填写所属学校（请添加 parent，填写所属完全小学或中心校的学校标识）",
        ],
        "editor": [
          "教学点没有填写所属学校：请添加 parent，填写所属完全小学或中心校的学校标识",
        ],
      }
    `);
    expect(found.check).toEqual([
      `data/counties/demo/2019.yaml:29:5  schools[1].parent：${found.editor[0]?.replace('：', '（')}）`,
    ]);
  });

  it('a parent on a school that is not a 教学点', async () => {
    expect(
      await both(yearFile, 'year', '    location: 镇区', '    parent: demo-p01\n    location: 镇区'),
    ).toMatchInlineSnapshot(`
      {
        "check": [
          "data/counties/demo/2019.yaml:45:5  schools[2].parent：只有教学点填写所属学校，本校类型为初级中学（请删去 parent 这一行，或把 type 改为 教学点）",
        ],
        "editor": [
          "只有教学点填写所属学校：请删去 parent 这一行，或把 type 改为 教学点",
        ],
      }
    `);
  });

  it('a school type without one of its 学段, and with one it does not have', async () => {
    expect(await both(yearFile, 'year', 'type: 特殊教育学校', 'type: 初级中学')).toMatchInlineSnapshot(`
      {
        "check": [
          "data/counties/demo/2019.yaml:78:5  schools[4].junior：初级中学应有初中段数据（请添加 junior，并在其下填写 students、classes、teachers）",
          "data/counties/demo/2019.yaml:84:5  schools[4].special：初级中学不应有特殊教育数据（请删去 special 这一段，或核对学校类型 type）",
        ],
        "editor": [
          "初级中学应填写初中段（junior），不填小学段（primary）、高中段（senior）、特殊教育（special）",
        ],
      }
    `);
  });

  it('a county id that is one of the site’s own folders', async () => {
    expect(await both(countyFile, 'county', 'id: demo', 'id: search')).toMatchInlineSnapshot(`
      {
        "check": [
          "data/counties/demo/county.yaml:2:5  id：县标识 search 与网站自身的目录重名（methods、search、pagefind、pagefind-1 等），该县的页面会与之冲突（请换一个县标识，例如加上所在市的拼音，并同时改目录名）",
          "data/counties/demo/county.yaml:2:5  id：县标识 search 与所在目录 demo 不一致（请把 id 改为 demo）",
        ],
        "editor": [
          "县标识与网站自身的目录重名（methods、search、pagefind、pagefind-1 等）：请换一个县标识，例如加上所在市的拼音，并同时改目录名",
        ],
      }
    `);
  });

  it('a standard’s threshold without one of its levels', async () => {
    expect(
      await both(
        qualityStandard,
        'standard',
        'threshold: { primary: 4.2, junior: 5.3 }',
        'threshold: { primary: 4.2 }',
      ),
    ).toMatchInlineSnapshot(`
      {
        "check": [
          "data/standards/quality-2017.yaml:28:16  indicators[0].threshold.junior：标准值缺少初中（本标准的适用学段包括初中，请在 threshold 下添加 junior）",
        ],
        "editor": [
          "本标准的适用学段包括初中，标准值 threshold 和差异系数限值 limits 都要写 junior",
        ],
      }
    `);
  });
});

describe('the assessment', () => {
  it('the year of basic-balance recognition is a year', async () => {
    const at = (value: string) =>
      reportAfterEdit(countyFile, ['standards: [', `basicRecognized: ${value}\nstandards: [`]);
    expect(await at('2016')).toEqual([]);
    expect(await at('2016年')).toMatchInlineSnapshot(`
      [
        "data/counties/demo/county.yaml:7:18  basicRecognized：基本均衡认定年份应为 2000～2100 之间的整数，实际为 "2016年"（请填写数字）",
      ]
    `);
    expect(await at('1996')).toMatchInlineSnapshot(`
      [
        "data/counties/demo/county.yaml:7:18  basicRecognized：基本均衡认定年份应为 2000～2100 之间的整数，实际为 1996（请核对：本县通过国家义务教育基本均衡发展督导评估认定的年份（年），例如 2016；优质均衡评估的申报条件要求认定满三年）",
      ]
    `);
  });

  it('evidence dates and links have their forms', async () => {
    expect(
      await reportAfterEdit(yearFile, [
        'facts:\n  satisfaction: 96\n',
        'facts:\n  satisfaction: 96\ndeclarations:\n  - { item: layoutPlan, met: true }\nevidence:\n  - { item: layoutPlan, title: 布局规划, date: 2018年5月, link: "http://example.org" }\n',
      ]),
    ).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:99:44  evidence[0].date：日期格式不正确，实际为 "2018年5月"（应为：印发日期：YYYY-MM-DD 或 YYYY-MM）",
        "data/counties/demo/2019.yaml:99:59  evidence[0].link：链接格式不正确，实际为 "http://example.org"（应为：公开网址，以 https:// 开头）",
      ]
    `);
  });
});
