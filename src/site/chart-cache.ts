/**
 * Every chart is rendered to SVG once: in memory for the pages of one build, and on disk for
 * the next build. The disk entry's name is the chart's id (a hash of its spec) under a folder
 * named by a hash of the rendering code, so a change of spec or renderer misses the cache
 * instead of reusing a stale picture.
 *
 * `npm run build` makes one cache, with its chart threads, and hands it to the pages in the build
 * context (src/site/build-context.ts): the charts it prepares before Astro starts are the ones
 * the pages find. Without a build (`npm run dev`) the pages make their own, drawing in their
 * thread.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChartDefinition } from '../charts/chart.ts';
import { renderSvg } from '../charts/render-svg.ts';
import { cacheRoot, projectRoot } from '../load/project-root.ts';
import { seal, unseal } from '../load/sealed.ts';
import { buildContext } from './build-context.ts';
import type { ChartPool } from './chart-pool.ts';

export interface ChartsUsed {
  folder: string;
  ids: ReadonlySet<string>;
}

export interface ChartCache {
  /**
   * A chart's SVG: drawn once per build, or read from the disk cache. `ahead`: asked for by the
   * build before any page waits for it (prepare).
   */
  svg(definition: ChartDefinition, ahead?: boolean): Promise<string>;
  /**
   * Starts drawing charts the pages will ask for, in order, without waiting for them: a few at a
   * time, giving way between, so that Astro starts meanwhile. A chart that fails is reported by
   * the page that shows it; one no page shows was drawn for nothing. Only with threads: without,
   * drawing ahead would only hold up this thread.
   */
  prepare(definitions: Iterable<ChartDefinition>): Promise<void>;
  /**
   * The cache folder of this renderer's charts and the ids of the charts asked for so far;
   * undefined before the first.
   */
  used(): ChartsUsed | undefined;
}

/** The code that turns a spec into SVG: the chart modules and the Vega versions. */
function rendererHash(): string {
  const hash = createHash('sha256');
  const codeDir = join(import.meta.dirname, '..', 'charts');
  try {
    for (const name of readdirSync(codeDir).sort())
      hash.update(name).update(readFileSync(join(codeDir, name)));
  } catch {
    // Bundled away from its sources (the pages' own cache in `npm run dev`): key by the versions.
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

/** A chart cache under the project's cache folder; charts are drawn in `pool` when given. */
export function createChartCache(pool?: ChartPool): ChartCache {
  const rendered = new Map<string, Promise<string>>();
  let folder: string | undefined;
  const cacheFolder = () => {
    folder ??= join(cacheRoot(), 'charts', rendererHash());
    return folder;
  };
  const draw = async (definition: ChartDefinition, ahead: boolean) => {
    if (pool !== undefined) return pool.render(definition.id, definition.spec, !ahead);
    return renderSvg(definition.spec);
  };
  const svg = (definition: ChartDefinition, ahead = false): Promise<string> => {
    const known = rendered.get(definition.id);
    if (known !== undefined) {
      if (!ahead) pool?.hurry(definition.id);
      return known;
    }
    const promise = (async () => {
      const path = join(cacheFolder(), `${definition.id}.svg`);
      let cached: Buffer | undefined;
      try {
        // Sealed with its digest: a chart changed or cut short since it was drawn is drawn again.
        cached = unseal(readFileSync(path));
      } catch {
        cached = undefined;
      }
      if (cached !== undefined) return cached.toString('utf8');
      const drawn = await draw(definition, ahead);
      mkdirSync(cacheFolder(), { recursive: true });
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, seal(drawn));
      renameSync(temporary, path);
      // The spec beside it: `npm run bench` weighs the same page drawn in the browser instead.
      writeFileSync(join(cacheFolder(), `${definition.id}.vl.json`), JSON.stringify(definition.spec));
      return drawn;
    })();
    rendered.set(definition.id, promise);
    return promise;
  };
  return {
    svg,
    async prepare(definitions) {
      if (pool === undefined) return;
      let count = 0;
      for (const definition of definitions) {
        svg(definition, true).catch(() => {});
        count += 1;
        if (count % 16 === 0) await new Promise((resolve) => setImmediate(resolve));
      }
    },
    used: () => (rendered.size === 0 ? undefined : { folder: cacheFolder(), ids: new Set(rendered.keys()) }),
  };
}

let ownCache: ChartCache | undefined;

/** A chart's SVG for a page: from the build's chart cache, or from the pages' own. */
export function chartSvg(definition: ChartDefinition): Promise<string> {
  const build = buildContext();
  if (build !== undefined) return build.charts.svg(definition);
  ownCache ??= createChartCache();
  return ownCache.svg(definition);
}
