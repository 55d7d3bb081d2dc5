/**
 * The narratives before and after: each <Figure> of the newer narratives whose printed text
 * differs between the older and the newer results, and which narratives were edited (with the
 * <Figure> elements they gained or lost). Pure.
 */

import { figureText } from '../figures/figure-text.ts';
import type { NarrativeFile } from '../load/read-narratives.ts';
import { type FigureReference, figureReferences } from '../narrative/figure-references.ts';
import type { ComputeResult } from '../types/generated/result.ts';
import type { FigureReferenceAt, NarrativeEdit, NarrativeFigureChange } from './figure-diff.ts';

/** Results by `county/year`, as a narrative's path and `of` name them. */
export type ResultsByCountyYear = ReadonlyMap<string, ComputeResult>;

const narrativePath = /^content\/reports\/([^/]+)\/(\d{4})\.mdx$/;

export function compareNarrativeFigures(
  narratives: readonly NarrativeFile[],
  before: ResultsByCountyYear,
  after: ResultsByCountyYear,
): NarrativeFigureChange[] {
  const changes: NarrativeFigureChange[] = [];
  for (const narrative of narratives) {
    const match = narrativePath.exec(narrative.file);
    if (match === null) continue;
    const own = `${match[1]}/${match[2]}`;
    for (const reference of figureReferences(narrative)) {
      const target = reference.of ?? own;
      const [from, to] = [before.get(target), after.get(target)];
      // A county-year computed on one side only is reported as such: listing each of its figures adds nothing.
      if (from === undefined || to === undefined) continue;
      const old = printed(from, reference);
      const now = printed(to, reference);
      if (old === now) continue;
      changes.push({
        file: narrative.file,
        line: reference.line,
        source: reference.source,
        before: old,
        after: now,
      });
    }
  }
  return changes;
}

/** As the page prints it; a figure that cannot be computed prints a dash, its reason added here. */
function printed(result: ComputeResult, reference: FigureReference): string | null {
  const figure = figureText(result, reference.attributes);
  if (figure === undefined) return null;
  return figure.reason === undefined ? figure.text : `${figure.text}（${figure.reason}）`;
}

export function compareNarrativeTexts(
  before: readonly NarrativeFile[],
  after: readonly NarrativeFile[],
): NarrativeEdit[] {
  const old = new Map(before.map((narrative) => [narrative.file, narrative]));
  const now = new Map(after.map((narrative) => [narrative.file, narrative]));
  const files = [...new Set([...now.keys(), ...old.keys()])].sort();
  const edits: NarrativeEdit[] = [];
  for (const file of files) {
    const from = old.get(file);
    const to = now.get(file);
    if (from?.text === to?.text) continue;
    const lines = multisetDifference(linesOf(to?.text), linesOf(from?.text));
    const removedLines = multisetDifference(linesOf(from?.text), linesOf(to?.text));
    edits.push({
      file,
      change: from === undefined ? 'added' : to === undefined ? 'removed' : 'edited',
      linesAdded: lines.length,
      linesRemoved: removedLines.length,
      referencesAdded: referenceDifference(to, from),
      referencesRemoved: referenceDifference(from, to),
    });
  }
  return edits;
}

function linesOf(text: string | undefined): string[] {
  return text === undefined ? [] : text.split('\n');
}

/** The items of `from` left after each item of `minus` takes away one equal item. */
function multisetDifference<T>(
  from: readonly T[],
  minus: readonly T[],
  keyOf = (item: T) => String(item),
): T[] {
  const counts = new Map<string, number>();
  for (const item of minus) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return from.filter((item) => {
    const left = counts.get(keyOf(item)) ?? 0;
    if (left === 0) return true;
    counts.set(keyOf(item), left - 1);
    return false;
  });
}

/** <Figure> elements written in `text` and not (as often) in `other`, with their line in `text`. */
function referenceDifference(
  text: NarrativeFile | undefined,
  other: NarrativeFile | undefined,
): FigureReferenceAt[] {
  const mine = text === undefined ? [] : figureReferences(text);
  const theirs = other === undefined ? [] : figureReferences(other);
  return multisetDifference(mine, theirs, (reference) => reference.source).map(({ line, source }) => ({
    line,
    source,
  }));
}
