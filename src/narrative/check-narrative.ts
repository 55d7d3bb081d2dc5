/**
 * Checks one narrative against the data it describes: every component and attribute exists,
 * every <Figure k> names a figure of the result, and no number is typed by hand that the
 * county-year's figures do not hold (so a data change cannot leave a stale number in the
 * text). Pure: the MDX text and the computed results in, located problems out.
 */
import { isDefined } from '../compute/measure.ts';
import { printedFigures } from '../figures/catalogue.ts';
import { figureMeasure } from '../figures/figure-text.ts';
import { citableKeys, lookup } from '../figures/keys.ts';
import { seriesAvailable, seriesIds } from '../figures/series.ts';
import type { NarrativeFile } from '../load/read-narratives.ts';
import { issue, type MessageCode, type MessageParams } from '../problems/catalog.ts';
import type { Problem } from '../problems/problem.ts';
import { nearest } from '../text/nearest.ts';
import type { CountyFile } from '../types/generated/county.ts';
import type { ComputeResult } from '../types/generated/result.ts';
import type { StandardFile } from '../types/generated/standard.ts';
import { type AttributeRule, componentSpecs } from './components.ts';
import {
  attributeText,
  type NarrativeAttribute,
  type NarrativeElement,
  type NarrativeText,
  narrativeDocument,
  type Position,
} from './document.ts';
import { checkFrontMatter } from './front-matter.ts';

export interface NarrativeSubject {
  result: ComputeResult;
  county: CountyFile;
  standards: readonly StandardFile[];
}

/** A number as typed: digits with an optional decimal part, after an optional 1: and before an optional per-cent sign. */
const typedNumber = /(?:1:)?\d+(?:\.\d+)?%?/g;

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

  const document = narrativeDocument(narrative);
  if (document.syntaxError !== undefined) {
    at('narrativeSyntax', document.syntaxError.position, { reason: document.syntaxError.reason });
    return problems;
  }
  problems.push(...checkFrontMatter(narrative, document));
  if (document.frontMatter !== undefined) frontMatterTodos(document.frontMatter, at);
  for (const code of document.code) {
    if (code.kind === 'esm') at('narrativeEsm', code.position, { text: code.text });
    else if (code.kind === 'expression') at('narrativeExpression', code.position, { text: code.text });
    else at('narrativeUnsafeLink', code.position, { url: code.text });
  }
  for (const element of document.elements) checkElement(element, subject, all, at);
  const held = heldFigures(subject);
  for (const text of document.texts) {
    if (text.literal) continue;
    for (const match of text.value.matchAll(typedNumber)) {
      if (isHeld(match[0], held)) continue;
      at('narrativeHandTypedNumber', positionOf(narrative.text, text, match[0], match.index), {
        text: match[0],
        nearest: nearestFigures(match[0], held),
      });
    }
  }
  return problems;
}

function checkElement(
  node: NarrativeElement,
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
  const attributes = new Map<string, NarrativeAttribute>();
  for (const attribute of node.attributes) if (attribute.name) attributes.set(attribute.name, attribute);
  if (name === 'Todo') {
    const figure = textValue(attributes.get('figure'));
    const text = node.text.trim();
    at('narrativeTodo', node.position, {
      ...(figure === undefined
        ? {}
        : { figure, available: figureMeasure(subject.result, { k: figure }) !== undefined }),
      ...(text === '' ? {} : { text }),
    });
  }
  for (const attribute of node.attributes) {
    if (attribute.name === undefined) {
      // {...props}: an expression in place of attributes.
      const written = typeof attribute.value === 'string' ? attribute.value.trim() : '…';
      at('narrativeExpression', attribute.position ?? node.position, { text: `{${written}}` });
      continue;
    }
    if (spec.attributes[attribute.name] !== undefined) continue;
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
  attribute: NarrativeAttribute | undefined,
  node: NarrativeElement,
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
  if (value === undefined && attribute.value !== null && attribute.value !== undefined) {
    at('narrativeExpressionAttribute', position, {
      component,
      attribute: attributeName,
      written: expressionText(attribute.value),
    });
    return;
  }
  switch (rule.kind) {
    case 'key': {
      if (value === undefined) {
        at('narrativeMissingAttribute', position, { component, attribute: attributeName });
        return;
      }
      const sum = attributeText(node, 'sum');
      if (figureMeasure(target.result, { k: value, sum }) !== undefined) return;
      const found = lookup(target.result, value);
      const stable = found.kind === 'none' ? found.positional?.stable : undefined;
      if (stable !== undefined) {
        at('narrativePositionalKey', position, { key: value, stable });
        return;
      }
      at('narrativeUnknownFigure', position, {
        key: value,
        suggestions: nearest(value, citableKeys(target.result), 3),
      });
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
    case 'digits':
      if (value === undefined || !/^[0-6]$/.test(value)) {
        at('narrativeBadAttribute', position, {
          component,
          attribute: attributeName,
          value: value ?? '…',
          allowed: ['0', '1', '2', '3', '4', '5', '6'],
        });
      }
      return;
    case 'indicator': {
      const kind = attributeText(node, 'standard') ?? 'quality';
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
      const allowed = seriesIds.filter((series) => seriesAvailable(target.result, series));
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

/** The text inside an element, as written (for a <Todo>'s note). */

/**
 * Lines of the front matter marked 待补充 (npm run new marks the publication date and the
 * source this way): one warning each, at the mark, naming the field.
 */
function frontMatterTodos(
  node: { value: string; position?: Position },
  at: <C extends MessageCode>(code: C, position: Position | undefined, params: MessageParams<C>) => void,
): void {
  const first = (node.position?.start.line ?? 1) + 1;
  node.value.split('\n').forEach((line, index) => {
    const mark = line.indexOf(todoMark);
    if (mark === -1) return;
    const field = /^\s*([^:#\s]+)\s*:/.exec(line)?.[1] ?? '';
    const text = line
      .slice(mark + todoMark.length)
      .replace(/^[：:]\s*/, '')
      .trim();
    at('narrativeFrontMatterTodo', { start: { line: first + index, column: mark + 1 } }, { field, text });
  });
}

/** What marks a front-matter value as still to fill in. */
export const todoMark = '待补充';

/** An attribute written as `{…}`, as the writer wrote it. */
function expressionText(value: unknown): string {
  const text = (value as { value?: unknown }).value;
  return typeof text === 'string' ? text.trim() : '…';
}

function textValue(attribute: NarrativeAttribute | undefined): string | undefined {
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

/** A figure a typed number may stand for: its value as printed, and how it reads in a message. */
interface HeldFigure {
  /** The printed number, e.g. 38.53 for "38.53", 94.32 for "94.32%", 16.87 for "1:16.87". */
  printed: number;
  /** "38.53（levels.primary.averageClassSize）"; empty for years, which are not suggested. */
  shown: string;
}

/** A typed or printed number without its 1: prefix and per-cent sign, as a value. */
function numberOf(text: string): number | undefined {
  const match = /\d+(?:\.\d+)?/.exec(text.replace(/^1:/, ''));
  return match === null ? undefined : Number(match[0]);
}

/**
 * The county-level figures of a result as the pages print them (per-school values excluded: they
 * hold every small number), the years its periods name, and the plan's numbers.
 */
function heldFigures(subject: NarrativeSubject): HeldFigure[] {
  const held: HeldFigure[] = [];
  for (const { key, value, text } of printedFigures(subject.result)) {
    const printed = isDefined(value) ? numberOf(text) : undefined;
    if (printed !== undefined) held.push({ printed, shown: `${text}（${key}）` });
  }
  const years = (node: unknown): void => {
    if (typeof node === 'number' && Number.isInteger(node)) held.push({ printed: node, shown: '' });
    else if (typeof node === 'string') {
      for (const year of node.matchAll(/\b(19|20)\d{2}\b/g))
        held.push({ printed: Number(year[0]), shown: '' });
    } else if (node !== null && typeof node === 'object') {
      for (const value of Object.values(node)) years(value);
    }
  };
  years(subject.result.facts ?? {});
  years(subject.county.plan ?? {});
  held.push({ printed: subject.result.year, shown: '' });
  return held;
}

/** A typed number is held when it equals a figure as the pages print it (47.2 and 47.20 alike). */
function isHeld(typed: string, held: readonly HeldFigure[]): boolean {
  const value = numberOf(typed);
  return value !== undefined && held.some((figure) => figure.printed === value);
}

/** The three figures closest in value to a typed number, for the message. */
function nearestFigures(typed: string, held: readonly HeldFigure[]): string[] {
  const value = numberOf(typed) ?? 0;
  const shown = held
    .filter((figure) => figure.shown !== '')
    .sort((a, b) => Math.abs(a.printed - value) - Math.abs(b.printed - value));
  return [...new Set(shown.map((figure) => figure.shown))].slice(0, 3);
}

/** Where a number sits in the source: the text node's start, advanced to the match. */
function positionOf(
  source: string,
  node: NarrativeText,
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
