/**
 * Build-time rendering: Vega-Lite spec → Vega spec → headless View → SVG string. No network
 * (the loader refuses every load), Chinese text measured by `itemTextWidth`, and a post-process
 * that makes the SVG self-contained, accessible (role="img", aria-label and <title> from the
 * caption) and deterministic (element ids numbered per chart, not by a process-wide counter).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { type ChartDefinition, chartId } from './chart.ts';
import { shapeParser } from './compile-cache.ts';
import { escapeHtml } from './table.ts';
import { installTextMetrics } from './text-metrics.ts';

export interface CompiledChart {
  vega: vega.Spec;
  /** Vega-Lite's warnings (a correct spec has none). */
  warnings: string[];
}

/** A logger that keeps warnings and errors instead of printing them. */
function collectingLogger(messages: string[]): vega.LoggerInterface {
  let level = vega.Warn;
  const logger: vega.LoggerInterface = {
    level(value?: number) {
      if (value === undefined) return level;
      level = value;
      return logger;
    },
    error(...args: unknown[]) {
      messages.push(args.map(String).join(' '));
      return logger;
    },
    warn(...args: unknown[]) {
      messages.push(args.map(String).join(' '));
      return logger;
    },
    info() {
      return logger;
    },
    debug() {
      return logger;
    },
  };
  return logger;
}

export function compileChart(spec: TopLevelSpec): CompiledChart {
  const warnings: string[] = [];
  const { spec: vegaSpec } = compile(spec, { logger: collectingLogger(warnings) });
  return { vega: vegaSpec, warnings };
}

/** A loader that loads nothing: every chart carries its data inline. */
function offlineLoader(): vega.Loader {
  const loader = vega.loader();
  const refuse = (uri: string): Promise<never> =>
    Promise.reject(new Error(`charts load no external resource (${uri})`));
  loader.load = refuse;
  loader.sanitize = refuse;
  loader.http = refuse;
  loader.file = refuse;
  return loader;
}

/** The attributes that hold coordinates and sizes, and a number with more than two decimals. */
const GEOMETRY = /\s(d|transform|x|y|x1|x2|y1|y2|dx|dy|width|height|stroke-width)="([^"]*)"/g;
const LONG_NUMBER = /-?\d+\.\d{3,}(?:e-?\d+)?/g;
const rounded = (number: string): string => String(Math.round(Number(number) * 100) / 100);

/**
 * Root attributes for a standalone accessible image, the caption as <title>, no xlink namespace
 * when nothing uses it, and ids renamed `<chart id>-<n>` in order of appearance (vega numbers
 * clip paths and gradients with process-wide counters; two charts inlined in one page must not
 * share an id).
 */
export function finishSvg(svg: string, caption: string, idPrefix: string): string {
  const rootEnd = svg.indexOf('>');
  if (!svg.startsWith('<svg') || rootEnd < 0) throw new Error('vega returned no <svg> element');
  let root = svg.slice(0, rootEnd);
  let body = svg.slice(rootEnd + 1);
  if (!body.includes('xlink:')) root = root.replace(/\s+xmlns:xlink="[^"]*"/, '');
  root = root.replace(/\s+class="marks"/, '');
  const label = escapeHtml(caption);
  root += ` role="img" aria-label="${label}"`;

  // Every rewrite below works inside tags only: text content (school names) is left as written.
  const ids = new Map<string, string>();
  for (const tag of body.match(/<[^>]*>/g) ?? []) {
    const id = /\sid="([^"]+)"/.exec(tag)?.[1];
    if (id !== undefined && !ids.has(id)) ids.set(id, `${idPrefix}-${ids.size + 1}`);
  }
  const families = new Set<string>();
  for (const tag of body.match(/<text\s[^>]*>/g) ?? [])
    families.add(/\sfont-family="([^"]*)"/.exec(tag)?.[1] ?? '');
  const [family] = families;
  // Every text names the same font stack: say it once on the root (it inherits).
  const hoistFont = families.size === 1 && family !== undefined && family !== '';
  if (hoistFont) root += ` font-family="${family}"`;

  body = body.replace(/<[^>]*>/g, (tag) => {
    // Inside role="img" the marks' own ARIA roles are never read: drop them.
    let out = tag.replace(
      /\s(?:role="graphics-[a-z-]+"|aria-roledescription="[^"]*"|aria-hidden="true"|pointer-events="none")/g,
      '',
    );
    if (hoistFont) out = out.replace(` font-family="${family}"`, '');
    if (ids.size > 0) {
      out = out.replace(/(\sid="|url\(#|href="#)([^")]+)/g, (whole, lead: string, id: string) => {
        const renamed = ids.get(id);
        return renamed === undefined ? whole : `${lead}${renamed}`;
      });
    }
    // Geometry to a hundredth of a pixel (vega writes 147.3014004938436), and no opacity that
    // is the default: a third of the bytes, nothing a reader could see.
    out = out
      .replace(
        GEOMETRY,
        (_all, name: string, value: string) => ` ${name}="${value.replace(LONG_NUMBER, rounded)}"`,
      )
      .replace(/\sopacity="1"/g, '');
    // Empty background and foreground paths of every group draw nothing.
    if (/^<path class="(?:background|foreground)" d="(?:M0,0h0v0h0Z)?"(?: display="none")?\/>$/.test(out))
      return '';
    // A mark's description (a chart's hover text) becomes its <title>, which browsers show on
    // hover with no script; inside role="img" it is not read out, and the data table says it all.
    const described = /^<([a-z]+)([^>]*?)\saria-label="([^"]*)"([^>]*?)\/>$/.exec(out);
    return described === null
      ? out
      : `<${described[1]}${described[2]}${described[4]}><title>${described[3]}</title></${described[1]}>`;
  });
  return `${root}><title>${label}</title>${body}`;
}

/** Vega-Lite's compile and Vega's parse, once per chart shape (src/charts/compile-cache.ts). */
const parseByShape = shapeParser(
  (spec) => compileChart(spec).vega,
  (spec) => vega.parse(spec),
);

/** Every chart on its own, with no shape shared: what the cache is tested against. */
export const parseAfresh = (spec: TopLevelSpec): vega.Runtime => vega.parse(compileChart(spec).vega);

/** Renders one Vega-Lite spec to a self-contained SVG string. */
export async function renderSvg(spec: TopLevelSpec, parseSpec = parseByShape): Promise<string> {
  installTextMetrics();
  // Runtime warnings are kept off the console; a failure rejects toSVG.
  const view = new vega.View(parseSpec(spec), {
    renderer: 'none',
    loader: offlineLoader(),
    logger: collectingLogger([]),
  });
  try {
    const svg = await view.toSVG();
    const caption = typeof spec.description === 'string' ? spec.description : '';
    return finishSvg(svg, caption, chartId(spec));
  } finally {
    view.finalize();
  }
}

export interface RenderAllOptions {
  /**
   * Worker threads to use (at most 2); 0 or 1 renders in this thread. Default: 2 for at least
   * WORKER_THRESHOLD distinct charts on a machine with more than 2 cores, else this thread (on
   * 2 cores two workers were slower than one thread: vega's garbage collection wants the second core).
   */
  workers?: number;
  /** Called once for each chart rendered (progress, or proof that a duplicate was rendered once). */
  onRendered?: (id: string) => void;
}

/** Below this many distinct charts, starting workers costs more than it saves. */
export const WORKER_THRESHOLD = 24;
const MAX_WORKERS = 2;

const workerUrl = new URL('./render-worker.ts', import.meta.url);

/** Renders each distinct chart id once; returns SVG by id. */
export async function renderAll(
  definitions: readonly ChartDefinition[],
  options: RenderAllOptions = {},
): Promise<Map<string, string>> {
  const distinct = new Map<string, TopLevelSpec>();
  for (const definition of definitions)
    if (!distinct.has(definition.id)) distinct.set(definition.id, definition.spec);
  const jobs = [...distinct];
  const requested =
    options.workers ?? (jobs.length >= WORKER_THRESHOLD && availableParallelism() > 2 ? MAX_WORKERS : 1);
  const workers = Math.min(requested, MAX_WORKERS, jobs.length);
  const workerFile = workerUrl.protocol === 'file:' ? fileURLToPath(workerUrl) : undefined;
  // Bundled (e.g. by Vite) the worker file is not beside this module: render in this thread.
  if (workers <= 1 || workerFile === undefined || !existsSync(workerFile)) {
    const svgs = new Map<string, string>();
    for (const [id, spec] of jobs) {
      svgs.set(id, await renderSvg(spec));
      options.onRendered?.(id);
    }
    return svgs;
  }
  return renderInWorkers(jobs, workers, workerUrl, options.onRendered);
}

export interface RenderRequest {
  id: string;
  spec: TopLevelSpec;
}

export type RenderReply = { id: string; svg: string } | { id: string; error: string };

async function renderInWorkers(
  jobs: readonly [string, TopLevelSpec][],
  count: number,
  url: URL,
  onRendered: ((id: string) => void) | undefined,
): Promise<Map<string, string>> {
  const svgs = new Map<string, string>();
  let next = 0;
  const runWorker = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(url);
      let failed = false;
      let finished = false;
      const fail = (error: Error): void => {
        if (failed) return;
        failed = true;
        void worker.terminate();
        reject(error);
      };
      const send = (): void => {
        const job = jobs[next];
        next += 1;
        if (job === undefined) {
          finished = true;
          void worker.terminate().then(() => resolve(), fail);
          return;
        }
        const request: RenderRequest = { id: job[0], spec: job[1] };
        worker.postMessage(request);
      };
      worker.on('message', (reply: RenderReply) => {
        if ('error' in reply) {
          fail(new Error(`chart ${reply.id}: ${reply.error}`));
          return;
        }
        svgs.set(reply.id, reply.svg);
        onRendered?.(reply.id);
        send();
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (!finished) fail(new Error(`chart worker stopped (exit code ${code})`));
      });
      worker.on('online', send);
    });
  await Promise.all(Array.from({ length: count }, runWorker));
  // Same order as the input, whichever worker finished first.
  return new Map(jobs.map(([id]) => [id, svgs.get(id) ?? '']));
}
