/**
 * Stable figure keys: every citable figure of a result is addressed by what it means, never by
 * a list position. A key is dotted names, and an item of a list is named in brackets by its
 * identity: `facts.investments[2019].amount`, `facts.byYear[2019-2020].retentionRate.primary`,
 * `published[levels.junior.basic.compositeCv].published`, `schools[td-p01].levels.primary.students`.
 * An item's identity is its `id` when it has one, otherwise the field its list is named by
 * (`period`, `schoolYear`, `item`, `key`). Pure; used by narratives, published figures, the diff
 * and the downloads alike.
 */
import type { Measure } from '../compute/measure.ts';

export interface KeySegment {
  name: string;
  /** The list item named in brackets, e.g. "2019" in investments[2019]. */
  identity?: string;
}

/** The fields that name an item of a list, by the list's path (identities left out), in the order tried. */
const identityFields: Readonly<Record<string, readonly string[]>> = {
  schools: ['id'],
  published: ['key'],
  'facts.byYear': ['id', 'schoolYear'],
  'facts.investments': ['id', 'period'],
  'facts.teacherRecruitment': ['id', 'period'],
  'facts.teacherExchange': ['id', 'period'],
  'facts.assessmentScores': ['id', 'item'],
};
const defaultIdentityFields = ['id', 'key', 'period', 'schoolYear', 'item'];

/** A name or an identity may hold anything but the key's own punctuation. */
const segmentPattern = /^([^.[\]]+)(?:\[([^[\]]+)\])?$/;

/** The key's segments, or undefined when it is not written as a key. */
export function parseKey(key: string): KeySegment[] | undefined {
  const segments: KeySegment[] = [];
  // Split on dots outside brackets: published[levels.primary.x].published.
  let depth = 0;
  let start = 0;
  const parts: string[] = [];
  for (let index = 0; index < key.length; index++) {
    const char = key[index];
    if (char === '[') depth++;
    else if (char === ']') depth--;
    else if (char === '.' && depth === 0) {
      parts.push(key.slice(start, index));
      start = index + 1;
    }
    if (depth < 0 || depth > 1) return undefined;
  }
  if (depth !== 0) return undefined;
  parts.push(key.slice(start));
  for (const part of parts) {
    const match = segmentPattern.exec(part);
    if (match === null) return undefined;
    const [, name = '', identity] = match;
    segments.push(identity === undefined ? { name } : { name, identity });
  }
  return segments;
}

export function formatKey(segments: readonly KeySegment[]): string {
  return segments
    .map(({ name, identity }) => (identity === undefined ? name : `${name}[${identity}]`))
    .join('.');
}

/** The path a list is known by: its names, identities left out (facts.investments). */
function listPath(names: readonly string[]): string {
  return names.join('.');
}

/** The identity of one item of the list at `path`, or undefined when it has none. */
export function itemIdentity(path: string, item: unknown): string | undefined {
  if (item === null || typeof item !== 'object') return undefined;
  const record = item as Record<string, unknown>;
  for (const field of identityFields[path] ?? defaultIdentityFields) {
    const value = record[field];
    if (typeof value === 'string' && value !== '') return value;
    if (typeof value === 'number') return String(value);
  }
  return undefined;
}

/** The field whose value names the items of the list at `path` when they have no `id`. */
export function identityField(path: string): string {
  return (identityFields[path] ?? defaultIdentityFields).find((field) => field !== 'id') ?? 'id';
}

/** Items of a list that share an identity with an earlier item (they cannot be told apart in a key). */
export function duplicateIdentities(
  path: string,
  items: readonly unknown[],
): { index: number; identity: string; first: number }[] {
  const seen = new Map<string, number>();
  const duplicates: { index: number; identity: string; first: number }[] = [];
  items.forEach((item, index) => {
    const identity = itemIdentity(path, item);
    if (identity === undefined) return;
    const first = seen.get(identity);
    if (first === undefined) seen.set(identity, index);
    else duplicates.push({ index, identity, first });
  });
  return duplicates;
}

export type Lookup =
  /** A figure: a number, or the reason it cannot be computed. */
  | { kind: 'figure'; value: Measure }
  /** A list (a `sum` over it is a figure). */
  | { kind: 'list'; items: readonly unknown[] }
  /** A group of figures, or text: not a figure itself. */
  | { kind: 'group' }
  /**
   * Nothing there. `positional` is set when the key names a list item by its position (or
   * without brackets): the stable key of the item it meant, when one exists.
   */
  | { kind: 'none'; positional?: { stable: string | undefined } };

/** What the key names in the result. Nothing reaches prototypes. */
export function lookup(result: unknown, key: string): Lookup {
  const segments = parseKey(key);
  if (segments === undefined) return { kind: 'none' };
  let node: unknown = result;
  const names: string[] = [];
  for (const [position, segment] of segments.entries()) {
    if (node === null || typeof node !== 'object') return { kind: 'none' };
    if (Array.isArray(node)) {
      // A dotted segment on a list: an old positional key, or an identity without brackets.
      return { kind: 'none', positional: { stable: stableKeyOf(result, key) } };
    }
    if (!Object.hasOwn(node, segment.name)) return { kind: 'none' };
    node = (node as Record<string, unknown>)[segment.name];
    names.push(segment.name);
    if (segment.identity !== undefined) {
      if (!Array.isArray(node)) return { kind: 'none' };
      const path = listPath(names);
      node = node.find((item) => itemIdentity(path, item) === segment.identity);
      if (node === undefined) return { kind: 'none' };
    } else if (Array.isArray(node) && position === segments.length - 1) {
      return { kind: 'list', items: node };
    }
  }
  if (typeof node === 'number') return { kind: 'figure', value: node };
  if (node !== null && typeof node === 'object' && !Array.isArray(node) && 'reason' in node) {
    return { kind: 'figure', value: node as Measure };
  }
  return { kind: 'group' };
}

/** The figure at a key, or undefined when the key names none. */
export function resolveKey(result: unknown, key: string): Measure | undefined {
  const found = lookup(result, key);
  return found.kind === 'figure' ? found.value : undefined;
}

/**
 * The stable key for a key written with list positions (facts.investments.7.amount →
 * facts.investments[2019].amount), or with an identity as a dotted segment
 * (facts.investments.2019.amount). Undefined when it names nothing.
 */
export function stableKeyOf(result: unknown, key: string): string | undefined {
  const parts = key.split('.');
  const segments: KeySegment[] = [];
  let node: unknown = result;
  const names: string[] = [];
  for (const part of parts) {
    if (node === null || typeof node !== 'object') return undefined;
    if (Array.isArray(node)) {
      const path = listPath(names);
      const byIdentity = node.find((item) => itemIdentity(path, item) === part);
      const byPosition = /^\d+$/.test(part) ? node[Number(part)] : undefined;
      const item = byIdentity ?? byPosition;
      const identity = itemIdentity(path, item);
      const last = segments.at(-1);
      if (item === undefined || identity === undefined || last === undefined) return undefined;
      last.identity = identity;
      node = item;
      continue;
    }
    if (!Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
    names.push(part);
    segments.push({ name: part });
  }
  return formatKey(segments);
}

/** The sum of `field` over the items of the list at `key`; undefined when there is no such list. */
export function sumOf(result: unknown, key: string, field: string): Measure | undefined {
  const found = lookup(result, key);
  if (found.kind !== 'list') return undefined;
  let total = 0;
  for (const item of found.items) {
    const value = (item as Record<string, unknown> | null)?.[field];
    if (typeof value !== 'number') return { reason: 'missing-data' };
    total += value;
  }
  // Amounts are entered to the hundredth at most: keep float noise out of the printed total.
  return Math.round(total * 1e6) / 1e6;
}

/**
 * Every figure of a result by its stable key, in document order. `skip` leaves out top-level
 * parts (e.g. schools, which hold thousands of per-school values). Items without an identity are
 * left out: the data check reports them.
 */
export function citableFigures(result: unknown, skip: ReadonlySet<string> = new Set()): Map<string, Measure> {
  const figures = new Map<string, Measure>();
  const walk = (node: unknown, key: string, names: readonly string[]): void => {
    if (typeof node === 'number') {
      figures.set(key, node);
    } else if (Array.isArray(node)) {
      const path = listPath(names);
      for (const item of node) {
        const identity = itemIdentity(path, item);
        if (identity !== undefined && !identity.includes(']')) walk(item, `${key}[${identity}]`, names);
      }
    } else if (node !== null && typeof node === 'object') {
      if ('reason' in node) {
        figures.set(key, node as Measure);
        return;
      }
      for (const [child, value] of Object.entries(node)) {
        if (key === '' && skip.has(child)) continue;
        walk(value, key === '' ? child : `${key}.${child}`, [...names, child]);
      }
    }
  };
  walk(result, '', []);
  return figures;
}

/** The stable keys of every figure (see citableFigures). */
export function citableKeys(result: unknown, skip?: ReadonlySet<string>): string[] {
  return [...citableFigures(result, skip).keys()];
}
