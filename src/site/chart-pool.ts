/**
 * Charts drawn in worker threads while the main thread renders pages: on two cores, the page
 * rendering and the chart rendering run side by side. `npm run build` makes one pool and hands
 * it to the pages inside its chart cache (src/site/build-context.ts); elsewhere charts are drawn
 * in the calling thread.
 *
 * Requests wait in two queues: what a page is waiting for now, and what the build prepared
 * ahead, which the threads take only when no page waits. A page that asks for a prepared chart
 * not yet started moves it to the front (hurry). Each thread has one chart at a time.
 */
import { Worker } from 'node:worker_threads';
import type { TopLevelSpec } from 'vega-lite';
import type { RenderReply, RenderRequest } from '../charts/render-svg.ts';

export interface ChartPool {
  /** Draws a chart in a thread: first of all when a page waits for it, else after those. */
  render(id: string, spec: TopLevelSpec, waitedFor: boolean): Promise<string>;
  /** A page now waits for a chart prepared ahead: it goes to the front if not started yet. */
  hurry(id: string): void;
  /** Stops the threads (from the build, once every page is written). */
  close(): Promise<void>;
}

interface Job {
  id: string;
  spec: TopLevelSpec;
  resolve(svg: string): void;
  reject(error: Error): void;
}

/** A pool of `threads` chart threads, started at its first chart. */
export function createChartPool(threads: number): ChartPool {
  const idle: Worker[] = [];
  const all: Worker[] = [];
  const now: Job[] = [];
  const ahead: Job[] = [];
  const running = new Map<string, Job>();

  const failAll = (error: Error) => {
    for (const job of [...running.values(), ...now.splice(0), ...ahead.splice(0)]) job.reject(error);
    running.clear();
  };

  const dispatch = () => {
    while (idle.length > 0) {
      const job = now.shift() ?? ahead.shift();
      const thread = job === undefined ? undefined : idle.pop();
      if (job === undefined || thread === undefined) return;
      running.set(job.id, job);
      thread.postMessage({ id: job.id, spec: job.spec } satisfies RenderRequest);
    }
  };

  const start = () => {
    const file = new URL('../charts/render-worker.ts', import.meta.url);
    for (let i = 0; i < Math.max(1, threads); i++) {
      const thread = new Worker(file);
      thread.on('message', (reply: RenderReply) => {
        const job = running.get(reply.id);
        running.delete(reply.id);
        if ('svg' in reply) job?.resolve(reply.svg);
        else job?.reject(new Error(reply.error));
        idle.push(thread);
        dispatch();
      });
      thread.on('error', failAll);
      thread.on('exit', (code) => {
        if (code !== 0 && running.size > 0) failAll(new Error(`chart worker stopped (${code})`));
      });
      all.push(thread);
      idle.push(thread);
    }
  };

  return {
    render(id, spec, waitedFor) {
      if (all.length === 0) start();
      return new Promise<string>((resolve, reject) => {
        (waitedFor ? now : ahead).push({ id, spec, resolve, reject });
        dispatch();
      });
    },
    hurry(id) {
      const at = ahead.findIndex((job) => job.id === id);
      const [job] = at < 0 ? [] : ahead.splice(at, 1);
      if (job !== undefined) now.push(job);
    },
    async close() {
      idle.splice(0);
      await Promise.all(all.splice(0).map((thread) => thread.terminate()));
    },
  };
}
