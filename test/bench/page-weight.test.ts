/** pageWeight: a page and what it loads from its own site, each file once, raw and gzip. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, expect, test } from 'vitest';
import { pageWeight } from '../../scripts/bench/page-weight.ts';

const site = mkdtempSync(join(tmpdir(), 'junheng-page-weight-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

const files: Record<string, string> = {
  'a/b/index.html': [
    '<!doctype html><html><head>',
    '<link rel="stylesheet" href="../../style.css">',
    '<link rel="icon" href="/favicon.svg">',
    '<link rel="canonical" href="https://example.org/a/b/">',
    '<script src="../../search.js"></script>',
    '<style>.x{background:url("../../dot.png")}</style>',
    '<!-- <img src="../../never.png"> -->',
    '</head><body>',
    '<img src="pic.png" srcset="pic.png 1x, pic@2x.png 2x">',
    '<a href="data/">数据</a><a href="../../report.pdf">PDF</a>',
    '<img src="https://other.example/x.png"><img src="data:image/png;base64,AAAA">',
    '<script src="../../search.js"></script>',
    '</body></html>',
  ].join('\n'),
  'style.css': '@import "more.css"; body{background:url(dot.png)}',
  'more.css': 'h1{color:red}',
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'search.js': 'console.log(1)',
  'dot.png': 'PNG',
  'a/b/pic.png': 'PNG1',
  'a/b/pic@2x.png': 'PNG22',
  'a/b/data/index.html': '<html>not loaded</html>',
  'report.pdf': '%PDF',
  'never.png': 'never',
};
for (const [path, content] of Object.entries(files)) {
  mkdirSync(join(site, path, '..'), { recursive: true });
  writeFileSync(join(site, path), content);
}

test('counts the page and every same-site file it loads, once; not links, other sites or comments', () => {
  const weight = pageWeight(site, 'a/b/index.html');
  expect(weight.files).toEqual([
    'a/b/index.html',
    'style.css',
    'favicon.svg',
    'search.js',
    'a/b/pic.png',
    'a/b/pic@2x.png',
    'dot.png',
    'more.css',
  ]);
  const content = weight.files.map((file) => Buffer.from(files[file] ?? ''));
  expect(weight.bytes).toBe(content.reduce((sum, bytes) => sum + bytes.length, 0));
  expect(weight.gzip).toBe(content.reduce((sum, bytes) => sum + gzipSync(bytes).length, 0));
});

test('a page that is not there is an error', () => {
  expect(() => pageWeight(site, 'nope/index.html')).toThrow(/nope/);
});
