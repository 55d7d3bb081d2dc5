/**
 * A report page as an edition (src/editions/model.ts): the county-year narrative, or the plan
 * page, laid out from the parsed narrative (src/narrative/blocks.ts) and the results, never by
 * running the narrative. Each <Figure> is the text the page prints (src/figures/figure-text.ts),
 * each table component the table the page shows (./tables.ts), each chart its caption,
 * description and drawing; the data page's tables follow as the 附件. Pure: the drawings come in
 * from the edge, keyed by chart id (editionCharts lists the charts to draw).
 */
import type { ChartDefinition } from '../charts/chart.ts';
import { coefficientChart } from '../charts/coefficients.ts';
import { complianceMatrixChart } from '../charts/compliance-matrix.ts';
import { indicatorLabelsFromStandards } from '../charts/labels.ts';
import { planTimelineChart } from '../charts/plan-timeline.ts';
import { schoolBarsChart } from '../charts/school-bars.ts';
import { investmentTrend, retentionTrend } from '../charts/trend.ts';
import { type LevelId, levelIds } from '../compute/units.ts';
import { assessmentOf } from '../figures/assessment.ts';
import { figureText } from '../figures/figure-text.ts';
import type { FigureFormat } from '../figures/format.ts';
import { planSignature, reportSignature } from '../figures/signature.ts';
import { levelNames } from '../figures/vocabulary.ts';
import type { Block, Inline } from '../narrative/blocks.ts';
import { assessmentParts, planProgressChartOf, planProgressParts } from './assessment-tables.ts';
import type { ChartImage, Edition, Part, Run } from './model.ts';
import { complianceTable, componentTable, dataTables, type EditionEntry, shortfallTable } from './tables.ts';

/** The front matter a report page prints. */
export interface ReportMeta {
  title?: string | undefined;
  publisher?: string | undefined;
  published?: string | undefined;
  updated?: string | undefined;
  source?: string | undefined;
}

export interface ReportInput {
  entry: EditionEntry;
  /** Every county-year, for `of="county/year"`. */
  all: ReadonlyMap<string, EditionEntry>;
  /** The narrative's blocks; undefined: the page's default (tables and the coefficient chart). */
  blocks: Block[] | undefined;
  meta: ReportMeta;
  /** The drawings of the charts editionCharts listed, by chart id. */
  images: ReadonlyMap<string, ChartImage>;
}

export const illustrativeNotice =
  '示例数据：本文的逐校数据为示例，按该县公开文件印发的县级数字校准生成，并非真实学校。';

const chineseDigits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (headings count far below a hundred). */
export function chineseNumber(n: number): string {
  if (n < 10) return chineseDigits[n] ?? String(n);
  if (n < 100) {
    const tens = Math.floor(n / 10);
    return `${tens === 1 ? '' : chineseDigits[tens]}十${chineseDigits[n % 10]}`;
  }
  return String(n);
}

/** The 公文 heading numbers: 一、 （一） 1. （1）. */
export function headingNumber(level: number, n: number): string {
  switch (level) {
    case 1:
      return `${chineseNumber(n)}、`;
    case 2:
      return `（${chineseNumber(n)}）`;
    case 3:
      return `${n}.`;
    default:
      return `（${n}）`;
  }
}

/** A date of the data as an ISO timestamp (the file's own dates): never the clock. */
export function isoTimestamp(date: string | undefined, year: number): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date ?? '');
  if (match === null) return `${year}-01-01T00:00:00Z`;
  return `${match[1]}-${match[2] ?? '01'}-${match[3] ?? '01'}T00:00:00Z`;
}

const isLevel = (value: string | undefined): value is LevelId => levelIds.includes(value as LevelId);

function entryOf(
  input: Pick<ReportInput, 'entry' | 'all'>,
  of: string | undefined,
): EditionEntry | undefined {
  return of === undefined ? input.entry : input.all.get(of);
}

/** The chart a chart component stands for (as src/site/page-charts.ts makes it); else undefined. */
export function componentChart(
  name: string,
  attributes: Record<string, string>,
  input: Pick<ReportInput, 'entry' | 'all'>,
): ChartDefinition | undefined {
  const entry = entryOf(input, attributes.of);
  if (entry === undefined) return undefined;
  const labels = indicatorLabelsFromStandards(entry.standards);
  const standard = attributes.standard === 'provincial' ? 'provincial' : 'quality';
  const { level, indicator, series } = attributes;
  try {
    if (name === 'CoefficientChart') return coefficientChart(entry.result, { labels });
    if (name === 'TrendChart')
      return series === 'investments'
        ? investmentTrend(entry.result)
        : series === 'retention'
          ? retentionTrend(entry.result)
          : undefined;
    if (!isLevel(level)) return undefined;
    if (name === 'ComplianceMatrix') return complianceMatrixChart(entry.result, { standard, level, labels });
    if (name === 'SchoolBars' && indicator !== undefined)
      return schoolBarsChart(entry.result, { standard, level, indicator, labels });
  } catch {
    return undefined;
  }
  return undefined;
}

const chartNames = new Set(['CoefficientChart', 'TrendChart', 'ComplianceMatrix', 'SchoolBars']);
/** Components that are a table with a chart of their own (drawn with the others). */
const tableChartNames = new Set(['PlanProgress']);
/** The components that sit inside a sentence; any other component is a block of its own. */
const inlineNames = new Set(['Figure', 'Literal', 'Todo', 'PageLink']);

const defaultBlocks: Block[] = [
  { kind: 'paragraph', inlines: [{ kind: 'text', text: '本年度尚无文字报告，以下为按数据测算的结果。' }] },
  { kind: 'element', name: 'LevelTable', attributes: {}, children: [] },
  { kind: 'element', name: 'CoefficientTable', attributes: { standard: 'basic' }, children: [] },
  { kind: 'element', name: 'CoefficientChart', attributes: {}, children: [] },
];

function* elementsOf(
  blocks: readonly Block[],
): Generator<{ name: string; attributes: Record<string, string> }> {
  for (const block of blocks) {
    if (block.kind === 'element') {
      yield block;
      yield* elementsOf(block.children);
    } else if (block.kind === 'list') for (const item of block.items) yield* elementsOf(item);
    else if (block.kind === 'quote') yield* elementsOf(block.blocks);
    else
      for (const inline of block.inlines)
        if (inline.kind === 'element') yield { name: inline.name, attributes: inline.attributes };
  }
}

/** The charts a report edition shows, for the edge to draw. */
export function editionCharts(input: Pick<ReportInput, 'entry' | 'all' | 'blocks'>): ChartDefinition[] {
  const charts = new Map<string, ChartDefinition>();
  for (const { name, attributes } of elementsOf(input.blocks ?? defaultBlocks)) {
    if (tableChartNames.has(name)) {
      const entry = entryOf(input, attributes.of);
      const chart = entry === undefined ? undefined : planProgressChartOf(entry);
      if (chart !== undefined) charts.set(chart.id, chart);
      continue;
    }
    if (!chartNames.has(name)) continue;
    const chart = componentChart(name, attributes, input);
    if (chart !== undefined) charts.set(chart.id, chart);
  }
  return [...charts.values()];
}

/** The charts of the plan edition. */
export function planCharts(entry: EditionEntry): ChartDefinition[] {
  const labels = indicatorLabelsFromStandards(entry.standards);
  const charts: ChartDefinition[] = [];
  const timeline = planTimelineChart(entry.county);
  if (timeline !== undefined) charts.push(timeline);
  for (const level of levelIds) {
    try {
      charts.push(complianceMatrixChart(entry.result, { standard: 'quality', level, labels }));
    } catch {
      // As on the page: a chart that cannot be made is not shown.
    }
  }
  const progress = planProgressChartOf(entry);
  if (progress !== undefined) charts.push(progress);
  return charts;
}

const figureFormats = new Set(['number', 'integer', 'percent', 'ratio', 'coefficient', 'yi', 'wan']);

/** What a <Figure> prints, from its attributes; undefined when the result has no such figure. */
export function figureRun(
  attributes: Record<string, string>,
  input: Pick<ReportInput, 'entry' | 'all'>,
): string | undefined {
  const entry = entryOf(input, attributes.of);
  if (entry === undefined || attributes.k === undefined) return undefined;
  const format = figureFormats.has(attributes.format ?? '') ? (attributes.format as FigureFormat) : undefined;
  return figureText(entry.result, {
    k: attributes.k,
    sum: attributes.sum,
    format,
    decimals: attributes.decimals === undefined ? undefined : Number(attributes.decimals),
    unit: attributes.unit,
  })?.text;
}

function runsOf(inlines: readonly Inline[], input: ReportInput, strong = false): Run[] {
  return inlines.flatMap((inline): Run[] => {
    if (inline.kind === 'break') return [{ text: '\n' }];
    if (inline.kind === 'text') {
      const run: Run = { text: inline.text };
      if (strong || inline.strong) run.strong = true;
      return [run];
    }
    switch (inline.name) {
      case 'Figure':
        return [
          { text: figureRun(inline.attributes, input) ?? '—', figure: true, ...(strong ? { strong } : {}) },
        ];
      case 'Todo': {
        const text = runsOf(inline.children, input)
          .map((run) => run.text)
          .join('');
        return [{ text: `［待补充${text ? `：${text}` : ''}］`, todo: true }];
      }
      default:
        return runsOf(inline.children, input, strong);
    }
  });
}

/** Headings numbered in the 公文 way; the narrative's ## is the first level. */
class Numbering {
  private readonly counts: number[] = [0, 0, 0, 0];
  private readonly topDepth: number;
  constructor(topDepth: number) {
    this.topDepth = topDepth;
  }

  next(depth: number): { level: number; number: string } {
    const level = Math.min(4, Math.max(1, depth - this.topDepth + 1));
    this.counts[level - 1] = (this.counts[level - 1] ?? 0) + 1;
    for (let below = level; below < this.counts.length; below++) this.counts[below] = 0;
    return { level, number: headingNumber(level, this.counts[level - 1] ?? 1) };
  }
}

function partsOf(blocks: readonly Block[], input: ReportInput, numbering: Numbering): Part[] {
  const parts: Part[] = [];
  const element = (name: string, attributes: Record<string, string>, children: readonly Block[]) => {
    const entry = entryOf(input, attributes.of);
    if (chartNames.has(name)) {
      const chart = componentChart(name, attributes, input);
      if (chart !== undefined)
        parts.push({
          kind: 'chart',
          caption: chart.caption,
          description: chart.description,
          image: input.images.get(chart.id),
        });
      return;
    }
    const assessment =
      entry === undefined ? undefined : assessmentParts(name, attributes, entry, input.images);
    if (assessment !== undefined) {
      parts.push(...assessment);
      return;
    }
    const table = entry === undefined ? undefined : componentTable(name, attributes, entry);
    if (table === 'not-a-table') {
      parts.push(...partsOf(children, input, numbering));
      return;
    }
    if (table !== undefined && table.empty !== true) parts.push({ kind: 'table', table });
  };
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading': {
        const { level, number } = numbering.next(block.depth);
        const text = runsOf(block.inlines, input)
          .map((run) => run.text)
          .join('');
        parts.push({ kind: 'heading', level, number, text });
        break;
      }
      case 'paragraph': {
        const only = block.inlines.filter((inline) => !(inline.kind === 'text' && inline.text.trim() === ''));
        const single = only.length === 1 ? only[0] : undefined;
        if (single?.kind === 'element' && !inlineNames.has(single.name)) {
          element(single.name, single.attributes, []);
        } else {
          parts.push({ kind: 'paragraph', runs: runsOf(block.inlines, input), indent: true });
        }
        break;
      }
      case 'list':
        block.items.forEach((item, index) => {
          const [first, ...rest] = partsOf(item, input, numbering);
          if (first?.kind === 'paragraph') {
            const prefix = block.ordered ? `${index + 1}. ` : '';
            parts.push({ ...first, runs: prefix ? [{ text: prefix }, ...first.runs] : first.runs });
          } else if (first !== undefined) parts.push(first);
          parts.push(...rest);
        });
        break;
      case 'quote':
        parts.push(...partsOf(block.blocks, input, numbering));
        break;
      case 'element':
        element(block.name, block.attributes, block.children);
        break;
    }
  }
  return parts;
}

function topDepth(blocks: readonly Block[]): number {
  const depths = blocks.flatMap((block) => (block.kind === 'heading' ? [block.depth] : []));
  return depths.length === 0 ? 2 : Math.min(...depths);
}

/** A county-year's report edition. */
export function reportEdition(input: ReportInput): Edition {
  const { entry, meta } = input;
  const blocks = input.blocks ?? defaultBlocks;
  const title = meta.title ?? `${entry.county.name}${entry.result.year}年义务教育均衡发展情况`;
  const signature = reportSignature({ county: entry.county, year: entry.result.year }, meta);
  return {
    title,
    subtitle: meta.source ? [`资料来源：${meta.source}`] : [],
    notice: entry.result.illustrative ? illustrativeNotice : undefined,
    parts: partsOf(blocks, input, new Numbering(topDepth(blocks))),
    publisher: signature.publisher,
    date: signature.date,
    isoDate: isoTimestamp(meta.updated ?? meta.published, entry.result.year),
    appendix: {
      title: `${entry.county.name}${entry.result.year}年测算数据`,
      tables: dataTables(entry),
    },
  };
}

/** The plan page (src/pages/[county]/plan/) as an edition, from the county's latest year. */
export function planEdition(input: {
  entry: EditionEntry;
  images: ReadonlyMap<string, ChartImage>;
  /** The publisher of the county's latest report (src/figures/signature.ts latestPublisher). */
  publisher: string | undefined;
}): Edition | undefined {
  const { entry, images } = input;
  const plan = entry.county.plan;
  if (plan === undefined) return undefined;
  const parts: Part[] = [];
  const chart = (definition: ChartDefinition | undefined) => {
    if (definition !== undefined)
      parts.push({
        kind: 'chart',
        caption: definition.caption,
        description: definition.description,
        image: images.get(definition.id),
      });
  };
  const charts = planCharts(entry);
  const timeline = charts.find((definition) => definition.kind === 'plan-timeline');
  const matrices = charts.filter((definition) => definition.kind === 'compliance-matrix');
  const when = (start: string, end: string) => (start === end ? start : `${start} 至 ${end}`);
  parts.push({ kind: 'heading', level: 1, number: headingNumber(1, 1), text: '实施阶段' });
  chart(timeline);
  plan.phases.forEach((phase, index) => {
    parts.push({
      kind: 'paragraph',
      indent: true,
      runs: [
        { text: `${index + 1}. ${when(phase.start, phase.end)}　` },
        { text: phase.name, strong: true },
        ...(phase.summary ? [{ text: `：${phase.summary}` }] : []),
      ],
    });
  });
  let section = 1;
  if (plan.goals && plan.goals.length > 0) {
    section++;
    parts.push({ kind: 'heading', level: 1, number: headingNumber(1, section), text: '工作目标' });
    plan.goals.forEach((goal, index) => {
      parts.push({ kind: 'paragraph', indent: true, runs: [{ text: `${index + 1}. ${goal}` }] });
    });
  }
  const progress = assessmentOf(entry.result)?.plan;
  if (progress !== undefined) {
    section++;
    parts.push({
      kind: 'heading',
      level: 1,
      number: headingNumber(1, section),
      text: `各校逐年进度：能否在 ${progress.targetYear} 年前达到`,
    });
    parts.push(...planProgressParts(entry, images));
  }
  section++;
  parts.push({
    kind: 'heading',
    level: 1,
    number: headingNumber(1, section),
    text: `对照优质均衡标准：${entry.result.year}年各校还差多少`,
  });
  parts.push({
    kind: 'paragraph',
    indent: true,
    runs: [
      {
        text: '按教督〔2017〕6号的七项资源配置标准逐校测算：每所学校至少六项达到标准值、其余一项不低于标准值的 85% 方为达标。下表列出每所学校尚缺的面积、设备值、教师和教室。',
      },
    ],
  });
  const compliance = complianceTable(entry, 'quality');
  if (compliance) parts.push({ kind: 'table', table: compliance });
  levelIds.forEach((level, index) => {
    parts.push({ kind: 'heading', level: 2, number: headingNumber(2, index + 1), text: levelNames[level] });
    chart(matrices.find((definition) => definition.caption.includes(levelNames[level])) ?? matrices[index]);
    const shortfall = shortfallTable(entry, level, 'quality');
    if (shortfall) parts.push({ kind: 'table', table: shortfall });
  });
  return {
    title: plan.title,
    subtitle: [
      `${plan.issued ? `印发于 ${plan.issued}，` : ''}目标：${plan.targetYear} 年通过优质均衡督导评估。`,
    ],
    notice: entry.result.illustrative ? illustrativeNotice : undefined,
    parts,
    ...planSignature({ county: entry.county, year: entry.result.year, issued: plan.issued }, input.publisher),
    isoDate: isoTimestamp(plan.issued, entry.result.year),
    appendix: undefined,
  };
}
