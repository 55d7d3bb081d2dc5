/**
 * Published vs computed: each figure a county printed is compared with the engine's value
 * for the same key. A difference within the printed rounding (half a unit in the last printed
 * decimal) is agreement; beyond it, a warning names the figure and both values. The published
 * value is kept as printed either way (domain.md §1: Tongdao's 中学 composite 0.279).
 */
import { nearest } from '../text/nearest.ts';
import type { PublishedFigure } from '../types/generated/county-year.ts';
import type { ComputeResult, PublishedCheck } from '../types/generated/result.ts';
import {
  finding,
  type PublishedKeyUnknown,
  type PublishedMismatch,
  type PublishedNotComputable,
} from './findings.ts';
import { isDefined, type Measure, mapMeasure } from './measure.ts';

export type PublishedFinding = PublishedKeyUnknown | PublishedMismatch | PublishedNotComputable;

type ResultWithoutChecks = Omit<ComputeResult, 'published'>;

/** Decimals as printed: 47.2 → 1, 0.279 → 3, 68928 → 0. */
export function printedDecimals(value: number): number {
  const text = String(value);
  if (text.includes('e')) return 0;
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

/** Every numeric (or undefined-measure) leaf of the result, by dotted key. */
export function resultKeys(result: unknown, prefix = ''): string[] {
  if (typeof result === 'number') return [prefix];
  if (result === null || typeof result !== 'object' || Array.isArray(result)) return [];
  if ('reason' in result) return [prefix];
  return Object.entries(result).flatMap(([key, value]) =>
    resultKeys(value, prefix ? `${prefix}.${key}` : key),
  );
}

/** The measure at a dotted key, or undefined when the key names no figure. */
export function resolveKey(result: unknown, key: string): Measure | undefined {
  let node: unknown = result;
  for (const part of key.split('.')) {
    // Lists are entered by position (facts.investments.0.amount); nothing reaches prototypes.
    const index = Array.isArray(node) && /^\d+$/.test(part) ? Number(part) : part;
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, index)) return undefined;
    node = (node as Record<string | number, unknown>)[index];
  }
  if (typeof node === 'number') return node;
  if (node !== null && typeof node === 'object' && 'reason' in node) return node as Measure;
  return undefined;
}

/** Shares are fractions in the result and percentages in print. */
function inPrintedUnit(measure: Measure, unit: string | undefined): Measure {
  return unit === '%' ? mapMeasure(measure, (value) => value * 100) : measure;
}

export function comparePublished(
  result: ResultWithoutChecks,
  figures: readonly PublishedFigure[],
): { checks: PublishedCheck[]; findings: PublishedFinding[] } {
  const checks: PublishedCheck[] = [];
  const findings: PublishedFinding[] = [];
  figures.forEach((figure, index) => {
    const found = resolveKey(result, figure.key);
    if (found === undefined) {
      const suggestions = nearest(figure.key, resultKeys(result));
      findings.push(
        finding('publishedKeyUnknown', ['published', index, 'key'], { key: figure.key, suggestions }),
      );
      return;
    }
    const computed = inPrintedUnit(found, figure.unit);
    const decimals = figure.decimals ?? printedDecimals(figure.value);
    const tolerance = 0.5 * 10 ** -decimals;
    const difference = isDefined(computed) ? roundNoise(computed - figure.value) : null;
    const withinRounding = difference !== null && Math.abs(difference) <= tolerance + 1e-12;
    checks.push({
      key: figure.key,
      published: figure.value,
      computed,
      difference,
      withinRounding,
      unit: figure.unit ?? '',
      source: figure.source,
    });
    if (!withinRounding && isDefined(computed)) {
      const params = { key: figure.key, published: figure.value, computed, decimals };
      findings.push(
        finding(
          'publishedMismatch',
          ['published', index, 'value'],
          figure.unit ? { ...params, unit: figure.unit } : params,
        ),
      );
    } else if (!withinRounding && !isDefined(computed)) {
      findings.push(
        finding('publishedNotComputable', ['published', index, 'value'], {
          key: figure.key,
          reason: computed.reason,
        }),
      );
    }
  });
  return { checks, findings };
}

/** Differences like 0.30000000000000004 − 0.3 are float noise, not disagreement. */
function roundNoise(value: number): number {
  return Math.round(value * 1e10) / 1e10;
}
