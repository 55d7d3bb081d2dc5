/**
 * School rows that leave out a field a county figure needs, so the figure cannot be computed
 * (`{ reason: 'missing-data' }`, or a facility total left out). The clerk hears about it once
 * per missing field: one finding per school-row part and field, at the first school that lacks
 * it, naming every figure it costs. Typed data only; the catalog words it (`schoolFieldMissing`).
 */
import type { FieldPath } from '../types/field-path.ts';

/** Where a field lives in a school row: a 学段 block, or the school-wide facilities. */
export type RowPart = 'primary' | 'junior' | 'special' | 'facilities';

/** A county figure, by its key in the result (levels.primary.aboveDegreeShare). */
export interface FigureRef {
  key: string;
  /** The figure's own name where the data gives one (a standard's indicator name). */
  name?: string;
}

export interface FieldGap {
  part: RowPart;
  field: string;
  /** The figure that cannot be computed. */
  figure: FigureRef;
  /** Indexes of the schools that lack the field. */
  schoolIndexes: readonly number[];
}

/** The finding for one missing field: what the catalog's `schoolFieldMissing` needs. */
export interface SchoolFieldFinding {
  code: 'schoolFieldMissing';
  /** schools[i].<part>.<field> of the first school that lacks it. */
  path: FieldPath;
  params: {
    schoolId: string;
    schoolName: string;
    part: RowPart;
    field: string;
    /** Ids of the other schools that lack the field, in file order. */
    otherIds: string[];
    /** The figures that cannot be computed, each once. */
    figures: FigureRef[];
  };
}

/** One finding per part and field, in the order of the first school that lacks it. */
export function fieldGapFindings(
  schools: readonly { id: string; name: string }[],
  gaps: readonly FieldGap[],
): SchoolFieldFinding[] {
  const byField = new Map<string, { part: RowPart; field: string; schools: Set<number>; gaps: FieldGap[] }>();
  for (const gap of gaps) {
    if (gap.schoolIndexes.length === 0) continue;
    const key = `${gap.part}.${gap.field}`;
    const entry = byField.get(key) ?? { part: gap.part, field: gap.field, schools: new Set(), gaps: [] };
    for (const index of gap.schoolIndexes) entry.schools.add(index);
    entry.gaps.push(gap);
    byField.set(key, entry);
  }
  const findings: { first: number; finding: SchoolFieldFinding }[] = [];
  for (const { part, field, schools: lacking, gaps: fieldGaps } of byField.values()) {
    const first = Math.min(...lacking);
    const school = schools[first];
    if (school === undefined) continue;
    findings.push({
      first,
      finding: {
        code: 'schoolFieldMissing',
        path: ['schools', first, part, field],
        params: {
          schoolId: school.id,
          schoolName: school.name,
          part,
          field,
          otherIds: [...lacking]
            .filter((index) => index !== first)
            .sort((a, b) => a - b)
            .flatMap((index) => schools[index]?.id ?? []),
          figures: distinctFigures(fieldGaps),
        },
      },
    });
  }
  return findings.sort((a, b) => a.first - b.first).map(({ finding }) => finding);
}

/** Figures in first-seen order; two standards' indicators of one name are one figure to read. */
function distinctFigures(gaps: readonly FieldGap[]): FigureRef[] {
  const seen = new Set<string>();
  const figures: FigureRef[] = [];
  for (const { figure } of gaps) {
    const level = figure.key.startsWith('levels.') ? figure.key.split('.')[1] : '';
    const identity = `${level}|${figure.name ?? figure.key}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    figures.push(figure);
  }
  return figures;
}
