/**
 * What the engine finds wrong with the data while it computes, as plain data: a code, the field
 * path in the county-year file and the parameters. The engine has no wording: the edge
 * (src/pipeline.ts) turns each finding into the catalog's message (src/problems/catalog.ts),
 * whose entries of the same code take these parameters.
 */
import type { FieldPath } from '../types/field-path.ts';
import type { SchoolFieldFinding } from './field-gaps.ts';
import type { LevelId } from './units.ts';

interface FindingOf<C extends string, P> {
  code: C;
  /** Field path in the county-year file, e.g. ['schools', 3, 'primary', 'students']. */
  path: FieldPath;
  params: P;
}

/** A unit in a standard's scope with 0 students: left out of the coefficients. */
export type UnitWithoutStudents = FindingOf<
  'unitWithoutStudents',
  { schoolId: string; schoolName: string; level: LevelId }
>;

/** A published figure's key names nothing in the result. Path: published[i].key. */
export type PublishedKeyUnknown = FindingOf<
  'publishedKeyUnknown',
  { key: string; suggestions: readonly string[] }
>;

/**
 * A published figure's key names a list item by position. `stable` is the key by meaning.
 * Path: published[i].key.
 */
export type PublishedKeyPositional = FindingOf<'publishedKeyPositional', { key: string; stable: string }>;

/**
 * A published figure differs from the computed one by more than the printed rounding.
 * `computed` is in the published unit and unrounded. Path: published[i].value.
 */
export type PublishedMismatch = FindingOf<
  'publishedMismatch',
  { key: string; published: number; computed: number; decimals: number; unit?: string }
>;

/** A published figure whose computed counterpart cannot be computed. Path: published[i].value. */
export type PublishedNotComputable = FindingOf<'publishedNotComputable', { key: string; reason: string }>;

export type ComputeFinding =
  | UnitWithoutStudents
  | SchoolFieldFinding
  | PublishedKeyUnknown
  | PublishedKeyPositional
  | PublishedMismatch
  | PublishedNotComputable;

export type FindingCode = ComputeFinding['code'];

/** A finding of `code` at `path`, its parameters typed by the code. */
export function finding<C extends FindingCode>(
  code: C,
  path: FieldPath,
  params: Extract<ComputeFinding, { code: C }>['params'],
): Extract<ComputeFinding, { code: C }> {
  return { code, path, params } as Extract<ComputeFinding, { code: C }>;
}
