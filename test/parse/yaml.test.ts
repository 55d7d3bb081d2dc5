import { describe, expect, it } from 'vitest';
import type { RawFile } from '../../src/load/read-project.ts';
import { MAX_ALIAS_COUNT, parseYamlFile, schemaCommentLine } from '../../src/parse/yaml.ts';
import { formatProblem } from '../../src/problems/problem.ts';

const yearFile = 'data/counties/demo/2019.yaml';
const header = '# yaml-language-server: $schema=../../../schemas/county-year.schema.json\n';

function raw(text: string, file = yearFile): RawFile {
  return { file, text, size: Buffer.byteLength(text) };
}

/** Parses a year file (with its schema comment) and returns the value and formatted problems. */
function parse(body: string) {
  const parsed = parseYamlFile(raw(header + body));
  return { value: parsed.value, problems: parsed.issues.map(formatProblem) };
}

describe('parseYamlFile', () => {
  it('reads a clean file without problems', () => {
    expect(parse('county: demo\nyear: 2019\nschools: []\n')).toEqual({
      value: { county: 'demo', year: 2019, schools: [] },
      problems: [],
    });
  });

  it('reports a duplicate key at the repeated key, with its path', () => {
    expect(
      parse('schools:\n  - id: a\n    primary:\n      students: 1\n      students: 2\n').problems,
    ).toMatchInlineSnapshot(`
        [
          "data/counties/demo/2019.yaml:6:7  schools[0].primary.students：字段 students 在同一层级重复出现（每个字段只能写一次：删去多余的一行，或把其中一个改成正确的字段名）",
        ]
      `);
  });

  it('refuses an alias bomb', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
      '',
    ].join('\n');
    expect(parse(bomb)).toMatchInlineSnapshot(`
      {
        "problems": [
          "data/counties/demo/2019.yaml:3:8  别名（*）展开次数超过 50 次，文件未读取（数据文件中不需要 & 和 *，请直接写出内容）",
        ],
        "value": undefined,
      }
    `);
  });

  it('allows a few aliases', () => {
    expect(parse('a: &w { primary: 1 }\nb: *w\n')).toEqual({
      value: { a: { primary: 1 }, b: { primary: 1 } },
      problems: [],
    });
    expect(MAX_ALIAS_COUNT).toBeLessThanOrEqual(100);
  });

  it('rejects .nan, .inf, -.inf and numbers too large to hold', () => {
    expect(parse('a: .nan\nb: [1, .inf]\nc: -.Inf\nd: 1e400\n').problems).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:2:4  a：.nan 不是有效的数值（请填写具体数值；没有数据时删去这一行）",
        "data/counties/demo/2019.yaml:3:8  b[1]：.inf 不是有效的数值（请填写具体数值；没有数据时删去这一行）",
        "data/counties/demo/2019.yaml:4:4  c：-.Inf 不是有效的数值（请填写具体数值；没有数据时删去这一行）",
        "data/counties/demo/2019.yaml:5:4  d：1e400 不是有效的数值（请填写具体数值；没有数据时删去这一行）",
      ]
    `);
  });

  it('rejects __proto__, constructor and prototype keys', () => {
    expect(
      parse('a:\n  __proto__: { x: 1 }\n  constructor: 2\nprototype: 3\n').problems,
    ).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:3:3  a.__proto__：不允许使用字段名 __proto__（请删去这一行）",
        "data/counties/demo/2019.yaml:4:3  a.constructor：不允许使用字段名 constructor（请删去这一行）",
        "data/counties/demo/2019.yaml:5:1  prototype：不允许使用字段名 prototype（请删去这一行）",
      ]
    `);
  });

  it('does not let __proto__ reach an object prototype', () => {
    const { value } = parse('__proto__: { polluted: true }\n');
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports a file over the size limit without reading it', () => {
    const parsed = parseYamlFile({ file: yearFile, text: null, size: 3 * 1024 * 1024 });
    expect(parsed.value).toBeUndefined();
    expect(parsed.issues.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml  文件大小为 3.0 MB，超过 1.0 MB 的上限，未读取（数据文件通常只有几十 KB；请确认没有误放整张报表的导出等其他文件，或把内容拆分）",
      ]
    `);
  });

  it('reports text that is not UTF-8 where it starts', () => {
    expect(parse('county: demo\nname: \uFFFD\uFFFD\n')).toMatchInlineSnapshot(`
      {
        "problems": [
          "data/counties/demo/2019.yaml:3:7  文件不是 UTF-8 编码，可能是 GBK，中文无法正确读取（请用编辑器把文件另存为 UTF-8 编码）",
        ],
        "value": undefined,
      }
    `);
  });

  it('reports an empty file', () => {
    expect(parse('# nothing yet\n')).toMatchInlineSnapshot(`
      {
        "problems": [
          "data/counties/demo/2019.yaml  文件没有内容（请按模板填写，或删去此文件）",
        ],
        "value": undefined,
      }
    `);
  });

  describe('syntax errors in Chinese, one per line', () => {
    it.each([
      ['bad indentation', 'county: demo\n  year: 2019\nschools: [1, 2\n'],
      ['a tab', 'schools:\n\t- id: a\n'],
      ['two documents', 'county: demo\n---\nyear: 2019\n'],
      ['a tag', 'county: !!js/function "x"\n'],
      ['an unclosed quote', 'county: "demo\nyear: 2019\n'],
    ])('%s', (_name, body) => {
      const parsed = parse(body);
      expect(parsed.value).toBeUndefined();
      expect(parsed.problems).toMatchSnapshot();
    });
  });
});

describe('schema comment', () => {
  it('is expected on the first line, per file kind', () => {
    expect(schemaCommentLine('data/standards/basic-2012.yaml', 'standard')).toBe(
      '# yaml-language-server: $schema=../../schemas/standard.schema.json',
    );
    expect(
      parseYamlFile(
        raw(
          '# yaml-language-server: $schema=../../schemas/standard.schema.json\nid: x\n',
          'data/standards/x.yaml',
        ),
      ).issues,
    ).toEqual([]);
  });

  it('a local adjustment file names the local-standard schema', () => {
    expect(
      parseYamlFile(
        raw(
          '# yaml-language-server: $schema=../../schemas/standard.schema.json\nid: x\n',
          'data/standards/local/x.yaml',
        ),
      ).issues.map(formatProblem),
    ).toMatchInlineSnapshot(`
      [
        "data/standards/local/x.yaml:1:1  ［提示］第一行的模式声明与文件类型或位置不符（请把第一行改为：# yaml-language-server: $schema=../../../schemas/local-standard.schema.json）",
      ]
    `);
  });

  it('warns when missing, with the line to add', () => {
    expect(
      parseYamlFile(raw('id: demo\n', 'data/counties/demo/county.yaml')).issues.map(formatProblem),
    ).toMatchInlineSnapshot(`
        [
          "data/counties/demo/county.yaml:1:1  ［提示］第一行缺少模式声明，编辑器无法提示和检查字段（请在第一行加上：# yaml-language-server: $schema=../../../schemas/county.schema.json）",
        ]
      `);
  });

  it('warns when it names another schema', () => {
    expect(
      parseYamlFile(
        raw('# yaml-language-server: $schema=../../../schemas/county.schema.json\nyear: 2019\n'),
      ).issues.map(formatProblem),
    ).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:1:1  ［提示］第一行的模式声明与文件类型或位置不符（请把第一行改为：# yaml-language-server: $schema=../../../schemas/county-year.schema.json）",
      ]
    `);
  });

  it('is not asked of files outside the layout', () => {
    expect(parseYamlFile(raw('a: 1\n', 'elsewhere/a.yaml')).issues).toEqual([]);
  });
});

describe('locate', () => {
  const text = [
    header.trimEnd(), // 1
    'county: demo', // 2
    'schools:', // 3
    '  - id: a', // 4
    '    primary:', // 5
    '      students: 12', // 6
    '      classes:', // 7
    '    levels: [primary, junior]', // 8
    'totals: { schools: 1 }', // 9
    '',
  ].join('\n');
  const { locate } = parseYamlFile(raw(text));

  it.each([
    [['county'], 'value', 2, 9],
    [['county'], 'key', 2, 1],
    [['schools', 0, 'primary', 'students'], 'value', 6, 17],
    [['schools', 0, 'primary', 'students'], 'key', 6, 7],
    [['schools', 0, 'primary'], 'value', 6, 7],
    [['schools', 0, 'primary'], 'key', 5, 5],
    [['schools', 0, 'levels', 1], 'value', 8, 23],
    [['totals', 'schools'], 'value', 9, 20],
    // missing fields: the nearest existing parent
    [['schools', 0, 'primary', 'teachers'], 'value', 6, 7],
    [['schools', 3, 'primary'], 'value', 4, 3],
    [['nothing'], 'value', 2, 1],
    [[], 'value', 2, 1],
  ] as const)('%j (%s) → %i:%i', (path, target, line, column) => {
    expect(locate(path, target)).toEqual({ line, column });
  });

  it('points an empty value just after its key', () => {
    expect(locate(['schools', 0, 'primary', 'classes'])).toEqual({ line: 7, column: 15 });
  });
});

describe('colon slips', () => {
  it.each([
    ['no space after the colon', 'county:demo\nyear: 2019\n'],
    ['no space, inside a list', 'schools:\n  - id:a\n'],
    ['a full-width colon', 'county: demo\nyear：2019\n'],
    ['a missing colon', 'county: demo\nyear 2019\nschools: []\n'],
  ])('%s', (_name, body) => {
    const parsed = parse(body);
    expect(parsed.value).toBeUndefined();
    expect(parsed.problems).toMatchSnapshot();
  });

  it('leaves addresses and times alone', () => {
    expect(parse('notes: http://example.org\ntime: "12:30"\nother: 12:30\n').problems).toEqual([]);
  });
});
