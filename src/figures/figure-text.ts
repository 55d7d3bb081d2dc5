/**
 * What a narrative's <Figure> prints, as plain text: the component renders it, the narrative
 * check compares typed numbers with it, and `npm run diff` compares it between two versions of
 * the data, so all of them read the same figure the same way.
 */
import type { Measure } from '../compute/measure.ts';
import {
  defaultFormat,
  type FigureFormat,
  type FormattedFigure,
  formatFigure,
  printedValue,
} from './format.ts';
import { lookup, sumOf } from './keys.ts';

/** The attributes of <Figure> that decide its text (`of` picks the result, outside this module). */
export interface FigureAttributes {
  k: string;
  sum?: string | undefined;
  format?: FigureFormat | undefined;
  decimals?: number | undefined;
  unit?: string | undefined;
}

/** The figure's measure: the value at `k`, or the sum over a list; undefined when `k` names none. */
export function figureMeasure(result: unknown, { k, sum }: FigureAttributes): Measure | undefined {
  if (sum !== undefined) return sumOf(result, k, sum);
  const found = lookup(result, k);
  return found.kind === 'figure' ? found.value : undefined;
}

/** The printed figure, or undefined when the result has no figure at `k`. */
export function figureText(result: unknown, attributes: FigureAttributes): FormattedFigure | undefined {
  const value = figureMeasure(result, attributes);
  if (value === undefined) return undefined;
  const { format, decimals, unit } = attributes;
  const chosen = {
    ...defaultFormat(attributes.k, value),
    ...(format ? { format } : {}),
    ...(decimals !== undefined ? { decimals } : {}),
    ...(unit ? { unit } : {}),
  };
  // A 师生比 indicator printed as 1:x shows students per teacher; in other formats, its own value.
  const shown = chosen.format === 'ratio' ? printedValue(attributes.k, value) : value;
  return formatFigure(shown, chosen.format, chosen.decimals, chosen.unit);
}
