/**
 * Every chart is rendered to SVG once: in memory for the pages of one build, and on disk for
 * the next build. The disk entry's name is the chart's id (a hash of its spec) under a folder
 * named by a hash of the rendering code, so a change of spec or renderer misses the cache
 * instead of reusing a stale picture.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChartDefinition } from '../charts/chart.ts';
import { renderSvg } from '../charts/render-svg.ts';
import { cacheRoot, projectRoot } from '../cli/root.ts';
import { hurryInPool, poolAvailable, renderInPool } from './chart-pool.ts';
import { recordChartUse } from './charts-used.ts';

/**
 * The charts of this build by id, on a global: `npm run build` starts drawing charts before Astro
 * loads this module through its own module runner (prepareCharts), and the pages find them here.
 */
const renderedKey = Symbol.for('junheng.chartsRendered');
const global = globalThis as Record<symbol, Map<string, Promise<string>> | undefined>;
global[renderedKey] ??= new Map();
const rendered: Map<string, Promise<string>> = global[renderedKey];
let folder: string | undefined;

/** The code that turns a spec into SVG: the chart modules and the Vega versions. */
function rendererHash(): string {
  const hash = createHash('sha256');
  const codeDir = join(import.meta.dirname, '..', 'charts');
  try {
    for (const name of readdirSync(codeDir).sort())
      hash.update(name).update(readFileSync(join(codeDir, name)));
  } catch {
    // Bundled away from its sources (never in this project's builds): key by the versions only.
  }
  for (const pkg of ['vega', 'vega-lite']) {
    try {
      hash.update(readFileSync(join(projectRoot(), 'node_modules', pkg, 'package.json')));
    } catch {
      hash.update(pkg);
    }
  }
  return hash.digest('hex').slice(0, 16);
}

function cacheFolder(): string {
  folder ??= join(cacheRoot(), 'charts', rendererHash());
  return folder;
}

/**
 * A chart's SVG: drawn once per build, or read from the disk cache. `ahead`: asked for by the
 * build before any page waits for it (prepareCharts).
 */
export function chartSvg(definition: ChartDefinition, ahead = false): Promise<string> {
  const known = rendered.get(definition.id);
  if (known !== undefined) {
    if (!ahead && poolAvailable()) hurryInPool(definition.id);
    return known;
  }
  recordChartUse(cacheFolder(), definition.id);
  const promise = (async () => {
    const path = join(cacheFolder(), `${definition.id}.svg`);
    try {
      return readFileSync(path, 'utf8');
    } catch {
      const svg = poolAvailable()
        ? await renderInPool(definition.id, definition.spec, !ahead)
        : await renderSvg(definition.spec);
      mkdirSync(cacheFolder(), { recursive: true });
      writeFileSync(path, svg);
      // The spec beside it: `npm run bench` weighs the same page drawn in the browser instead.
      writeFileSync(join(cacheFolder(), `${definition.id}.vl.json`), JSON.stringify(definition.spec));
      return svg;
    }
  })();
  rendered.set(definition.id, promise);
  return promise;
}

/**
 * Starts drawing charts the pages will ask for, in order, without waiting for them: a few at a
 * time, giving way between, so that Astro starts meanwhile. A chart that fails is reported by the
 * page that shows it; one no page shows was drawn for nothing.
 */
export async function prepareCharts(definitions: Iterable<ChartDefinition>): Promise<void> {
  // Without threads (JUNHENG_CHART_WORKERS=0) drawing ahead would only hold up this thread.
  if (!poolAvailable()) return;
  let count = 0;
  for (const definition of definitions) {
    chartSvg(definition, true).catch(() => {});
    count += 1;
    if (count % 16 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
}
