/**
 * The one channel from `npm run build` to the site it renders.
 *
 * The build (src/cli/build.ts) runs the pipeline in plain Node, then starts Astro in the same
 * process. Astro does not share the build's modules: it loads src/content.config.ts through
 * Vite's module runner and renders the pages from a bundle of its own, so each module of src/
 * exists there again, with variables of its own. What the build hands to the site therefore sits
 * in one global slot, typed here, set once before Astro starts and read through buildContext();
 * nothing else crosses that boundary.
 *
 * Without a build (`npm run dev`, tests) there is no context, and the site does everything
 * itself: the loader runs the pipeline, the endpoints make the downloads, the pages draw charts.
 */
import type { ChartDefinition } from '../charts/chart.ts';
import type { Download } from '../downloads/downloads.ts';
import type { RunOutcome } from '../pipeline.ts';
import type { ChartCache } from './chart-cache.ts';

/** A county-year's download files, when the build made them (else undefined: made on the spot). */
export type DownloadProvider = (county: string, year: number) => Promise<Download[] | undefined>;

export interface BuildContext {
  /** The project folder (data/, content/) the build read; the loader takes `run` for it only. */
  readonly root: string;
  /**
   * The build's run of the pipeline, its problems listed already: the loader takes it instead of
   * running again, and the pages read its outputs instead of the content store's copy.
   */
  readonly run: RunOutcome;
  /** The downloads the compute threads made. */
  readonly downloads: DownloadProvider;
  /** The counties whose pages this build renders (an incremental build); undefined: all. */
  readonly renderOnly: ReadonlySet<string> | undefined;
  /** The build's chart cache and threads: the charts it prepares are the ones the pages find. */
  readonly charts: ChartCache;
  /**
   * Each county-year's chart definitions, made once (src/site/page-charts.ts), keyed by the
   * result object, which the build and its pages share.
   */
  readonly pageCharts: WeakMap<object, Map<string, ChartDefinition | undefined>>;
}

const slot: unique symbol = Symbol.for('junheng.buildContext');
const global = globalThis as { [slot]?: BuildContext | undefined };

/** Set by `npm run build` before Astro starts; cleared when the pages are written. */
export function setBuildContext(context: BuildContext | undefined): void {
  global[slot] = context;
}

/** The running build's context; undefined outside `npm run build`. */
export function buildContext(): BuildContext | undefined {
  return global[slot];
}

/** Whether this build renders the pages of a county (always, outside an incremental build). */
export function rendersCounty(county: string): boolean {
  const only = buildContext()?.renderOnly;
  return only === undefined || only.has(county);
}

/** The counties this build renders, when it does not render all. */
export function countiesToRender(): readonly string[] | undefined {
  const only = buildContext()?.renderOnly;
  return only === undefined ? undefined : [...only].sort();
}
