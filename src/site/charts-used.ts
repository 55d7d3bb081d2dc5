/**
 * Which cached charts a build drew or reused (src/site/chart-cache.ts records them), so that
 * `npm run build` can prune the rest after a full build. A global: Astro loads the chart cache
 * through its own module runner, and the build reads this without loading the charts' code.
 */
const usedKey = Symbol.for('junheng.chartsUsed');

export interface ChartsUsed {
  /** The cache folder of this renderer's charts. */
  folder: string;
  ids: Set<string>;
}

export function recordChartUse(folder: string, id: string): void {
  const global = globalThis as Record<symbol, ChartsUsed | undefined>;
  global[usedKey] ??= { folder, ids: new Set() };
  global[usedKey].ids.add(id);
}

export function chartsUsed(): ChartsUsed | undefined {
  return (globalThis as Record<symbol, ChartsUsed | undefined>)[usedKey];
}
