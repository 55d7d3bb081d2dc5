/**
 * What a person's browser would show wrong on one page, as a list of problems (empty when the
 * page is right). Each problem starts with its kind, so a test can tell them apart:
 * `status`, `console error`, `page error`, `failed request`, `other origin`, `CSP violation`,
 * `no JavaScript`, `axe`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';
import { axeTags, enterLargeTextMode, minimumMainText } from './config.ts';
import type { SiteServer } from './server.ts';

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

/** What axe.min.js puts on `window`. */
interface AxeGlobal {
  run(context: Document, options: RunOptions): Promise<AxeResults>;
}

/** Protocols that reach a network; `data:`, `blob:` and `about:` stay in the page. */
const networkProtocols = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);

function isForeign(url: string, origin: string): boolean {
  try {
    const parsed = new URL(url);
    return networkProtocols.has(parsed.protocol) && parsed.origin !== origin;
  } catch {
    return false;
  }
}

/**
 * Navigates; a status other than 200 (or no response) is a problem, and then the page is not
 * looked at further (false), so its report is that one line rather than everything that follows.
 */
async function open(page: Page, url: string, problems: string[]): Promise<boolean> {
  const response = await page.goto(url, { waitUntil: 'load' });
  if (response === null) problems.push(`status: no response for ${url}`);
  else if (response.status() !== 200) problems.push(`status: ${response.status()} for ${url}`);
  return response?.status() === 200;
}

/** Records `securitypolicyviolation` events on `window.__cspViolations` from the document's start. */
function recordCspViolations(): void {
  const seen: string[] = [];
  Object.defineProperty(window, '__cspViolations', { value: seen });
  document.addEventListener('securitypolicyviolation', (event) => {
    const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}` : '';
    const sample = event.sample ? ` (${event.sample})` : '';
    seen.push(
      `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}${where}${sample}; policy: ${event.originalPolicy}`,
    );
  });
}

/**
 * Loads a page with JavaScript on: the page must answer 200 and log no console error, throw no
 * error, fail no request, ask no other origin for anything, and break no Content-Security-Policy.
 * Requests to other origins are aborted, so nothing leaves the machine.
 */
export async function checkPageLoad(
  context: BrowserContext,
  server: SiteServer,
  pagePath: string,
): Promise<string[]> {
  const problems: string[] = [];
  const page = await context.newPage();
  try {
    await page.addInitScript(recordCspViolations);
    await page.route(
      (url) => isForeign(url.href, server.origin),
      (route) => route.abort('blockedbyclient'),
    );
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const { url, lineNumber } = message.location();
      problems.push(`console error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('request', (request) => {
      if (isForeign(request.url(), server.origin)) {
        problems.push(`other origin: ${request.resourceType()} ${request.url()}`);
      }
    });
    page.on('requestfailed', (request) => {
      if (isForeign(request.url(), server.origin)) return; // reported as 'other origin'
      problems.push(`failed request: ${request.url()} (${request.failure()?.errorText ?? 'failed'})`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400)
        problems.push(`failed request: ${response.url()} answered ${response.status()}`);
    });

    if (!(await open(page, server.urlOf(pagePath), problems)))
      return problems.filter((p) => p.startsWith('status'));
    // Scripts may fetch after load: wait until the network has been quiet for a moment.
    await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => {
      problems.push('failed request: the network was still busy 15 s after load');
    });
    const violations = await page.evaluate(
      () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
    );
    for (const violation of violations) problems.push(`CSP violation: ${violation}`);
  } finally {
    await page.close();
  }
  return problems;
}

interface NoScriptFacts {
  mains: number;
  heading: string;
  mainText: number;
  figures: { index: number; caption: string; problem: string | undefined }[];
}

/** Measures, in the page, what a reader without JavaScript sees of the text and the charts. */
function readWithoutScript(): NoScriptFacts {
  const visible = (element: Element): boolean => {
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
  };
  const mains = document.querySelectorAll('main');
  const main = mains[0];
  const figures = [...document.querySelectorAll('figure')].map((figure, index) => {
    const caption = (figure.querySelector('figcaption')?.textContent ?? '').trim().slice(0, 40);
    const svg = [...figure.querySelectorAll('svg')].find(
      (found) => found.parentElement?.closest('svg') === null,
    );
    let problem: string | undefined;
    if (svg === undefined) {
      const other = figure.querySelector('table, img, picture, blockquote, pre');
      if (other === null)
        problem = 'has no inline <svg> (a chart drawn by a script is blank without JavaScript)';
      else if (!visible(other)) problem = `its <${other.localName}> is not visible`;
    } else if (!visible(svg)) {
      const box = svg.getBoundingClientRect();
      problem = `its <svg> is not visible (box ${Math.round(box.width)}×${Math.round(box.height)})`;
    } else {
      const marks = [
        ...svg.querySelectorAll('path, rect, line, circle, ellipse, polygon, polyline, text, image'),
      ];
      if (!marks.some(visible)) problem = 'its <svg> draws nothing visible';
    }
    return { index, caption, problem };
  });
  return {
    mains: mains.length,
    heading: (main?.querySelector('h1')?.textContent ?? '').trim(),
    mainText: main instanceof HTMLElement ? main.innerText.replace(/\s+/g, '').length : 0,
    figures,
  };
}

/**
 * Reads a page in a browser with JavaScript off: one `<main>` with an `<h1>` and text, and every
 * `<figure>` shows its chart (inline `<svg>` with a non-zero box that draws something).
 */
export async function checkWithoutJavaScript(
  context: BrowserContext,
  server: SiteServer,
  pagePath: string,
): Promise<string[]> {
  const problems: string[] = [];
  const page = await context.newPage();
  try {
    if (!(await open(page, server.urlOf(pagePath), problems))) return problems;
    const facts = await page.evaluate(readWithoutScript);
    if (facts.mains !== 1) problems.push(`no JavaScript: ${facts.mains} <main> elements, expected 1`);
    if (facts.heading === '') problems.push('no JavaScript: <main> shows no <h1> with text');
    if (facts.mainText < minimumMainText) {
      problems.push(
        `no JavaScript: <main> shows ${facts.mainText} characters of text (at least ${minimumMainText})`,
      );
    }
    for (const figure of facts.figures) {
      if (figure.problem !== undefined) {
        const name = figure.caption === '' ? '' : ` 「${figure.caption}」`;
        problems.push(`no JavaScript: figure ${figure.index + 1}${name} ${figure.problem}`);
      }
    }
  } finally {
    await page.close();
  }
  return problems;
}

export type ReadingMode = 'normal' | 'large';

function formatViolations(results: AxeResults): string[] {
  return results.violations.map((violation) => {
    const nodes = violation.nodes.slice(0, 5).map((node) => {
      const target = node.target.map(String).join(' ');
      const summary = (node.failureSummary ?? '').replace(/\s+/g, ' ').trim();
      return `${target}${summary ? ` — ${summary}` : ''}`;
    });
    const more = violation.nodes.length > 5 ? ` (+${violation.nodes.length - 5} more)` : '';
    return `axe: ${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}; ${violation.nodes.length} element(s)${more}: ${nodes.join(' | ')}`;
  });
}

/**
 * Runs axe-core (WCAG 2.1 A and AA) on a page in the given reading mode. axe is injected as an
 * inline script with the served text of axe.min.js: nothing is fetched. The context must have
 * `bypassCSP`, or a strict policy (rightly) refuses the inline script.
 */
export async function checkAccessibility(
  context: BrowserContext,
  server: SiteServer,
  pagePath: string,
  mode: ReadingMode,
): Promise<string[]> {
  const problems: string[] = [];
  const page = await context.newPage();
  try {
    if (!(await open(page, server.urlOf(pagePath), problems))) return problems;
    if (mode === 'large') await enterLargeTextMode(page);
    axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    await page.addScriptTag({ content: axeSource });
    const results = await page.evaluate(
      (tags) =>
        (window as unknown as { axe: AxeGlobal }).axe.run(document, {
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations'],
        }),
      axeTags,
    );
    problems.push(...formatViolations(results));
  } finally {
    await page.close();
  }
  return problems;
}

/** Writes a full-page PNG of a page in the given reading mode; returns the page's height in pixels. */
export async function screenshot(
  context: BrowserContext,
  server: SiteServer,
  pagePath: string,
  mode: ReadingMode,
  file: string,
): Promise<{ height: number; problems: string[] }> {
  const problems: string[] = [];
  const page = await context.newPage();
  try {
    if (!(await open(page, server.urlOf(pagePath), problems))) return { height: 0, problems };
    if (mode === 'large') await enterLargeTextMode(page);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    return { height, problems };
  } finally {
    await page.close();
  }
}
