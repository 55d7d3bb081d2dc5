/**
 * The workbook a clerk fills in, generated from the county-year schema (src/sheet/model.ts),
 * empty or holding a county-year's data. Pure: the document in, a workbook spec out.
 *
 * Each table's sheet has a group row (merged over the group's columns), a header row with
 * units, and a hidden row of field keys, which is what the import goes by; data from row 4.
 * 县级数据 has a hidden key column instead. Choices and 是/否 fields have drop-down lists,
 * numbers a validation with the schema's range, text columns the text format (so 2016-2017 or
 * 001 is not turned into a date or a number); every header cell explains its field when
 * selected. The last sheet, 填写说明, says how to fill it in and lists every field.
 */
import type {
  CellInput,
  CellStyle,
  ColumnSpec,
  DataValidation,
  RowSpec,
  SheetSpec,
  WorkbookSpec,
} from '../xlsx/write.ts';
import { columnName } from '../xlsx/xml.ts';
import {
  choiceLabel,
  choicesSheetName,
  fieldLabel,
  instructionsSheetName,
  type SheetField,
  type SheetTable,
  sheetTables,
  withUnit,
} from './model.ts';

export interface TemplateOptions {
  /** The county-year document to fill in (as parsed from its YAML). */
  data?: unknown;
  county?: string;
  year?: number;
  /** 通道侗族自治县, for the instructions. */
  countyName?: string;
}

const groupStyle: CellStyle = { bold: true, fill: 'BDD7EE' };
const headerStyle: CellStyle = { bold: true, fill: 'DDEBF7', wrap: true };
const keyStyle: CellStyle = { color: '808080', numberFormat: '@' };
const textStyle: CellStyle = { numberFormat: '@' };
const titleStyle: CellStyle = { bold: true };

/** Rows below the data that keep the drop-down lists and checks, for schools added later. */
const spareRows = 1000;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function valueAt(record: unknown, path: readonly (string | number)[]): unknown {
  let value = record;
  for (const key of path)
    value = isObject(value) || Array.isArray(value) ? (value as Json)[key as string] : undefined;
  return value;
}

function cellFor(value: unknown, field: SheetField): CellInput {
  const style = field.kind === 'integer' || field.kind === 'number' ? undefined : textStyle;
  let shown: string | number | null;
  if (value === undefined || value === null) shown = null;
  else if (typeof value === 'boolean') shown = value ? '是' : '否';
  else if (field.kind === 'choice' && typeof value === 'string') shown = choiceLabel(field, value);
  else if (typeof value === 'number' && Number.isFinite(value)) shown = value;
  else shown = typeof value === 'string' ? value : JSON.stringify(value);
  return style ? { value: shown, style } : shown;
}

function columnStyle(field: SheetField): CellStyle | undefined {
  return field.kind === 'integer' || field.kind === 'number' ? undefined : textStyle;
}

/**
 * The drop-down lists too long for Excel's own (255 characters, no commas), one column each of
 * the hidden 选项 sheet: the cells a list validation refers to, by field.
 */
const longLists = new Map<SheetField, { column: number; labels: readonly string[] }>();
for (const table of sheetTables) {
  for (const field of table.fields) {
    const labels = field.choiceLabels ?? [];
    if (labels.join(',').length > 255 || labels.some((label) => label.includes(','))) {
      longLists.set(field, { column: longLists.size, labels });
    }
  }
}

function listValidation(field: SheetField): Pick<DataValidation, 'list' | 'listRange'> {
  const long = longLists.get(field);
  if (!long) return { list: field.choiceLabels ?? [] };
  const column = columnName(long.column);
  return { listRange: `'${choicesSheetName}'!$${column}$2:$${column}$${long.labels.length + 1}` };
}

/** The hidden sheet of the long lists: a title row, then the labels. */
function choicesSheet(): SheetSpec | undefined {
  if (longLists.size === 0) return undefined;
  const lists = [...longLists];
  const height = Math.max(...lists.map(([, list]) => list.labels.length));
  const rows: RowSpec[] = [
    { cells: lists.map(([field]) => fieldLabel(field)), style: headerStyle },
    ...Array.from({ length: height }, (_, index) => ({
      cells: lists.map(([, list]) => list.labels[index] ?? null),
    })),
  ];
  return { name: choicesSheetName, hidden: true, rows };
}

/** 小学、初级中学 …; labels that hold 、 themselves are each quoted: 「城乡学校建设、编制…」. */
function choiceList(field: SheetField): string {
  const labels = field.choiceLabels ?? [];
  return labels.some((label) => label.includes('、'))
    ? labels.map((label) => `「${label}」`).join('')
    : labels.join('、');
}

function validation(field: SheetField, range: string): DataValidation | undefined {
  const prompt = field.description
    ? { title: field.title.slice(0, 32), text: field.description.slice(0, 255) }
    : undefined;
  const withPrompt = (spec: DataValidation): DataValidation => (prompt ? { ...spec, prompt } : spec);
  const error = (text: string) => ({ title: '输入有误', text: text.slice(0, 255) });
  switch (field.kind) {
    case 'choice':
      return withPrompt({
        range,
        type: 'list',
        ...listValidation(field),
        error: error(`请从下拉列表中选择：${choiceList(field)}`),
      });
    case 'boolean':
      return withPrompt({
        range,
        type: 'list',
        list: ['是', '否'],
        error: error('请从下拉列表中选择 是 或 否'),
      });
    case 'integer':
    case 'number': {
      const spec: DataValidation = {
        range,
        type: field.kind === 'integer' ? 'whole' : 'decimal',
        error: error(`${field.title}应为${field.expected}，只填数字，不写单位`),
      };
      if (field.minimum !== undefined) spec.min = field.minimum;
      if (field.maximum !== undefined) spec.max = field.maximum;
      if (spec.min === undefined && spec.max === undefined) return withPrompt({ range, type: 'any' });
      return withPrompt(spec);
    }
    case 'text':
      return prompt ? { range, type: 'any', prompt } : undefined;
  }
}

/** 在校生数（人） under the group 小学段; 学校名称 for a field without group. */
function headerText(field: SheetField): string {
  return withUnit(fieldLabel(field, 1), field.unit);
}

function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return width;
}

function rowsSheet(table: SheetTable, records: readonly unknown[]): SheetSpec {
  const { fields } = table;
  const groupRow: CellInput[] = [];
  const headerRow: CellInput[] = [];
  const merges: string[] = [];
  let start = 0;
  fields.forEach((field, index) => {
    const group = field.groups[0];
    if (!group) {
      groupRow.push({ value: headerText(field), style: headerStyle });
      headerRow.push({ value: null, style: headerStyle });
      merges.push(`${columnName(index)}1:${columnName(index)}2`);
      start = index + 1;
      return;
    }
    const previous = fields[index - 1]?.groups[0]?.key;
    if (previous !== group.key) start = index;
    groupRow.push(
      previous === group.key ? { value: null, style: groupStyle } : { value: group.title, style: groupStyle },
    );
    headerRow.push({ value: headerText(field), style: headerStyle });
    const next = fields[index + 1]?.groups[0]?.key;
    if (next !== group.key && index > start) merges.push(`${columnName(start)}1:${columnName(index)}1`);
  });
  const keyRow: RowSpec = { cells: fields.map((field) => field.key), hidden: true, style: keyStyle };
  const dataRows: RowSpec[] = records.map((record) => ({
    cells: fields.map((field) => cellFor(valueAt(record, field.path), field)),
  }));
  const lastRow = 3 + records.length + spareRows;
  const validations = fields.flatMap((field, index) => {
    const column = columnName(index);
    const found = validation(field, `${column}4:${column}${lastRow}`);
    return found ? [found] : [];
  });
  const columns: ColumnSpec[] = fields.map((field) => {
    const width = Math.min(
      Math.max(textWidth(fieldLabel(field, 1)) / 1.6 + 2, field.key === 'name' ? 24 : 9),
      30,
    );
    const style = columnStyle(field);
    return style ? { width: Math.round(width), style } : { width: Math.round(width) };
  });
  const frozenColumns = table.id === 'schools' ? 2 : 0;
  // Wrapped headers show whole only in a row tall enough for their lines: programs differ in
  // whether they fit the height themselves.
  const headerLines = fields.map((field, index) =>
    Math.ceil(textWidth(headerText(field)) / Math.max((columns[index]?.width ?? 10) - 1, 1)),
  );
  const headerHeight = 15 * Math.min(Math.max(1, ...headerLines), 6);
  return {
    name: table.sheetName,
    rows: [{ cells: groupRow }, { cells: headerRow, height: headerHeight }, keyRow, ...dataRows],
    columns,
    frozen: { rows: 3, columns: frozenColumns },
    merges,
    validations,
  };
}

const countyColumns = ['字段', '分类', '项目', '数值', '单位', '说明'];

function keyValueSheet(table: SheetTable, data: unknown): SheetSpec {
  const header: RowSpec = { cells: countyColumns, style: headerStyle };
  const validations: DataValidation[] = [];
  const rows: RowSpec[] = table.fields.map((field, index) => {
    const found = validation(field, `D${index + 2}`);
    if (found) validations.push(found);
    return {
      cells: [
        { value: field.key, style: keyStyle },
        field.groups[0]?.title ?? '基本信息',
        fieldLabel(field, 1),
        cellFor(valueAt(data, field.path), field),
        field.unit ?? null,
        field.description ?? null,
      ],
    };
  });
  return {
    name: table.sheetName,
    rows: [header, ...rows],
    columns: [
      { width: 30, hidden: true, style: keyStyle },
      { width: 14 },
      { width: 30 },
      { width: 16 },
      { width: 8 },
      { width: 60 },
    ],
    frozen: { rows: 1 },
    validations,
  };
}

function instructionsSheet(options: TemplateOptions): SheetSpec {
  const place =
    options.county !== undefined
      ? `${options.countyName ?? options.county}（${options.county}）${options.year !== undefined ? ` ${options.year} 年度` : ''}`
      : '空白模板';
  const command = `npm run import -- 文件.xlsx --county ${options.county ?? '<县标识>'} --year ${options.year ?? '<年份>'}`;
  const lines = [
    `县域义务教育学校年度数据填写模板：${place}`,
    '',
    '怎样填写',
    '1. “学校”表每所学校（含教学点、特殊教育学校、民办学校）填一行。学校标识县内唯一、长期不变，学校改名时也不变；新学校请新编一个。',
    '2. 九年一贯制、完全中学等学校分学段填写学生、班级和教师；办学条件填全校合计，测算时按学段加权在校生数分摊。',
    '3. 学校类型、办学性质、城乡分类、县属从下拉列表中选择；教学点在“所属学校”中填写所属完全小学或中心校的学校标识。',
    '4. 数字只填数字：不写单位、千位分隔符和百分号；没有的数据留空，不要填 0 或“无”。',
    '5. 表头下面隐藏的第 3 行（“县级数据”表隐藏的 A 列）是字段名，导入时据此对应各列，请不要修改或删除；可以调整列宽和行的顺序。',
    '6. “县级数据”表每项一行，在“数值”列填写；其他各表每项一行，没有的留空。',
    '7. 可以从统计报表中复制粘贴数值（请用“选择性粘贴 → 数值”）；合计行不必填，导入时会跳过。',
    '8. “申报声明”“否决事项”“佐证材料”中的事项从下拉列表中选择，每个事项只填一行；佐证材料对应的事项须已在“申报声明”或“否决事项”中填写。',
    '',
    '填好以后',
    `保存后运行：${command}`,
    '命令会逐项检查，并列出与现有数据相比的变动；确认无误后在命令末尾加上 --write 写入数据文件。',
    '有问题时会指出工作表和单元格，例如：学校!H17：在校生数应为非负整数，实际为 "12,04"（请填写数字）。',
    '',
    '各表字段',
  ];
  const headings = new Set([lines[0], '怎样填写', '填好以后', '各表字段']);
  const rows: RowSpec[] = lines.map((line) =>
    headings.has(line) ? { cells: [line], style: titleStyle } : { cells: [line] },
  );
  rows.push({ cells: ['工作表', '列', '项目', '字段', '必填', '说明'], style: headerStyle });
  for (const table of sheetTables) {
    table.fields.forEach((field, index) => {
      rows.push({
        cells: [
          table.sheetName,
          table.layout === 'rows' ? columnName(index) : `第 ${index + 2} 行`,
          withUnit(fieldLabel(field), field.unit),
          field.key,
          field.alwaysRequired ? '是' : field.required ? '填该段时必填' : '',
          field.description ?? '',
        ],
      });
    });
  }
  return {
    name: instructionsSheetName,
    rows,
    columns: [{ width: 12 }, { width: 8 }, { width: 40 }, { width: 36 }, { width: 12 }, { width: 70 }],
  };
}

export function templateWorkbook(options: TemplateOptions = {}): WorkbookSpec {
  const data: Json = isObject(options.data) ? { ...options.data } : {};
  if (options.county !== undefined && data.county === undefined) data.county = options.county;
  if (options.year !== undefined && data.year === undefined) data.year = options.year;
  const sheets = sheetTables.map((table) => {
    if (table.layout === 'keyValue') return keyValueSheet(table, data);
    const records = valueAt(data, table.path);
    return rowsSheet(table, Array.isArray(records) ? records : []);
  });
  const choices = choicesSheet();
  return { sheets: [...sheets, instructionsSheet(options), ...(choices ? [choices] : [])] };
}
