/**
 * The whole assessment as people read it (contract §3: the result's `assessment`): the names of
 * the parts, line states, verdicts and veto states; how a line's 实际 value, its 标准 and a
 * school's shortfall print; 条文待核实 for an unconfirmed line; and where a line that is not
 * supplied is entered (the data file and its field). Pages, components, charts and downloads
 * read the engine's verdicts through here and never compare a value with a threshold.
 *
 * The types are the generated ones (schemas/result.schema.json), named as the pages use them.
 */

import { fixedDecimal, printedDecimals, trimZeros } from '../text/decimal.ts';
import type {
  AssessmentValue,
  AssessmentVerdict,
  CheckResult,
  ComputeResult,
  EvidenceRef,
  BasicAssessment as GeneratedBasic,
  LineResult as GeneratedLine,
  LineState as GeneratedLineState,
  MissingData as GeneratedMissing,
  QualityAssessment as GeneratedQuality,
  SchoolShortfall as GeneratedShortfall,
  VetoResult as GeneratedVeto,
  LineCounts,
  Measure,
  Monitoring,
  PlanProgress,
} from '../types/generated/result.ts';
import type { Line, StandardFile, Veto } from '../types/generated/standard.ts';
import { parseKey } from './keys.ts';
import { levelLabel, undefinedReasonLabels } from './vocabulary.ts';

type AssessmentOf<R> = R extends { assessment?: infer A } ? NonNullable<A> : never;

/** The result's `assessment` (schemas/result.schema.json; contract §3). */
export type Assessment = AssessmentOf<ComputeResult>;
export type QualityAssessment = GeneratedQuality;
export type BasicAssessment = GeneratedBasic;
export type MonitoringResult = Monitoring;
export type PlanResult = PlanProgress;
export type PlanLine = PlanProgress['schools'][number]['lines'][number];
export type LineResult = GeneratedLine;
export type LineCheck = CheckResult;
export type VetoResult = GeneratedVeto;
export type Evidence = EvidenceRef;
export type SchoolShortfall = GeneratedShortfall;
export type MissingData = GeneratedMissing;
export type AssessmentCounts = LineCounts;
export type PartId = LineResult['part'];
export type LineState = GeneratedLineState;
export type Verdict = AssessmentVerdict;
export type VetoState = VetoResult['state'];
export type DataKind = LineResult['kinds'][number];
export type CheckOp = NonNullable<CheckResult['op']>;
export type LineValue = AssessmentValue;

/** The result's assessment, or undefined when the engine made none. */
export function assessmentOf(result: ComputeResult): Assessment | undefined {
  return result.assessment;
}

/** A line as a standard file states it (contract §2); the checks are the engine's business. */
export type StandardLine = Pick<
  Line,
  'id' | 'part' | 'number' | 'name' | 'standard' | 'kinds' | 'unconfirmed'
>;
export type StandardVeto = Veto;
export type StandardAssessment = NonNullable<StandardFile['assessment']>;

/** A standard file's assessment lines, or undefined when it has none. */
export function standardAssessmentOf(standard: StandardFile): StandardAssessment | undefined {
  return standard.assessment;
}

// ---------------------------------------------------------------------------------------------
// Names

export const partIds: readonly PartId[] = ['resources', 'government', 'quality', 'recognition'];

export const partNames: Readonly<Record<PartId | 'entry' | 'basic' | 'veto', string>> = {
  resources: '资源配置',
  government: '政府保障程度',
  quality: '教育质量',
  recognition: '社会认可度',
  entry: '认定条件',
  basic: '基本均衡认定条件',
  veto: '一票否决事项',
};

/** The name of a line's part, or the part itself when it has none. */
export function partName(part: string): string {
  return (partNames as Record<string, string>)[part] ?? part;
}

export const lineStateNames: Readonly<Record<LineState, string>> = {
  met: '达标',
  'not-met': '未达标',
  'not-supplied': '未提供',
};

export const verdictNames: Readonly<Record<Verdict, string>> = {
  met: '通过',
  'not-met': '未通过',
  undetermined: '尚不能判定',
};

/** A veto item as the 一览表 states it. */
export const vetoStateNames: Readonly<Record<VetoState, string>> = {
  absent: '无此情形',
  present: '存在此情形',
  'not-supplied': '未提供',
};

export const dataKindNames: Readonly<Record<DataKind, string>> = {
  S: '逐校数据',
  C: '班额数据',
  N: '县级数字',
  Y: '声明及佐证材料',
  X: '外部结果',
};

export const unconfirmedLabel = '条文待核实';

/** The CSS class of a state: pass, fail or gap (colour is never the only cue: the word is printed). */
export function stateClass(state: LineState | Verdict | VetoState): 'pass' | 'fail' | 'gap' {
  if (state === 'met' || state === 'absent') return 'pass';
  if (state === 'not-met' || state === 'present') return 'fail';
  return 'gap';
}

export function lineStateText(state: LineState): string {
  return lineStateNames[state];
}

/** A veto line's 是否达标: absent meets it, present fails it, not supplied is a gap. */
export function vetoLineStateText(state: VetoState): string {
  return lineStateNames[state === 'absent' ? 'met' : state === 'present' ? 'not-met' : 'not-supplied'];
}

export function verdictText(verdict: Verdict): string {
  return verdictNames[verdict];
}

/** A line's name with 条文待核实 when its wording is unconfirmed. */
export function lineTitle(line: Pick<LineResult, 'name' | 'unconfirmed'>): string {
  return line.unconfirmed ? `${line.name}（${unconfirmedLabel}）` : line.name;
}

/**
 * A veto's name with what qualifies it, in one pair of brackets: 校外培训机构治理不力（地方增设，
 * 条文待核实，不计入认定结论）.
 */
export function vetoTitle(veto: Pick<VetoResult, 'name' | 'optional' | 'unconfirmed' | 'enabled'>): string {
  const notes = [
    ...(veto.optional ? ['地方增设'] : []),
    ...(veto.unconfirmed ? [unconfirmedLabel] : []),
    ...(veto.enabled ? [] : ['不计入认定结论']),
  ];
  return notes.length === 0 ? veto.name : `${veto.name}（${notes.join('，')}）`;
}

/**
 * What follows a school-row line's state in its sentence (全县未达标，3 所学校未达到。): the count of
 * failing schools, or what is missing; empty when nothing follows.
 */
export function schoolLineTail(line: Pick<LineResult, 'state' | 'schools' | 'missing'>): string {
  if (line.state === 'not-met') return `，${(line.schools ?? []).length} 所学校未达到`;
  const missing = line.missing ?? [];
  if (line.state === 'not-supplied' && missing.length > 0)
    return `，缺少${missing.map((item) => item.label).join('、')}`;
  return '';
}

/** The data kinds of a line: 逐校数据、县级数字. */
export function dataKindsText(kinds: readonly string[]): string {
  return kinds.map((kind) => (dataKindNames as Record<string, string>)[kind] ?? kind).join('、');
}

/** The yearly re-check of a basic-balance county, in a phrase. */
export function monitoringStatusText(monitoring: Pick<MonitoringResult, 'slipped' | 'previousYear'>): string {
  return monitoring.slipped
    ? `较 ${monitoring.previousYear} 年有下滑`
    : `较 ${monitoring.previousYear} 年保持`;
}

/** A composite against its limit: 在限值内 / 超出限值. */
export function withinText(within: boolean): string {
  return within ? '在限值内' : '超出限值';
}

/** An item of a watch list: 新出现 or 上年已有. */
export function newText(isNew: boolean): string {
  return isNew ? '新出现' : '上年已有';
}

/** A plan line's outlook: 能 / 不能 / 无法推算. */
export function meetsTargetText(meets: boolean | null, targetYear: number): string {
  if (meets === null) return '无法推算';
  return meets ? `能在 ${targetYear} 年前达到` : `${targetYear} 年前达不到`;
}

export function meetsTargetClass(meets: boolean | null): 'pass' | 'fail' | 'gap' {
  return meets === null ? 'gap' : meets ? 'pass' : 'fail';
}

// ---------------------------------------------------------------------------------------------
// Values

const romanLevels = ['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ'] as const;

/** A monitoring level 1–4 as the reports write it: Ⅰ–Ⅳ. */
export function subjectLevelText(level: number): string {
  return romanLevels[level - 1] ?? String(level);
}

/** Units that mean a monitoring level (Q9): printed as Ⅰ–Ⅳ. */
const levelUnits = new Set(['level', '级', '水平']);

/** Decimals a line's number prints with: money whole, a level whole, else as the data holds it (at most 2). */
function valueDecimals(value: number, unit: string | undefined): number {
  if (unit !== undefined && /元/.test(unit)) return 0;
  // A unitless fraction is a coefficient or a rate: three places, as the coefficient tables print.
  if ((unit === undefined || unit === '') && Math.abs(value) < 1) return Math.min(3, printedDecimals(value));
  return Math.min(2, printedDecimals(value));
}

/** A number with its unit: 96.5%, 6200 元, 3 间, 0.12. */
export function quantityText(value: number, unit: string | undefined): string {
  if (unit !== undefined && levelUnits.has(unit)) return `${subjectLevelText(value)}级`;
  const text = trimZeros(fixedDecimal(value, valueDecimals(value, unit)));
  if (unit === undefined || unit === '') return text;
  if (unit === '%') return `${text}%`;
  return `${text} ${unit}`;
}

function reasonText(reason: string): string {
  return (undefinedReasonLabels as Record<string, string>)[reason] ?? '无法计算';
}

/**
 * A line's (or a check's) 实际 as the tables print it: 是/否 for a declaration, a number with its
 * unit, a dash with why for a value that could not be given, 未提供 when nothing was supplied.
 */
export function valueText(value: LineValue | undefined, unit?: string): string {
  if (value === undefined) return lineStateNames['not-supplied'];
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return quantityText(value, unit);
  return `—（${reasonText(value.reason)}）`;
}

const opWords: Readonly<Record<CheckOp, [string, string]>> = {
  min: ['≥', '不低于'],
  max: ['≤', '不超过'],
  below: ['<', '低于'],
};

/** A check's bound: ≥ 95%, ≤ 45 人, < 0.15. */
export function boundText(threshold: number | undefined, op: CheckOp | undefined, unit?: string): string {
  if (threshold === undefined) return '—';
  const sign = op === undefined ? '' : `${opWords[op][0]} `;
  return `${sign}${quantityText(threshold, unit)}`;
}

/** A line's 实际: its own value, else each check's (label: value), else 未提供 / — . */
export function lineValueText(line: LineResult): string {
  const checks = () =>
    line.checks
      .filter((check) => check.value !== undefined)
      .map(
        (check) =>
          `${check.level ? `${levelLabel(check.level)}·` : ''}${check.label}：${valueText(check.value, check.unit)}`,
      )
      .join('；');
  // A resource line is read by its coefficients and the count of schools it fails.
  if (line.part === 'resources' && checks() !== '') return checks();
  const schools = new Set((line.schools ?? []).map((school) => school.id)).size;
  if (line.state === 'not-met' && schools > 0) return `${schools} 所学校未达到`;
  // A line on the schools' own rows counts the schools failing it: none is every school meeting it.
  const countsSchools =
    line.kinds.includes('S') && line.checks.every((check) => check.op === 'max' && check.threshold === 0);
  if (line.state === 'met' && countsSchools && line.value === 0) return '各校均达到';
  if (line.value !== undefined) return valueText(line.value, line.unit);
  if (checks() !== '') return checks();
  if (line.state === 'not-supplied') return lineStateNames['not-supplied'];
  return line.state === 'met' ? '各校均达到' : '—';
}

/** A plan line's yearly pace: 每年减少 200 ㎡, 每年增加 1 间, — when none. */
export function paceText(pace: number | null, unit: string): string {
  if (pace === null) return '—';
  if (Number(fixedDecimal(pace, 2)) === 0) return '没有变化';
  return `${pace < 0 ? '每年减少' : '每年增加'} ${quantityText(Math.abs(pace), unit)}`;
}

/** A school's gap in real units, as the engine gives it: 相差 2 间, 相差 6 人. */
export function shortfallText(school: Pick<SchoolShortfall, 'shortfall' | 'unit'>): string {
  return `相差 ${quantityText(Math.abs(school.shortfall), school.unit)}`;
}

/** A value that may not be computable: the number with its unit, or a dash with why. */
export function measureText(value: Measure, unit?: string): string {
  return typeof value === 'number' ? quantityText(value, unit) : valueText(value, unit);
}

/** Why a plan line cannot be projected. */
export const planReasonNames: Readonly<Record<NonNullable<PlanLine['reason']>, string>> = {
  'one-year': '只有一年的数据，无法推算进度',
  'not-shrinking': '差距没有缩小，按目前进度无法推算达标年份',
};

export function planReasonText(reason: PlanLine['reason']): string | undefined {
  return reason === undefined ? undefined : (planReasonNames[reason] ?? reason);
}

/** How the plan's projection is made, by the engine's method code. */
const planMethodNames: Readonly<Record<string, string>> = {
  'least-squares-3':
    '按最近不超过 3 年的差距作最小二乘直线，推算差距归零的年份；不足两年或差距没有缩小的无法推算',
};

export function planMethodText(method: string): string {
  return planMethodNames[method] ?? method;
}

/** A school's 学段, when a line names one. */
export function schoolLevelText(level: string | undefined): string {
  return level === undefined ? '' : levelLabel(level);
}

/** One local adjustment the judgement used (a local file's override or relaxation, or a standard's own). */
export type AppliedAdjustment = QualityAssessment['adjustments'][number];

export const adjustmentKindNames: Readonly<Record<NonNullable<AppliedAdjustment['kind']>, string>> = {
  override: '改定',
  relaxation: '放宽（已启用）',
  standard: '标准所附调整（已启用）',
};

function parameterText(value: number | string | boolean | undefined): string {
  if (value === undefined) return '—';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return trimZeros(fixedDecimal(value, printedDecimals(value)));
  return value;
}

/**
 * One adjustment as the pages print it: 改定：交流轮岗教师比例提高到 15%（G11，10 改为 15；依据
 * 某市教督〔2024〕1号，示例）.
 */
export function adjustmentText(adjustment: AppliedAdjustment): string {
  const kind = adjustmentKindNames[adjustment.kind ?? 'standard'];
  const changes = (adjustment.changes ?? []).map(
    (change) => `${parameterText(change.from)} 改为 ${parameterText(change.to)}`,
  );
  const where = [adjustment.line, changes.join('、')].filter((part) => part !== undefined && part !== '');
  const basis = adjustment.document ?? adjustment.sourceName;
  const illustrative = adjustment.illustrative === true && !(basis ?? '').includes('示例') ? '，示例' : '';
  const source = basis === undefined ? '' : `；依据 ${basis}${illustrative}`;
  return `${kind}：${adjustment.name}（${where.join('，')}${source}）`;
}

/** The ids of the lines some adjustment changed: their 标准 is the adjusted one. */
export function adjustedLineIds(adjustments: readonly AppliedAdjustment[] | undefined): ReadonlySet<string> {
  return new Set(
    (adjustments ?? []).flatMap((adjustment) => (adjustment.line === undefined ? [] : [adjustment.line])),
  );
}

/** The counts as the home page prints them: 达标 20 项 / 32 项. */
export function countsText(counts: AssessmentCounts): string {
  return `达标 ${counts.met} 项，未达标 ${counts.notMet} 项，未提供 ${counts.notSupplied} 项（共 ${counts.total} 项）`;
}

/** A change of a coefficient: +0.012, −0.004, 0.000; a dash when either year has none. */
export function changeText(change: number | null, decimals = 3): string {
  if (change === null) return '—';
  const text = fixedDecimal(Math.abs(change), decimals);
  if (Number(text) === 0) return text;
  return `${change > 0 ? '+' : '−'}${text}`;
}

// ---------------------------------------------------------------------------------------------
// Where a line that is not supplied is entered

/** A segment of a missing path: a list named with an item (declarations[layoutPlan]) or every item ([*]). */
export interface EntryPath {
  /** The path without item identities: declarations, numbers.teacherPay.civilServants, schools.facilities.musicRooms. */
  fields: string[];
  /** The list the path runs through, when it does: declarations, schools, facts.byYear. */
  list?: string;
  /** The item named in the list (layoutPlan), '*' for every item. */
  item?: string;
  /** The path inside the list's item. */
  inner: string[];
}

/** A missing path split into the list it runs through (if any) and the field inside. */
export function entryPath(path: string): EntryPath | undefined {
  const segments = parseKey(path);
  if (segments === undefined) return undefined;
  const index = segments.findIndex((segment) => segment.identity !== undefined);
  const fields = segments.map((segment) => segment.name);
  if (index < 0) return { fields, inner: fields };
  const item = segments[index]?.identity;
  return {
    fields,
    list: fields.slice(0, index + 1).join('.'),
    ...(item === undefined ? {} : { item }),
    inner: fields.slice(index + 1),
  };
}

/** The county-year data file: data/counties/<county>/<year>.yaml. */
export function dataFilePath(county: string, year: number): string {
  return `data/counties/${county}/${year}.yaml`;
}

/** The county file: data/counties/<county>/county.yaml. */
export function countyFilePath(county: string): string {
  return `data/counties/${county}/county.yaml`;
}

/** Where a value goes in the workbook: a sheet, and the row or column there. */
export interface SheetPlace {
  sheet: string;
  /** The column of a table sheet (学校 → 音乐专用教室数) or the row of 县级数据. */
  field?: string;
  /** The row of a table sheet (declarations → the row whose 事项 is layoutPlan). */
  row?: string;
}

/** The field inside its file, in words: declarations 中 layoutPlan 一项, schools 每一项的 facilities.musicRooms. */
export function fieldEntryText(path: string): string {
  if (path.startsWith('county.')) return path.slice('county.'.length);
  const place = entryPath(path);
  if (place?.list !== undefined && place.item !== undefined) {
    const inner = place.inner.join('.');
    if (place.item === '*') return `${place.list} 每一项${inner === '' ? '' : `的 ${inner}`}`;
    return `${place.list} 中 ${place.item} 一项${inner === '' ? '' : `的 ${inner}`}`;
  }
  return path;
}

/** 「data/counties/longting/2021.yaml 的 numbers.teacherPay.civilServants」. */
export function fileEntryText(county: string, year: number, path: string): string {
  // county.<field> lives in the county's own file, not the year's.
  const file = path.startsWith('county.') ? countyFilePath(county) : dataFilePath(county, year);
  return `${file} 的 ${fieldEntryText(path)}`;
}

/** 「工作簿「学校」表的「音乐专用教室数」列」. */
export function sheetEntryText(place: SheetPlace | undefined): string {
  if (place === undefined) return '工作簿中暂无此项，请在数据文件中填写';
  if (place.row !== undefined && place.field !== undefined)
    return `工作簿「${place.sheet}」表中「${place.row}」一行的「${place.field}」`;
  if (place.row !== undefined) return `工作簿「${place.sheet}」表中「${place.row}」一行`;
  if (place.field !== undefined) return `工作簿「${place.sheet}」表的「${place.field}」`;
  return `工作簿「${place.sheet}」表`;
}
