/**
 * The tables a reader downloads for one county-year, built from the result document and the
 * standard files (for indicator names and units). Pure: same input, same tables.
 *
 * - 学校指标表: one row per 学段 unit of a school (a special-education school has none), with
 *   every indicator value of the standards used and, per standard with per-school standard
 *   values, the count of indicators met, the school rule verdict and the shortfall in real units.
 * - 县域指标表: per 学段 and standard, one row per indicator (county value, coefficient, limit,
 *   verdict, standard value, units meeting it), the composite coefficient when the standard
 *   has one, and the standard's conclusion for the 学段.
 * - 已公开数字核对表: every printed figure against the computed one, its key read in Chinese.
 *
 * A value that could not be computed ({ reason }) is an empty cell; the row's 说明 column names
 * the column and the reason in Chinese (e.g. "生均图书册数（册）：无法计算（没有学生）"). A value that
 * does not apply (no standard value for this 学段, a unit outside a standard's scope) is an
 * empty cell without a note.
 *
 * Numbers are printed as the pages print them (src/figures): values from the data files as they
 * were entered; computed ones by their figure's rounding rule (coefficients three decimals, an
 * indicator's value three, or two from 100 up, a shortfall by its unit). A 师生比 (teachers per
 * student) is given as the x of 1:x, as everywhere on the site. The result JSON keeps the full
 * precision.
 */
import { type LevelId, levelIds } from '../compute/units.ts';
import {
  countyValueDecimals,
  printsAsTeacherRatio,
  shortfallDecimals,
  studentsPerTeacherOf,
} from '../figures/format.ts';
import { keyLabel } from '../figures/labels.ts';
import { computedDecimals } from '../figures/published.ts';
import { standardTitle } from '../figures/standards.ts';
import { levelLabels, standardKindLabel, undefinedReasonLabels } from '../figures/vocabulary.ts';
import type { ComputeResult, Measure, StandardResult, UnitStatus } from '../types/generated/result.ts';
import type { Indicator, StandardFile } from '../types/generated/standard.ts';
import { asEntered, type Cell, count, fixed, type Table, yesNo } from './table.ts';

type Kind = StandardFile['kind'];
const kinds: readonly Kind[] = ['basic', 'quality', 'provincial'];

/** A standard the result used, with its file when one was passed in. */
interface UsedStandard {
  kind: Kind;
  id: string;
  label: string;
  name: string;
  file: StandardFile | undefined;
}

/** How an indicator is named in headers: from the standard file, or its id when no file names it. */
interface IndicatorLabel {
  id: string;
  name: string;
  unit: string;
  shortfallUnit: string;
}

function usedStandards(result: ComputeResult, standards: readonly StandardFile[]): UsedStandard[] {
  return kinds.flatMap((kind) => {
    const ref = result.standards[kind];
    if (ref === undefined) return [];
    const file = standards.find((standard) => standard.id === ref.id);
    return [{ kind, id: ref.id, label: standardKindLabel(kind), name: ref.name, file }];
  });
}

function labelOf(indicator: Indicator): IndicatorLabel {
  return {
    id: indicator.id,
    name: indicator.name,
    // A 师生比 is given as the x of 1:x.
    unit: printsAsTeacherRatio(indicator.id) ? '1:x' : indicator.unit,
    shortfallUnit: indicator.shortfallUnit ?? indicator.unit,
  };
}

/** An indicator's value (a school's or the county's) as printed: 师生比 as x of 1:x, else as is. */
function indicatorMeasure(id: string, value: Measure | undefined): Measure | undefined {
  return value !== undefined && printsAsTeacherRatio(id) ? studentsPerTeacherOf(value) : value;
}

/** Decimals of an indicator's value: a 师生比 two (1:16.95), others three, two from 100 up. */
function indicatorDecimals(id: string): (value: number) => number {
  return printsAsTeacherRatio(id) ? () => 2 : countyValueDecimals;
}

/** A standard value as printed: as the standard file states it, a 师生比 as the x of 1:x. */
function thresholdCell(id: string, threshold: number | undefined): Cell {
  if (threshold === undefined) return null;
  if (!printsAsTeacherRatio(id)) return asEntered(threshold);
  const ratio = studentsPerTeacherOf(threshold);
  return typeof ratio === 'number' ? fixed(ratio, 2) : null;
}

function withUnit(name: string, unit: string): string {
  return unit === '' ? name : `${name}（${unit}）`;
}

function reasonText(measure: Exclude<Measure, number>): string {
  return `无法计算（${undefinedReasonLabels[measure.reason] ?? measure.reason}）`;
}

/** Collects a row's cells and the notes for its undefined values. */
class RowBuilder {
  readonly cells: Cell[] = [];
  readonly notes: string[] = [];

  add(cell: Cell | undefined): void {
    this.cells.push(cell ?? null);
  }

  /** A count, or an empty cell. */
  count(value: number | undefined): void {
    this.add(value === undefined ? null : count(value));
  }

  /**
   * A measure: its number to `decimals` (a count, or a rule by the value), or an empty cell and a
   * note naming `column` and the reason.
   */
  measure(
    measure: Measure | undefined,
    column: string,
    decimals: number | ((value: number) => number),
  ): void {
    if (measure === undefined) {
      this.add(null);
      return;
    }
    if (typeof measure === 'number') {
      this.add(fixed(measure, typeof decimals === 'number' ? decimals : decimals(measure)));
      return;
    }
    this.add(null);
    this.notes.push(`${column}：${reasonText(measure)}`);
  }

  /** The cells followed by the 说明 and 基于示例数据 columns. */
  finish(illustrative: boolean): Cell[] {
    return [...this.cells, this.notes.length === 0 ? null : this.notes.join('；'), yesNo(illustrative)];
  }
}

const noteColumns = ['说明', '基于示例数据'];

// ---------------------------------------------------------------------------------------------
// 学校指标表

/** Every indicator id of the result's school units, labelled from the standard files. */
function schoolIndicators(result: ComputeResult, used: readonly UsedStandard[]): IndicatorLabel[] {
  const labels = new Map<string, IndicatorLabel>();
  for (const standard of used) {
    for (const indicator of standard.file?.indicators ?? []) {
      if (!labels.has(indicator.id)) labels.set(indicator.id, labelOf(indicator));
    }
  }
  // An indicator without a standard file (not passed in) still gets a column, named by its id.
  for (const school of result.schools) {
    for (const level of levelIds) {
      for (const id of Object.keys(school.levels[level]?.indicators ?? {})) {
        if (!labels.has(id)) labels.set(id, { id, name: id, unit: '', shortfallUnit: '' });
      }
    }
  }
  return [...labels.values()];
}

/** Indicators of a standard that have a per-school standard value in some 学段. */
function thresholdIndicators(standard: UsedStandard): IndicatorLabel[] {
  return (standard.file?.indicators ?? [])
    .filter((indicator) => indicator.threshold !== undefined)
    .map(labelOf);
}

export function schoolTable(result: ComputeResult, standards: readonly StandardFile[]): Table {
  const used = usedStandards(result, standards);
  const indicators = schoolIndicators(result, used);
  const indicatorColumns = indicators.map((indicator) => withUnit(indicator.name, indicator.unit));
  const ruled = used.map((standard) => ({ standard, gaps: thresholdIndicators(standard) }));
  const columns = [
    '学校标识',
    '学校名称',
    '类型',
    '办学性质',
    '城乡',
    '所属学校标识',
    '学段',
    '在校生数（人）',
    ...indicatorColumns,
  ];
  for (const { standard, gaps } of ruled) {
    columns.push(`纳入${standard.label}测算`);
    if (gaps.length === 0) continue;
    columns.push(`${standard.label}达标项数`, `${standard.label}有标准值的项数`, `${standard.label}是否达标`);
    for (const gap of gaps) columns.push(withUnit(`${standard.label}差距：${gap.name}`, gap.shortfallUnit));
  }
  columns.push(...noteColumns);

  const rows: Cell[][] = [];
  for (const school of result.schools) {
    for (const level of levelIds) {
      const unit = school.levels[level];
      if (unit === undefined) continue;
      const row = new RowBuilder();
      for (const cell of [school.id, school.name, school.type, school.ownership, school.location])
        row.add(cell);
      row.add(school.parent);
      row.add(levelLabels[level] ?? level);
      row.count(unit.students);
      indicators.forEach((indicator, index) => {
        row.measure(
          indicatorMeasure(indicator.id, unit.indicators[indicator.id]),
          indicatorColumns[index] ?? indicator.id,
          indicatorDecimals(indicator.id),
        );
      });
      for (const { standard, gaps } of ruled) {
        const status: UnitStatus | undefined = unit[standard.kind];
        row.add(yesNo(status?.inScope));
        if (gaps.length === 0) continue;
        row.count(status?.met);
        row.count(status?.of);
        row.add(yesNo(status?.pass));
        for (const gap of gaps) {
          const short = status?.shortfalls?.[gap.id]?.short;
          row.add(short === undefined ? null : fixed(short, shortfallDecimals(gap.shortfallUnit)));
        }
      }
      rows.push(row.finish(result.illustrative));
    }
  }
  return { id: 'schools', title: '学校指标表', columns, rows };
}

// ---------------------------------------------------------------------------------------------
// 县域指标表

/** A coefficient limit as the documents print it: 0.65, 0.50. */
function limitCell(limit: number | undefined): Cell {
  return limit === undefined ? null : fixed(limit, 2);
}

function countyRows(
  level: LevelId,
  standard: UsedStandard,
  evaluation: StandardResult,
  illustrative: boolean,
): Cell[][] {
  const head = [levelLabels[level] ?? level, standard.label, standard.id, standard.name];
  const fromFile = (standard.file?.indicators ?? []).filter((indicator) =>
    Object.hasOwn(evaluation.indicators, indicator.id),
  );
  const listed = new Set(fromFile.map((indicator) => indicator.id));
  const labels: IndicatorLabel[] = [
    ...fromFile.map(labelOf),
    ...Object.keys(evaluation.indicators)
      .filter((id) => !listed.has(id))
      .map((id) => ({ id, name: id, unit: '', shortfallUnit: '' })),
  ];
  const rows: Cell[][] = [];
  for (const label of labels) {
    const indicator = evaluation.indicators[label.id];
    if (indicator === undefined) continue;
    const row = new RowBuilder();
    for (const cell of [...head, label.id, label.name, label.unit]) row.add(cell);
    row.measure(indicatorMeasure(label.id, indicator.value), '县域值', indicatorDecimals(label.id));
    row.measure(indicator.cv, '差异系数', 3);
    row.add(limitCell(indicator.limit));
    row.add(yesNo(indicator.pass));
    row.add(thresholdCell(label.id, indicator.threshold));
    row.count(indicator.schoolsMeeting);
    row.count(evaluation.units);
    rows.push(row.finish(illustrative));
  }
  if (evaluation.compositeCv !== undefined) {
    const row = new RowBuilder();
    for (const cell of [...head, null, '综合差异系数', '']) row.add(cell);
    row.add(null);
    row.measure(evaluation.compositeCv, '差异系数', 3);
    row.add(limitCell(evaluation.limit));
    // The composite's own verdict, when the standard tests the composite.
    row.add(evaluation.coefficientTest === 'composite' ? yesNo(evaluation.compositePass) : null);
    row.add(null);
    row.add(null);
    row.count(evaluation.units);
    rows.push(row.finish(illustrative));
  }
  const conclusion = new RowBuilder();
  for (const cell of [...head, null, '本学段结论', '', null, null, null]) conclusion.add(cell);
  conclusion.add(yesNo(evaluation.pass));
  conclusion.add(null);
  conclusion.count(evaluation.schoolsMeeting);
  conclusion.count(evaluation.units);
  rows.push(conclusion.finish(illustrative));
  return rows;
}

export function countyTable(result: ComputeResult, standards: readonly StandardFile[]): Table {
  const used = usedStandards(result, standards);
  const columns = [
    '学段',
    '标准类别',
    '标准标识',
    '标准名称',
    '指标标识',
    '指标',
    '单位',
    '县域值',
    '差异系数',
    '差异系数限值',
    '是否达到',
    '每校标准值',
    '达标学校（学段）数',
    '纳入测算的学校（学段）数',
    ...noteColumns,
  ];
  const rows: Cell[][] = [];
  for (const level of levelIds) {
    for (const standard of used) {
      const evaluation = result.levels[level][standard.kind];
      if (evaluation !== undefined)
        rows.push(...countyRows(level, standard, evaluation, result.illustrative));
    }
  }
  return { id: 'county', title: '县域指标表', columns, rows };
}

// ---------------------------------------------------------------------------------------------
// 已公开数字核对表

export function publishedTable(result: ComputeResult, standards: readonly StandardFile[]): Table {
  const columns = [
    '指标路径',
    '指标',
    '印发值',
    '测算值',
    '差异（测算值−印发值）',
    '单位',
    '是否在印发精度内',
    '出处',
    ...noteColumns,
  ];
  const rows = result.published.map((check) => {
    const row = new RowBuilder();
    row.add(check.key);
    row.add(keyLabel(check.key, standards));
    const decimals = computedDecimals(check);
    row.add(asEntered(check.published));
    row.measure(check.computed, '测算值', decimals);
    row.add(check.difference === null ? null : fixed(check.difference, decimals));
    row.add(check.unit);
    row.add(yesNo(check.withinRounding));
    row.add(check.source);
    return row.finish(result.illustrative);
  });
  return { id: 'published', title: '已公开数字核对表', columns, rows };
}

// ---------------------------------------------------------------------------------------------
// 说明 (XLSX only)

/** What the workbook holds and how to read it: county, year, 示例数据, standards, empty cells. */
export function aboutTable(result: ComputeResult, standards: readonly StandardFile[]): Table {
  const rows: Cell[][] = [
    ['县', `${result.countyName}（${result.county}）`],
    ['年份', count(result.year)],
    [
      '数据性质',
      result.illustrative
        ? '示例数据：逐校数据按该县公开文件印发的县级数字校准生成，并非真实学校；县域值、差异系数和达标情况据此测算。'
        : '县填报的逐校数据。',
    ],
  ];
  for (const standard of usedStandards(result, standards)) {
    const ref = result.standards[standard.kind];
    rows.push([
      `标准（${standard.label}）`,
      standardTitle({
        name: standard.name,
        document: ref?.document ?? standard.id,
        illustrative: ref?.illustrative,
      }),
    ]);
  }
  rows.push(
    [
      '学校指标表',
      '每所学校每个学段一行（特殊教育学校不分学段，不列出）；差距为达到标准值还差的实物量，已达到为 0。',
    ],
    ['县域指标表', '各学段、各标准的县域值（各校分子之和÷在校生数之和）、按在校生数加权的差异系数及判定。'],
    ['已公开数字核对表', '县里印发过的数字与测算值的比较；百分数按百分数比较。'],
    [
      '空白单元格',
      '无法计算的数值留空，原因写在同一行的"说明"列；不适用的数值（例如该学段没有标准值、不在测算范围内）留空。',
    ],
    [
      '数值精度',
      '数值按网站页面的印法舍入：数据文件中的数值按填写的位数；差异系数三位小数，县域值和各校指标值三位小数（100 以上两位），差距按单位（平方米一位小数，元、人、间等取整）。未经舍入的全部精度见 JSON 下载。',
    ],
    ['师生比', '师生比写作 1:x，表中给出 x（在校生数 ÷ 专任教师数）；差异系数按专任教师数 ÷ 在校生数计算。'],
  );
  return { id: 'about', title: '说明', columns: ['项目', '内容'], rows };
}

/** The ids of the three data tables, in download order (they name the CSV files). */
export const TABLE_IDS = ['schools', 'county', 'published'] as const;

/** The three data tables, in download order. */
export function downloadTables(result: ComputeResult, standards: readonly StandardFile[]): Table[] {
  return [schoolTable(result, standards), countyTable(result, standards), publishedTable(result, standards)];
}
