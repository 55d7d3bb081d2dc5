/**
 * Every message a clerk can see, in one place (the habit of withastro/astro's errors-data.ts):
 * phases refer to a message by its code and pass parameters; the wording lives only here, so it
 * can be reviewed, kept consistent and changed without touching the phases.
 *
 * To add a message: add an entry with `define<Params>({ severity, build })`, give it a JSDoc
 * line saying when it is used, and pin its text in a test.
 *
 * Conventions: `message` says what is wrong (it follows the field path and a full-width colon);
 * `hint` says what to do (shown in full-width brackets). User values are quoted with
 * `JSON.stringify` so spaces and full-width characters stay visible; field keys stay in English
 * because that is what the clerk has to type.
 */

import { levelLabel, standardKindLabel, undefinedReasonLabels } from '../figures/vocabulary.ts';
import { numeratorField, rowFieldTitle } from '../schema/fields.ts';
import { fixedDecimal } from '../text/decimal.ts';
import type { DataIssue, FieldPath, Severity } from './problem.ts';
import { formatPath } from './problem.ts';

export interface Message {
  message: string;
  hint?: string;
}

/**
 * What the line/column of a located problem points at:
 * `value` the field's value (default; the nearest existing parent when the field is missing),
 * `key` the field's key (for a key that should not be there), `file` the whole file (line 0).
 */
export type Anchor = 'value' | 'key' | 'file';

export interface CatalogEntry<P> {
  severity: Severity;
  anchor?: Anchor;
  build(params: P): Message;
}

type NoParams = Record<string, never>;

function define<P>(entry: CatalogEntry<P>): CatalogEntry<P> {
  return entry;
}

/** County figures a missing school field can cost, by the last part of their result key. */
const countyFigureLabels: Record<string, string> = {
  aboveDegreeShare: '高于规定学历教师比例',
  seniorTitleShare: '中级及以上职称教师比例',
  compositeCv: '综合差异系数',
};

/** A county figure by its result key, with the name the data gives it (a standard's indicator). */
export interface FigureName {
  key: string;
  name?: string;
}

/**
 * `小学「高于规定学历教师比例」「生均高于规定学历教师数」、县级合计「图书册数」`: figures grouped by
 * 学段 (or 县级合计), in the order given.
 */
function figureList(figures: readonly FigureName[]): string {
  const groups = new Map<string, string[]>();
  for (const figure of figures) {
    const parts = figure.key.split('.');
    const group = parts[0] === 'levels' ? levelLabel(parts[1] ?? '') : '县级合计';
    const last = parts[parts.length - 1] ?? '';
    let name = figure.name;
    if (name === undefined && parts[0] === 'totals' && parts[1] === 'facilities') {
      name = rowFieldTitle('facilities', last);
    } else if (name === undefined && last === 'compositeCv') {
      name = `${standardKindLabel(parts[2] ?? '')}${countyFigureLabels[last]}`;
    }
    name ??= countyFigureLabels[last] ?? figure.key;
    groups.set(group, [...(groups.get(group) ?? []), `「${name}」`]);
  }
  return [...groups].map(([group, names]) => `${group}${names.join('')}`).join('、');
}

/** 小学段, 初中段 …: a school's part for one 学段. */
function levelPartLabel(level: string): string {
  return level === 'special' ? '特殊教育' : `${levelLabel(level)}段`;
}

/** A user value as the clerk wrote it: strings quoted, numbers bare, nothing as 空. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined) return '空';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Number.isNaN(value) ? '.nan' : String(value);
  if (Array.isArray(value)) return '列表';
  if (typeof value === 'object') return '一组下级字段';
  return String(value);
}

function megabytes(bytes: number): string {
  return `${fixedDecimal(bytes / 1024 / 1024, 1)} MB`;
}

/** `在校生数应为非负整数，实际为 "1,204"`: the shared shape of the value messages. */
function shouldBe(title: string, expected: string, actual: unknown): string {
  return `${title}应为${spaceBeforeAscii(expected)}，实际为 ${showValue(actual)}`;
}

/** A space between Chinese and a following number or Latin word, as in the rest of the messages. */
function spaceBeforeAscii(text: string): string {
  return /^[\x21-\x7e]/.test(text) ? ` ${text}` : text;
}

/** The parts of a JSON Schema node that say what value is expected. */
export interface ExpectedShape {
  type?: string | string[];
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
}

/** The schema's expectation in words: 非负整数, 2000～2100 之间的整数, true 或 false … */
export function describeExpected(node: ExpectedShape): string {
  if (node.enum) return `${node.enum.join('、')} 之一`;
  const { minimum: min } = node;
  // A maximum of 10 000 or more is a plausibility cap (a count of a million, an amount of a
  // trillion), reported by its own message (valueTooLarge); the range is named only for the
  // small ranges a clerk keeps in mind: 0～100, 2000～2100.
  const max = node.maximum !== undefined && node.maximum < 10_000 ? node.maximum : undefined;
  switch (Array.isArray(node.type) ? node.type[0] : node.type) {
    case 'integer':
      if (min !== undefined && max !== undefined) return `${min}～${max} 之间的整数`;
      if (min === 0) return '非负整数';
      return min !== undefined ? `不小于 ${min} 的整数` : '整数';
    case 'number':
      if (node.exclusiveMinimum === 0) return '正数';
      if (min !== undefined && max !== undefined) return `${min}～${max} 之间的数`;
      if (min === 0) return '非负数';
      return min !== undefined ? `不小于 ${min} 的数` : '数字';
    case 'string':
      return '文字';
    case 'boolean':
      return 'true 或 false';
    case 'array':
      return '列表';
    case 'object':
      return '一组下级字段';
    default:
      return '规定的格式';
  }
}

function withoutFinalStop(text: string): string {
  return text.replace(/[。.]$/, '');
}

function orList(items: readonly string[]): string {
  return items.join('、');
}

/** What each YAML syntax error means, for the codes the `yaml` package reports. */
const yamlSyntaxReasons: Record<string, Message> = {
  BAD_INDENT: { message: '缩进不正确', hint: '同一层级的行要左对齐，下一级比上一级多缩进两个空格' },
  TAB_AS_INDENT: { message: '用了 Tab 缩进', hint: 'YAML 只能用空格缩进，请把 Tab 换成空格' },
  BLOCK_AS_IMPLICIT_KEY: {
    message: '冒号或缩进位置不正确',
    hint: '每行写成“字段名: 值”，冒号后加一个空格；下一级字段另起一行并多缩进两个空格',
  },
  MULTILINE_IMPLICIT_KEY: {
    message: '字段名没有写在同一行，或缺少冒号',
    hint: '每行写成“字段名: 值”，冒号后加一个空格',
  },
  MISSING_CHAR: { message: '缺少配对的符号', hint: '检查引号、方括号 [ ]、花括号 { } 是否成对' },
  // The next three are not codes of the `yaml` package: src/parse/yaml.ts tells them apart.
  MISSING_COLON: { message: '这一行缺少冒号', hint: '写成“字段名: 值”，冒号后加一个空格' },
  COLON_WITHOUT_SPACE: { message: '冒号后缺少空格', hint: '写成“字段名: 值”，冒号后加一个空格' },
  FULL_WIDTH_COLON: { message: '用了全角冒号“：”', hint: '请改用半角冒号“:”，冒号后加一个空格' },
  BAD_DQ_ESCAPE: { message: '双引号内的反斜杠写法不正确', hint: '去掉反斜杠 \\，或改用单引号' },
  MULTIPLE_DOCS: {
    message: '文件中出现了 --- 分隔线，含有多份文档',
    hint: '一个文件只写一份数据，请删去 --- 分隔线或把内容拆成两个文件',
  },
  UNEXPECTED_TOKEN: {
    message: '出现了无法识别的字符',
    hint: '检查这一行的冒号、引号和括号；列表项以“- ”开头',
  },
  BAD_SCALAR_START: { message: '值不能以这个字符开头', hint: '以 @、`、%、* 等符号开头的值请加引号' },
  BLOCK_IN_FLOW: {
    message: '方括号或花括号内不能换行缩进',
    hint: '把括号内的内容写在同一行，或改用缩进写法',
  },
  TAG_RESOLVE_FAILED: {
    message: '使用了以 ! 开头的标记',
    hint: '数据文件中不需要标记，请删去以 ! 开头的部分',
  },
  BAD_ALIAS: { message: '别名（*）指向的锚点不存在', hint: '数据文件中不需要 & 和 *，请直接写出内容' },
  ALIAS_PROPS: { message: '别名（*）写法不正确', hint: '数据文件中不需要 & 和 *，请直接写出内容' },
  MULTIPLE_ANCHORS: { message: '锚点（&）写法不正确', hint: '数据文件中不需要 & 和 *，请直接写出内容' },
  MULTIPLE_TAGS: { message: '使用了以 ! 开头的标记', hint: '数据文件中不需要标记，请删去以 ! 开头的部分' },
  RESOURCE_EXHAUSTION: { message: '嵌套层级过深', hint: '检查括号是否成对；数据文件只有几层缩进' },
  KEY_OVER_1024_CHARS: { message: '字段名过长', hint: '检查这一行是否缺少冒号或换行' },
};

export const catalog = {
  // ── Files ─────────────────────────────────────────────────────────────────────

  /** A data file bigger than MAX_FILE_BYTES (src/load/read-project.ts); it was not read. */
  fileTooLarge: define<{ size: number; limit: number }>({
    severity: 'error',
    anchor: 'file',
    build: ({ size, limit }) => ({
      message: `文件大小为 ${megabytes(size)}，超过 ${megabytes(limit)} 的上限，未读取`,
      hint: '数据文件通常只有几十 KB；请确认没有误放整张报表的导出等其他文件，或把内容拆分',
    }),
  }),

  /** A .yaml/.yml/.json file under data/ whose name or folder does not fit the layout. */
  /** A text value holding an invisible character that changes how it shows (bidi, zero width). */
  hiddenCharacter: define<{ code: string; name: string; position: number }>({
    severity: 'error',
    build: ({ code, name, position }) => ({
      message: `第 ${position} 个字符是看不见的控制字符「${name}」（${code}），它会改变文字的显示，使页面上的名称与数据不一致`,
      hint: '请删去这个字符：把这一项重新输入一遍，不要从网页或其他文档中粘贴',
    }),
  }),

  /** A symbolic link among the data files: not followed, so its target is not read. */
  dataFileIsLink: define<NoParams>({
    severity: 'error',
    anchor: 'file',
    build: () => ({
      message: '这是一个符号链接（快捷方式），未读取：链接可能指向项目以外的文件',
      hint: '请删去这个链接，把数据文件本身放在这里（需要另一个县的数据时，复制过来）',
    }),
  }),

  misnamedDataFile: define<{ suggestedName?: string }>({
    severity: 'error',
    anchor: 'file',
    build: ({ suggestedName }) => ({
      message: '文件名或位置不符合约定，未读取',
      hint: suggestedName
        ? `请改名为 ${suggestedName}`
        : '县基本信息写在 data/counties/<县标识>/county.yaml，年度数据写在 data/counties/<县标识>/<年份>.yaml，标准写在 data/standards/<标识>.yaml，地方调整文件写在 data/standards/local/<标识>.yaml',
    }),
  }),

  /** Any other file under data/ (notes, spreadsheets): ignored, but said so. */
  unrecognisedFile: define<NoParams>({
    severity: 'warning',
    anchor: 'file',
    build: () => ({
      message: '不是数据文件，已忽略',
      hint: 'data 目录下只放 YAML 数据文件；说明材料、原始报表请移到其他目录',
    }),
  }),

  // ── YAML ──────────────────────────────────────────────────────────────────────

  /** Bytes that are not UTF-8 (typically a GBK file saved by an older editor). */
  notUtf8: define<NoParams>({
    severity: 'error',
    build: () => ({
      message: '文件不是 UTF-8 编码，可能是 GBK，中文无法正确读取',
      hint: '请用编辑器把文件另存为 UTF-8 编码',
    }),
  }),

  /** A file with no content (or only comments). */
  emptyFile: define<NoParams>({
    severity: 'error',
    anchor: 'file',
    build: () => ({ message: '文件没有内容', hint: '请按模板填写，或删去此文件' }),
  }),

  /** A YAML syntax error; `yamlCode` is the `yaml` package's error code (e.g. BAD_INDENT). */
  yamlSyntax: define<{ yamlCode: string }>({
    severity: 'error',
    build: ({ yamlCode }) => {
      const reason = yamlSyntaxReasons[yamlCode] ?? {
        message: '无法解析',
        hint: '请对照模板检查这一行的写法',
      };
      return { ...reason, message: `YAML 格式错误：${reason.message}` };
    },
  }),

  /** The same key twice in one mapping (the second one is located). */
  duplicateKey: define<{ key: string }>({
    severity: 'error',
    anchor: 'key',
    build: ({ key }) => ({
      message: `字段 ${key} 在同一层级重复出现`,
      hint: '每个字段只能写一次：删去多余的一行，或把其中一个改成正确的字段名',
    }),
  }),

  /** More alias expansions than allowed: a "billion laughs" file; it was not read. */
  aliasLimit: define<{ limit: number }>({
    severity: 'error',
    build: ({ limit }) => ({
      message: `别名（*）展开次数超过 ${limit} 次，文件未读取`,
      hint: '数据文件中不需要 & 和 *，请直接写出内容',
    }),
  }),

  /** `.nan`, `.inf`, `-.inf` or a number too large to represent. */
  nonFiniteNumber: define<{ text: string }>({
    severity: 'error',
    build: ({ text }) => ({
      message: `${text} 不是有效的数值`,
      hint: '请填写具体数值；没有数据时删去这一行',
    }),
  }),

  /** `__proto__`, `constructor` or `prototype` as a key. */
  forbiddenKey: define<{ key: string }>({
    severity: 'error',
    anchor: 'key',
    build: ({ key }) => ({ message: `不允许使用字段名 ${key}`, hint: '请删去这一行' }),
  }),

  /** No `# yaml-language-server: $schema=…` line at the top; `line` is the exact line to add. */
  schemaCommentMissing: define<{ line: string }>({
    severity: 'warning',
    build: ({ line }) => ({
      message: '第一行缺少模式声明，编辑器无法提示和检查字段',
      hint: `请在第一行加上：${line}`,
    }),
  }),

  /** A schema comment that points at another schema (or a wrong relative path). */
  schemaCommentWrong: define<{ line: string }>({
    severity: 'warning',
    build: ({ line }) => ({
      message: '第一行的模式声明与文件类型或位置不符',
      hint: `请把第一行改为：${line}`,
    }),
  }),

  // ── Schema: values ──────────────────────────────────────────────────────────────
  // `title` is the field's Chinese title from the schema, `expected` what the schema wants in
  // words ("非负整数"), `actual` the value as read, `fixed` the corrected value to suggest.

  /** "1,204" where a number is wanted. */
  thousandsSeparator: define<{ title: string; expected: string; actual: unknown; fixed: string }>({
    severity: 'error',
    build: ({ title, expected, actual, fixed }) => ({
      message: shouldBe(title, expected, actual),
      hint: `请去掉千位分隔符，写成 ${fixed}`,
    }),
  }),

  /** "１２３" (full-width digits) where a number is wanted. */
  fullWidthDigits: define<{ title: string; expected: string; actual: unknown; fixed: string }>({
    severity: 'error',
    build: ({ title, expected, actual, fixed }) => ({
      message: shouldBe(title, expected, actual),
      hint: `请改用半角数字，写成 ${fixed}`,
    }),
  }),

  /** "96%" where a number is wanted. */
  percentSign: define<{ title: string; expected: string; actual: unknown; fixed: string }>({
    severity: 'error',
    build: ({ title, expected, actual, fixed }) => ({
      message: shouldBe(title, expected, actual),
      hint: `只填数字 ${fixed}，不写百分号`,
    }),
  }),

  /** "120人", "3500㎡" where a number is wanted. */
  numberWithUnit: define<{ title: string; expected: string; actual: unknown; fixed: string; unit: string }>({
    severity: 'error',
    build: ({ title, expected, actual, fixed, unit }) => ({
      message: shouldBe(title, expected, actual),
      hint: `只填数字 ${fixed}，不写单位“${unit}”`,
    }),
  }),

  /** "1204" in quotes where a number is wanted. */
  quotedNumber: define<{ title: string; expected: string; actual: unknown; fixed: string }>({
    severity: 'error',
    build: ({ title, expected, actual, fixed }) => ({
      message: shouldBe(title, expected, actual),
      hint: `请去掉引号，写成 ${fixed}`,
    }),
  }),

  /** A value that would be right without its leading/trailing (often full-width) spaces. */
  extraSpaces: define<{ title: string; actual: unknown; fixed: string }>({
    severity: 'error',
    build: ({ title, actual, fixed }) => ({
      message: `${title}前后有多余的空格，实际为 ${showValue(actual)}`,
      hint: `请删去前后的空格和全角空格，写成 ${fixed}`,
    }),
  }),

  /** A bare number where text is wanted, e.g. 行政区划代码 431230 (leading zeros would be lost). */
  needsQuotes: define<{ title: string; actual: unknown; fixed: string }>({
    severity: 'error',
    build: ({ title, actual, fixed }) => ({
      message: `${title}应为文字，实际为数字 ${showValue(actual)}`,
      hint: `请加引号写成 "${fixed}"`,
    }),
  }),

  /** 12.5 where an integer is wanted. */
  notInteger: define<{ title: string; expected: string; actual: unknown }>({
    severity: 'error',
    build: ({ title, expected, actual }) => ({
      message: shouldBe(title, expected, actual),
      hint: '这里只能填整数，请核对',
    }),
  }),

  /** A negative number where the schema's minimum is 0 (counts, areas, amounts). */
  negativeNumber: define<{ title: string; expected: string; actual: unknown }>({
    severity: 'error',
    build: ({ title, expected, actual }) => ({
      message: shouldBe(title, expected, actual),
      hint: '不能为负数；没有时填 0',
    }),
  }),

  /** A number outside the schema's range (other than a negative count). */
  /** A value over the plausibility cap of its kind (count: a million; amount: a trillion). */
  valueTooLarge: define<{ title: string; actual: unknown; max: number }>({
    severity: 'error',
    build: ({ title, actual, max }) => ({
      message: `${title}为 ${showValue(actual)}，超过了可能的上限 ${max}`,
      hint: '请核对数位和单位：是否多打了几个 0，或把万元填成了元、把元填成了分',
    }),
  }),

  outOfRange: define<{ title: string; expected: string; actual: unknown; description?: string }>({
    severity: 'error',
    build: ({ title, expected, actual, description }) => ({
      message: shouldBe(title, expected, actual),
      hint: description ? `请核对：${withoutFinalStop(description)}` : '请核对',
    }),
  }),

  /** A field written with no value (`students:`). */
  emptyValue: define<{ title: string; expected: string; required: boolean }>({
    severity: 'error',
    build: ({ title, expected, required }) => ({
      message: `${title}没有填写`,
      hint: required ? `请填写${expected}` : `请填写${expected}；没有数据时删去这一行`,
    }),
  }),

  /** Any other wrong type; `expectedType` is the JSON type the schema wants. */
  wrongType: define<{ title: string; expected: string; actual: unknown; expectedType: string }>({
    severity: 'error',
    build: ({ title, expected, actual, expectedType }) => ({
      message: shouldBe(title, expected, actual),
      hint:
        {
          boolean: 'true 表示是，false 表示否，不加引号',
          integer: '请填写数字',
          number: '请填写数字',
          string: '请填写文字',
          array: '请写成列表：每项另起一行，以“- ”开头',
          object: '请在下一行多缩进两个空格，写出下级字段',
        }[expectedType] ?? '请对照模板填写',
    }),
  }),

  /** A value not in the schema's list; `suggestion` is the nearest allowed value, if any. */
  notInEnum: define<{ title: string; allowed: readonly string[]; actual: unknown; suggestion?: string }>({
    severity: 'error',
    build: ({ title, allowed, actual, suggestion }) => ({
      message: `${title}应为 ${orList(allowed)} 之一，实际为 ${showValue(actual)}`,
      hint: suggestion ? `是否应为 ${suggestion}？` : '请从上面的取值中照抄一个',
    }),
  }),

  /** A string that does not match the schema's pattern; the schema's description says how. */
  patternMismatch: define<{ title: string; actual: unknown; description?: string }>({
    severity: 'error',
    build: ({ title, actual, description }) => ({
      message: `${title}格式不正确，实际为 ${showValue(actual)}`,
      hint: description ? `应为：${withoutFinalStop(description)}` : '请对照模板填写',
    }),
  }),

  /** An empty string where text is required. */
  emptyText: define<{ title: string }>({
    severity: 'error',
    build: ({ title }) => ({ message: `${title}不能为空`, hint: `请填写${title}` }),
  }),

  /** A list shorter than the schema's minItems. */
  tooFewItems: define<{ title: string; min: number }>({
    severity: 'error',
    build: ({ title, min }) => ({ message: `${title}至少应有 ${min} 项`, hint: '请补充' }),
  }),

  /** The same item twice in a list that must not repeat; located at the later one. */
  duplicateItem: define<{ title: string; firstIndex: number }>({
    severity: 'error',
    build: ({ title, firstIndex }) => ({
      message: `${title}中这一项与第 ${firstIndex + 1} 项重复`,
      hint: '请删去重复的一项',
    }),
  }),

  /** Any other schema violation (keywords not used by today's schemas). */
  schemaViolation: define<{ title: string; description?: string }>({
    severity: 'error',
    build: ({ title, description }) => ({
      message: `${title}不符合要求`,
      hint: description ? `应为：${withoutFinalStop(description)}` : '请对照模板填写',
    }),
  }),

  // ── Schema: keys ────────────────────────────────────────────────────────────────

  /**
   * A key the schema does not know. `suggestion` is the nearest allowed key (by spelling, or
   * because the clerk wrote its Chinese title); `allowed` lists the keys allowed here.
   */
  unknownKey: define<{
    key: string;
    allowed: readonly string[];
    suggestion?: { key: string; title?: string; byTitle: boolean };
  }>({
    severity: 'error',
    anchor: 'key',
    build: ({ allowed, suggestion }) => {
      const titled = suggestion?.title ? `，即“${suggestion.title}”` : '';
      return {
        message: '未知字段，不会被读取',
        hint: !suggestion
          ? `此处可用的字段：${orList(allowed)}；请删去或改正`
          : suggestion.byTitle
            ? `字段名请用英文：“${suggestion.title}”写成 ${suggestion.key}`
            : `是否应为 ${suggestion.key}${titled}？`,
      };
    },
  }),

  /** A required field that is not there; the path ends with the missing key. */
  missingField: define<{ key: string; title: string; parent: FieldPath }>({
    severity: 'error',
    build: ({ key, title, parent }) => ({
      message: `缺少必填项“${title}”`,
      hint: parent.length ? `请在 ${formatPath(parent)} 下添加 ${key}` : `请在文件顶层添加 ${key}`,
    }),
  }),

  // ── Rules: county-year files ──────────────────────────────────────────────────────

  /** Two schools with one id; located at the later one. */
  duplicateSchoolId: define<{ id: string; firstIndex: number }>({
    severity: 'error',
    build: ({ id, firstIndex }) => ({
      message: `学校标识 ${id} 与 schools[${firstIndex}] 重复`,
      hint: '每所学校和教学点的标识在县内必须唯一，请改用新的标识',
    }),
  }),

  /**
   * Two items of a facts list (or two published figures) have the same name, so a figure key
   * cannot tell them apart. `field` is what names them: id, period, schoolYear, item or key.
   */
  listItemNotDistinct: define<{ list: string; identity: string; firstIndex: number; field: string }>({
    severity: 'error',
    build: ({ list, identity, firstIndex, field }) =>
      list === 'published'
        ? {
            message: `已公开数字 ${identity} 与 published[${firstIndex}] 重复`,
            hint: '同一个数字只登记一次；若两份文件印发的数字不同，保留正式印发的一份',
          }
        : field === 'id'
          ? {
              message: `${list} 中第 ${firstIndex + 1} 项和这一项的标识都是 ${identity}`,
              hint: '同一列表中各项的标识（id）必须各不相同，请改用新的标识',
            }
          : {
              message: `${list} 中第 ${firstIndex + 1} 项和这一项的${field === 'schoolYear' ? '学年' : field === 'item' ? '评估项目' : '年份（时期）'}都是 ${identity}，报告正文无法区分这两项`,
              hint: `给这几项各加一个标识，例如 id: ${list === 'investments' ? '基本建设' : '特岗教师'}，正文中写成 facts.${list}[标识]`,
            },
  }),

  /** A 教学点 without `parent`. */
  teachingPointWithoutParent: define<NoParams>({
    severity: 'error',
    build: () => ({
      message: '教学点没有填写所属学校',
      hint: '请添加 parent，填写所属完全小学或中心校的学校标识',
    }),
  }),

  /** `parent` names no school of the file. */
  parentNotFound: define<{ parent: string; suggestion?: string }>({
    severity: 'error',
    build: ({ parent, suggestion }) => ({
      message: `所属学校 ${parent} 在本文件中不存在`,
      hint: suggestion ? `是否应为 ${suggestion}？` : '请填写本文件中某所学校的标识（id）',
    }),
  }),

  /** `parent` names another 教学点. */
  parentIsTeachingPoint: define<{ parent: string }>({
    severity: 'error',
    build: ({ parent }) => ({
      message: `所属学校 ${parent} 本身也是教学点`,
      hint: '教学点应隶属于完全小学或中心校，请改填该校的标识',
    }),
  }),

  /** A school that is not a 教学点 but has `parent`. */
  parentOnNonTeachingPoint: define<{ type: string }>({
    severity: 'error',
    anchor: 'key',
    build: ({ type }) => ({
      message: `只有教学点填写所属学校，本校类型为${type}`,
      hint: '请删去 parent 这一行，或把 type 改为 教学点',
    }),
  }),

  /** A 学段 block the school type requires is missing; path ends with the level key. */
  missingLevel: define<{ type: string; level: string }>({
    severity: 'error',
    build: ({ type, level }) => ({
      message: `${type}应有${levelPartLabel(level)}数据`,
      hint: `请添加 ${level}，并在其下填写 students、classes、teachers`,
    }),
  }),

  /** A 学段 block the school type does not have. */
  unexpectedLevel: define<{ type: string; level: string }>({
    severity: 'error',
    anchor: 'key',
    build: ({ type, level }) => ({
      message: `${type}不应有${levelPartLabel(level)}数据`,
      hint: `请删去 ${level} 这一段，或核对学校类型 type`,
    }),
  }),

  /** A group of teachers (above degree, senior title, key …) larger than all full-time teachers. */
  teacherSubsetExceeds: define<{ title: string; value: number; teachers: number }>({
    severity: 'error',
    build: ({ title, value, teachers }) => ({
      message: `${title} ${value} 多于专任教师数 ${teachers}`,
      hint: '这是专任教师中的一部分，不能多于专任教师数，请核对',
    }),
  }),

  /**
   * A part larger than its whole, outside the teacher groups: a school's teacher-training spend
   * and its public funds, teachers rotated and those eligible, allocated places and all places …
   * `title`/`wholeTitle` are the two fields' Chinese titles, `whole` the key of the whole.
   */
  partExceedsWhole: define<{ title: string; value: number; wholeTitle: string; whole: number }>({
    severity: 'error',
    build: ({ title, value, wholeTitle, whole }) => ({
      message: `${title} ${value} 多于${wholeTitle} ${whole}`,
      hint: `这是${wholeTitle}中的一部分，不能多于${wholeTitle}，请核对这两项`,
    }),
  }),

  /**
   * The junior cohort loses more pupils (transfers out and deaths) than it ever had (entrants
   * and transfers in). Path: numbers.juniorCohort.transfersOut.
   */
  cohortOutflowExceeds: define<{
    transfersOut: number;
    deaths: number;
    entrants: number;
    transfersIn: number;
  }>({
    severity: 'error',
    build: ({ transfersOut, deaths, entrants, transfersIn }) => ({
      message: `转出人数 ${transfersOut} 与死亡人数 ${deaths} 之和 ${transfersOut + deaths}，多于入学人数 ${entrants} 与转入人数 ${transfersIn} 之和 ${entrants + transfersIn}`,
      hint: '转出和死亡的学生只能是入学或转入的学生，请核对 entrants、transfersIn、transfersOut、deaths',
    }),
  }),

  /**
   * The smallest music (or art) room's area is given, but the school has no such room:
   * `rooms` is the room count (undefined when missing). Path: …facilities.musicRoomMinArea.
   */
  roomAreaWithoutRooms: define<{
    areaKey: string;
    areaTitle: string;
    roomsKey: string;
    roomsTitle: string;
    rooms?: number;
  }>({
    severity: 'error',
    build: ({ areaKey, areaTitle, roomsKey, roomsTitle, rooms }) => ({
      message: `填写了${areaTitle}，但${roomsTitle}${rooms === undefined ? '没有填写' : `为 ${rooms}`}`,
      hint: `有这类教室时请在 ${roomsKey} 填写间数（至少 1）；没有时请删去 ${areaKey}`,
    }),
  }),

  /**
   * An item of `declarations` (or `vetoes`) given twice. `list` is the list's key, `label` the
   * item's Chinese name. Path: declarations[i].item.
   */
  itemDeclaredTwice: define<{ list: string; item: string; label: string; firstIndex: number }>({
    severity: 'error',
    build: ({ list, item, label, firstIndex }) => ({
      message: `事项「${label}」（${item}）与 ${list}[${firstIndex}] 重复`,
      hint: '每个事项只填一次：请删去其中一项，需要说明的写在 note 中',
    }),
  }),

  /**
   * An evidence item names a declaration or veto item that the file does not declare. `list`
   * is where it belongs (declarations or vetoes), `listTitle` that list's title. Path: evidence[i].item.
   */
  evidenceItemNotDeclared: define<{ item: string; label: string; list: string; listTitle: string }>({
    severity: 'error',
    build: ({ item, label, list, listTitle }) => ({
      message: `佐证材料对应的事项「${label}」（${item}）没有在${listTitle}（${list}）中填写`,
      hint: `请在 ${list} 中添加 item: ${item} 一项并写明${list === 'vetoes' ? '是否存在（present）' : '是否达到（met）'}，或改正这份材料的 item`,
    }),
  }),

  /**
   * An item of the government-score table scored above its points (满分). `title` is the score's
   * Chinese title (自评分 …). Path: governmentScoreItems[i].self (municipal, provincial).
   */
  scoreAbovePoints: define<{ title: string; value: number; points: number }>({
    severity: 'error',
    build: ({ title, value, points }) => ({
      message: `${title} ${value} 高于本项分值 ${points}`,
      hint: '得分不能高于本项的满分，请核对得分和分值（points）',
    }),
  }),

  /** One subject of one monitoring year given twice. Path: qualityMonitoring[i].subject. */
  monitoringRepeated: define<{ subject: string; year: number; firstIndex: number }>({
    severity: 'error',
    build: ({ subject, year, firstIndex }) => ({
      message: `${year} 年${subject}的监测结果与 qualityMonitoring[${firstIndex}] 重复`,
      hint: '每个学科每次监测只填一行，请删去其中一行',
    }),
  }),

  /** A declaration `met: true` without any evidence naming its item. Path: declarations[i].met. */
  declarationWithoutEvidence: define<{ item: string; label: string }>({
    severity: 'warning',
    build: ({ item, label }) => ({
      message: `声明「${label}」（${item}）已达到，但没有佐证材料`,
      hint: `请在 evidence 中添加 item: ${item} 的一项，写明所依据文件的名称（title），以及文号、日期或链接`,
    }),
  }),

  /** classSizes bands do not add up to classes. */
  classSizesSum: define<{ sum: number; classes: number }>({
    severity: 'error',
    anchor: 'key',
    build: ({ sum, classes }) => ({
      message: `各班额分段之和为 ${sum}，与班级数 ${classes} 不一致`,
      hint: '请核对 classes 和 classSizes 下的各项',
    }),
  }),

  /**
   * A figure under `totals` differs from the sum over schools. `field` is the figure's Chinese
   * title (在校生数), `level` its 学段 key when it has one; `key` the last key of its path.
   */
  totalMismatch: define<{ key: string; field: string; level?: string; total: number; sum: number }>({
    severity: 'error',
    build: ({ key, field, level, total, sum }) => ({
      message: `${level ? levelLabel(level) : ''}${field}合计为 ${total}，逐校数据之和为 ${sum}，相差 ${Math.abs(total - sum)}`,
      hint: `请核对统计报表的合计数与各校数据${key === 'schools' ? '；学校数不含教学点' : ''}`,
    }),
  }),

  /**
   * An item of a county-year's to-fill list (`toFill`, written by npm run new): what the clerk
   * still has to enter, add or confirm for the year. `action` as in src/validate/to-fill.ts;
   * `schoolYear` when the series is by school year (2020-2021). Path: toFill[i].
   */
  toFill: define<{
    path: string;
    title: string;
    action: 'enter' | 'add' | 'confirm';
    year: number;
    schoolYear: boolean;
  }>({
    severity: 'warning',
    build: ({ path, title, action, year, schoolYear }) => {
      const period = schoolYear ? `${year}-${year + 1} 学年` : `${year} 年度`;
      const done = { enter: '填好', add: '补上', confirm: '核对' }[action];
      const message = {
        enter: `待补充：请填写 ${period}的${title}（${path}）`,
        add: `待补充：请在${title}（${path}）中补上 ${period}的一项，往年的各项可以保留`,
        confirm: `待核对：${title}（${path}）沿用了上一年度的数字，请核对 ${period}是否仍是这些数字`,
      }[action];
      return { message, hint: `${done}后删去 toFill 中的这一项` };
    },
  }),

  /**
   * A county-year's school rows are exactly those of the county's previous year file: copied
   * and not yet updated. Path: schools.
   */
  schoolsSameAsPreviousYear: define<{ file: string; previousFile: string; count: number }>({
    severity: 'warning',
    anchor: 'key',
    build: ({ file, previousFile, count }) => ({
      message: `${file} 的逐校数据（${count} 所学校）与 ${previousFile} 完全相同，还是上一年度的数据`,
      hint: '请按本年度的统计报表逐校更新，可用 npm run template 生成 Excel 模板、填好后用 npm run import 导入',
    }),
  }),

  /** `year` differs from the file name. */
  yearMismatch: define<{ year: number; fileYear: number }>({
    severity: 'error',
    build: ({ year, fileYear }) => ({
      message: `年份 ${year} 与文件名 ${fileYear}.yaml 不一致`,
      hint: `请把 year 改为 ${fileYear}，或把文件改名为 ${year}.yaml`,
    }),
  }),

  /** `county` (year file) or `id` (county.yaml) differs from the folder name. */
  countyFolderMismatch: define<{ key: string; value: string; folder: string }>({
    severity: 'error',
    build: ({ key, value, folder }) => ({
      message: `县标识 ${value} 与所在目录 ${folder} 不一致`,
      hint: `请把 ${key} 改为 ${folder}`,
    }),
  }),

  /** A county id that is also the name of one of the site's own folders. */
  reservedCountyId: define<{ value: string; reserved: string }>({
    severity: 'error',
    build: ({ value, reserved }) => ({
      message: `县标识 ${value} 与网站自身的目录重名（${reserved}），该县的页面会与之冲突`,
      hint: '请换一个县标识，例如加上所在市的拼音，并同时改目录名',
    }),
  }),

  /** A year file in a folder that has no county.yaml. */
  yearWithoutCounty: define<{ folder: string }>({
    severity: 'error',
    anchor: 'file',
    build: ({ folder }) => ({
      message: `目录 ${folder} 下没有 county.yaml，本年度数据不会被使用`,
      hint: `请添加 data/counties/${folder}/county.yaml，写明县名、行政区划代码和适用标准`,
    }),
  }),

  // ── Rules: county and standard files ─────────────────────────────────────────────

  /** county.yaml names a standard with no file; `available` lists the standard files. */
  standardNotFound: define<{ id: string; suggestion?: string; available: readonly string[] }>({
    severity: 'error',
    build: ({ id, suggestion, available }) => ({
      message: `标准 ${id} 不存在：data/standards/ 下没有 ${id}.yaml`,
      hint: suggestion
        ? `是否应为 ${suggestion}？`
        : available.length
          ? `可用的标准：${orList(available)}`
          : '请先在 data/standards/ 下添加标准文件',
    }),
  }),

  /** county.yaml names two standards of one kind; located at the later one. */
  standardKindRepeated: define<{ id: string; other: string; kind: string }>({
    severity: 'error',
    build: ({ id, other, kind }) => ({
      message: `标准 ${id} 与 ${other} 同属${standardKindLabel(kind)}，每类只能选一个`,
      hint: '请删去其中一个',
    }),
  }),

  /** A standard's `id` differs from its file name. */
  standardIdMismatch: define<{ value: string; fileId: string }>({
    severity: 'error',
    build: ({ value, fileId }) => ({
      message: `标准标识 ${value} 与文件名 ${fileId}.yaml 不一致`,
      hint: `请把 id 改为 ${fileId}`,
    }),
  }),

  /**
   * An indicator's numerator, or a `split.fields` entry, names no field of the county-year
   * schema. `group` is `facilities` or `level` (or the unknown prefix), `field` the part after it.
   */
  unknownDataField: define<{ group: string; field: string; allowed: readonly string[]; suggestion?: string }>(
    {
      severity: 'error',
      build: ({ group, field, allowed, suggestion }) => ({
        message: `年度数据中没有字段 ${group}.${field}`,
        hint: suggestion ? `是否应为 ${suggestion}？` : `${group} 下可用的字段：${orList(allowed)}`,
      }),
    },
  ),

  // ── Rules: a standard's assessment section and the local files that adjust it ─────

  /** Two lines (entry conditions, lines or vetoes) of one standard share an id; at the later one. */
  lineIdRepeated: define<{ id: string; first: string }>({
    severity: 'error',
    build: ({ id, first }) => ({
      message: `条目标识 ${id} 重复：${first}已用了这个标识`,
      hint: '进入条件、达标线和否决项的 id 在同一标准内只能用一次，请为这一条另取一个未用过的标识',
    }),
  }),

  /** A `resources` check names no indicator of its own standard. */
  checkIndicatorUnknown: define<{ indicator: string; available: readonly string[]; suggestion?: string }>({
    severity: 'error',
    build: ({ indicator, available, suggestion }) => ({
      message: `资源配置检查的指标 ${indicator} 不在本标准的 indicators 中`,
      hint: suggestion
        ? `是否应为 ${suggestion}？`
        : available.length
          ? `本标准的指标：${orList(available)}`
          : '请先在本标准的 indicators 中添加这项指标',
    }),
  }),

  /** A `number` check gives none, or more than one, of min, max and below. */
  numberCheckBounds: define<{ given: readonly string[] }>({
    severity: 'error',
    build: ({ given }) => ({
      message:
        given.length === 0
          ? '数值检查没有标准值：min、max、below 须填且只填一个'
          : `数值检查同时填了 ${orList(given)}：min、max、below 只能填一个`,
      hint: 'min 表示不低于、max 表示不高于，等于都算达到；below 表示低于，等于不算；请只保留本条标准所用的一个',
    }),
  }),

  /** A local file's (or a standard's own) adjustment names a line its standard does not have. */
  adjustmentLineUnknown: define<{
    line: string;
    standard: string;
    available: readonly string[];
    suggestion?: string;
  }>({
    severity: 'error',
    build: ({ line, standard, available, suggestion }) => ({
      message: `达标线 ${line} 不在标准 ${standard} 的 assessment 中`,
      hint: suggestion
        ? `是否应为 ${suggestion}？`
        : available.length
          ? `${standard} 的条目：${orList(available)}`
          : `标准 ${standard} 没有 assessment 一节，无可调整的条目`,
    }),
  }),

  /** An adjustment's path names no parameter the line's checks have. */
  adjustmentPathUnknown: define<{ line: string; path: string; available: readonly string[] }>({
    severity: 'error',
    anchor: 'key',
    build: ({ line, path, available }) => ({
      message: `达标线 ${line} 没有可改的检查参数 ${path}`,
      hint: `只能改该条已有的参数，路径写作 checks.<序号>.<参数>；${line} 可改的参数：${orList(available)}`,
    }),
  }),

  /** An adjustment's new value is not of the kind of the value it replaces (a number for a number). */
  adjustmentValueType: define<{ line: string; path: string; from: string; to: string }>({
    severity: 'error',
    build: ({ line, path, from, to }) => ({
      message: `达标线 ${line} 的 ${path} 原为 ${from}，不能改为 ${to}`,
      hint: '新值要与原值同类：数值改为数值，文字改为文字，是否改为 true 或 false',
    }),
  }),

  /** Two overrides or relaxations of one local file (or adjustments of one standard) share an id. */
  adjustmentIdRepeated: define<{ id: string }>({
    severity: 'error',
    build: ({ id }) => ({
      message: `调整标识 ${id} 在本文件中重复`,
      hint: '改定 overrides、放宽 relaxations 和标准自身调整 adjustments 的 id 在同一文件内只能用一次，请另取一个标识',
    }),
  }),

  /** A local file's `id` differs from its file name. */
  localIdMismatch: define<{ value: string; fileId: string }>({
    severity: 'error',
    build: ({ value, fileId }) => ({
      message: `调整文件标识 ${value} 与文件名 ${fileId}.yaml 不一致`,
      hint: `请把 id 改为 ${fileId}`,
    }),
  }),

  /** A local file shares its id with a standard: county.yaml could not tell them apart. */
  localIdTaken: define<{ id: string }>({
    severity: 'error',
    build: ({ id }) => ({
      message: `地方调整文件 ${id} 与标准 data/standards/${id}.yaml 重名`,
      hint: '县在 county.yaml 的 standards 中按标识引用两者，请给调整文件另取一个标识，并同时改文件名',
    }),
  }),

  /** A local file `extends` a standard with no file. */
  extendsNotFound: define<{ id: string; available: readonly string[]; suggestion?: string }>({
    severity: 'error',
    build: ({ id, available, suggestion }) => ({
      message: `调整的标准 ${id} 不存在：data/standards/ 下没有 ${id}.yaml`,
      hint: suggestion
        ? `是否应为 ${suggestion}？`
        : available.length
          ? `可调整的标准：${orList(available)}`
          : '请先在 data/standards/ 下添加基本均衡或优质均衡标准',
    }),
  }),

  /** A local file `extends` a provincial standard (only basic and quality have an assessment). */
  extendsWrongKind: define<{ id: string; kind: string }>({
    severity: 'error',
    build: ({ id, kind }) => ({
      message: `调整的标准 ${id} 属${standardKindLabel(kind)}，只能调整基本均衡或优质均衡标准`,
      hint: '请把 extends 改为基本均衡或优质均衡标准的标识，例如 basic-2012、quality-2017',
    }),
  }),

  /** A local file is empty of changes (the schema's rule, worded here). */
  localWithoutChanges: define<NoParams>({
    severity: 'error',
    build: () => ({
      message: '地方调整文件没有任何调整',
      hint: '请添加改定 overrides 或可选放宽 relaxations；放宽默认不启用，改定对列入本文件的县一律适用',
    }),
  }),

  /** county.yaml lists a local file but not the standard it adjusts; at the local file's entry. */
  localWithoutStandard: define<{ id: string; extends: string }>({
    severity: 'error',
    build: ({ id, extends: standard }) => ({
      message: `地方调整文件 ${id} 调整的是 ${standard}，但本县 standards 中没有 ${standard}`,
      hint: `调整只在所调整的标准适用时才有意义：请在 standards 中加上 ${standard}，或删去 ${id}`,
    }),
  }),

  /** schoolRule.minMet is more than the indicators with a threshold for one level. */
  schoolRuleThresholds: define<{ minMet: number; level: string; count: number }>({
    severity: 'error',
    build: ({ minMet, level, count }) => ({
      message: `至少达标项数为 ${minMet}，但${levelLabel(level)}只有 ${count} 项指标填写了标准值`,
      hint: `请为指标补充 threshold.${level}，或调低 minMet`,
    }),
  }),

  /** An indicator's threshold lacks a level the standard lists; path ends with the level. */
  thresholdMissingLevel: define<{ level: string }>({
    severity: 'error',
    build: ({ level }) => ({
      message: `标准值缺少${levelLabel(level)}`,
      hint: `本标准的适用学段包括${levelLabel(level)}，请在 threshold 下添加 ${level}`,
    }),
  }),

  /** coefficient.limits lacks a level the standard lists; path ends with the level. */
  limitMissingLevel: define<{ level: string }>({
    severity: 'error',
    build: ({ level }) => ({
      message: `差异系数限值缺少${levelLabel(level)}`,
      hint: `本标准的适用学段包括${levelLabel(level)}，请在 limits 下添加 ${level}`,
    }),
  }),

  // ── Compute engine ──────────────────────────────────────────────────────────────

  /**
   * A unit (a school's 学段) in scope with 0 students: it is left out of the coefficients.
   * Path: schools[i].<level>.students.
   */
  unitWithoutStudents: define<{ schoolId: string; schoolName: string; level: string }>({
    severity: 'warning',
    build: ({ schoolId, schoolName, level }) => ({
      message: `${schoolName}（${schoolId}）${levelLabel(level)}在校生数为 0，未计入差异系数`,
      hint: '如该学段已不招生，请删去这一段；否则请核对在校生数',
    }),
  }),

  /**
   * A published figure differs from the computed one by more than the printed rounding.
   * `published` as printed; `computed` already in the published unit (percent for `%`, the x of
   * `1:x`), unrounded; `decimals` the printed decimals; `unit` the figure's unit, absent for unitless
   * figures such as coefficients. Path: published[i].value.
   */
  publishedMismatch: define<{
    key: string;
    published: number;
    computed: number;
    decimals: number;
    unit?: string;
  }>({
    severity: 'warning',
    build: ({ key, published, computed, decimals, unit = '' }) => {
      const show = (value: number) => {
        const text = fixedDecimal(value, decimals);
        if (unit === '1:x') return `1:${text}`;
        return unit === '' || unit === '%' ? `${text}${unit}` : `${text} ${unit}`;
      };
      return {
        message: `${key} 印发为 ${show(published)}，测算结果为 ${show(computed)}，差异超出印发精度`,
        hint: '请核对印发数字与逐校数据；若印发原文确实如此，保留原样即可，页面会注明差异',
      };
    },
  }),

  /**
   * A school row leaves out a field, so the county `figures` cannot be computed
   * (src/compute/field-gaps.ts). One per part and field, at the first school that lacks it;
   * `otherIds` are the other schools that lack it. Path: schools[i].<part>.<field>.
   */
  schoolFieldMissing: define<{
    schoolId: string;
    schoolName: string;
    part: string;
    field: string;
    otherIds: readonly string[];
    figures: readonly FigureName[];
  }>({
    severity: 'warning',
    build: ({ schoolId, schoolName, part, field, otherIds, figures }) => {
      const group = part === 'facilities' ? 'facilities' : 'level';
      const title = rowFieldTitle(group, field) ?? field;
      const where = part === 'facilities' ? '' : levelPartLabel(part);
      const zero = numeratorField(`${group}.${field}`)?.integer ? '，没有时填 0' : '';
      const shown = otherIds.slice(0, 3).join('、');
      const others =
        otherIds.length === 0
          ? ''
          : `；另有 ${shown}${otherIds.length > 3 ? ` 等 ${otherIds.length} 所学校` : ' '}也未填，请一并补齐`;
      return {
        message: `${schoolName}（${schoolId}）${where}未填${title}，${figureList(figures)}无法测算`,
        hint: `请在该校 ${part} 下填写 ${field}${zero}${others}`,
      };
    },
  }),

  /** A published figure's key names nothing in the result. Path: published[i].key. */
  publishedKeyUnknown: define<{ key: string; suggestions: readonly string[] }>({
    severity: 'error',
    build: ({ key, suggestions }) => ({
      message: `测算结果中没有 ${key} 这一项`,
      hint:
        suggestions.length > 0
          ? `是否应为 ${suggestions.join('、')}？`
          : '用 npm run figures -- <县> <年份> 查看全部可引用的数字及其路径',
    }),
  }),

  /**
   * A published figure's key names a list item by its position (published[i].key), which points
   * at another item as soon as one is added or removed. `stable` is the key by meaning.
   */
  publishedKeyPositional: define<{ key: string; stable: string }>({
    severity: 'error',
    build: ({ key, stable }) => ({
      message: `${key} 按位置引用列表中的一项，列表增删一项后会指向别的数字`,
      hint: `改写为 ${stable}；方括号里是这一项的年份、学年、名称或标识`,
    }),
  }),

  /** A published figure whose computed counterpart cannot be computed (e.g. no students). */
  publishedNotComputable: define<{ key: string; reason: string }>({
    severity: 'warning',
    build: ({ key, reason }) => ({
      message: `${key} 已印发，但按数据无法测算（${(undefinedReasonLabels as Record<string, string>)[reason] ?? reason}）`,
      hint: '请补全相关学校的数据',
    }),
  }),

  // ── Narratives (content/reports/<county>/<year>.mdx) ───────────────────────────

  /** The MDX itself does not parse. */
  narrativeSyntax: define<{ reason: string }>({
    severity: 'error',
    build: ({ reason }) => ({
      message: `MDX 写法有误：${reason}`,
      hint: '检查尖括号、引号和花括号是否成对，组件是否以 /> 或 </名称> 结束',
    }),
  }),

  /** A component the narratives cannot use. */
  narrativeUnknownComponent: define<{
    name: string;
    suggestions: readonly string[];
    allowed: readonly string[];
  }>({
    severity: 'error',
    build: ({ name, suggestions, allowed }) => ({
      message: `没有名为 <${name}> 的组件`,
      hint: suggestions.length > 0 ? `是否应为 <${suggestions[0]}>？` : `可用的组件：${allowed.join('、')}`,
    }),
  }),

  /** <Figure k> names no figure of the result. */
  narrativeUnknownFigure: define<{ key: string; suggestions: readonly string[] }>({
    severity: 'error',
    build: ({ key, suggestions }) => ({
      message: `<Figure k="${key}">：测算结果中没有这一项`,
      hint:
        suggestions.length > 0
          ? `最接近的有：${suggestions.join('、')}`
          : '用 npm run figures -- <县> <年份> 查看全部可引用的数字及其路径',
    }),
  }),

  /** <Figure k> names a list item by its position; `stable` is the key by meaning. */
  narrativePositionalKey: define<{ key: string; stable: string }>({
    severity: 'error',
    build: ({ key, stable }) => ({
      message: `<Figure k="${key}">：按位置引用列表中的一项，数据增删一项后会印出别的数字`,
      hint: `改写为 <Figure k="${stable}" />；方括号里是这一项的年份、学年、名称或标识`,
    }),
  }),

  /** An `of="county/year"` that names no county-year. */
  narrativeUnknownCountyYear: define<{ of: string; suggestions: readonly string[] }>({
    severity: 'error',
    build: ({ of, suggestions }) => ({
      message: `of="${of}"：没有这个县年度`,
      hint:
        suggestions.length > 0
          ? `可用的有：${suggestions.join('、')}`
          : '写成 of="县标识/年份"，例如 of="tongdao/2019"',
    }),
  }),

  /** An attribute value the component does not accept. */
  narrativeBadAttribute: define<{
    component: string;
    attribute: string;
    value: string;
    allowed: readonly string[];
  }>({
    severity: 'error',
    build: ({ component, attribute, value, allowed }) => ({
      message: `<${component} ${attribute}="${value}">：不能取这个值`,
      hint: `可取：${allowed.join('、')}`,
    }),
  }),

  /** A required attribute is missing or is not a plain string. */
  narrativeMissingAttribute: define<{ component: string; attribute: string }>({
    severity: 'error',
    build: ({ component, attribute }) => ({
      message: `<${component}> 缺少 ${attribute}，或它不是用引号写的文字`,
      hint: `写成 <${component} ${attribute}="…" />`,
    }),
  }),

  /**
   * An entry under content/reports that is not read as a narrative: another name (2019.md,
   * draft.mdx, 19.mdx), a subfolder, a link, or a file too large to be prose.
   */
  narrativeStray: define<{ reason: 'name' | 'folder' | 'link' | 'large'; suggestion?: string }>({
    severity: 'warning',
    anchor: 'file',
    build: ({ reason, suggestion }) => {
      switch (reason) {
        case 'folder':
          return {
            message: '报告正文不读取子文件夹，其中的文件不会发布',
            hint: '报告放在 content/reports/<县标识>/<年份>.mdx；草稿请放在仓库以外',
          };
        case 'link':
          return {
            message: '这是一个链接，不会作为报告正文读取',
            hint: '把报告正文本身放在 content/reports/<县标识>/<年份>.mdx',
          };
        case 'large':
          return {
            message: '文件超过 512 KB，不会作为报告正文读取',
            hint: '报告正文只写文字和组件；表格和图表由数据生成，不要粘贴进正文',
          };
        default:
          return {
            message: '文件名不是 <年份>.mdx，不会作为报告正文发布',
            hint:
              suggestion === undefined
                ? '报告正文命名为 content/reports/<县标识>/<年份>.mdx，例如 2019.mdx；草稿请放在仓库以外'
                : `改名为 ${suggestion}；报告正文命名为 <年份>.mdx，小写 .mdx`,
          };
      }
    },
  }),

  /** content/site.yaml is missing: the pages have no site name or footer. */
  siteConfigMissing: define<NoParams>({
    severity: 'error',
    anchor: 'file',
    build: () => ({
      message: '缺少网站信息文件 content/site.yaml，页面没有网站名称和页脚',
      hint: '从 junheng 仓库复制 content/site.yaml，改成本单位的名称、网站标识码和备案信息',
    }),
  }),

  /** A narrative without front matter: its page would have no title, publisher or dates. */
  narrativeFrontMatterMissing: define<NoParams>({
    severity: 'error',
    build: () => ({
      message: '报告开头缺少标题、发布单位、日期和资料来源（写在文件最前面两行 --- 之间）',
      hint: '在文件开头加上：---、title: 标题、publisher: 发布单位、published: 2019-12-30、updated: 2019-12-30、source: 资料来源、---，各占一行',
    }),
  }),

  /** `import` or `export` in a narrative: code, which a narrative never holds. */
  narrativeEsm: define<{ text: string }>({
    severity: 'error',
    build: ({ text }) => ({
      message: `报告正文中不能写 import 或 export（${text}）：正文只是文字和数据，不执行代码`,
      hint: '删去这一行；文档列出的组件无需 import 即可使用，数字用 <Figure k="…" /> 引用',
    }),
  }),

  /** A `{…}` expression in a narrative (a comment `{/* … *\/}` is allowed). */
  narrativeExpression: define<{ text: string }>({
    severity: 'error',
    build: ({ text }) => ({
      message: `报告正文中不能写花括号表达式 ${text}：正文只是文字和数据，不执行代码`,
      hint: '数字用 <Figure k="…" /> 引用；要写给编辑看的注释，写成 {/* 注释 */}',
    }),
  }),

  /** An attribute written as `{…}` instead of a quoted value. */
  narrativeExpressionAttribute: define<{ component: string; attribute: string; written: string }>({
    severity: 'error',
    build: ({ component, attribute, written }) => ({
      message: `<${component} ${attribute}={${written}}>：属性值要写在引号里，不能是花括号表达式`,
      hint: `写成 ${attribute}="${/^[\w.\-/\u4e00-\u9fff]+$/.test(written) ? written.replace(/^["'](.*)["']$/, '$1') : '…'}"`,
    }),
  }),

  /** A link to something other than a web page, an e-mail address or a page of the site. */
  narrativeUnsafeLink: define<{ url: string }>({
    severity: 'error',
    build: ({ url }) => ({
      message: `链接地址 ${url} 不能用：正文中的链接只能指向 http、https 网址、电子邮箱（mailto:）或本站页面`,
      hint: '改用 https:// 开头的网址；指向本站的页面用 <PageLink to="…">',
    }),
  }),

  /**
   * A number typed in the prose that is not a figure of the county-year as the pages print it.
   * `nearest` are the closest figures, each as "printed text（key）".
   */
  narrativeHandTypedNumber: define<{ text: string; nearest: readonly string[] }>({
    severity: 'error',
    build: ({ text, nearest }) => ({
      message: `正文中手写的数字 ${text} 不是本县本年度数据中的数字（按页面印出的写法比较）${
        nearest.length > 0 ? `；最接近的有：${nearest.join('、')}` : ''
      }`,
      hint: `改用 <Figure k="…" /> 引用数据（npm run figures -- <县> <年份> 列出全部可引用的数字）；确需手写的日期、文号、序号等请写成 <Literal>${text}</Literal>`,
    }),
  }),

  /**
   * A <Todo> in a narrative: text still to write. `figure` is the key of the <Figure> it replaced
   * (npm run new, when the key has no figure in the new year's data), `available` whether the
   * data now has it; `text` its own words.
   */
  narrativeTodo: define<{ figure?: string; text?: string; available?: boolean }>({
    severity: 'warning',
    build: ({ figure, text, available = false }) => {
      const note = text ? `：${text}` : '';
      if (figure === undefined) {
        return {
          message: `待补充${note}`,
          hint: '写好后删去 <Todo>…</Todo>；在此之前页面上这里显示“待补充”',
        };
      }
      if (available) {
        return {
          message: `待补充：本年度的数据中已有 ${figure}${note}`,
          hint: `改回 <Figure k="${figure}" />，删去 <Todo>`,
        };
      }
      return {
        message: `待补充：上一年度这里引用的 ${figure} 在本年度的数据中没有${note}`,
        hint: `数据填好后改回 <Figure k="${figure}" />，或改写这句话，然后删去 <Todo>；本年度可引用的数字见 npm run figures，在此之前页面上这里显示“待补充”`,
      };
    },
  }),

  /** A front-matter line of a narrative marked 待补充 (npm run new marks the date and the source). */
  narrativeFrontMatterTodo: define<{ field: string; text: string }>({
    severity: 'warning',
    build: ({ field, text }) => ({
      message: `报告开头的 ${field} 待补充${text ? `：${text}` : ''}`,
      hint: '填好后删去“待补充”字样',
    }),
  }),

  /** A narrative for a county-year that has no data (no page is built for it). */
  narrativeWithoutData: define<{ county: string; year: number }>({
    severity: 'warning',
    anchor: 'file',
    build: ({ county, year }) => ({
      message: `没有 ${county} ${year} 年的数据，这篇报告不会发布`,
      hint: `添加 data/counties/${county}/${year}.yaml，或改正文件名`,
    }),
  }),

  // ── Spreadsheets (npm run template, npm run import) ─────────────────────────────

  /** The file is larger than the import reads (src/sheet/read-source.ts); checked before unzipping. */
  sheetFileTooLarge: define<{ size: number; limit: number }>({
    severity: 'error',
    build: ({ size, limit }) => ({
      message: `文件大小为 ${megabytes(size)}，超过 ${megabytes(limit)} 的上限，未读取`,
      hint: '一个县一年的数据通常不到 1 MB：请只保留要导入的工作表，删去图片和无关的表，另存后再导入',
    }),
  }),

  /** The parts of the workbook the import reads would unzip to more than the cap (a zip bomb, or a huge export). */
  sheetUnpackedTooLarge: define<{ size: number; limit: number }>({
    severity: 'error',
    build: ({ size, limit }) => ({
      message: `工作簿解压后有 ${megabytes(size)}，超过 ${megabytes(limit)} 的上限，未读取`,
      hint: '请只保留要导入的工作表，删去不需要的行、列和表，另存后再导入',
    }),
  }),

  /** An OLE compound file with an EncryptedPackage stream: a workbook with an open password. */
  sheetEncrypted: define<NoParams>({
    severity: 'error',
    build: () => ({
      message: '工作簿设置了打开密码（已加密），无法读取',
      hint: '请在 Excel 中打开，点“文件 → 信息 → 保护工作簿 → 用密码进行加密”，清空密码并保存后再导入；WPS 在“文件 → 文档加密 → 密码加密”中删去密码',
    }),
  }),

  /** An OLE compound file with a Workbook stream: Excel 97-2003. */
  sheetLegacyXls: define<NoParams>({
    severity: 'error',
    build: () => ({
      message: '这是 Excel 97-2003 格式（.xls）的工作簿，无法直接读取',
      hint: '请在 Excel 或 WPS 中打开，另存为“Excel 工作簿 (*.xlsx)”后再导入',
    }),
  }),

  /** Another OLE compound file: most likely encrypted or an old .xls. */
  sheetOleFile: define<NoParams>({
    severity: 'error',
    build: () => ({
      message: '这是加密的工作簿或旧版 .xls 文件，无法读取',
      hint: '设置了打开密码的，请先在 Excel 中清空密码；.xls 文件请另存为“Excel 工作簿 (*.xlsx)”后再导入',
    }),
  }),

  /** Neither a workbook nor a CSV; `looksLike` says what it seems to be. */
  sheetNotWorkbook: define<{
    looksLike: 'zip' | 'pdf' | 'html' | 'xml-spreadsheet' | 'text' | 'empty' | 'other';
  }>({
    severity: 'error',
    build: ({ looksLike }) => ({
      message: {
        zip: '这是一个压缩文件（可能是 Word 文档或其他文件），其中没有 Excel 工作表',
        pdf: '这是 PDF 文件，不是 Excel 工作簿',
        html: '这是网页格式的表格（从系统导出的 .xls 常是这样），不是真正的 Excel 工作簿',
        'xml-spreadsheet': '这是“XML 电子表格 2003”格式，不是 Excel 工作簿（.xlsx）',
        text: '这是文本文件，不是 Excel 工作簿',
        empty: '文件是空的',
        other: '不是 Excel 工作簿（.xlsx），也不是 CSV 文件',
      }[looksLike],
      hint:
        looksLike === 'text'
          ? '如是逗号分隔的 CSV，请把扩展名改为 .csv；否则请在 Excel 或 WPS 中打开，另存为“Excel 工作簿 (*.xlsx)”'
          : '请在 Excel 或 WPS 中打开，另存为“Excel 工作簿 (*.xlsx)”后再导入',
    }),
  }),

  /** A zip that fflate cannot read: truncated or corrupt. */
  sheetDamaged: define<NoParams>({
    severity: 'error',
    build: () => ({
      message: '工作簿已损坏，无法解压',
      hint: '请在 Excel 中打开并另存一次；仍打不开时请重新导出',
    }),
  }),

  /**
   * A part of the workbook (a sheet, the shared strings …) is not what the zip declares: its
   * CRC-32 differs, it inflates to another size, it runs past the end of the file, or it is
   * compressed or encrypted in a way the reader does not take. Nothing is read from it.
   */
  sheetPartCorrupt: define<{
    part: string;
    fault: 'crc' | 'size' | 'bounds' | 'method' | 'encrypted';
    declared?: number;
    actual?: number;
  }>({
    severity: 'error',
    build: ({ part, fault, declared, actual }) => {
      const detail = {
        crc: '校验和（CRC-32）与压缩包中记录的不符',
        size:
          declared !== undefined && actual !== undefined && actual > declared
            ? `解压后多于记录的 ${declared} 字节`
            : `解压后只有 ${actual ?? 0} 字节，记录的是 ${declared ?? 0} 字节`,
        bounds: '超出了文件末尾（文件不完整）',
        method: '用了不支持的压缩方式',
        encrypted: '是加密的',
      }[fault];
      return {
        message: `工作簿已损坏：其中的 ${part} ${detail}，未读取`,
        hint: '文件可能在下载、拷贝或保存时出了错：请在 Excel 中打开并另存一次；打不开时请重新导出或重新拷贝原文件',
      };
    },
  }),

  /**
   * A sheet (or a CSV) with more rows holding a value than the import reads (ReadLimits.maxRows);
   * located at the first row past the cap. The read stops there: nothing is imported.
   */
  sheetTooManyRows: define<{ sheet: string; limit: number }>({
    severity: 'error',
    build: ({ sheet, limit }) => ({
      message: `工作表「${sheet}」有数据的行超过 ${limit} 行的上限，未读取`,
      hint: `一个县的学校和教学点至多几千所，要导入的每张表都远少于 ${limit} 行：请删去多余的行（如学生、教师名册等明细），或把无关的工作表移出这个文件后再导入`,
    }),
  }),

  /**
   * More cells holding a value (or shared strings) than the import reads
   * (ReadLimits.maxCells), counted over the whole workbook. The read stops: nothing is imported.
   */
  sheetTooManyCells: define<{ what: 'cells' | 'strings' | 'text'; limit: number }>({
    severity: 'error',
    build: ({ what, limit }) => ({
      message: {
        cells: `文件中有数据的单元格（合并单元格按所占的格数计）超过 ${limit} 个的上限，未读取`,
        strings: `工作簿中的文字（共享字符串）超过 ${limit} 条的上限，未读取`,
        text: `文件中单元格的文字合计超过 ${limit} 个字符的上限，未读取`,
      }[what],
      hint:
        what === 'text'
          ? '一个县一年的数据合计不过几十万个字符：请只保留要导入的工作表，删去无关的表和过长的说明文字后再导入'
          : `一个县一年的数据不过几千所学校、每所几十项，远少于 ${limit} 个单元格：请只保留要导入的工作表，删去无关的表和多余的行列后再导入`,
    }),
  }),

  /** A cell longer than Excel itself allows (ReadLimits.maxCellChars); `text` is its beginning. */
  sheetCellTooLong: define<{ length: number; limit: number; text: string }>({
    severity: 'error',
    build: ({ length, limit, text }) => ({
      message: `单元格有 ${length} 个字符，超过 ${limit} 个字符的上限，未读取：${showValue(text)}`,
      hint: `Excel 的一个单元格最多 ${limit} 个字符，这一格不是 Excel 保存的：请改正这一格后重新导入`,
    }),
  }),

  /**
   * A CSV field opened with a quote that is not closed before the end of the file, or whose
   * quoted text passes Excel's cell size (the closing quote was most likely left out).
   * Located at the field; `text` is its beginning.
   */
  sheetCsvUnclosedQuote: define<{ text: string; reachedEnd: boolean; limit: number }>({
    severity: 'error',
    build: ({ text, reachedEnd, limit }) => ({
      message: reachedEnd
        ? `这一格以引号 " 开头，但直到文件末尾都没有结束的引号：${showValue(text)}`
        : `这一格以引号 " 开头，引号内超过 ${limit} 个字符还没有结束，多半是漏了结束的引号：${showValue(text)}`,
      hint: '请在这一格内容的末尾补上引号 "，或删去开头的引号；内容本身含有引号时，要写成两个引号 ""',
    }),
  }),

  /**
   * A CSV whose cells are in two encodings: most in one (`main`), `count` in the other (`odd`),
   * the first of them at `row`, `column` (1-based), shown as it reads in its own encoding.
   */
  sheetMixedEncoding: define<{
    row: number;
    column: number;
    text: string;
    odd: 'UTF-8' | 'GBK';
    main: 'UTF-8' | 'GBK';
    count: number;
  }>({
    severity: 'error',
    build: ({ row, column, text, odd, main, count }) => ({
      message: `文件中既有 GBK 又有 UTF-8 编码的文字：第 ${row} 行第 ${column} 列 ${showValue(text)} 是 ${odd} 编码${count > 1 ? `（这样的共 ${count} 格）` : ''}，其余是 ${main} 编码，无法确定按哪种读取，未导入`,
      hint: '请把整个文件保存为同一种编码后重新导入：在 Excel 或 WPS 中“另存为”选“CSV UTF-8（逗号分隔）”，或在记事本中“另存为”时把编码选为 UTF-8；也可以整个文件都用 GBK（ANSI）',
    }),
  }),

  /**
   * One CSV field whose bytes are partly GBK and partly UTF-8; `text` shows each part read in its
   * own encoding. Located at the field.
   */
  sheetMixedEncodingCell: define<{ text: string }>({
    severity: 'error',
    build: ({ text }) => ({
      message: `这一格里既有 GBK 又有 UTF-8 编码的文字（各按其编码显示为 ${showValue(text)}），无法确定按哪种读取，未导入`,
      hint: '多半是从网页或其他文件粘贴进来的文字：请在 Excel 或 WPS 中重新输入这一格，再把整个文件另存为“CSV UTF-8（逗号分隔）”后重新导入',
    }),
  }),

  /**
   * A cell whose text is mojibake: bytes in `was` once read as `readAs` and saved so. `intended` is
   * what it reads as in its own encoding.
   */
  sheetMojibake: define<{ text: string; intended?: string; was: 'GBK' | 'UTF-8'; readAs: 'Latin-1' | 'GBK' }>(
    {
      severity: 'error',
      build: ({ text, intended, was, readAs }) => {
        const read = readAs === 'Latin-1' ? '西文（Latin-1）' : ' GBK ';
        return {
          message:
            intended === undefined
              ? `这一格的文字是乱码：${showValue(text)}，看起来是 ${was} 编码的文字被当作${read}编码读取后保存的，有的字已无法还原`
              : `这一格的文字是乱码：${showValue(text)}，看起来是 ${was} 编码的 ${showValue(intended)} 被当作${read}编码读取后保存的`,
          hint: `请在这一格重新输入正确的文字${intended === undefined ? '' : `（多半是 ${showValue(intended)}）`}；如果整列都是这样，请从原始文件重新导出，打开时选对编码`,
        };
      },
    },
  ),

  /**
   * A part of the workbook that is not in the encoding its XML declares (GBK bytes in a part
   * declared UTF-8: some programs write workbooks so). `text` is a short excerpt where it starts,
   * read as GBK.
   */
  sheetPartEncoding: define<{ part: string; text: string }>({
    severity: 'error',
    build: ({ part, text }) => ({
      message: `工作簿的 ${part} 中有文字不是 UTF-8 编码（看起来是 GBK，从 ${showValue(text)} 处开始），与文件声明的编码不符，未导入`,
      hint: '这个工作簿不是 Excel 或 WPS 保存的：请在 Excel 或 WPS 中打开它，另存为“Excel 工作簿（*.xlsx）”后重新导入',
    }),
  }),

  /** No sheet of the workbook is a table of the county-year file. */
  sheetNoTable: define<NoParams>({
    severity: 'error',
    build: () => ({
      message: '没有找到可以导入的工作表',
      hint: '请沿用 npm run template 生成的模板；自己的表格请让表头包含“学校名称”“学校类型”等列，或在 data/sheet-headers.yaml 中登记本县的表头写法',
    }),
  }),

  /** A hidden sheet: not read. `table` is the table its name says it is, if any. */
  sheetHidden: define<{ sheet: string; table?: string }>({
    severity: 'warning',
    build: ({ sheet, table }) =>
      table
        ? {
            message: `工作表「${sheet}」是隐藏的，未读取，${table}保留现有数据`,
            hint: '如要导入，请在 Excel 中右键工作表标签，选“取消隐藏”',
          }
        : { message: `已跳过隐藏的工作表「${sheet}」`, hint: '隐藏的工作表不导入' },
  }),

  /** A visible sheet that is none of the tables. */
  sheetUnrecognised: define<{ sheet: string }>({
    severity: 'warning',
    build: ({ sheet }) => ({
      message: `工作表「${sheet}」没有识别为任何一张表，未导入`,
      hint: '表头请沿用模板的写法，或在 data/sheet-headers.yaml 中登记本县的写法',
    }),
  }),

  /** Two sheets are the same table; located at the later one. */
  sheetTableRepeated: define<{ sheet: string; other: string; table: string }>({
    severity: 'error',
    build: ({ sheet, other, table }) => ({
      message: `工作表「${sheet}」和「${other}」都是${table}表，只能导入一个`,
      hint: '请删去其中一个，或把不用的一个隐藏',
    }),
  }),

  /** A header that names no field; the column is left out. Located at the header cell. */
  sheetColumnUnrecognised: define<{ header: string }>({
    severity: 'warning',
    build: ({ header }) => ({
      message: `表头 ${showValue(header)} 没有对应的字段，这一列未导入`,
      hint: '如这一列要导入，请在 data/sheet-headers.yaml 中为对应的字段登记这种写法',
    }),
  }),

  /** Two columns for one field; located at the later one's header. */
  sheetColumnRepeated: define<{ label: string; other: string }>({
    severity: 'error',
    build: ({ label, other }) => ({
      message: `这一列与 ${other} 列都是“${label}”`,
      hint: '请删去重复的一列',
    }),
  }),

  /** A field every record needs has no column. Located at the header row. */
  sheetColumnMissing: define<{ label: string }>({
    severity: 'error',
    build: ({ label }) => ({
      message: `缺少“${label}”一列`,
      hint: `请添加这一列，表头写“${label}”；或在 data/sheet-headers.yaml 中登记本表的写法`,
    }),
  }),

  /** A 合计/小计 row among the records: left out. */
  sheetSubtotalRow: define<{ text: string }>({
    severity: 'warning',
    build: ({ text }) => ({
      message: `这一行是合计行（${showValue(text)}），未导入`,
      hint: '合计数不需要导入；要核对县级合计，请填在“县级数据”表的县级合计各项',
    }),
  }),

  /** A formula cell the file holds no result for (saved by a program that does not calculate). */
  sheetFormulaWithoutValue: define<{ formula: string }>({
    severity: 'error',
    build: ({ formula }) => ({
      message: `单元格是公式${formula ? ` =${formula}` : ''}，但文件中没有保存计算结果`,
      hint: '请在 Excel 或 WPS 中打开并保存一次；或复制后“选择性粘贴 → 数值”',
    }),
  }),

  /** A cell holding an error value (#DIV/0!, #N/A …), usually a formula's result. */
  sheetErrorValue: define<{ text: string }>({
    severity: 'error',
    build: ({ text }) => ({
      message: `单元格的值是错误值 ${text}`,
      hint: '请改正公式，或直接填入数值',
    }),
  }),

  /** A cell formatted as a date: no field of the county-year file is a date. */
  sheetDateCell: define<{ title: string; shown: string }>({
    severity: 'error',
    build: ({ title, shown }) => ({
      message: `单元格是日期 ${shown}，${title}不是日期`,
      hint: 'Excel 把输入当成了日期：请把单元格格式设为“文本”或“常规”后重新输入',
    }),
  }),

  /** A 是/否 field with another value. */
  sheetNotYesNo: define<{ title: string; actual: unknown }>({
    severity: 'error',
    build: ({ title, actual }) => ({
      message: `${title}应为 是 或 否，实际为 ${showValue(actual)}`,
      hint: '请从下拉列表中选择 是 或 否',
    }),
  }),

  /**
   * Cells read after a documented repair, counted by kind and located at the first one:
   * `thousands` 1,204 → 1204, `fullWidth` １２３ → 123, `spaces` trimmed (full-width too),
   * `percent` a percentage-formatted 0.96 in a % field → 96, `synonym` a value spelt as
   * data/sheet-headers.yaml allows, `idFromName` a school without id matched by name.
   */
  sheetCellsRepaired: define<{
    kind: 'thousands' | 'fullWidth' | 'spaces' | 'percent' | 'synonym' | 'idFromName';
    count: number;
    from: string;
    to: string;
  }>({
    severity: 'warning',
    build: ({ kind, count, from, to }) => {
      const example = `${from} → ${to}`;
      switch (kind) {
        case 'thousands':
          return {
            message: `${count} 个单元格的数字带千位分隔符，已去掉后读取，如 ${example}`,
            hint: '无需处理；如逗号不是千位分隔符，请改正后重新导入',
          };
        case 'fullWidth':
          return {
            message: `${count} 个单元格的数字是全角字符，已按半角读取，如 ${example}`,
            hint: '无需处理',
          };
        case 'spaces':
          return {
            message: `${count} 个单元格前后有空格（含全角空格），已去掉，如 ${example}`,
            hint: '无需处理',
          };
        case 'percent':
          return {
            message: `${count} 个单元格是百分比格式，已换算为百分数，如 ${example}`,
            hint: '无需处理；如不是百分比，请把单元格格式改为“常规”',
          };
        case 'synonym':
          return {
            message: `${count} 个单元格用了同义写法，已按规定的写法读取，如 ${example}`,
            hint: '无需处理；同义写法登记在 data/sheet-headers.yaml',
          };
        case 'idFromName':
          return {
            message: `${count} 所学校没有填学校标识，已按学校名称沿用现有数据中的标识，如 ${example}`,
            hint: '无需处理；新学校请填写一个新的学校标识',
          };
      }
    },
  }),

  /** Hidden rows among the records: read like the others. Located at the first one. */
  sheetHiddenRows: define<{ count: number }>({
    severity: 'warning',
    build: ({ count }) => ({
      message: `${count} 个隐藏的行也已导入`,
      hint: '隐藏的行照常导入；不需要的学校请删除整行',
    }),
  }),

  /** A declaration or veto item given in two rows of its sheet; located at the later one. */
  sheetItemRepeated: define<{ label: string; row: number }>({
    severity: 'error',
    build: ({ label, row }) => ({
      message: `事项「${label}」与第 ${row} 行重复`,
      hint: '每个事项只填一行：请删去其中一行，需要说明的写在“说明”中',
    }),
  }),

  /** Two schools of the sheet with one id; located at the later one. */
  sheetDuplicateId: define<{ id: string; row: number }>({
    severity: 'error',
    build: ({ id, row }) => ({
      message: `学校标识 ${id} 与第 ${row} 行重复`,
      hint: '每所学校和教学点的标识在县内必须唯一，请改用新的标识',
    }),
  }),

  /** data/sheet-headers.yaml names a table, field, group or value that does not exist. */
  sheetHeadersUnknownName: define<{
    what: string;
    name: string;
    suggestion?: string;
    allowed: readonly string[];
  }>({
    severity: 'error',
    anchor: 'key',
    build: ({ what, name, suggestion, allowed }) => ({
      message: `${what}中没有 ${name}`,
      hint: suggestion ? `是否应为 ${suggestion}？` : `可用的有：${orList(allowed)}`,
    }),
  }),

  /** One spelling given to two fields (or groups, or values) of one place: headers would be ambiguous. */
  sheetHeadersAmbiguous: define<{ spelling: string; first: string; second: string }>({
    severity: 'error',
    build: ({ spelling, first, second }) => ({
      message: `写法 ${showValue(spelling)} 同时登记给了 ${first} 和 ${second}`,
      hint: '一种写法只能对应一个字段，请删去其中一处',
    }),
  }),
};

export type MessageCode = keyof typeof catalog;

/**
 * Hints for a workbook, where the YAML hint of a check would name keys the clerk never sees
 * (`请在 schools[3] 下添加 location`): used by the import for problems it locates in a cell
 * (`cell`) or a row (`row`, the field has no column).
 */
export const sheetHints: Partial<Record<MessageCode, { cell: string; row: string }>> = {
  missingField: { cell: '请填写这一格', row: '请在表中添加这一列并填写' },
  missingLevel: {
    cell: '请填写这一学段的在校生数、班级数和专任教师数，或核对学校类型',
    row: '请在表中添加这一学段的在校生数、班级数和专任教师数各列并填写，或核对学校类型',
  },
  unexpectedLevel: { cell: '请清空这一学段的各列，或核对学校类型', row: '请核对学校类型' },
  teachingPointWithoutParent: {
    cell: '请填写所属完全小学或中心校的学校标识',
    row: '请添加“所属学校”一列，填写所属完全小学或中心校的学校标识',
  },
  parentOnNonTeachingPoint: { cell: '请清空这一格，或把学校类型改为 教学点', row: '请核对学校类型' },
  classSizesSum: { cell: '请核对班级数和班额分段各列', row: '请核对班级数和班额分段各列' },
  roomAreaWithoutRooms: {
    cell: '有这类教室时请填写教室间数（至少 1）；没有时请清空面积这一格',
    row: '有这类教室时请填写教室间数（至少 1）；没有时请清空面积这一格',
  },
  itemDeclaredTwice: { cell: '每个事项只填一行：请删去其中一行', row: '每个事项只填一行：请删去其中一行' },
  scoreAbovePoints: {
    cell: '得分不能高于本项的满分，请核对得分和分值',
    row: '得分不能高于本项的满分，请核对得分和分值',
  },
  evidenceItemNotDeclared: {
    cell: '请在“申报声明”或“否决事项”表中添加这一事项，或改正这份材料对应的事项',
    row: '请在“申报声明”或“否决事项”表中添加这一事项，或改正这份材料对应的事项',
  },
  declarationWithoutEvidence: {
    cell: '请在“佐证材料”表中为这一事项添加一行，写明文件名称，以及文号、日期或链接',
    row: '请在“佐证材料”表中为这一事项添加一行，写明文件名称，以及文号、日期或链接',
  },
};

export type MessageParams<C extends MessageCode> =
  (typeof catalog)[C] extends CatalogEntry<infer P> ? P : never;

/** The longest user text a message quotes whole; a longer one is cut, saying how long it was. */
export const longestQuoted = 120;

/** A user text as a message quotes it: whole when short, else its start and its length. */
export function clipText(text: string): string {
  if (text.length <= longestQuoted) return text;
  // Code points counted without copying the text: it may be a whole file.
  let count = 0;
  let cut = text.length;
  for (let index = 0; index < text.length; index += 1) {
    if (count === longestQuoted) cut = Math.min(cut, index);
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index += 1;
    }
    count += 1;
  }
  if (count <= longestQuoted) return text;
  return `${text.slice(0, cut)}…（共 ${count} 字）`;
}

/** The parameters with every text (also in a list) clipped: a message never carries a whole file. */
function clipped<P>(params: P): P {
  if (params === null || typeof params !== 'object') return params;
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) {
    out[name] =
      typeof value === 'string'
        ? clipText(value)
        : Array.isArray(value)
          ? value.map((item) => (typeof item === 'string' ? clipText(item) : item))
          : value;
  }
  return out as P;
}

/** Builds the DataIssue for a catalog message at a field path. */
export function issue<C extends MessageCode>(code: C, path: FieldPath, params: MessageParams<C>): DataIssue {
  const entry = catalog[code] as CatalogEntry<MessageParams<C>>;
  const { message, hint } = entry.build(clipped(params));
  const built: DataIssue = { severity: entry.severity, code, path, message };
  if (hint) built.hint = hint;
  return built;
}

/** Where problems with this code point (codes not in the catalog point at the value). */
export function anchorOf(code: string): Anchor {
  if (!Object.hasOwn(catalog, code)) return 'value';
  return catalog[code as MessageCode].anchor ?? 'value';
}
