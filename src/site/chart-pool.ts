/**
 * Charts drawn in worker threads while the main thread renders pages: on two cores, the page
 * rendering and the chart rendering run side by side. Used only in `npm run build`, which says
 * where the code is (JUNHENG_CODE_ROOT); elsewhere charts are drawn in the calling thread.
 */
import { cpus } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { TopLevelSpec } from 'vega-lite';
import type { RenderReply, RenderRequest } from '../charts/render-svg.ts';

interface Pending {
  resolve(svg: string): void;
  reject(error: Error): void;
}

/**
 * The threads, on a global: Astro loads this module through its own module runner, and
 * `npm run build` stops them when the pages are done (closeChartPool).
 */
const poolKey = Symbol.for('junheng.chartWorkers');
const global = globalThis as Record<symbol, Worker[] | undefined>;
global[poolKey] ??= [];
const workers: Worker[] = global[poolKey];
const pending = new Map<string, Pending>();
let turn = 0;

export function poolAvailable(): boolean {
  return process.env.JUNHENG_CODE_ROOT !== undefined && process.env.JUNHENG_CHART_WORKERS !== '0';
}

function worker(): Worker {
  if (workers.length === 0) {
    const file = join(process.env.JUNHENG_CODE_ROOT ?? '.', 'src/charts/render-worker.ts');
    const count = Math.max(1, Number(process.env.JUNHENG_CHART_WORKERS ?? cpus().length));
    for (let i = 0; i < count; i++) {
      const thread = new Worker(file);
      thread.on('message', (reply: RenderReply) => {
        const waiting = pending.get(reply.id);
        pending.delete(reply.id);
        if ('svg' in reply) waiting?.resolve(reply.svg);
        else waiting?.reject(new Error(reply.error));
      });
      const failAll = (error: Error) => {
        for (const [, waiting] of pending) waiting.reject(error);
        pending.clear();
      };
      thread.on('error', failAll);
      thread.on('exit', (code) => {
        if (code !== 0 && pending.size > 0) failAll(new Error(`chart worker stopped (${code})`));
      });
      workers.push(thread);
    }
  }
  const chosen = workers[turn % workers.length];
  turn += 1;
  if (chosen === undefined) throw new Error('no chart worker');
  return chosen;
}

export function renderInPool(id: string, spec: TopLevelSpec): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker().postMessage({ id, spec } satisfies RenderRequest);
  });
}

/** Stops the chart threads (from the build, once every page is written). */
export async function closeChartPool(): Promise<void> {
  const threads = (globalThis as Record<symbol, Worker[] | undefined>)[poolKey] ?? [];
  await Promise.all(threads.splice(0).map((thread) => thread.terminate()));
}
