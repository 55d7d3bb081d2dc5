/**
 * The whole assessment's components as edition parts, cell for cell what the page prints
 * (src/components/report/AssessmentSummary, GovernmentTable, QualityTable, SchoolLineTable,
 * EntryPanel, MonitoringTable, PlanProgress and src/components/assessment/*): the same captions,
 * headers and rows, every text through src/figures/assessment.ts. The engine's states only: no
 * value is compared with a threshold here. A component whose county-year has no assessment of
 * its kind says so as the page does (NoAssessment).
 */

import type { ChartDefinition } from '../charts/chart.ts';
import { planProgressChart } from '../charts/plan-progress.ts';
import {
  adjustedLineIds,
  adjustmentText,
  assessmentOf,
  changeText,
  countsText,
  type Evidence,
  type LineResult,
  lineStateText,
  lineTitle,
  lineValueText,
  measureText,
  meetsTargetText,
  monitoringStatusText,
  newText,
  paceText,
  partIds,
  partName,
  planMethodText,
  planReasonText,
  quantityText,
  type SchoolShortfall,
  schoolLevelText,
  schoolLineTail,
  shortfallText,
  verdictText,
  vetoLineStateText,
  vetoStateNames,
  vetoTitle,
  withinText,
} from '../figures/assessment.ts';
import { formatFigure } from '../figures/format.ts';
import type { ChartImage, Part, TableCell, TableModel } from './model.ts';
import type { EditionEntry } from './tables.ts';

const head = (text: string, extra: Partial<TableCell> = {}): TableCell => ({ text, head: true, ...extra });
const num = (text: string): TableCell => ({ text, num: true });
const cell = (text: string, extra: Partial<TableCell> = {}): TableCell => ({ text, ...extra });

/** What the page says where a county-year has no assessment of the component's kind. */
export function noAssessmentText(what: string): string {
  return `${what}：本年度的数据尚未包含这一部分的评估结果。`;
}

const noAssessment = (what: string): Part => ({ kind: 'note', text: noAssessmentText(what) });
const paragraph = (text: string): Part => ({ kind: 'paragraph', runs: [{ text }], indent: true });
const tablePart = (table: TableModel): Part => ({ kind: 'table', table });

// ---------------------------------------------------------------------------------------------
// <AssessmentSummary>

/** The 达标情况一览表: every line by part, then the veto lines, and the verdict with its counts. */
export function assessmentSummaryTable(entry: EditionEntry, caption?: string): TableModel | undefined {
  const quality = assessmentOf(entry.result)?.quality;
  if (quality === undefined) return undefined;
  const known = new Set<string>(partIds);
  const groups = [
    ...partIds.map((part) => ({
      part: part as string,
      lines: quality.lines.filter((line) => line.part === part),
    })),
    { part: 'other', lines: quality.lines.filter((line) => !known.has(line.part)) },
  ].filter((group) => group.lines.length > 0);
  const adjusted = adjustedLineIds(quality.adjustments);
  const body: TableCell[][] = [];
  let running = 0;
  for (const group of groups) {
    body.push([
      head(`${group.part === 'other' ? '其他' : partName(group.part)}（${group.lines.length} 项）`, {
        colSpan: 5,
      }),
    ]);
    for (const line of group.lines) {
      running++;
      body.push([
        num(String(running)),
        head(lineTitle(line)),
        cell(`${line.standard}${adjusted.has(line.id) ? '（地方调整）' : ''}`),
        cell(lineValueText(line)),
        cell(lineStateText(line.state)),
      ]);
    }
  }
  if (quality.vetoes.length > 0) {
    body.push([head(`${partName('veto')}（任一存在即不予认定）`, { colSpan: 5 })]);
    quality.vetoes.forEach((veto, index) => {
      body.push([
        num(String(index + 1)),
        head(vetoTitle(veto)),
        cell('不得存在'),
        cell(vetoStateNames[veto.state]),
        cell(vetoLineStateText(veto.state)),
      ]);
    });
  }
  return {
    caption: caption ?? `${entry.county.name}${entry.result.year}年义务教育优质均衡发展达标情况一览表`,
    header: [[head('序号', { num: true }), head('评估内容'), head('标准'), head('实际'), head('是否达标')]],
    body,
    foot: [
      [
        head('结论', { colSpan: 2 }),
        cell(countsText(quality.counts), { colSpan: 2 }),
        cell(verdictText(quality.verdict)),
      ],
    ],
  };
}

/** <AssessmentSummary>: the 一览表 and, when the judgement used any, the local adjustments. */
export function assessmentSummaryParts(entry: EditionEntry, caption?: string): Part[] {
  const table = assessmentSummaryTable(entry, caption);
  if (table === undefined) return [noAssessment('达标情况一览表')];
  const adjustments = assessmentOf(entry.result)?.quality?.adjustments ?? [];
  return [
    tablePart(table),
    ...(adjustments.length > 0
      ? [
          paragraph('本表按以下地方调整判定：'),
          ...adjustments.map((adjustment) => paragraph(adjustmentText(adjustment))),
        ]
      : []),
  ];
}

// ---------------------------------------------------------------------------------------------
// <GovernmentTable>, <QualityTable>

/** A line's 佐证材料 as the page lists them: each title with its number and date; — when none. */
export function evidenceText(items: readonly Evidence[] | undefined): string {
  if (items === undefined || items.length === 0) return '—';
  return items
    .map((item) => {
      const details = [item.number, item.date].filter(Boolean).join('，');
      return `${item.title}${details ? `（${details}）` : ''}`;
    })
    .join('\n');
}

/** The lines of one part: 指标, 标准, 实际, 是否达标, 佐证材料 (src/components/assessment/LineTable). */
export function lineTable(lines: readonly LineResult[], caption: string): TableModel {
  return {
    caption,
    header: [[head('指标'), head('标准'), head('实际'), head('是否达标'), head('佐证材料')]],
    body: lines.map((line) => [
      head(`${line.number}. ${lineTitle(line)}`),
      cell(line.standard),
      cell(lineValueText(line)),
      cell(lineStateText(line.state)),
      cell(evidenceText(line.evidence)),
    ]),
  };
}

/** <GovernmentTable> (part government) or <QualityTable> (part quality). */
export function partTable(
  entry: EditionEntry,
  part: 'government' | 'quality',
  caption?: string,
): TableModel | undefined {
  const lines = assessmentOf(entry.result)?.quality?.lines.filter((line) => line.part === part) ?? [];
  if (lines.length === 0) return undefined;
  return lineTable(lines, caption ?? `${entry.county.name}${entry.result.year}年${partName(part)}达标情况`);
}

function partParts(entry: EditionEntry, part: 'government' | 'quality', caption?: string): Part[] {
  const table = partTable(entry, part, caption);
  return table === undefined ? [noAssessment(partName(part))] : [tablePart(table)];
}

// ---------------------------------------------------------------------------------------------
// <SchoolLineTable line>

/** The schools failing one line (src/components/assessment/SchoolShortfalls). */
export function schoolShortfallTable(schools: readonly SchoolShortfall[], caption: string): TableModel {
  return {
    caption,
    header: [
      [
        head('学校'),
        head('学段'),
        head('实际', { num: true }),
        head('标准', { num: true }),
        head('差距', { num: true }),
      ],
    ],
    body: schools.map((school) => [
      head(school.name),
      cell(schoolLevelText(school.level) || '—'),
      num(measureText(school.value, school.unit)),
      num(quantityText(school.threshold, school.unit)),
      num(shortfallText(school)),
    ]),
  };
}

/** <SchoolLineTable line>: the line's state in a sentence, then its failing schools. */
export function schoolLineParts(entry: EditionEntry, id: string, caption?: string): Part[] {
  const line = assessmentOf(entry.result)?.quality?.lines.find((item) => item.id === id);
  if (line === undefined) return [noAssessment(`逐校达标情况（${id}）`)];
  const schools = line.schools ?? [];
  const sentence = `${partName(line.part)}·${lineTitle(line)}：${line.standard}。全县${lineStateText(line.state)}${schoolLineTail(line)}。`;
  const title = caption ?? `${entry.county.name}${entry.result.year}年各校${line.name}未达标情况`;
  return [
    paragraph(sentence),
    ...(schools.length > 0 ? [tablePart(schoolShortfallTable(schools, title))] : []),
  ];
}

// ---------------------------------------------------------------------------------------------
// <EntryPanel>

/** <EntryPanel>: the 认定条件 (and a basic-balance county's conditions with their verdict). */
export function entryPanelTable(entry: EditionEntry, caption?: string): TableModel | undefined {
  const assessment = assessmentOf(entry.result);
  const groups = [
    ...(assessment?.quality && assessment.quality.entry.length > 0
      ? [{ name: `优质均衡${partName('entry')}`, lines: assessment.quality.entry, verdict: undefined }]
      : []),
    ...(assessment?.basic
      ? [{ name: partName('basic'), lines: assessment.basic.conditions, verdict: assessment.basic.verdict }]
      : []),
  ];
  if (groups.length === 0) return undefined;
  return {
    caption: caption ?? `${entry.county.name}${entry.result.year}年认定条件`,
    header: [[head('条件'), head('标准'), head('实际'), head('是否达标')]],
    body: groups.flatMap((group): TableCell[][] => [
      [head(`${group.name}${group.verdict ? `：${verdictText(group.verdict)}` : ''}`, { colSpan: 4 })],
      ...group.lines.map((line) => [
        head(lineTitle(line)),
        cell(line.standard),
        cell(lineValueText(line)),
        cell(lineStateText(line.state)),
      ]),
    ]),
  };
}

function entryPanelParts(entry: EditionEntry, caption?: string): Part[] {
  const table = entryPanelTable(entry, caption);
  return table === undefined ? [noAssessment(partName('entry'))] : [tablePart(table)];
}

// ---------------------------------------------------------------------------------------------
// <MonitoringTable>

/** <MonitoringTable>: the yearly monitoring's tables, as the page shows them (none: undefined). */
export function monitoringTables(entry: EditionEntry, caption?: string): TableModel[] | undefined {
  const monitoring = assessmentOf(entry.result)?.monitoring;
  if (monitoring === undefined) return undefined;
  const name = `${entry.county.name}${entry.result.year}年`;
  const year = entry.result.year;
  const cv = (value: Parameters<typeof formatFigure>[0]) => formatFigure(value, 'coefficient', 3).text;
  const tables: TableModel[] = [
    {
      caption: caption ?? `${name}基本均衡年度监测：综合差异系数`,
      header: [
        [
          head('学段'),
          head(`${year} 年`, { num: true }),
          head(`${monitoring.previousYear} 年`, { num: true }),
          head('变化', { num: true }),
          head('限值', { num: true }),
          head('对照限值'),
          head('是否下滑'),
        ],
      ],
      body: monitoring.composites.map((row) => [
        head(schoolLevelText(row.level)),
        num(cv(row.value)),
        num(cv(row.previous)),
        num(changeText(row.change)),
        num(formatFigure(row.limit, 'coefficient', 2).text),
        cell(withinText(row.within)),
        cell(row.slipped ? '下滑' : '未下滑'),
      ]),
    },
  ];
  if (monitoring.coefficients.length > 0)
    tables.push({
      caption: `${name}各项差异系数与上年比较`,
      header: [
        [
          head('学段'),
          head('指标'),
          head(`${year} 年`, { num: true }),
          head(`${monitoring.previousYear} 年`, { num: true }),
          head('变化', { num: true }),
        ],
      ],
      body: monitoring.coefficients.map((row) => [
        cell(schoolLevelText(row.level)),
        head(row.name),
        num(cv(row.value)),
        num(cv(row.previous)),
        num(changeText(row.change)),
      ]),
    });
  tables.push({
    caption: `${name}大班额学校（${monitoring.largeClasses.length} 所）`,
    header: [
      [
        head('学校'),
        head('学段'),
        head('最大班额', { num: true }),
        head('限额', { num: true }),
        head('与上年比'),
      ],
    ],
    body:
      monitoring.largeClasses.length === 0
        ? [[cell('没有超过限额的班级', { colSpan: 5 })]]
        : monitoring.largeClasses.map((row) => [
            head(row.name),
            cell(schoolLevelText(row.level)),
            num(`${row.largestClass} 人`),
            num(`${row.limit} 人`),
            cell(newText(row.isNew)),
          ]),
  });
  tables.push({
    caption: `${name}超大规模学校（${monitoring.largeSchools.length} 所）`,
    header: [[head('学校'), head('在校生', { num: true }), head('限额', { num: true }), head('与上年比')]],
    body:
      monitoring.largeSchools.length === 0
        ? [[cell('没有超过规模上限的学校', { colSpan: 4 })]]
        : monitoring.largeSchools.map((row) => [
            head(row.name),
            num(`${row.students} 人`),
            num(`${row.limit} 人`),
            cell(newText(row.isNew)),
          ]),
  });
  return tables;
}

/** <MonitoringTable>: the conclusion in a sentence, then the tables. */
export function monitoringParts(entry: EditionEntry, caption?: string): Part[] {
  const monitoring = assessmentOf(entry.result)?.monitoring;
  const tables = monitoringTables(entry, caption);
  if (monitoring === undefined || tables === undefined)
    return [noAssessment('基本均衡年度监测（需有上一年度的测算结果）')];
  return [paragraph(`年度监测结论：${monitoringStatusText(monitoring)}。`), ...tables.map(tablePart)];
}

// ---------------------------------------------------------------------------------------------
// <PlanProgress>

/** <PlanProgress>'s table: each school's gaps by year, the pace, the projected year, the outlook. */
export function planProgressTable(entry: EditionEntry, caption?: string): TableModel | undefined {
  const plan = assessmentOf(entry.result)?.plan;
  if (plan === undefined) return undefined;
  const columns = plan.years.length + 6;
  const rows = plan.schools.flatMap((school) =>
    school.lines.map((line, index) => ({ school, line, first: index === 0, span: school.lines.length })),
  );
  return {
    caption: caption ?? `${entry.county.name}各校差距逐年变化与推算（目标 ${plan.targetYear} 年）`,
    header: [
      [
        head('学校'),
        head('差距项'),
        ...plan.years.map((year) => head(`${year} 年差额`, { num: true })),
        head('变化速度', { num: true }),
        head('预计达到年份', { num: true }),
        head(`${plan.targetYear} 年前能否达到`),
        head('说明'),
      ],
    ],
    body:
      rows.length === 0
        ? [[cell('各校均无差距项', { colSpan: columns })]]
        : rows.map(({ school, line, first, span }) => [
            ...(first ? [head(school.name, span > 1 ? { rowSpan: span } : {})] : []),
            head(`${line.name}${line.level ? `（${schoolLevelText(line.level)}）` : ''}`),
            ...plan.years.map((year) => {
              const found = line.shortfalls.find((item) => item.year === year);
              return num(found === undefined ? '—' : quantityText(found.shortfall, line.unit));
            }),
            num(paceText(line.pace, line.unit)),
            num(line.projectedYear === null ? '—' : String(line.projectedYear)),
            cell(meetsTargetText(line.meetsTarget, plan.targetYear)),
            cell(planReasonText(line.reason) ?? (line.projectedYear === null ? '—' : '按最近几年的进度推算')),
          ]),
  };
}

/** <PlanProgress>'s chart, as the site draws it (src/site/page-charts.ts planProgressFor). */
export function planProgressChartOf(entry: EditionEntry): ChartDefinition | undefined {
  const plan = assessmentOf(entry.result)?.plan;
  return plan === undefined ? undefined : planProgressChart(entry.county.name, plan);
}

/**
 * <PlanProgress>: how the projection is made, the chart (its drawing from `images`, by chart id)
 * and the table.
 */
export function planProgressParts(
  entry: EditionEntry,
  images: ReadonlyMap<string, ChartImage>,
  caption?: string,
): Part[] {
  const plan = assessmentOf(entry.result)?.plan;
  const table = planProgressTable(entry, caption);
  if (plan === undefined || table === undefined)
    return [noAssessment('规划进度（需有规划目标年份和至少一年的测算结果）')];
  const chart = planProgressChartOf(entry);
  return [
    paragraph(`推算方法：${planMethodText(plan.method)}。测算年度：${plan.years.join('、')} 年。`),
    ...(chart === undefined
      ? []
      : [
          {
            kind: 'chart' as const,
            caption: chart.caption,
            description: chart.description,
            image: images.get(chart.id),
          },
        ]),
    tablePart(table),
  ];
}

// ---------------------------------------------------------------------------------------------

/** The assessment components this module lays out. */
export const assessmentComponents: ReadonlySet<string> = new Set([
  'AssessmentSummary',
  'GovernmentTable',
  'QualityTable',
  'SchoolLineTable',
  'EntryPanel',
  'MonitoringTable',
  'PlanProgress',
]);

/** The parts an assessment component stands for; undefined when it is none of them. */
export function assessmentParts(
  name: string,
  attributes: Record<string, string>,
  entry: EditionEntry,
  images: ReadonlyMap<string, ChartImage> = new Map(),
): Part[] | undefined {
  const { caption } = attributes;
  switch (name) {
    case 'AssessmentSummary':
      return assessmentSummaryParts(entry, caption);
    case 'GovernmentTable':
      return partParts(entry, 'government', caption);
    case 'QualityTable':
      return partParts(entry, 'quality', caption);
    case 'SchoolLineTable':
      return schoolLineParts(entry, attributes.line ?? '', caption);
    case 'EntryPanel':
      return entryPanelParts(entry, caption);
    case 'MonitoringTable':
      return monitoringParts(entry, caption);
    case 'PlanProgress':
      return planProgressParts(entry, images, caption);
    default:
      return undefined;
  }
}

/**
 * The data page's assessment tables, in its order (src/pages/[county]/[year]/data/index.astro,
 * 认定评估): the 认定条件, then with a high-quality assessment the 一览表, the 政府保障程度 and
 * 教育质量 lines and each school-row line's failing schools, then the yearly monitoring.
 */
export function assessmentDataTables(entry: EditionEntry): TableModel[] {
  const assessment = assessmentOf(entry.result);
  if (assessment === undefined) return [];
  const tables: (TableModel | undefined)[] = [entryPanelTable(entry)];
  if (assessment.quality) {
    tables.push(assessmentSummaryTable(entry), partTable(entry, 'government'), partTable(entry, 'quality'));
    for (const line of assessment.quality.lines) {
      if (line.part === 'resources' || (line.schools?.length ?? 0) === 0) continue;
      tables.push(
        schoolShortfallTable(
          line.schools ?? [],
          `${entry.county.name}${entry.result.year}年各校${line.name}未达标情况`,
        ),
      );
    }
  }
  if (assessment.monitoring) tables.push(...(monitoringTables(entry) ?? []));
  return tables.filter((table): table is TableModel => table !== undefined);
}
