/**
 * The harness itself: the hand-written fixture site passes every check, and a copy broken on
 * purpose fails each check with the problem it is for. Independent of SITE_DIR.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ensureChromium } from '../../scripts/ensure-chromium.ts';
import { type Browser, launchBrowser } from './support/browser.ts';
import { checkAccessibility, checkPageLoad, checkWithoutJavaScript } from './support/checks.ts';
import { basePath, fixtureSiteDir, isReportPage } from './support/config.ts';
import {
  checkDownloads,
  checkLang,
  checkReferences,
  checkStylesheet,
  type PageFacts,
  readPageFacts,
} from './support/links.ts';
import { listPages, pageUrlPath, screenshotName } from './support/pages.ts';
import { type SiteServer, startSiteServer } from './support/server.ts';
import { validatePage } from './support/validate-html.ts';

const report = 'tongdao/2019/index.html';

/** Each mistake, written into a copy of the fixture: [file, text to find, what to put there]. */
const mistakes: [string, string, string][] = [
  [
    report,
    '</main>',
    [
      '<img src="https://example.org/logo.png" alt="徽标">', // another origin
      '<img src="../../assets/pic.svg">', // no alt
      '<p><a href="/about.html">方法</a></p>', // absolute link
      '<p><a href="../2019/">本页</a></p>', // a folder
      '<p><a href="../../about.html#nope">无此锚点</a></p>', // missing anchor
      '<p><a href="data/tongdao-2020.json" download>2020 年</a></p>', // missing download
      '<p style="color: #333">行内样式</p>', // breaks style-src 'self'
      '<figure><div class="chart"></div><figcaption>图 2　由脚本绘制</figcaption></figure>', // chart needs JS
      '<figure><svg class="hidden" width="300" height="100"><title>空</title><rect width="9" height="9"/></svg><figcaption>图 3　隐藏</figcaption></figure>',
      '<p id="composite">重复的 id</p>', // invalid HTML
      '</main>',
    ].join('\n'),
  ],
  [
    report,
    '</head>',
    '<link rel="stylesheet" href="/assets/site.css">\n<script src="../../assets/bad.js"></script>\n</head>',
  ],
  ['about.html', '<html lang="zh-CN">', '<html lang="en">'],
  ['index.html', '<main>', '<div>'],
  ['index.html', '</main>', '</div>'],
  [
    'assets/site.css',
    'a {',
    '.hidden {\n  display: none;\n}\n\nhtml[data-mode="large"] main p {\n  color: #aaa;\n}\n\n.never {\n  background: url(/assets/bg.png);\n}\n\na {',
  ],
];

function breakCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'junheng-broken-site-'));
  cpSync(fixtureSiteDir, dir, { recursive: true });
  for (const [file, find, replace] of mistakes) {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    if (!text.includes(find)) throw new Error(`${file} has no ${find}`);
    writeFileSync(path, text.replace(find, replace));
  }
  writeFileSync(
    join(dir, 'assets/pic.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>',
  );
  writeFileSync(join(dir, 'assets/bad.js'), "console.error('坏了');\nthrow new Error('脚本出错');\n");
  return dir;
}

interface Harness {
  server: SiteServer;
  withScript: Browser;
  withoutScript: Browser;
  forAxe: Browser;
}

async function startHarness(dir: string): Promise<Harness> {
  return {
    server: await startSiteServer(dir, basePath),
    withScript: await launchBrowser(),
    withoutScript: await launchBrowser({ javaScriptEnabled: false }),
    forAxe: await launchBrowser({ bypassCSP: true }),
  };
}

async function stopHarness(harness: Harness | undefined): Promise<void> {
  if (harness === undefined) return;
  await harness.withScript.close();
  await harness.withoutScript.close();
  await harness.forAxe.close();
  await harness.server.close();
}

/** Every problem every check finds on every page of a site, one array per page and check. */
async function checkEverything(
  dir: string,
  harness: Harness,
): Promise<Record<string, Record<string, string[]>>> {
  const { server } = harness;
  const pages = listPages(dir);
  const facts = new Map<string, PageFacts>();
  for (const page of pages) facts.set(page, await readPageFacts(harness.withoutScript.context, server, page));
  const found: Record<string, Record<string, string[]>> = {};
  for (const page of pages) {
    const pageFacts = facts.get(page) as PageFacts;
    found[page] = {
      load: await checkPageLoad(harness.withScript.context, server, page),
      noScript: await checkWithoutJavaScript(harness.withoutScript.context, server, page),
      axe: await checkAccessibility(harness.forAxe.context, server, page, 'normal'),
      axeLarge: await checkAccessibility(harness.forAxe.context, server, page, 'large'),
      lang: checkLang(pageFacts),
      links: checkReferences(dir, page, pageFacts, (path) => facts.get(path)),
      downloads: checkDownloads(dir, page, pageFacts),
      html: await validatePage(dir, page),
    };
  }
  found['assets/site.css'] = { css: checkStylesheet(dir, 'assets/site.css') };
  return found;
}

describe('the fixture site passes every check', () => {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await startHarness(fixtureSiteDir);
  });
  afterAll(() => stopHarness(harness));

  test('no problem on any page', async () => {
    const found = await checkEverything(fixtureSiteDir, harness as Harness);
    const problems = Object.entries(found).flatMap(([page, checks]) =>
      Object.entries(checks).flatMap(([check, list]) =>
        list.map((problem) => `${page} ${check}: ${problem}`),
      ),
    );
    expect(problems).toEqual([]);
  });
});

describe('a copy with mistakes fails each check with its problem', () => {
  let dir: string;
  let harness: Harness | undefined;
  let found: Record<string, Record<string, string[]>>;
  beforeAll(async () => {
    dir = breakCopy();
    harness = await startHarness(dir);
    found = await checkEverything(dir, harness);
  });
  afterAll(async () => {
    await stopHarness(harness);
    rmSync(dir, { recursive: true, force: true });
  });

  const expected: [page: string, check: string, problem: RegExp][] = [
    [report, 'load', /^other origin: image https:\/\/example\.org\/logo\.png$/],
    [report, 'load', /^failed request: http:\/\/127\.0\.0\.1:\d+\/assets\/site\.css answered 404$/],
    [report, 'load', /^console error: 坏了/],
    [report, 'load', /^page error: 脚本出错$/],
    [report, 'load', /^CSP violation: style-src-attr blocked inline at /],
    [report, 'noScript', /^no JavaScript: figure 2 「图 2　由脚本绘制」 has no inline <svg>/],
    [report, 'noScript', /^no JavaScript: figure 3 「图 3　隐藏」 its <svg> is not visible \(box 0×0\)$/],
    ['index.html', 'noScript', /^no JavaScript: 0 <main> elements, expected 1$/],
    [report, 'axe', /^axe: image-alt \(critical\)/],
    [report, 'axeLarge', /^axe: color-contrast \(serious\)/],
    ['about.html', 'lang', /^lang: <html lang> is "en", expected "zh-CN"$/],
    [
      report,
      'links',
      /^other origin: <img src> "https:\/\/example\.org\/logo\.png" loads from another origin$/,
    ],
    [report, 'links', /^absolute link: <a href> "\/about\.html" .*; write "\.\.\/\.\.\/about\.html"$/],
    [report, 'links', /^absolute link: <link href> "\/assets\/site\.css"/],
    [report, 'links', /^directory link: <a href> "\.\.\/2019\/" .*; write "index\.html"$/],
    [
      report,
      'links',
      /^missing anchor: <a href> "\.\.\/\.\.\/about\.html#nope": about\.html has no id "nope"$/,
    ],
    [
      report,
      'links',
      /^missing target: <a href> "data\/tongdao-2020\.json" → tongdao\/2019\/data\/tongdao-2020\.json does not exist$/,
    ],
    [report, 'downloads', /^download: missing target: .*tongdao-2020\.json/],
    [report, 'html', /^html-validate: \d+:\d+ no-dup-id: Duplicate ID "composite"/],
    [report, 'html', /^html-validate: \d+:\d+ wcag\/h37: /],
    ['assets/site.css', 'css', /^absolute link: url\(\) "\/assets\/bg\.png"/],
  ];

  test.for(expected)('%s %s: %s', ([page, check, problem]) => {
    expect(found[page]?.[check] ?? [], `${page} ${check}`).toContainEqual(expect.stringMatching(problem));
  });

  test('the large-text mode is applied: the contrast problem is there only in large mode', () => {
    expect(found[report]?.axe?.some((problem) => problem.includes('color-contrast'))).toBe(false);
    expect(found[report]?.axeLarge?.some((problem) => problem.includes('color-contrast'))).toBe(true);
  });
});

describe('the server and the page list', () => {
  let server: SiteServer | undefined;
  beforeAll(async () => {
    server = await startSiteServer(fixtureSiteDir, basePath);
  });
  afterAll(() => server?.close());

  test('the site is served under the sub-path only', async () => {
    const { origin, baseUrl } = server as SiteServer;
    expect((await fetch(`${origin}/index.html`)).status).toBe(404);
    expect((await fetch(`${origin}/assets/site.css`)).status).toBe(404);
    expect((await fetch(baseUrl)).status).toBe(200);
    expect((await fetch(`${baseUrl}../index.html`)).status).toBe(404);
    const folder = await fetch(`${baseUrl}tongdao/2019`, { redirect: 'manual' });
    expect([folder.status, folder.headers.get('location')]).toEqual([301, `${basePath}tongdao/2019/`]);
    expect((await fetch(`${baseUrl}tongdao/`)).status).toBe(404); // no index, no listing
    const page = await fetch(`${baseUrl}tongdao/2019/`);
    expect(page.headers.get('content-type')).toBe('text/html'); // no charset: the page declares it
  });

  test('pages, their URLs and their screenshots', () => {
    expect(listPages(fixtureSiteDir)).toEqual(['about.html', 'index.html', report]);
    expect([pageUrlPath('index.html'), pageUrlPath(report), pageUrlPath('about.html')]).toEqual([
      '',
      'tongdao/2019/',
      'about.html',
    ]);
    expect([screenshotName('index.html'), screenshotName(report), screenshotName('about.html')]).toEqual([
      'index.png',
      'tongdao/2019.png',
      'about.png',
    ]);
    const reports = [
      'index.html',
      report,
      'tongdao/2019/data/index.html',
      'tongdao/index.html',
      'reports/a.html',
    ];
    expect(reports.filter(isReportPage)).toEqual([report, 'reports/a.html']);
    expect(() => listPages(join(fixtureSiteDir, 'missing'))).toThrow(
      /does not exist: run `npm run build` first/,
    );
  });
});

describe('ensure-chromium', () => {
  test('stops with the command to run when no browser is there and it may not install', () => {
    const lines: string[] = [];
    const run = () =>
      ensureChromium({ env: { PATH: '' }, candidates: [], install: false, log: (l) => lines.push(l) });
    expect(run).toThrow(/sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium/);
    expect(lines).toEqual([]);
  });

  test('a CHROMIUM_PATH that is set must name an executable', () => {
    expect(() => ensureChromium({ env: { CHROMIUM_PATH: '/nonexistent/chromium' }, install: false })).toThrow(
      /CHROMIUM_PATH is \/nonexistent\/chromium, which is not an executable file/,
    );
  });
});
