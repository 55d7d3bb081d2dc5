/**
 * The figures a narrative can cite, for writers: every stable key of a county-year with its
 * Chinese name, its unit and its value exactly as a page prints it (`npm run figures`, and the
 * 「可引用的数字」 list). Pure.
 */
import type { Measure } from '../compute/measure.ts';
import { unitFromDescription, yearField } from '../schema/fields.ts';
import type { ComputeResult } from '../types/generated/result.ts';
import type { StandardFile } from '../types/generated/standard.ts';
import { printedText } from './format.ts';
import { citableFigures, type KeySegment, parseKey } from './keys.ts';
import { figureGroup, figureLabel } from './labels.ts';

export interface CatalogueEntry {
  key: string;
  /** 小学, 初中, 县级合计, 县级事实, 已公开数字, or a school's name. */
  group: string;
  /** The name inside the group, e.g. 基本均衡·生均图书册数·差异系数. */
  label: string;
  /** The unit a reader adds to a plain number (㎡, 人, 万元 …); empty when the text carries it or there is none. */
  unit: string;
  /** As <Figure k="…" /> prints it without attributes. */
  text: string;
  value: Measure;
}

export interface CatalogueOptions {
  /** Per-school figures too (schools[<id>]…), thousands of them. */
  schools?: boolean;
}

/**
 * Top-level parts that hold no figure a narrative cites. `assessment` (line states, per-school
 * shortfalls) has no stable keys or labels yet: its lists repeat identities (one school per 学段
 * or per room kind), so it stays out until the pages give it keys.
 */
const notCited = ['year', 'standards', 'assessment'];

/** A citable figure with the text a page prints for it: the catalogue without names. */
export interface PrintedFigure {
  key: string;
  text: string;
  value: Measure;
}

/** Every citable figure as printed (no names or units: cheap enough to run per narrative). */
export function printedFigures(result: ComputeResult, options: CatalogueOptions = {}): PrintedFigure[] {
  const skip = new Set(options.schools === true ? notCited : [...notCited, 'schools']);
  const figures: PrintedFigure[] = [];
  for (const [key, value] of citableFigures(result, skip)) {
    // A published figure is cited as printed; its check (computed, difference) is the engine's.
    if (key.startsWith('published[') && !key.endsWith('].published')) continue;
    figures.push({ key, text: printedText(key, value), value });
  }
  return figures;
}

export function figureCatalogue(
  result: ComputeResult,
  standards: readonly StandardFile[],
  options: CatalogueOptions = {},
): CatalogueEntry[] {
  const schoolNames = new Map(result.schools.map((school) => [school.id, school.name]));
  return printedFigures(result, options).map(({ key, text, value }) => {
    const group = figureGroup(key);
    return {
      key,
      group: key.startsWith('schools[') ? (schoolNames.get(group) ?? group) : group,
      label: figureLabel(key, standards),
      unit: /[%:]|万元|亿元/.test(text) ? '' : unitOf(parseKey(key) ?? [], standards),
      text,
      value,
    };
  });
}

/** Units of the result's own counts and of the standards' indicators. */
const countUnits: Readonly<Record<string, string>> = {
  students: '人',
  teachers: '人',
  schools: '所',
  all: '所',
  teachingPoints: '个',
  classes: '个',
  largestClass: '人',
  averageClassSize: '人',
  upTo45: '个',
  from46To55: '个',
  from56To65: '个',
  from66: '个',
  classesReported: '个',
  units: '所',
  schoolsMeeting: '所',
};

function unitOf(segments: readonly KeySegment[], standards: readonly StandardFile[]): string {
  const names = segments.map((segment) => segment.name);
  const last = names.at(-1) ?? '';
  const indicatorAt = names.lastIndexOf('indicators');
  if (indicatorAt !== -1 && (last === 'value' || last === 'threshold' || indicatorAt === names.length - 2)) {
    const id = names[indicatorAt + 1];
    return standards.flatMap((standard) => standard.indicators).find((item) => item.id === id)?.unit ?? '';
  }
  if (names[0] === 'facts') {
    // List items take the item schema: facts.investments[2019].amount → facts.investments.0.amount.
    return schemaUnit(
      segments.flatMap(({ name, identity }) => (identity === undefined ? [name] : [name, 0])),
    );
  }
  if (names.at(-2) === 'facilities') return schemaUnit(['schools', 0, 'facilities', last]);
  if (names[0] === 'totals' && names[1] === 'byType') return '所';
  if (names.includes('studentsByLocation')) return '人';
  return countUnits[last] ?? '';
}

/** A fact's or a facility's unit, as its schema description writes it: "金额（万元）。" → 万元. */
function schemaUnit(path: readonly (string | number)[]): string {
  return unitFromDescription(yearField(path)?.description) ?? '';
}

/** Display width: CJK characters take two columns in a terminal. */
function width(text: string): number {
  let total = 0;
  for (const char of text)
    total +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        char,
      )
        ? 2
        : 1;
  return total;
}

function pad(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - width(text)));
}

/** The catalogue in plain columns, one group after another: key, name, printed text. */
export function catalogueText(title: string, entries: readonly CatalogueEntry[]): string {
  const keyWidth = Math.min(72, Math.max(...entries.map((entry) => width(entry.key)), 4));
  const labelWidth = Math.min(40, Math.max(...entries.map((entry) => width(entry.label)), 4));
  const lines = [title];
  let group: string | undefined;
  for (const entry of entries) {
    if (entry.group !== group) {
      group = entry.group;
      lines.push('', `【${group}】`);
    }
    const shown =
      entry.unit === '' ? entry.text : `${entry.text}${entry.unit === '%' ? '' : ' '}${entry.unit}`;
    lines.push(`${pad(entry.key, keyWidth)}  ${pad(entry.label, labelWidth)}  ${shown}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The catalogue as Markdown: a table per group. */
export function catalogueMarkdown(title: string, entries: readonly CatalogueEntry[]): string {
  const cell = (text: string) => text.replaceAll('|', '\\|');
  const lines = [`# ${title}`];
  let group: string | undefined;
  for (const entry of entries) {
    if (entry.group !== group) {
      group = entry.group;
      lines.push('', `## ${group}`, '', '| 写法 | 名称 | 页面印出 | 单位 |', '| --- | --- | --- | --- |');
    }
    lines.push(
      `| \`${cell(entry.key)}\` | ${cell(entry.label)} | ${cell(entry.text)} | ${cell(entry.unit)} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
