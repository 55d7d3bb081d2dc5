/**
 * The whole assessment's components in the editions: each a real Word table (never the
 * "此部分见网页版" stand-in) with the page's captions, headers and texts, the engine's states as
 * printed; Longting 2021's narrative summary as a table; the 附件 with the data page's
 * assessment tables; the plan edition with <PlanProgress>'s chart and table.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { assessmentDataTables, assessmentParts } from '../../src/editions/assessment-tables.ts';
import { columnWidths, docxBytes, tableFontSize, unbreakableUnits } from '../../src/editions/docx.ts';
import type { ChartImage, Edition, Part, TableModel } from '../../src/editions/model.ts';
import { editionCharts, planCharts, planEdition, reportEdition } from '../../src/editions/report.ts';
import type { EditionEntry } from '../../src/editions/tables.ts';
import {
  lineStateText,
  lineTitle,
  lineValueText,
  partName,
  verdictText,
  vetoLineStateText,
} from '../../src/figures/assessment.ts';
import type { Block } from '../../src/narrative/blocks.ts';
import { docxParts, type ExampleReport, exampleProject, fakeImage, paragraphTexts } from './support.ts';

let entries: Map<string, EditionEntry>;
let reports: ExampleReport[];

beforeAll(async () => {
  ({ entries, reports } = await exampleProject());
});

const imagesFor = (charts: { id: string }[]) =>
  new Map<string, ChartImage>(charts.map((chart) => [chart.id, fakeImage]));

const tablesIn = (parts: readonly Part[]): TableModel[] =>
  parts.flatMap((part) => (part.kind === 'table' ? [part.table] : []));

const texts = (row: readonly { text: string }[] | undefined) => (row ?? []).map((cell) => cell.text);

/** A report edition of one component, as a narrative holding only it. */
function editionWith(entry: EditionEntry, name: string, attributes: Record<string, string> = {}): Edition {
  const blocks: Block[] = [
    { kind: 'heading', depth: 2, inlines: [{ kind: 'text', text: '认定评估' }] },
    { kind: 'element', name, attributes, children: [] },
  ];
  const input = { entry, all: entries, blocks, meta: {} };
  return reportEdition({ ...input, images: imagesFor(editionCharts(input)) });
}

const notFallback = (table: TableModel) => {
  expect(texts(table.body.flat())).not.toContain('此部分见网页版');
  expect(table.header[0]?.[0]?.text).not.toBe('项目');
};

const stateTexts = new Set(['达标', '未达标', '未提供']);

describe('<AssessmentSummary> in the editions', () => {
  test('the 一览表: a row per line and per veto, the page’s headers, the engine’s states as printed', () => {
    let checked = 0;
    for (const [id, entry] of entries) {
      const quality = entry.result.assessment?.quality;
      if (quality === undefined) continue;
      const tables = tablesIn(editionWith(entry, 'AssessmentSummary').parts);
      expect(tables.length, id).toBe(1);
      const table = tables[0] as TableModel;
      notFallback(table);
      expect(table.caption).toBe(
        `${entry.county.name}${entry.result.year}年义务教育优质均衡发展达标情况一览表`,
      );
      expect(texts(table.header[0])).toEqual(['序号', '评估内容', '标准', '实际', '是否达标']);
      const rows = table.body.filter((row) => row.length === 5);
      expect(rows.length, id).toBe(quality.lines.length + quality.vetoes.length);
      for (const row of rows) expect(stateTexts, id).toContain(row[4]?.text);
      // The lines in part order, each as the page prints it.
      const lineRows = rows.slice(0, quality.lines.length);
      for (const line of quality.lines) {
        const row = lineRows.find((item) => item[1]?.text === lineTitle(line));
        expect(row, `${id}: ${line.id}`).toBeDefined();
        expect(row?.[3]?.text).toBe(lineValueText(line));
        expect(row?.[4]?.text).toBe(lineStateText(line.state));
      }
      const vetoRows = rows.slice(quality.lines.length);
      quality.vetoes.forEach((veto, index) => {
        expect(vetoRows[index]?.[2]?.text).toBe('不得存在');
        expect(vetoRows[index]?.[4]?.text).toBe(vetoLineStateText(veto.state));
      });
      // The part rows: 资源配置（n 项）… and the veto heading.
      const groups = table.body.filter((row) => row.length === 1).map((row) => row[0]?.text);
      expect(groups[0]).toMatch(new RegExp(`^${partName('resources')}（\\d+ 项）$`));
      expect(groups.at(-1)).toBe(`${partName('veto')}（任一存在即不予认定）`);
      expect(texts(table.foot?.[0])).toContain(verdictText(quality.verdict));
      expect(table.foot?.[0]?.[1]?.text).toContain(`共 ${quality.counts.total} 项`);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  test('Longting 2021’s report has its summary as a Word table, not the stand-in', async () => {
    const report = reports.find((item) => item.id === 'longting/2021') as ExampleReport;
    const input = { entry: report.entry, all: entries, blocks: report.blocks, meta: report.meta };
    const edition = reportEdition({ ...input, images: imagesFor(editionCharts(input)) });
    const caption = '龙亭区2021年义务教育优质均衡发展达标情况一览表';
    const summary = tablesIn(edition.parts).find((table) => table.caption === caption);
    expect(summary).toBeDefined();
    const xml = docxParts(await docxBytes(edition))['word/document.xml'] ?? '';
    const paragraphs = paragraphTexts(xml);
    expect(paragraphs).toContain(caption);
    expect(paragraphs).not.toContain('此部分见网页版');
    expect(paragraphs).toContain('资源配置（7 项）');
    expect(paragraphs).toContain('是否达标');
  });

  test('a county-year without the assessment says so, as the page does', () => {
    const entry = entries.get('longting/2021') as EditionEntry;
    const result = structuredClone(entry.result);
    delete result.assessment;
    const bare = { ...entry, result };
    for (const [name, what] of [
      ['AssessmentSummary', '达标情况一览表'],
      ['GovernmentTable', '政府保障程度'],
      ['QualityTable', '教育质量'],
      ['EntryPanel', '认定条件'],
      ['SchoolLineTable', '逐校达标情况（G5）'],
      ['MonitoringTable', '基本均衡年度监测（需有上一年度的测算结果）'],
      ['PlanProgress', '规划进度（需有规划目标年份和至少一年的测算结果）'],
    ] as const) {
      const parts = assessmentParts(name, name === 'SchoolLineTable' ? { line: 'G5' } : {}, bare) ?? [];
      expect(parts, name).toEqual([
        { kind: 'note', text: `${what}：本年度的数据尚未包含这一部分的评估结果。` },
      ]);
    }
  });
});

describe('the other assessment components in the editions', () => {
  test('<GovernmentTable> and <QualityTable>: 指标, 标准, 实际, 是否达标, 佐证材料, a row per line', () => {
    const entry = entries.get('longting/2021') as EditionEntry;
    const quality = entry.result.assessment?.quality;
    for (const [name, part] of [
      ['GovernmentTable', 'government'],
      ['QualityTable', 'quality'],
    ] as const) {
      const tables = tablesIn(editionWith(entry, name, { caption: '表题' }).parts);
      expect(tables.length, name).toBe(1);
      const table = tables[0] as TableModel;
      notFallback(table);
      expect(table.caption).toBe('表题');
      expect(texts(table.header[0])).toEqual(['指标', '标准', '实际', '是否达标', '佐证材料']);
      const lines = quality?.lines.filter((line) => line.part === part) ?? [];
      expect(table.body.length).toBe(lines.length);
      lines.forEach((line, index) => {
        expect(texts(table.body[index])).toEqual([
          `${line.number}. ${lineTitle(line)}`,
          line.standard,
          lineValueText(line),
          lineStateText(line.state),
          expect.any(String),
        ]);
      });
    }
  });

  test('<SchoolLineTable line>: the sentence, then the failing schools with their gap', () => {
    const entry = entries.get('longting/2021') as EditionEntry;
    for (const id of ['G3', 'G4', 'G5', 'G6', 'G9', 'G12', 'Q4']) {
      const line = entry.result.assessment?.quality?.lines.find((item) => item.id === id);
      const edition = editionWith(entry, 'SchoolLineTable', { line: id });
      const [, sentence, ...rest] = edition.parts;
      if (line === undefined) {
        expect(sentence?.kind).toBe('note');
        continue;
      }
      expect(sentence?.kind).toBe('paragraph');
      const text = sentence?.kind === 'paragraph' ? sentence.runs.map((run) => run.text).join('') : '';
      expect(text).toContain(
        `${partName(line.part)}·${lineTitle(line)}：${line.standard}。全县${lineStateText(line.state)}`,
      );
      const tables = tablesIn(rest);
      const schools = line.schools ?? [];
      expect(tables.length, id).toBe(schools.length > 0 ? 1 : 0);
      if (schools.length === 0) continue;
      const table = tables[0] as TableModel;
      expect(texts(table.header[0])).toEqual(['学校', '学段', '实际', '标准', '差距']);
      expect(table.body.length).toBe(schools.length);
      for (const row of table.body) expect(row[4]?.text).toMatch(/^相差 /);
    }
  });

  test('<EntryPanel>: the 认定条件 by group, each with the engine’s state', () => {
    const entry = entries.get('longting/2021') as EditionEntry;
    const assessment = entry.result.assessment;
    const tables = tablesIn(editionWith(entry, 'EntryPanel').parts);
    expect(tables.length).toBe(1);
    const table = tables[0] as TableModel;
    notFallback(table);
    expect(table.caption).toBe('龙亭区2021年认定条件');
    expect(texts(table.header[0])).toEqual(['条件', '标准', '实际', '是否达标']);
    const lines = [...(assessment?.quality?.entry ?? []), ...(assessment?.basic?.conditions ?? [])];
    const rows = table.body.filter((row) => row.length === 4);
    expect(rows.length).toBe(lines.length);
    for (const row of rows) expect(stateTexts).toContain(row[3]?.text);
    if (assessment?.basic)
      expect(texts(table.body.map((row) => row[0] ?? { text: '' }))).toContain(
        `${partName('basic')}：${verdictText(assessment.basic.verdict)}`,
      );
  });

  test('<MonitoringTable>: the conclusion, the composites, the coefficients and both watch lists', () => {
    const [id, entry] = [...entries].find(([, item]) => item.result.assessment?.monitoring) ?? [];
    if (entry === undefined) throw new Error('no county-year with monitoring');
    const monitoring = entry.result.assessment?.monitoring;
    const parts = editionWith(entry, 'MonitoringTable').parts;
    expect(parts[1]?.kind, id).toBe('paragraph');
    const tables = tablesIn(parts);
    expect(tables.length).toBe((monitoring?.coefficients.length ?? 0) > 0 ? 4 : 3);
    tables.forEach(notFallback);
    expect(tables[0]?.caption).toContain('基本均衡年度监测：综合差异系数');
    expect(tables[0]?.body.length).toBe(monitoring?.composites.length);
    expect(tables.at(-2)?.caption).toContain(`大班额学校（${monitoring?.largeClasses.length} 所）`);
    expect(tables.at(-1)?.caption).toContain(`超大规模学校（${monitoring?.largeSchools.length} 所）`);
  });

  test('<PlanProgress>: how the projection is made, its chart and its table', () => {
    // Five years of results: the table's widest form.
    const entry = entries.get('longting/2025') as EditionEntry;
    const plan = entry.result.assessment?.plan;
    const parts = editionWith(entry, 'PlanProgress').parts;
    expect(parts.map((part) => part.kind)).toEqual(['heading', 'paragraph', 'chart', 'table']);
    const chart = parts[2];
    expect(chart?.kind === 'chart' && chart.image).toBeTruthy();
    const table = tablesIn(parts)[0] as TableModel;
    expect(texts(table.header[0])).toEqual([
      '学校',
      '差距项',
      ...(plan?.years ?? []).map((year) => `${year} 年差额`),
      '变化速度',
      '预计达到年份',
      `${plan?.targetYear} 年前能否达到`,
      '说明',
    ]);
    const lines = (plan?.schools ?? []).reduce((sum, school) => sum + school.lines.length, 0);
    expect(table.body.length).toBe(Math.max(1, lines));
    // Many columns: set smaller than 小四, and no figure is split across lines.
    const size = tableFontSize(table);
    expect(size).toBeLessThan(24);
    const widths = columnWidths(table);
    for (const row of table.body) {
      const offset = widths.length - row.length;
      row.forEach((cell, index) => {
        if (cell.num)
          expect(widths[index + offset]).toBeGreaterThanOrEqual(unbreakableUnits(cell.text) * size * 10);
      });
    }
  });
});

describe('the 附件 and the plan edition', () => {
  test('the 附件 holds the data page’s assessment tables, in its order', () => {
    const report = reports.find((item) => item.id === 'longting/2021') as ExampleReport;
    const input = { entry: report.entry, all: entries, blocks: report.blocks, meta: report.meta };
    const captions = (reportEdition({ ...input, images: new Map() }).appendix?.tables ?? []).map(
      (table) => table.caption,
    );
    const expected = assessmentDataTables(report.entry).map((table) => table.caption);
    expect(expected.slice(0, 4)).toEqual([
      '龙亭区2021年认定条件',
      '龙亭区2021年义务教育优质均衡发展达标情况一览表',
      '龙亭区2021年政府保障程度达标情况',
      '龙亭区2021年教育质量达标情况',
    ]);
    const schoolLines = (report.entry.result.assessment?.quality?.lines ?? []).filter(
      (line) => line.part !== 'resources' && (line.schools?.length ?? 0) > 0,
    );
    expect(expected.length).toBe(4 + schoolLines.length);
    const start = captions.indexOf(expected[0] as string);
    expect(captions.slice(start, start + expected.length)).toEqual(expected);
    // The published figures' check stays last, as on the data page.
    if (report.entry.result.published.length > 0) expect(captions.at(-1)).toContain('已公开数字');
  });

  test('the plan edition has <PlanProgress>’s section: chart and table', async () => {
    const entry = entries.get('longting/2025') as EditionEntry;
    const edition = planEdition({ entry, images: imagesFor(planCharts(entry)), publisher: undefined });
    const target = entry.result.assessment?.plan?.targetYear;
    const headings = edition?.parts.flatMap((part) => (part.kind === 'heading' ? [part.text] : []));
    expect(headings).toContain(`各校逐年进度：能否在 ${target} 年前达到`);
    const captions = (edition?.parts ?? []).flatMap((part) =>
      part.kind === 'table' || part.kind === 'chart'
        ? [part.kind === 'table' ? part.table.caption : part.caption]
        : [],
    );
    expect(captions.some((caption) => caption.includes('各校差距逐年变化与推算'))).toBe(true);
    const progressChart = (edition?.parts ?? []).find(
      (part) =>
        part.kind === 'chart' &&
        planCharts(entry).some((chart) => chart.kind === 'plan-progress' && chart.caption === part.caption),
    );
    expect(progressChart?.kind === 'chart' && progressChart.image).toBeTruthy();
    const xml = docxParts(await docxBytes(edition as Edition))['word/document.xml'] ?? '';
    expect(paragraphTexts(xml).some((text) => text.startsWith('推算方法：'))).toBe(true);
  });
});
