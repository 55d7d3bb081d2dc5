/**
 * Every <Figure> a narrative writes, with its line and the attributes that decide its text.
 * Pure. A narrative that does not parse has none here: the narrative check reports why.
 */
import type { FigureAttributes } from '../figures/figure-text.ts';
import type { FigureFormat } from '../figures/format.ts';
import type { NarrativeFile } from '../load/read-narratives.ts';
import { componentSpecs } from './components.ts';
import { type NarrativeElement, narrativeDocument } from './document.ts';

export interface FigureReference {
  line: number;
  /** Another county-year, e.g. "tongdao/2019" (the narrative's own when absent). */
  of?: string;
  attributes: FigureAttributes;
  /** The element as written, attributes in their order, e.g. `<Figure k="…" decimals="2" />`. */
  source: string;
}

const formatRule = componentSpecs.Figure?.attributes.format;
const formats: readonly string[] = formatRule?.kind === 'oneOf' ? formatRule.values : [];

export function figureReferences(narrative: NarrativeFile): FigureReference[] {
  return narrativeDocument(narrative).elements.flatMap((element) => {
    if (element.name !== 'Figure') return [];
    const reference = referenceOf(element);
    return reference === undefined ? [] : [reference];
  });
}

function referenceOf(element: NarrativeElement): FigureReference | undefined {
  const values = new Map<string, string>();
  const written: string[] = [];
  for (const attribute of element.attributes) {
    if (attribute.name === undefined) continue;
    const value = attributeText(attribute.value);
    if (value === undefined) continue;
    values.set(attribute.name, value.text);
    written.push(
      value.expression ? `${attribute.name}={${value.text}}` : `${attribute.name}="${value.text}"`,
    );
  }
  const k = values.get('k');
  if (k === undefined) return undefined;
  const format = values.get('format');
  const decimals = values.has('decimals') ? Number(values.get('decimals')) : undefined;
  const of = values.get('of');
  return {
    line: element.position?.start.line ?? 0,
    ...(of === undefined ? {} : { of }),
    attributes: {
      k,
      sum: values.get('sum'),
      // A wrong format or decimals is the narrative check's to report; here it falls back.
      format: format !== undefined && formats.includes(format) ? (format as FigureFormat) : undefined,
      decimals: decimals !== undefined && Number.isInteger(decimals) && decimals >= 0 ? decimals : undefined,
      unit: values.get('unit'),
    },
    source: `<Figure ${written.join(' ')} />`,
  };
}

/** `k="x"` is text; an expression (`decimals={2}`, which the check rejects) is kept as written. */
function attributeText(value: unknown): { text: string; expression: boolean } | undefined {
  if (typeof value === 'string') return { text: value, expression: false };
  if (value !== null && typeof value === 'object' && 'value' in value && typeof value.value === 'string') {
    return { text: value.value.trim(), expression: true };
  }
  return undefined;
}
