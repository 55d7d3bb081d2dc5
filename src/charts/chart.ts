/**
 * A chart as the site uses it: a Vega-Lite spec, the caption and one generated sentence that
 * says what it shows, the same data as an accessible table, and an id that is a hash of the spec
 * (the same chart on several pages is rendered once). Every chart is drawn twice from the same
 * data: `spec` is the wide drawing (desktop, print, the Word edition) and `narrow` the one a
 * phone shows (src/charts/theme.ts, Layout).
 */
import { createHash } from 'node:crypto';
import type { Config, TopLevelSpec } from 'vega-lite';
import { configFor, type Layout, WIDE } from './theme.ts';

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

/** One drawing of a chart: its spec and the id that names its SVG. */
export interface ChartDrawing {
  /** `chart-` and 12 hex digits of the SHA-256 of the spec: same spec, same id. */
  id: string;
  spec: TopLevelSpec;
}

export interface ChartDefinition extends ChartDrawing {
  kind: ChartKind;
  caption: string;
  /** One Chinese sentence, generated from the data. */
  description: string;
  table: ChartTable;
  /** The wide drawing is `id` and `spec`; this is the phone's. */
  narrow: ChartDrawing;
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

/**
 * The top-level properties every chart shares: schema, the config of its layout, and the caption
 * as description.
 */
export function chartBase(
  caption: string,
  layout: Layout = WIDE,
): { $schema: string; description: string; config: Config } {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: caption,
    config: configFor(layout),
  };
}

export interface ChartParts {
  kind: ChartKind;
  caption: string;
  description: string;
  table: ChartTable;
  /** The wide drawing. */
  spec: TopLevelSpec;
  /** The narrow drawing of the same data. */
  narrow: TopLevelSpec;
}

/** Adds the ids: hashes of the specs. */
export function defineChart(parts: ChartParts): ChartDefinition {
  const { narrow, ...rest } = parts;
  return { id: chartId(parts.spec), ...rest, narrow: { id: chartId(narrow), spec: narrow } };
}

/** One of a chart's two drawings as a definition of its own (what the chart cache draws). */
export function drawingOf(definition: ChartDefinition, variant: Layout['variant']): ChartDefinition {
  return variant === 'wide'
    ? definition
    : { ...definition, id: definition.narrow.id, spec: definition.narrow.spec };
}

/** One view of a `layer` array. */
export type LayerItem = Extract<TopLevelSpec, { layer: unknown }>['layer'][number];
