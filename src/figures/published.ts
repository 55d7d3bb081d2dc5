/**
 * Published vs computed: each figure a county printed is compared with the engine's value
 * for the same key. A difference within the printed rounding (half a unit in the last printed
 * decimal) is agreement; beyond it, a warning names the figure and both values. The published
 * value is kept as printed either way (domain.md §1: Tongdao's 中学 composite 0.279).
 */

import {
  finding,
  type PublishedKeyPositional,
  type PublishedKeyUnknown,
  type PublishedMismatch,
  type PublishedNotComputable,
} from '../compute/findings.ts';
import { isDefined, type Measure, mapMeasure } from '../compute/measure.ts';
import { citableKeys, lookup } from '../figures/keys.ts';
import { fixedDecimal, printedDecimals } from '../text/decimal.ts';
import { nearest } from '../text/nearest.ts';
import type { PublishedFigure } from '../types/generated/county-year.ts';
import type { ComputeResult, PublishedCheck } from '../types/generated/result.ts';

export type PublishedFinding =
  | PublishedKeyUnknown
  | PublishedKeyPositional
  | PublishedMismatch
  | PublishedNotComputable;

type ResultWithoutChecks = Omit<ComputeResult, 'published'>;

/** Per-school values are not county figures a document prints. */
const notCited: ReadonlySet<string> = new Set(['schools']);

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
    const found = lookup(result, figure.key);
    if (found.kind !== 'figure') {
      const stable = found.kind === 'none' ? found.positional?.stable : undefined;
      if (stable !== undefined) {
        findings.push(
          finding('publishedKeyPositional', ['published', index, 'key'], { key: figure.key, stable }),
        );
        return;
      }
      const suggestions = nearest(figure.key, citableKeys(result, notCited));
      findings.push(
        finding('publishedKeyUnknown', ['published', index, 'key'], { key: figure.key, suggestions }),
      );
      return;
    }
    const computed = inPrintedUnit(found.value, figure.unit);
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

/** A number in a published figure's unit as printed: 96%, 1:17.12, 0.279. */
function inUnit(text: string, unit: string): string {
  if (unit === '%') return `${text}%`;
  if (unit === '1:x') return `1:${text}`;
  return text;
}

/** Decimals the computed side of a check prints with: the printed ones, one more where they disagree. */
export function computedDecimals(check: Pick<PublishedCheck, 'published' | 'withinRounding'>): number {
  return printedDecimals(check.published) + (check.withinRounding ? 0 : 1);
}

/**
 * A check as the tables print it: the published figure as printed, the computed one to the same
 * precision (one decimal more where they disagree), both in the published unit (%, 1:x).
 */
export function publishedCheckTexts(check: PublishedCheck): { published: string; computed: string } {
  const published = inUnit(fixedDecimal(check.published, printedDecimals(check.published)), check.unit);
  const computed = isDefined(check.computed)
    ? inUnit(fixedDecimal(check.computed, computedDecimals(check)), check.unit)
    : '—';
  return { published, computed };
}

/** Differences like 0.30000000000000004 − 0.3 are float noise, not disagreement. */
function roundNoise(value: number): number {
  return Math.round(value * 1e10) / 1e10;
}
