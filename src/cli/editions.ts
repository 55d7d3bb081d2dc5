/**
 * `npm run editions`: after `npm run build`, writes each report page's editions into dist/ next
 * to the page: a Word document (report.docx, plan.docx) laid out by src/editions from the parsed
 * narrative and the results, and a PDF (report.pdf, plan.pdf) that Chromium prints from the built
 * page with the print stylesheet. Then the report and data pages list the editions written, with
 * their sizes (a page never links a file that does not exist). `npm run build` needs no browser;
 * this step does (scripts/ensure-chromium.ts finds or installs it).
 *
 * Options: `--docx-only` skips the PDFs (no browser needed); `--only=<county>,…` makes the
 * editions of those counties alone (as `npm run bench` does on the generated province);
 * `--timings` prints each phase's time.
 * Charts are drawn through the build's chart cache (usually all found there) and rasterised to
 * PNG with resvg, with the system's CJK font cut down to the charts' characters. Two runs write the same bytes.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { load as loadYaml } from 'js-yaml';
import { ensureChromium } from '../../scripts/ensure-chromium.ts';
import type { ChartDefinition } from '../charts/chart.ts';
import { docxBytes } from '../editions/docx.ts';
import { subsetFont, svgText } from '../editions/font-subset.ts';
import {
  type EditionLink,
  editionLinksHtml,
  insertEditionLinks,
  removeEditionLinks,
} from '../editions/links.ts';
import type { ChartImage, Edition } from '../editions/model.ts';
import { normalizePdf } from '../editions/pdf.ts';
import { rasterise, standaloneSvg, svgSize } from '../editions/png.ts';
import {
  editionCharts,
  planCharts,
  planEdition,
  type ReportMeta,
  reportEdition,
} from '../editions/report.ts';
import type { EditionEntry } from '../editions/tables.ts';
import { latestPublisher } from '../figures/signature.ts';
import { cacheRoot, projectRoot } from '../load/project-root.ts';
import { readNarratives } from '../load/read-narratives.ts';
import { type RawFile, readProjectFiles } from '../load/read-project.ts';
import { seal, unseal } from '../load/sealed.ts';
import { narrativeBlocks } from '../narrative/blocks.ts';
import { narrativeDocument, narrativeOutline } from '../narrative/document.ts';
import { hasErrors, runProject } from '../pipeline.ts';
import { createChartCache } from '../site/chart-cache.ts';
import { paths } from '../site/links.ts';
import { fixedDecimal } from '../text/decimal.ts';
import { installFatalHandler } from './fatal.ts';
import { writeAtomically } from './write-atomic.ts';

installFatalHandler();
const started = performance.now();
const timings = process.argv.includes('--timings');
const docxOnly = process.argv.includes('--docx-only');
const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',')
  .filter(Boolean);
const wanted = (county: string) => only === undefined || only.includes(county);
let lapStarted = started;
const lap = (phase: string) => {
  const now = performance.now();
  if (timings) console.error(`  ${phase}：${fixedDecimal((now - lapStarted) / 1000, 2)} 秒`);
  lapStarted = now;
};

const root = projectRoot();
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`没有找到 ${dist}/index.html：先运行 npm run build，再运行 npm run editions。`);
  process.exit(1);
}

const { narratives } = await readNarratives(root);
/**
 * With --only, the counties' own files and those of the counties their narratives cite
 * (`of="county/year"`) are computed; the standards and the rest of data/ are read as always.
 */
function needed(files: RawFile[]): RawFile[] {
  if (only === undefined) return files;
  const counties = new Set(only);
  for (const narrative of narratives) {
    const county = /^content\/reports\/([^/]+)\//.exec(narrative.file)?.[1];
    if (county !== undefined && only.includes(county))
      for (const cited of narrativeOutline(narrativeDocument(narrative)).counties) counties.add(cited);
  }
  return files.filter((file) => {
    const county = /^data\/counties\/([^/]+)\//.exec(file.file)?.[1];
    return county === undefined || counties.has(county);
  });
}
const run = runProject(needed(await readProjectFiles(root)));
if (hasErrors(run.problems)) {
  console.error('数据有错误：先运行 npm run check 并改正。');
  process.exit(1);
}
lap('读取数据和报告正文');

const entries = new Map<string, EditionEntry>(
  run.outputs.map((output) => [
    `${output.county}/${output.year}`,
    { result: output.result, county: output.countyFile, standards: output.standards },
  ]),
);

// --- Charts: SVG from the build's cache, PNG rasterised here ------------------------------------

const charts = createChartCache();
/** The font the charts' text is drawn with (scripts/ensure-chromium.ts installs it on a fresh machine). */
const cjkFontFiles = ['NotoSansCJK-Regular.ttc', 'NotoSansCJK-Bold.ttc']
  .map((name) => join(process.env.JUNHENG_CJK_FONTS ?? '/usr/share/fonts/opentype/noto', name))
  .filter((file) => existsSync(file));
if (cjkFontFiles.length === 0) {
  console.error(
    '没有找到中文字体（Noto Sans CJK）：运行 npm run site:browser 安装，或设置 JUNHENG_CJK_FONTS。',
  );
  process.exit(1);
}
const images = new Map<string, ChartImage>();
const pngFolder = join(cacheRoot(), 'edition-png');
const resvgVersion = String(
  (
    JSON.parse(
      readFileSync(join(import.meta.dirname, '../../node_modules/@resvg/resvg-js/package.json'), 'utf8'),
    ) as {
      version?: string;
    }
  ).version,
);

/** A chart's PNG in the cache folder: by the SVG, resvg's version and the font files. */
function pngCacheFile(id: string, svg: string): string {
  const key = createHash('sha256')
    .update(svg)
    .update(resvgVersion)
    .update(cjkFontFiles.join('|'))
    .digest('hex');
  return join(pngFolder, `${id}-${key.slice(0, 16)}.png`);
}

function cachedPng(file: string): Uint8Array | undefined {
  try {
    const cached = unseal(readFileSync(file));
    return cached === undefined ? undefined : new Uint8Array(cached);
  } catch {
    return undefined;
  }
}

/**
 * The fonts to rasterise with: each CJK file cut down to the characters of the charts to draw
 * (src/editions/font-subset.ts; the drawing is the same, in a fraction of the time), written to a
 * temporary folder. The face of a collection (.ttc) is Noto Sans CJK SC's, the third.
 */
async function subsetFonts(svgs: readonly string[], folder: string): Promise<string[]> {
  const text = svgs.map(svgText).join('');
  const files: string[] = [];
  for (const file of cjkFontFiles) {
    const subset = await subsetFont(readFileSync(file), file.endsWith('.ttc') ? 2 : 0, text);
    const out = join(folder, `${files.length}.otf`);
    writeFileSync(out, subset);
    files.push(out);
  }
  return files;
}

/**
 * Each chart's SVG (standalone, with its namespace) and its PNG fallback at twice its size,
 * rasterised by resvg, or read from the cache folder where an earlier run left it.
 */
async function draw(definitions: readonly ChartDefinition[]): Promise<void> {
  const unique = [...new Map(definitions.map((definition) => [definition.id, definition])).values()];
  const missing: { id: string; svg: string; file: string; width: number; height: number }[] = [];
  for (const definition of unique) {
    const svg = standaloneSvg(await charts.svg(definition));
    const { width, height } = svgSize(svg);
    const file = pngCacheFile(definition.id, svg);
    const png = cachedPng(file);
    if (png !== undefined) images.set(definition.id, { svg, png, width, height });
    else missing.push({ id: definition.id, svg, file, width, height });
  }
  if (missing.length === 0) return;
  const folder = mkdtempSync(join(tmpdir(), 'junheng-fonts-'));
  try {
    const fonts = await subsetFonts(
      missing.map((chart) => chart.svg),
      folder,
    );
    mkdirSync(pngFolder, { recursive: true });
    for (const chart of missing) {
      const png = rasterise(chart.svg, chart.width, fonts);
      writeFileSync(chart.file, seal(png));
      images.set(chart.id, { svg: chart.svg, png, width: chart.width, height: chart.height });
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

// --- Word -------------------------------------------------------------------------------------

interface Written {
  /** The page the editions belong to, under dist/ (e.g. longting/2021/). */
  page: string;
  /** Pages that list them: the report page and its data page. */
  listedOn: string[];
  /** The file stem inside the page's folder: report or plan. */
  stem: string;
  edition: Edition;
  /** A download name for people: 龙亭区2021年报告. */
  label: string;
}

const written: Written[] = [];
const frontMatter = (text: string | undefined): ReportMeta => {
  if (text === undefined) return {};
  const data = loadYaml(text) as Record<string, unknown> | undefined;
  const field = (name: string) => {
    const value = data?.[name];
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
  };
  return {
    title: field('title'),
    publisher: field('publisher'),
    published: field('published'),
    updated: field('updated'),
    source: field('source'),
  };
};

/** Each county's reports with their publishers: the plan's 落款 names the latest. */
const countyReports = new Map<string, { year: number; publisher: string | undefined }[]>();
// First what every edition will show, so that the charts are drawn side by side; then the editions.
const toDraw: ChartDefinition[] = [];
const toMake: (() => Written | undefined)[] = [];
for (const [id, entry] of [...entries].sort(([a], [b]) => a.localeCompare(b))) {
  const page = `${paths.report(entry.county.id, entry.result.year).replace(/^\//, '')}`;
  if (!wanted(entry.county.id) || !existsSync(join(dist, page, 'index.html'))) continue;
  const narrative = narratives.find((item) => item.file === `content/reports/${id}.mdx`);
  const blocks = narrative === undefined ? undefined : narrativeBlocks(narrative.text);
  const fm = narrative === undefined ? '' : /^---\r?\n([\s\S]*?)\r?\n---/.exec(narrative.text)?.[1];
  const meta = frontMatter(fm);
  countyReports.set(entry.county.id, [
    ...(countyReports.get(entry.county.id) ?? []),
    { year: entry.result.year, publisher: meta.publisher },
  ]);
  toDraw.push(...editionCharts({ entry, all: entries, blocks }));
  const data = paths.data(entry.county.id, entry.result.year).replace(/^\//, '');
  toMake.push(() => ({
    page,
    listedOn: [page, data],
    stem: 'report',
    edition: reportEdition({ entry, all: entries, blocks, meta, images }),
    label: `${entry.county.name}${entry.result.year}年报告`,
  }));
}
for (const entry of latestByCounty()) {
  if (entry.county.plan === undefined || !wanted(entry.county.id)) continue;
  const page = paths.plan(entry.county.id).replace(/^\//, '');
  if (!existsSync(join(dist, page, 'index.html'))) continue;
  toDraw.push(...planCharts(entry));
  toMake.push(() => {
    const publisher = latestPublisher(countyReports.get(entry.county.id) ?? []);
    const edition = planEdition({ entry, images, publisher });
    return edition === undefined
      ? undefined
      : { page, listedOn: [page], stem: 'plan', edition, label: `${entry.county.name}优质均衡规划` };
  });
}
await draw(toDraw);
for (const make of toMake) {
  const item = make();
  if (item !== undefined) written.push(item);
}
lap(`绘制图表（${images.size} 张）`);

function latestByCounty(): EditionEntry[] {
  const latest = new Map<string, EditionEntry>();
  for (const entry of entries.values()) {
    const known = latest.get(entry.county.id);
    if (known === undefined || known.result.year < entry.result.year) latest.set(entry.county.id, entry);
  }
  return [...latest.values()].sort((a, b) => a.county.id.localeCompare(b.county.id));
}

const sizes = new Map<string, number>();
for (const item of written) {
  const file = join(dist, item.page, `${item.stem}.docx`);
  const bytes = await docxBytes(item.edition);
  await writeAtomically(file, bytes);
  sizes.set(file, bytes.length);
}
lap(`Word 文档（${written.length} 份）`);

// --- PDF --------------------------------------------------------------------------------------

if (!docxOnly) {
  const { chromium } = await import('playwright-core');
  const { executablePath } = ensureChromium({ log: () => {} });
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    for (const item of written) {
      // The page as the build wrote it, without the list of editions an earlier run added (the
      // list is not printed, but its markup would still change the PDF's bytes): a copy beside
      // it, so that its relative addresses hold, removed once printed.
      const html = readFileSync(join(dist, item.page, 'index.html'), 'utf8');
      const printed = join(dist, item.page, '.print.html');
      writeFileSync(printed, removeEditionLinks(html));
      try {
        await tab.goto(pathToFileURL(printed).href, { waitUntil: 'load' });
      } finally {
        rmSync(printed, { force: true });
      }
      await tab.emulateMedia({ media: 'print' });
      // The page numbers (「— 1 —」) are the print stylesheet's own, in the @page margin boxes.
      const pdf = await tab.pdf({
        format: 'A4',
        preferCSSPageSize: true,
        printBackground: false,
        tagged: true,
      });
      const file = join(dist, item.page, `${item.stem}.pdf`);
      const bytes = normalizePdf(new Uint8Array(pdf), item.edition.isoDate, item.edition.title);
      await writeAtomically(file, bytes);
      sizes.set(file, bytes.length);
    }
  } finally {
    await browser.close();
  }
  lap(`PDF（${written.length} 份）`);
}

// --- Links on the pages ------------------------------------------------------------------------

const pageLinks = new Map<string, EditionLink[]>();
for (const item of written) {
  for (const kind of ['docx', 'pdf'] as const) {
    const file = join(dist, item.page, `${item.stem}.${kind}`);
    if (!existsSync(file)) continue;
    const size = sizes.get(file) ?? statSync(file).size;
    for (const listing of item.listedOn) {
      const links = pageLinks.get(listing) ?? [];
      links.push({
        href: `/${item.page}${item.stem}.${kind}`,
        kind,
        size,
        download: `${item.label}.${kind}`,
      });
      pageLinks.set(listing, links);
    }
  }
}
let linked = 0;
for (const [page, links] of pageLinks) {
  const file = join(dist, page, 'index.html');
  const html = readFileSync(file, 'utf8');
  const updated = insertEditionLinks(html, editionLinksHtml(links, `/${page}`));
  if (updated !== html) {
    await writeAtomically(file, updated);
    linked++;
  }
}
lap(`页面链接（${linked} 页）`);

const total = [...sizes.values()].reduce((sum, size) => sum + size, 0);
console.log(
  `已写出 ${sizes.size} 个文件（${written.length} 份报告，共 ${fixedDecimal(total / 1024, 0)} KB），用时 ${fixedDecimal((performance.now() - started) / 1000, 1)} 秒。`,
);
