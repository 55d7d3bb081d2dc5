/**
 * School names are data, never markup: names carrying HTML, SVG or MDX syntax come out as
 * plain text in every page, chart, table and download.
 */
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { ensureLibreOffice } from '../../scripts/ensure-libreoffice.ts';
import { root } from '../helpers/fixtures.ts';

const run = promisify(execFile);
const names = ['<script>alert(1)</script>', '"><svg onload=alert(1)>', '{x}', '</Script >'];
let dir: string;

function htmlFiles(base: string): string[] {
  return readdirSync(base).flatMap((name) => {
    const path = join(base, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'junheng-names-'));
  cpSync(join(root, 'data/standards'), join(dir, 'data/standards'), { recursive: true });
  cpSync(join(root, 'data/counties/longting'), join(dir, 'data/counties/longting'), {
    recursive: true,
    // One county-year: the example's later years (2022 onwards) are not part of this project.
    filter: (path) => !/longting\/20(2[2-9]|3\d)\.yaml$/.test(path),
  });
  cpSync(join(root, 'content/site.yaml'), join(dir, 'content/site.yaml'));
  const file = join(dir, 'data/counties/longting/2021.yaml');
  const document = parseDocument(readFileSync(file, 'utf8'));
  names.forEach((name, index) => {
    document.setIn(['schools', index, 'name'], name);
  });
  writeFileSync(file, document.toString());
  await run(process.execPath, [join(root, 'src/cli/build.ts')], {
    env: { ...process.env, JUNHENG_ROOT: dir },
  });
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('markup in school names', () => {
  test('HTML pages (tables and inline SVG charts) show them as text', () => {
    const pages = htmlFiles(join(dir, 'dist')).map((path) => readFileSync(path, 'utf8'));
    const all = pages.join('\n');
    expect(all).not.toContain('<script>alert(1)</script>');
    expect(all).not.toContain('<svg onload');
    expect(all).not.toMatch(/<\/Script >/i);
    expect(all).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(all).toContain('{x}');
    // The only scripts on any page are the site's own files.
    for (const page of pages) {
      for (const match of page.matchAll(/<script\b[^>]*>/gi))
        expect(match[0]).toMatch(/src="[^"]*\/?(mode|search)\.js"/);
    }
  });

  test('CSV and XLSX keep them literal', () => {
    const csv = readFileSync(join(dir, 'dist/longting/2021/data/longting-2021-schools.csv'), 'utf8');
    for (const name of names) expect(csv).toContain(name.includes('"') ? name.replaceAll('"', '""') : name);
    const xlsx = unzipSync(readFileSync(join(dir, 'dist/longting/2021/data/longting-2021.xlsx')));
    const strings = Object.entries(xlsx)
      .filter(([path]) => path.startsWith('xl/'))
      .map(([, bytes]) => new TextDecoder().decode(bytes))
      .join('\n');
    expect(strings).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(strings).not.toContain('<script>');
  });

  test('the Word and PDF editions (the plan lists the schools) carry them as text', async () => {
    // poppler's pdftotext reads the PDF; installed with LibreOffice when missing.
    ensureLibreOffice({ log: () => {} });
    await run(process.execPath, [join(root, 'src/cli/editions.ts')], {
      env: { ...process.env, JUNHENG_ROOT: dir },
    });
    const docx = unzipSync(readFileSync(join(dir, 'dist/longting/plan/plan.docx')));
    const xml = new TextDecoder().decode(docx['word/document.xml']);
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('<svg onload');
    const pdf = execFileSync('pdftotext', [join(dir, 'dist/longting/plan/plan.pdf'), '-'], {
      encoding: 'utf8',
    });
    const text = pdf.replace(/\s+/g, '');
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('{x}');
  }, 180_000);
});
