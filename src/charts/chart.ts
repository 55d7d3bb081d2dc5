/**
 * A chart as the site uses it: a Vega-Lite spec, the caption and one generated sentence that
 * says what it shows, the same data as an accessible table, and an id that is a hash of the spec
 * (the same chart on several pages is rendered once).
 */
import { createHash } from 'node:crypto';
import type { Config, TopLevelSpec } from 'vega-lite';
import { chartConfig } from './theme.ts';

export type ChartKind =
  | 'school-bars'
  | 'coefficients'
  | 'compliance-matrix'
  | 'trend'
  | 'county-comparison'
  | 'plan-timeline'
  | 'plan-progress';

export interface ChartTable {
  /** Chinese column headers with units. */
  columns: string[];
  rows: (string | number)[][];
}

export interface ChartDefinition {
  /** `chart-` and 12 hex digits of the SHA-256 of the spec: same spec, same id. */
  id: string;
  kind: ChartKind;
  caption: string;
  /** One Chinese sentence, generated from the data. */
  description: string;
  table: ChartTable;
  spec: TopLevelSpec;
}

/** JSON with object keys sorted at every depth, so equal specs serialise equally. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(item).sort()) sorted[key] = (item as Record<string, unknown>)[key];
    return sorted;
  });
}

export function chartId(spec: TopLevelSpec): string {
  return `chart-${createHash('sha256').update(canonicalJson(spec)).digest('hex').slice(0, 12)}`;
}

/** The top-level properties every chart shares: schema, shared config, and the caption as description. */
export function chartBase(caption: string): { $schema: string; description: string; config: Config } {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: caption,
    config: chartConfig,
  };
}

export interface ChartParts {
  kind: ChartKind;
  caption: string;
  description: string;
  table: ChartTable;
  spec: TopLevelSpec;
}

/** Adds the id: a hash of the spec. */
export function defineChart(parts: ChartParts): ChartDefinition {
  return { id: chartId(parts.spec), ...parts };
}

/** One view of a `layer` array. */
export type LayerItem = Extract<TopLevelSpec, { layer: unknown }>['layer'][number];
