/**
 * Chinese names for the county-level figures of a result, by key: the group a figure belongs
 * to (小学, 初中, 县级合计, 县级事实) and its name inside the group. The result keys read through the
 * downloads' key labels; the facts through the titles of the county-year schema, list items by
 * their period or name.
 */
import countyYearSchema from '../../schemas/county-year.schema.json' with { type: 'json' };
import { keyLabel } from '../downloads/key-label.ts';
import { levelLabels } from '../problems/catalog.ts';
import type { StandardFile } from '../types/generated/standard.ts';

/** The groups in the order a diff lists them. */
export const figureGroups = ['小学', '初中', '县级合计', '县级事实'] as const;

export function figureGroup(key: string): string {
  const [first = '', second = ''] = key.split('.');
  if (first === 'levels') return levelLabels[second] ?? second;
  if (first === 'totals') return '县级合计';
  if (first === 'facts') return '县级事实';
  return first;
}

/** The figure's name without its group, e.g. 基本均衡·生均图书册数·差异系数. */
export function figureLabel(key: string, result: unknown, standards: readonly StandardFile[]): string {
  if (key.startsWith('facts.')) return factLabel(key.split('.').slice(1), factsOf(result));
  const label = keyLabel(key, standards);
  // The group is the first segment of the label.
  return label.split('·').slice(1).join('·') || label;
}

interface SchemaNode {
  $ref?: string;
  title?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

const definitions = countyYearSchema.$defs as unknown as Record<string, SchemaNode>;

function resolve(node: SchemaNode | undefined): SchemaNode | undefined {
  const name = node?.$ref?.replace('#/$defs/', '');
  return name === undefined ? node : { ...definitions[name], ...node };
}

/** The fields that name an item of a facts list, in the order tried. */
const itemNames = ['period', 'schoolYear', 'item', 'kind'];

function factLabel(parts: readonly string[], facts: unknown): string {
  const labels: string[] = [];
  let schema = resolve(definitions.facts);
  let data: unknown = facts;
  for (const part of parts) {
    data = data !== null && typeof data === 'object' ? (data as Record<string, unknown>)[part] : undefined;
    if (/^\d+$/.test(part) && schema?.items !== undefined) {
      schema = resolve(schema.items);
      const record = (data ?? {}) as Record<string, unknown>;
      const name = itemNames.map((field) => record[field]).find((value) => typeof value === 'string');
      labels.push(typeof name === 'string' ? name : `第 ${Number(part) + 1} 项`);
      continue;
    }
    schema = resolve(schema?.properties?.[part]);
    labels.push(schema?.title ?? part);
  }
  return labels.join('·');
}

function factsOf(result: unknown): unknown {
  return result !== null && typeof result === 'object' ? (result as { facts?: unknown }).facts : undefined;
}
