/**
 * Each example report's Word edition opened by LibreOffice (Debian's libreoffice-writer, installed
 * by scripts/ensure-libreoffice.ts when missing): converted to PDF without error, A4, a sane
 * number of pages, page numbers on them, and the first page rendered to PNG for a person to look
 * at (test-output/editions/<county>-<year>-page1.png).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ensureLibreOffice } from '../../scripts/ensure-libreoffice.ts';
import { docxBytes } from '../../src/editions/docx.ts';
import type { ChartImage } from '../../src/editions/model.ts';
import { editionCharts, reportEdition } from '../../src/editions/report.ts';
import type { EditionEntry } from '../../src/editions/tables.ts';
import { type ExampleReport, exampleProject, fakeImage, root } from './support.ts';

let soffice: string;
let work: string;
let entries: Map<string, EditionEntry>;
let reports: ExampleReport[];
const review = join(root, 'test-output/editions');

beforeAll(async () => {
  soffice = ensureLibreOffice({ log: () => {} }).executablePath;
  work = mkdtempSync(join(tmpdir(), 'junheng-lo-'));
  mkdirSync(review, { recursive: true });
  ({ entries, reports } = await exampleProject());
}, 900_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

test('LibreOffice converts every example report to an A4 PDF with page numbers', async () => {
  for (const report of reports) {
    const input = { entry: report.entry, all: entries, blocks: report.blocks, meta: report.meta };
    const images = new Map<string, ChartImage>(editionCharts(input).map((chart) => [chart.id, fakeImage]));
    const name = report.id.replace('/', '-');
    const docx = join(work, `${name}.docx`);
    writeFileSync(docx, await docxBytes(reportEdition({ ...input, images })));
    const converted = spawnSync(
      soffice,
      [
        `-env:UserInstallation=file://${work}/profile`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        work,
        docx,
      ],
      { encoding: 'utf8', timeout: 240_000 },
    );
    expect(converted.status, `${report.id}: ${converted.stderr}`).toBe(0);
    expect(converted.stderr).not.toMatch(/error/i);
    const pdf = join(work, `${name}.pdf`);
    expect(existsSync(pdf), report.id).toBe(true);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    expect(pages, report.id).toBeGreaterThanOrEqual(3);
    expect(pages, report.id).toBeLessThanOrEqual(80);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/—\s*1\s*—/);
    expect(text).toMatch(/—\s*2\s*—/);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      pdf,
      join(review, `${name}-page1`),
    ]);
    expect(existsSync(join(review, `${name}-page1.png`))).toBe(true);
  }
}, 900_000);

test('LibreOffice opens a report with its real charts (SVG with the PNG fallback)', async () => {
  const { renderSvg } = await import('../../src/charts/render-svg.ts');
  const { rasterise, standaloneSvg, svgSize } = await import('../../src/editions/png.ts');
  const fonts = ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'].filter((file) => existsSync(file));
  const report = reports.find((item) => item.id === 'longting/2021') as ExampleReport;
  const input = { entry: report.entry, all: entries, blocks: report.blocks, meta: report.meta };
  const images = new Map<string, ChartImage>();
  for (const chart of editionCharts(input)) {
    const svg = standaloneSvg(await renderSvg(chart.spec));
    const { width, height } = svgSize(svg);
    images.set(chart.id, { svg, png: rasterise(svg, width, fonts), width, height });
  }
  expect(images.size).toBeGreaterThan(0);
  const docx = join(work, 'charts.docx');
  writeFileSync(docx, await docxBytes(reportEdition({ ...input, images })));
  const converted = spawnSync(
    soffice,
    [
      `-env:UserInstallation=file://${work}/profile`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      work,
      docx,
    ],
    { encoding: 'utf8', timeout: 240_000 },
  );
  expect(converted.status, converted.stderr).toBe(0);
  const pages = Number(
    /^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [join(work, 'charts.pdf')], { encoding: 'utf8' }))?.[1],
  );
  expect(pages).toBeGreaterThanOrEqual(3);
  // Each chart's picture is in the PDF LibreOffice wrote.
  const listed = execFileSync('pdfimages', ['-list', join(work, 'charts.pdf')], { encoding: 'utf8' });
  expect(listed.trim().split('\n').length - 2).toBeGreaterThanOrEqual(images.size);
}, 600_000);
