import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { docxBytes, page } from '../../src/editions/docx.ts';
import type { ChartImage, Edition, TableModel } from '../../src/editions/model.ts';
import {
  editionCharts,
  figureRun,
  planCharts,
  planEdition,
  reportEdition,
} from '../../src/editions/report.ts';
import type { EditionEntry } from '../../src/editions/tables.ts';
import type { Block, Inline } from '../../src/narrative/blocks.ts';
import {
  docxParts,
  type ExampleReport,
  exampleProject,
  fakeImage,
  paragraphTexts,
  wellFormed,
} from './support.ts';

let entries: Map<string, EditionEntry>;
let reports: ExampleReport[];

beforeAll(async () => {
  ({ entries, reports } = await exampleProject());
});

afterEach(() => {
  vi.useRealTimers();
});

const imagesFor = (charts: { id: string }[]) =>
  new Map<string, ChartImage>(charts.map((chart) => [chart.id, fakeImage]));

function editionOf(report: ExampleReport): Edition {
  const input = { entry: report.entry, all: entries, blocks: report.blocks, meta: report.meta };
  return reportEdition({ ...input, images: imagesFor(editionCharts(input)) });
}

function* figuresOf(blocks: readonly Block[]): Generator<Record<string, string>> {
  const inline = function* (runs: readonly Inline[]): Generator<Record<string, string>> {
    for (const run of runs) {
      if (run.kind !== 'element') continue;
      if (run.name === 'Figure') yield run.attributes;
      yield* inline(run.children);
    }
  };
  for (const block of blocks) {
    if (block.kind === 'paragraph' || block.kind === 'heading') yield* inline(block.inlines);
    else if (block.kind === 'list') for (const item of block.items) yield* figuresOf(item);
    else if (block.kind === 'quote') yield* figuresOf(block.blocks);
    else yield* figuresOf(block.children);
  }
}

const tablesOf = (edition: Edition): TableModel[] => [
  ...edition.parts.flatMap((part) => (part.kind === 'table' ? [part.table] : [])),
  ...(edition.appendix?.tables ?? []),
];

describe('the Word edition of each example report', () => {
  test('there are example reports to test', () => {
    expect(reports.length).toBeGreaterThanOrEqual(5);
  });

  test('unzips; every XML part is well-formed; the parts Word needs are there', async () => {
    for (const report of reports) {
      const parts = docxParts(await docxBytes(editionOf(report)));
      for (const name of [
        '[Content_Types].xml',
        '_rels/.rels',
        'word/document.xml',
        'word/styles.xml',
        'word/fontTable.xml',
      ])
        expect(parts[name], `${report.id}: ${name}`).toBeDefined();
      for (const [name, xml] of Object.entries(parts))
        expect(wellFormed(xml), `${report.id}: ${name}`).toBe(true);
      expect(parts['[Content_Types].xml']).toContain('/word/fontTable.xml');
      expect(parts['word/_rels/document.xml.rels']).toContain('Target="fontTable.xml"');
    }
  });

  test('declares East Asian fonts, with fallbacks in the font table', async () => {
    const parts = docxParts(await docxBytes(editionOf(reports[0] as ExampleReport)));
    expect(parts['word/styles.xml']).toMatch(/<w:rFonts [^>]*w:eastAsia="仿宋_GB2312"/);
    expect(parts['word/styles.xml']).toContain('w:eastAsia="zh-CN"');
    expect(parts['word/document.xml']).toMatch(/w:eastAsia="方正小标宋简体"/);
    expect(parts['word/document.xml']).toMatch(/w:eastAsia="黑体"/);
    for (const [face, fallback] of [
      ['仿宋_GB2312', 'FangSong'],
      ['方正小标宋简体', 'SimSun'],
      ['黑体', 'SimHei'],
      ['楷体_GB2312', 'KaiTi'],
    ])
      expect(parts['word/fontTable.xml']).toContain(
        `<w:font w:name="${face}"><w:altName w:val="${fallback}"/>`,
      );
    expect(parts['word/fontTable.xml']).toContain('<w:charset w:val="86"/>');
    // No font is embedded.
    expect(Object.keys(parts).some((name) => name.startsWith('word/fonts/'))).toBe(false);
  });

  test('its text holds every figure the page prints, in the same form', async () => {
    let checked = 0;
    for (const report of reports) {
      const text = paragraphTexts(
        docxParts(await docxBytes(editionOf(report)))['word/document.xml'] ?? '',
      ).join('\n');
      for (const attributes of figuresOf(report.blocks)) {
        const printed = figureRun(attributes, { entry: report.entry, all: entries });
        expect(printed, `${report.id}: ${attributes.k}`).toBeDefined();
        expect(text, `${report.id}: ${attributes.k}`).toContain(printed);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  test('the figures come in the order the narrative prints them, each paragraph whole', async () => {
    const report = reports.find((item) => item.id === 'longting/2021') as ExampleReport;
    const paragraphs = paragraphTexts(
      docxParts(await docxBytes(editionOf(report)))['word/document.xml'] ?? '',
    );
    const facts = paragraphs.find((text) => text.startsWith('按示例数据，全区有义务教育学校'));
    expect(facts).toMatch(/^按示例数据，全区有义务教育学校 ?\d+ ?所、教学点 ?\d+ ?个，小学在校生 ?\d+ ?人/);
  });

  test('every table component is a Word table with a grid, a width on every cell, repeated headers and right-aligned numbers', async () => {
    for (const report of reports) {
      const edition = editionOf(report);
      const xml = docxParts(await docxBytes(edition))['word/document.xml'] ?? '';
      const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((match) => match[0]);
      const models = tablesOf(edition);
      expect(tables.length, report.id).toBe(models.length);
      tables.forEach((table, index) => {
        const model = models[index] as TableModel;
        const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((match) => Number(match[1]));
        const columns =
          (model.header[model.header.length - 1] ?? []).length + (model.header.length > 1 ? 1 : 0);
        expect(grid.length, `${report.id}: ${model.caption}`).toBeGreaterThanOrEqual(Math.min(columns, 2));
        expect(grid.reduce((a, b) => a + b, 0)).toBe(page.textWidth);
        const cells = table.match(/<w:tc>/g)?.length ?? 0;
        const widths = table.match(/<w:tcW w:type="dxa" w:w="\d+"\/>/g)?.length ?? 0;
        expect(widths, `${report.id}: ${model.caption}`).toBe(cells);
        expect(table).toContain('<w:tblLayout w:type="fixed"/>');
        expect(table.match(/<w:tblHeader\/>/g)?.length ?? 0).toBe(model.header.length);
        if (model.body.some((row) => row.some((cell) => cell.num)))
          expect(table).toContain('<w:jc w:val="right"/>');
      });
    }
  });

  test('charts are SVG pictures with a PNG fallback, with caption and description', async () => {
    const report = reports.find((item) => item.id === 'longting/2021') as ExampleReport;
    const edition = editionOf(report);
    const charts = edition.parts.filter((part) => part.kind === 'chart');
    expect(charts.length).toBeGreaterThan(0);
    const bytes = await docxBytes(edition);
    const parts = docxParts(bytes);
    const xml = parts['word/document.xml'] ?? '';
    expect(xml.match(/<asvg:svgBlip /g)?.length).toBe(charts.length);
    expect(xml.match(/<a:blip /g)?.length).toBe(charts.length);
    const paragraphs = paragraphTexts(xml);
    for (const chart of charts) {
      if (chart.kind !== 'chart') continue;
      expect(paragraphs).toContain(chart.caption);
      expect(paragraphs).toContain(chart.description);
    }
    expect(parts['word/_rels/document.xml.rels']).toMatch(/Target="media\/[^"]+\.svg"/);
    expect(parts['word/_rels/document.xml.rels']).toMatch(/Target="media\/[^"]+\.png"/);
  });

  test('laid out as a 公文: A4, 版心 156 × 225 mm, 22 lines, 三号 body, 二号 title, page numbers — 1 —, 落款 and 附件', async () => {
    const report = reports.find((item) => item.id === 'longting/2021') as ExampleReport;
    const edition = editionOf(report);
    const parts = docxParts(await docxBytes(edition));
    const xml = parts['word/document.xml'] ?? '';
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    const margins = /<w:pgMar w:top="(\d+)" w:right="(\d+)" w:bottom="(\d+)" w:left="(\d+)"/.exec(xml);
    const [top, right, bottom, left] = (margins ?? []).slice(1).map(Number) as [
      number,
      number,
      number,
      number,
    ];
    const mm = (twips: number) => (twips * 25.4) / 1440;
    expect(mm(11906 - left - right)).toBeCloseTo(156, 0);
    expect(mm(16838 - top - bottom)).toBeCloseTo(225, 0);
    expect(xml).toMatch(/<w:docGrid w:type="lines" w:linePitch="579"\/>/);
    expect(parts['word/styles.xml']).toContain('<w:sz w:val="32"/>');
    expect(xml).toMatch(/<w:sz w:val="44"\/>[\s\S]*?<w:t[^>]*>龙亭区2021年/);
    const footers = Object.entries(parts).filter(([name]) => /^word\/footer\d+\.xml$/.test(name));
    expect(footers.length).toBe(2);
    for (const [, footer] of footers) {
      expect(footer).toMatch(/<w:t xml:space="preserve">— <\/w:t>/);
      expect(footer).toContain('PAGE');
    }
    expect(parts['word/settings.xml']).toContain('<w:evenAndOddHeaders/>');
    const paragraphs = paragraphTexts(xml);
    const headings = paragraphs.filter((text) => /^[一二三四五六七八九十]+、/.test(text));
    expect(headings[0]).toBe('一、基本情况：从哪里起步');
    expect(headings.length).toBe(
      report.blocks.filter((block) => block.kind === 'heading' && block.depth === 2).length,
    );
    expect(paragraphs).toContain('龙亭区教育局（示例）');
    expect(paragraphs).toContain('2021年8月18日');
    expect(paragraphs.indexOf('附件')).toBeGreaterThan(paragraphs.indexOf('2021年8月18日'));
    expect(paragraphs.some((text) => text.startsWith('示例数据：'))).toBe(true);
  });

  test('the 附件 holds the data page’s tables', () => {
    const report = reports.find((item) => item.id === 'tongdao/2019') as ExampleReport;
    const appendix = editionOf(report).appendix;
    expect(appendix?.tables.map((table) => table.caption)[0]).toContain('义务教育基本情况');
    expect(appendix?.tables.length).toBeGreaterThanOrEqual(3);
  });

  test('two builds, at different times, give the same bytes', async () => {
    const report = reports[0] as ExampleReport;
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T08:00:00Z'));
    const first = await docxBytes(editionOf(report));
    vi.setSystemTime(new Date('2031-06-15T17:31:07Z'));
    const second = await docxBytes(editionOf(report));
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(docxParts(first)['docProps/core.xml']).toContain(`>${editionOf(report).isoDate}<`);
  });

  test('markup in a school name stays plain text', async () => {
    const report = reports.find((item) => item.id === 'longting/2021') as ExampleReport;
    const name = '<b>粗体</b>{1+1}<script>alert(1)</script>&amp;';
    const result = structuredClone(report.entry.result);
    const school = result.schools.find((item) => item.levels.primary?.quality?.inScope);
    if (school === undefined) throw new Error('no school in scope');
    school.name = name;
    const entry = { ...report.entry, result };
    const input = { entry, all: entries, blocks: report.blocks, meta: report.meta };
    const xml =
      docxParts(await docxBytes(reportEdition({ ...input, images: new Map() })))['word/document.xml'] ?? '';
    expect(wellFormed(xml)).toBe(true);
    expect(xml).toContain('&lt;b&gt;粗体&lt;/b&gt;{1+1}&lt;script&gt;alert(1)&lt;/script&gt;&amp;amp;');
    expect(xml).not.toContain('<script>');
    expect(paragraphTexts(xml)).toContain(name);
  });
});

describe('the Word edition of the plan page', () => {
  test('phases, goals, the compliance table and each 学段’s shortfalls', async () => {
    const entry = [...entries.values()].find((item) => item.county.plan !== undefined) as EditionEntry;
    const edition = planEdition({ entry, images: imagesFor(planCharts(entry)), publisher: undefined });
    expect(edition).toBeDefined();
    const parts = docxParts(await docxBytes(edition as Edition));
    const paragraphs = paragraphTexts(parts['word/document.xml'] ?? '');
    expect(paragraphs[0]).toBe(entry.county.plan?.title);
    expect(paragraphs).toContain('一、实施阶段');
    for (const phase of entry.county.plan?.phases ?? [])
      expect(paragraphs.some((text) => text.includes(phase.name))).toBe(true);
    // The compliance table, each 学段's shortfalls and, with a plan's progress, <PlanProgress>'s table.
    const progress = entry.result.assessment?.plan === undefined ? 0 : 1;
    expect(parts['word/document.xml']?.match(/<w:tbl>/g)?.length).toBe(3 + progress);
  });
});

describe('a component the editions do not know', () => {
  test('becomes a table naming it and its attributes, never dropped', async () => {
    const report = reports[0] as ExampleReport;
    const blocks: Block[] = [
      { kind: 'heading', depth: 2, inlines: [{ kind: 'text', text: '评估' }] },
      { kind: 'element', name: 'FutureSummary', attributes: { level: 'primary' }, children: [] },
      { kind: 'paragraph', inlines: [{ kind: 'element', name: 'NewTable', attributes: {}, children: [] }] },
    ];
    const edition = reportEdition({ entry: report.entry, all: entries, blocks, meta: {}, images: new Map() });
    const tables = edition.parts.flatMap((part) => (part.kind === 'table' ? [part.table] : []));
    expect(tables.map((table) => table.caption)).toEqual(['FutureSummary', 'NewTable']);
    const text = paragraphTexts(docxParts(await docxBytes(edition))['word/document.xml'] ?? '');
    expect(text).toContain('此部分见网页版');
    expect(text).toContain('primary');
  });
});
