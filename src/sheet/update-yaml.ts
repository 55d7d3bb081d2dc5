/**
 * The imported document as YAML text, written into the current file rather than over it:
 * values that did not change keep their node (and its comments and quoting), schools are
 * matched by id so a school's comments move with it, keys keep the file's order and a new key
 * goes where the schema puts it. The header comment stays. A new file is written like the
 * example data (src/calibrate/write-yaml.ts). Pure: texts in, text out.
 */
import { type Document, isMap, isScalar, isSeq, type Node, parseDocument, visit } from 'yaml';
import { countyYearYaml } from '../calibrate/write-yaml.ts';
import type { CountyYearFile } from '../types/generated/county-year.ts';
import { propertyNamesAt } from '../validate/schema.ts';

type Json = Record<string, unknown>;
type SchemaPath = (string | number)[];

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function keyName(key: unknown): string | undefined {
  return isScalar(key) ? String(key.value) : undefined;
}

/** A key's place among its siblings in the schema (unknown keys last). */
function schemaRank(path: SchemaPath, key: string): number {
  const order = propertyNamesAt('year', path);
  const index = order.indexOf(key);
  return index < 0 ? order.length : index;
}

/** Keys in schema order, recursively: for a new file. */
export function orderBySchema(value: unknown, path: SchemaPath = []): unknown {
  if (Array.isArray(value)) return value.map((item) => orderBySchema(item, [...path, 0]));
  if (!isObject(value)) return value;
  const keys = Object.keys(value).sort((a, b) => schemaRank(path, a) - schemaRank(path, b));
  return Object.fromEntries(keys.map((key) => [key, orderBySchema(value[key], [...path, key])]));
}

/** Short maps of scalars on one line, as the example data writes them. */
function flowShortMaps(node: Node): Node {
  visit(node, {
    Map(_, map) {
      const scalars = map.items.every((pair) => !isMap(pair.value) && !isSeq(pair.value));
      if (scalars && JSON.stringify(map.toJSON()).length <= 72) map.flow = true;
    },
  });
  return node;
}

function create(doc: Document, value: unknown, path: SchemaPath): Node {
  return flowShortMaps(doc.createNode(orderBySchema(value, path)) as Node);
}

function merge(doc: Document, node: unknown, value: unknown, path: SchemaPath): Node {
  if (Array.isArray(value)) {
    if (!isSeq(node)) return create(doc, value, path);
    const old = [...node.items];
    const byId = path.length === 1 && path[0] === 'schools';
    const idOf = (item: unknown) => (isMap(item) ? (item.get('id') as unknown) : undefined);
    node.items = value.map((item, index) => {
      let match: unknown;
      if (byId && isObject(item)) {
        const at = old.findIndex((candidate) => candidate !== undefined && idOf(candidate) === item.id);
        if (at >= 0) {
          match = old[at];
          old[at] = undefined as never;
        }
      } else match = old[index];
      return match === undefined ? create(doc, item, [...path, 0]) : merge(doc, match, item, [...path, 0]);
    });
    return node as Node;
  }
  if (isObject(value)) {
    if (!isMap(node)) return create(doc, value, path);
    node.items = node.items.filter((pair) => {
      const key = keyName(pair.key);
      return key !== undefined && Object.hasOwn(value, key);
    });
    for (const [key, child] of Object.entries(value)) {
      const pair = node.items.find((candidate) => keyName(candidate.key) === key);
      if (pair) {
        pair.value = merge(doc, pair.value, child, [...path, key]);
        continue;
      }
      const created = doc.createPair(key, create(doc, child, [...path, key]));
      const rank = schemaRank(path, key);
      const before = node.items.findIndex(
        (candidate) => schemaRank(path, keyName(candidate.key) ?? '') > rank,
      );
      if (before < 0) node.items.push(created);
      else node.items.splice(before, 0, created);
    }
    return node as Node;
  }
  if (isScalar(node) && node.value === value) return node;
  return create(doc, value, path);
}

/**
 * The new text of a county-year file: `current` updated to hold `next`, or, without a current
 * file, a new one with the schema line and `note` as its header comment.
 */
export function updatedYaml(current: string | undefined, next: Json, note: readonly string[]): string {
  if (current === undefined) return countyYearYaml(orderBySchema(next) as CountyYearFile, note);
  const doc = parseDocument(current);
  doc.contents = merge(doc, doc.contents, next, []) as typeof doc.contents;
  return doc.toString({ lineWidth: 0 });
}
