/**
 * Checks one narrative against the data it describes: every component and attribute exists,
 * every <Figure k> names a figure of the result, and no number is typed by hand that the
 * county-year's figures do not hold (so a data change cannot leave a stale number in the
 * text). Pure: the MDX text and the computed results in, located problems out.
 */
import { visitParents } from 'unist-util-visit-parents';
import { investmentTrend, retentionTrend } from '../charts/index.ts';
import { resolveKey, resultKeys } from '../compute/published.ts';
import type { NarrativeFile } from '../load/read-narratives.ts';
import { issue, type MessageCode, type MessageParams } from '../problems/catalog.ts';
import type { Problem } from '../problems/problem.ts';
import { sumOf } from '../site/figures.ts';
import { nearest } from '../text/nearest.ts';
import type { CountyFile } from '../types/generated/county.ts';
import type { ComputeResult } from '../types/generated/result.ts';
import type { StandardFile } from '../types/generated/standard.ts';
import { type AttributeRule, componentSpecs } from './components.ts';
import { narrativeParser as parser } from './parser.ts';

export interface NarrativeSubject {
  result: ComputeResult;
  county: CountyFile;
  standards: readonly StandardFile[];
}

export type { NarrativeFile };

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
  position?: Position;
}

interface Position {
  start: { line: number; column: number; offset?: number };
}

interface JsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
  position?: Position;
}

interface TextNode {
  type: 'text';
  value: string;
  position?: Position;
}

/** A number as typed: digits with an optional decimal part and per-cent sign. */
const typedNumber = /\d+(?:\.\d+)?%?/g;

export function checkNarrative(
  narrative: NarrativeFile,
  subject: NarrativeSubject,
  all: ReadonlyMap<string, NarrativeSubject>,
): Problem[] {
  const problems: Problem[] = [];
  const at = <C extends MessageCode>(code: C, position: Position | undefined, params: MessageParams<C>) => {
    problems.push({
      ...issue(code, [], params),
      file: narrative.file,
      line: position?.start.line ?? 0,
      column: position?.start.column ?? 0,
    });
  };

  let tree: ReturnType<typeof parser.parse>;
  try {
    tree = parser.parse(narrative.text);
  } catch (error) {
    const place = error as { line?: number; column?: number; reason?: string; message?: string };
    const position = place.line ? { start: { line: place.line, column: place.column ?? 1 } } : undefined;
    at('narrativeSyntax', position, { reason: place.reason ?? place.message ?? String(error) });
    return problems;
  }

  const held = heldFigures(subject);
  visitParents(tree, (node, ancestors) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      checkElement(node as unknown as JsxNode, subject, all, at);
      return;
    }
    if (node.type !== 'text') return;
    const insideLiteral = ancestors.some((ancestor) => {
      const name = (ancestor as unknown as { name?: string }).name;
      return name !== undefined && componentSpecs[name]?.literal === true;
    });
    if (insideLiteral) return;
    const text = node as unknown as TextNode;
    for (const match of text.value.matchAll(typedNumber)) {
      if (isHeld(match[0], held)) continue;
      at('narrativeHandTypedNumber', positionOf(narrative.text, text, match[0], match.index), {
        text: match[0],
      });
    }
  });
  return problems;
}

function checkElement(
  node: JsxNode,
  subject: NarrativeSubject,
  all: ReadonlyMap<string, NarrativeSubject>,
  at: <C extends MessageCode>(code: C, position: Position | undefined, params: MessageParams<C>) => void,
): void {
  const name = node.name ?? '';
  const spec = componentSpecs[name];
  if (spec === undefined) {
    const allowed = Object.keys(componentSpecs);
    at('narrativeUnknownComponent', node.position, {
      name,
      suggestions: nearest(name, allowed, 1, 3),
      allowed,
    });
    return;
  }
  const attributes = new Map<string, JsxAttribute>();
  for (const attribute of node.attributes) if (attribute.name) attributes.set(attribute.name, attribute);
  for (const attribute of node.attributes) {
    if (attribute.name === undefined || spec.attributes[attribute.name] !== undefined) continue;
    const allowed = Object.keys(spec.attributes);
    at('narrativeBadAttribute', attribute.position ?? node.position, {
      component: name,
      attribute: attribute.name,
      value: typeof attribute.value === 'string' ? attribute.value : '…',
      allowed: allowed.length > 0 ? allowed.map((item) => `${item}=…`) : ['（不接受属性）'],
    });
  }
  const ofValue = textValue(attributes.get('of'));
  let target = subject;
  if (ofValue !== undefined) {
    const found = all.get(ofValue);
    if (found === undefined) {
      at('narrativeUnknownCountyYear', attributes.get('of')?.position, {
        of: ofValue,
        suggestions: nearest(ofValue, all.keys(), 3),
      });
      return;
    }
    target = found;
  }
  for (const [attributeName, rule] of Object.entries(spec.attributes)) {
    checkAttribute(name, attributeName, rule, attributes.get(attributeName), node, target, at);
  }
}

function checkAttribute(
  component: string,
  attributeName: string,
  rule: AttributeRule,
  attribute: JsxAttribute | undefined,
  node: JsxNode,
  target: NarrativeSubject,
  at: <C extends MessageCode>(code: C, position: Position | undefined, params: MessageParams<C>) => void,
): void {
  const value = textValue(attribute);
  const required =
    ('required' in rule && rule.required === true) || rule.kind === 'indicator' || rule.kind === 'series';
  if (attribute === undefined) {
    if (required) at('narrativeMissingAttribute', node.position, { component, attribute: attributeName });
    return;
  }
  const position = attribute.position ?? node.position;
  switch (rule.kind) {
    case 'key': {
      if (value === undefined) {
        at('narrativeMissingAttribute', position, { component, attribute: attributeName });
        return;
      }
      const sum = textValue(node.attributes.find((item) => item.name === 'sum'));
      const found = sum === undefined ? resolveKey(target.result, value) : sumOf(target.result, value, sum);
      if (found === undefined) {
        at('narrativeUnknownFigure', position, {
          key: value,
          suggestions: nearest(value, resultKeys(target.result), 3),
        });
      }
      return;
    }
    case 'oneOf':
    case 'standard': {
      const allowed =
        rule.kind === 'standard'
          ? rule.values.filter((kind) => target.standards.some((standard) => standard.kind === kind))
          : rule.values;
      if (value === undefined || !allowed.includes(value)) {
        at('narrativeBadAttribute', position, {
          component,
          attribute: attributeName,
          value: value ?? '…',
          allowed,
        });
      } else if (component === 'PageLink' && value === 'plan' && target.county.plan === undefined) {
        at('narrativeBadAttribute', position, {
          component,
          attribute: attributeName,
          value,
          allowed: allowed.filter((item) => item !== 'plan'),
        });
      }
      return;
    }
    case 'text':
    case 'countyYear':
      if (value === undefined)
        at('narrativeMissingAttribute', position, { component, attribute: attributeName });
      return;
    case 'expression':
      return;
    case 'indicator': {
      const kind = textValue(node.attributes.find((item) => item.name === 'standard')) ?? 'quality';
      const standard = target.standards.find((item) => item.kind === kind);
      const allowed = (standard?.indicators ?? [])
        .filter((item) => item.threshold !== undefined)
        .map((item) => item.id);
      if (value === undefined || !allowed.includes(value)) {
        at('narrativeBadAttribute', position, {
          component,
          attribute: attributeName,
          value: value ?? '…',
          allowed,
        });
      }
      return;
    }
    case 'series': {
      const allowed = (['investments', 'retention'] as const).filter(
        (series) =>
          (series === 'investments' ? investmentTrend : retentionTrend)(target.result) !== undefined,
      );
      if (value === undefined || !(allowed as readonly string[]).includes(value)) {
        at('narrativeBadAttribute', position, {
          component,
          attribute: attributeName,
          value: value ?? '…',
          allowed,
        });
      }
      return;
    }
  }
}

function textValue(attribute: JsxAttribute | undefined): string | undefined {
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

/** The county-level figures of a result (per-school values excluded: they hold every small number). */
function heldFigures(subject: NarrativeSubject): number[] {
  const values: number[] = [];
  const walk = (node: unknown, key: string) => {
    if (key === 'schools') return;
    if (typeof node === 'number') values.push(node);
    else if (typeof node === 'string') {
      for (const year of node.matchAll(/\b(19|20)\d{2}\b/g)) values.push(Number(year[0]));
    } else if (node !== null && typeof node === 'object') {
      for (const [child, value] of Object.entries(node)) walk(value, child);
    }
  };
  walk(subject.result, '');
  walk(subject.county.plan ?? {}, '');
  return values;
}

/** A typed number is held when a figure prints as it at the typed precision (shares as per cent). */
function isHeld(typed: string, held: readonly number[]): boolean {
  const percent = typed.endsWith('%');
  const digits = percent ? typed.slice(0, -1) : typed;
  const value = Number(digits);
  const decimals = digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0;
  const tolerance = 0.5 * 10 ** -decimals + 1e-9;
  return held.some(
    (figure) =>
      Math.abs(figure - value) <= tolerance || (percent && Math.abs(figure * 100 - value) <= tolerance),
  );
}

/** Where a number sits in the source: the text node's start, advanced to the match. */
function positionOf(
  source: string,
  node: TextNode,
  typed: string,
  index: number | undefined,
): Position | undefined {
  const start = node.position?.start;
  if (start?.offset === undefined) return node.position;
  const from = source.indexOf(typed, start.offset + Math.max(0, (index ?? 0) - 8));
  const offset = from === -1 ? start.offset : from;
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  return { start: { line, column: offset - before.lastIndexOf('\n'), offset } };
}
