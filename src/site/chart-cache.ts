/**
 * Every chart is rendered to SVG once: in memory for the pages of one build, and on disk for
 * the next build. The disk entry's name is the chart's id (a hash of its spec) under a folder
 * named by a hash of the rendering code, so a change of spec or renderer misses the cache
 * instead of reusing a stale picture.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ChartDefinition, renderSvg } from '../charts/index.ts';
import { cacheRoot, projectRoot } from '../cli/root.ts';
import { poolAvailable, renderInPool } from './chart-pool.ts';
import { recordChartUse } from './charts-used.ts';

const rendered = new Map<string, Promise<string>>();
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

export function chartSvg(definition: ChartDefinition): Promise<string> {
  const known = rendered.get(definition.id);
  if (known !== undefined) return known;
  recordChartUse(cacheFolder(), definition.id);
  const promise = (async () => {
    const path = join(cacheFolder(), `${definition.id}.svg`);
    try {
      return readFileSync(path, 'utf8');
    } catch {
      const svg = poolAvailable()
        ? await renderInPool(definition.id, definition.spec)
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
