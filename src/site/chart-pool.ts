/**
 * Charts drawn in worker threads while the main thread renders pages: on two cores, the page
 * rendering and the chart rendering run side by side. Used only in `npm run build`, which says
 * where the code is (JUNHENG_CODE_ROOT); elsewhere charts are drawn in the calling thread.
 *
 * Requests wait in two queues: what a page is waiting for now, and what the build prepared
 * ahead (prepareCharts), which the threads take only when no page waits. A page that asks for a
 * prepared chart not yet started moves it to the front. Each thread has one chart at a time.
 */
import { cpus } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { TopLevelSpec } from 'vega-lite';
import type { RenderReply, RenderRequest } from '../charts/render-svg.ts';

interface Job {
  id: string;
  spec: TopLevelSpec;
  resolve(svg: string): void;
  reject(error: Error): void;
}

/**
 * The threads, the queues and the charts in the threads, on a global: Astro loads this module
 * through its own module runner, `npm run build` prepares charts from its own copy before Astro
 * starts, and stops the threads when the pages are done (closeChartPool).
 */
interface Pool {
  idle: Worker[];
  all: Worker[];
  now: Job[];
  ahead: Job[];
  running: Map<string, Job>;
}
const poolKey = Symbol.for('junheng.chartPool');
const global = globalThis as Record<symbol, Pool | undefined>;
global[poolKey] ??= { idle: [], all: [], now: [], ahead: [], running: new Map() };
const pool: Pool = global[poolKey];

export function poolAvailable(): boolean {
  return process.env.JUNHENG_CODE_ROOT !== undefined && process.env.JUNHENG_CHART_WORKERS !== '0';
}

function failAll(error: Error): void {
  for (const job of [...pool.running.values(), ...pool.now.splice(0), ...pool.ahead.splice(0)])
    job.reject(error);
  pool.running.clear();
}

function startThreads(): void {
  const file = join(process.env.JUNHENG_CODE_ROOT ?? '.', 'src/charts/render-worker.ts');
  const count = Math.max(1, Number(process.env.JUNHENG_CHART_WORKERS ?? cpus().length));
  for (let i = 0; i < count; i++) {
    const thread = new Worker(file);
    thread.on('message', (reply: RenderReply) => {
      const job = pool.running.get(reply.id);
      pool.running.delete(reply.id);
      if ('svg' in reply) job?.resolve(reply.svg);
      else job?.reject(new Error(reply.error));
      pool.idle.push(thread);
      dispatch();
    });
    thread.on('error', failAll);
    thread.on('exit', (code) => {
      if (code !== 0 && pool.running.size > 0) failAll(new Error(`chart worker stopped (${code})`));
    });
    pool.all.push(thread);
    pool.idle.push(thread);
  }
}

function dispatch(): void {
  while (pool.idle.length > 0) {
    const job = pool.now.shift() ?? pool.ahead.shift();
    const thread = job === undefined ? undefined : pool.idle.pop();
    if (job === undefined || thread === undefined) return;
    pool.running.set(job.id, job);
    thread.postMessage({ id: job.id, spec: job.spec } satisfies RenderRequest);
  }
}

/** Draws a chart in a thread: first of all when a page waits for it, else after those. */
export function renderInPool(id: string, spec: TopLevelSpec, waitedFor = true): Promise<string> {
  if (pool.all.length === 0) startThreads();
  return new Promise<string>((resolve, reject) => {
    (waitedFor ? pool.now : pool.ahead).push({ id, spec, resolve, reject });
    dispatch();
  });
}

/** A page now waits for a chart prepared ahead: it goes to the front if not started yet. */
export function hurryInPool(id: string): void {
  const at = pool.ahead.findIndex((job) => job.id === id);
  const [job] = at < 0 ? [] : pool.ahead.splice(at, 1);
  if (job !== undefined) pool.now.push(job);
}

/** Stops the chart threads (from the build, once every page is written). */
export async function closeChartPool(): Promise<void> {
  pool.idle.splice(0);
  await Promise.all(pool.all.splice(0).map((thread) => thread.terminate()));
}
