/**
 * One cell → one field's value, with the treatments a clerk expects (docs: README「从 Excel 导入」):
 *
 * - numbers stored as text ("1204") are numbers, silently: exports store everything as text;
 * - thousands separators ("1,204"), full-width digits ("１２３") and spaces around a value
 *   (full-width too) are repaired and counted in one 提示 each;
 * - a number is rounded to 15 significant digits, Excel's own precision, so 6715.1 written as
 *   6715.1000000000004 by some program reads back as 6715.1;
 * - a percentage-formatted cell in a % field is turned into the percent (0.96 → 96);
 * - 是/否 (and TRUE/FALSE, √/×, 1/0) for yes-no fields; a choice may be written as the
 *   template's drop-down shows it (its Chinese label), as the file does, or as
 *   data/sheet-headers.yaml registers;
 * - anything else is passed on as the text the clerk typed, so the same schema check as
 *   `npm run check` reports it in the same words ("12,04", "96%", "120人" …);
 * - a formula gives its cached result; without one, an error value, or a date-formatted
 *   cell (no field is a date) is an error of its own.
 */
import type { MessageCode, MessageParams } from '../problems/catalog.ts';
import { mojibake } from '../text/encoding.ts';
import type { SheetCell } from '../xlsx/read.ts';
import { choiceOfLabel, type SheetField } from './model.ts';
import type { Spellings } from './spellings.ts';
import { trimSpaces } from './trim.ts';

export type RepairKind = 'thousands' | 'fullWidth' | 'spaces' | 'percent' | 'synonym';

export interface Repair {
  kind: RepairKind;
  from: string;
  to: string;
}

export type CellIssue = {
  [C in MessageCode]: { code: C; params: MessageParams<C> };
}['sheetFormulaWithoutValue' | 'sheetErrorValue' | 'sheetDateCell' | 'sheetNotYesNo' | 'sheetMojibake'];

export interface Coerced {
  /** Undefined for an empty cell (the field is left out). */
  value?: unknown;
  issue?: CellIssue;
  repairs: Repair[];
}

/** Full-width digits, signs, point, comma and percent to ASCII. */
function halfWidth(text: string): string {
  return text.replace(/[０-９＋－．，％]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}

const plainNumber = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const thousands = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/** Excel keeps 15 significant digits; so do we. */
export function excelPrecision(value: number): number {
  return Number(value.toPrecision(15));
}

function quoted(text: string): string {
  return JSON.stringify(text);
}

/** A number typed as text, repaired as documented, or undefined when it is not one. */
export function numberFromText(text: string): { value: number; repairs: Repair[] } | undefined {
  const repairs: Repair[] = [];
  let current = text;
  const trimmed = trimSpaces(current);
  const wide = halfWidth(trimmed);
  let plain = wide;
  if (thousands.test(plain)) plain = plain.replaceAll(',', '');
  if (!plainNumber.test(plain)) return undefined;
  const value = excelPrecision(Number(plain));
  if (!Number.isFinite(value)) return undefined;
  const to = String(value);
  if (trimmed !== current) repairs.push({ kind: 'spaces', from: quoted(current), to });
  current = trimmed;
  if (wide !== current) repairs.push({ kind: 'fullWidth', from: quoted(current), to });
  if (plain !== wide) repairs.push({ kind: 'thousands', from: quoted(wide), to });
  return { value, repairs };
}

const yes = new Set(['是', 'true', 'yes', 'y', '1', '√', '✓', '✔']);
const no = new Set(['否', 'false', 'no', 'n', '0', '×', '✗', '✘']);

/** 1900 date system: serial 1 is 1900-01-01, and Excel counts a 1900-02-29 that never was. */
export function serialToDate(serial: number, date1904: boolean): string {
  const days = Math.floor(serial);
  const base = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, days > 60 ? 30 : 31);
  const date = new Date(base + days * 86_400_000);
  const time = serial - days;
  const day = date.toISOString().slice(0, 10);
  if (time < 1e-9) return day;
  const minutes = Math.round(time * 24 * 60);
  return `${day} ${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export interface CoerceContext {
  date1904: boolean;
  spellings: Spellings;
}

export function coerceCell(cell: SheetCell | undefined, field: SheetField, context: CoerceContext): Coerced {
  if (cell === undefined) return { repairs: [] };
  const { content } = cell;
  if (content === undefined) {
    return {
      issue: { code: 'sheetFormulaWithoutValue', params: { formula: cell.formula ?? '' } },
      repairs: [],
    };
  }
  if (content.kind === 'error')
    return { issue: { code: 'sheetErrorValue', params: { text: content.text } }, repairs: [] };
  if (cell.format === 'date') {
    const shown =
      content.kind === 'number'
        ? serialToDate(content.number, context.date1904)
        : String(content.kind === 'text' ? content.text : '');
    return { issue: { code: 'sheetDateCell', params: { title: field.title, shown } }, repairs: [] };
  }
  if (content.kind === 'text' && trimSpaces(content.text) === '') return { repairs: [] };
  switch (field.kind) {
    case 'integer':
    case 'number':
      return coerceNumber(content, cell.format, field);
    case 'boolean':
      return coerceBoolean(content, field);
    case 'choice':
      return coerceChoice(content, field, context.spellings);
    case 'text':
      return coerceText(content);
  }
}

type Content = NonNullable<SheetCell['content']>;

function coerceNumber(content: Content, format: SheetCell['format'], field: SheetField): Coerced {
  if (content.kind === 'number') {
    if (format === 'percent' && field.unit === '%') {
      const value = excelPrecision(content.number * 100);
      return {
        value,
        repairs: [{ kind: 'percent', from: `${excelPrecision(content.number * 100)}%`, to: String(value) }],
      };
    }
    return { value: excelPrecision(content.number), repairs: [] };
  }
  if (content.kind === 'boolean') return { value: content.value, repairs: [] };
  const parsed = numberFromText(content.text);
  if (parsed) return { value: parsed.value, repairs: parsed.repairs };
  return { value: content.text, repairs: [] };
}

function coerceBoolean(content: Content, field: SheetField): Coerced {
  if (content.kind === 'boolean') return { value: content.value, repairs: [] };
  const text =
    content.kind === 'number' ? String(content.number) : content.kind === 'text' ? content.text : '';
  const key = halfWidth(trimSpaces(text)).toLowerCase();
  if (yes.has(key)) return { value: true, repairs: [] };
  if (no.has(key)) return { value: false, repairs: [] };
  return { issue: { code: 'sheetNotYesNo', params: { title: field.title, actual: text } }, repairs: [] };
}

function textOf(content: Content): string {
  if (content.kind === 'number') return String(excelPrecision(content.number));
  if (content.kind === 'boolean') return content.value ? 'TRUE' : 'FALSE';
  return content.text;
}

function coerceText(content: Content): Coerced {
  const text = textOf(content);
  const trimmed = trimSpaces(text);
  const garbled = mojibake(trimmed);
  if (garbled)
    return { issue: { code: 'sheetMojibake', params: { text: trimmed, ...garbled } }, repairs: [] };
  const repairs: Repair[] =
    trimmed === text ? [] : [{ kind: 'spaces', from: quoted(text), to: quoted(trimmed) }];
  return { value: trimmed, repairs };
}

function coerceChoice(content: Content, field: SheetField, spellings: Spellings): Coerced {
  const { value, repairs } = coerceText(content);
  const text = String(value);
  if (field.choices?.includes(text)) return { value: text, repairs };
  // The template shows a choice by its label (学校规划布局合理 for layoutPlan).
  const labelled = choiceOfLabel(field, text);
  if (labelled !== undefined) return { value: labelled, repairs };
  const property = field.path[field.path.length - 1] ?? '';
  const choice = spellings.choiceFor(property, text);
  if (choice !== undefined) {
    return { value: choice, repairs: [...repairs, { kind: 'synonym', from: quoted(text), to: choice }] };
  }
  return { value: text, repairs };
}
