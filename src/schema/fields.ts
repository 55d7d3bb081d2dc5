/**
 * The numeric fields a standard may name as a numerator, read from the county-year schema so
 * the schema stays the single source of truth: `facilities.<field>` and `level.<field>`.
 */
import countyYearSchema from '../../schemas/county-year.schema.json' with { type: 'json' };

export interface NumericField {
  /** Chinese title from the schema, e.g. 图书册数. */
  title: string;
  /** Whole things (teachers, rooms, books): a shortfall is rounded up to a whole number. */
  integer: boolean;
  /** Whether a county total of it means something (false: the smallest room's area). */
  summable: boolean;
}

interface PropertySchema {
  $ref?: string;
  type?: string;
  title?: string;
  summable?: boolean;
}

function numericFields(properties: Record<string, PropertySchema>): ReadonlyMap<string, NumericField> {
  const fields = new Map<string, NumericField>();
  for (const [name, property] of Object.entries(properties)) {
    const integer = property.$ref === '#/$defs/count' || property.type === 'integer';
    const number = integer || property.$ref === '#/$defs/amount' || property.type === 'number';
    if (number)
      fields.set(name, { title: property.title ?? name, integer, summable: property.summable !== false });
  }
  return fields;
}

const defs = countyYearSchema.$defs as unknown as Record<
  string,
  { properties: Record<string, PropertySchema> }
>;

export const facilityFields = numericFields(defs.facilities?.properties ?? {});
export const levelFields = numericFields(defs.level?.properties ?? {});
/** A school's own funds (`funds.<field>`), named by the assessment's school checks. */
export const fundFields = numericFields(
  (defs.school as unknown as { properties: Record<string, { properties?: Record<string, PropertySchema> }> })
    .properties.funds?.properties ?? {},
);

/**
 * The field a school check names (`level.x`, `funds.x`, `facilities.x`), or undefined when the
 * county-year schema has no such numeric field.
 */
export function schoolCheckField(path: string): NumericField | undefined {
  const [source, field = ''] = path.split('.');
  if (source === 'funds') return fundFields.get(field);
  return numeratorField(path);
}

/** The numeric fields of one group, by name: what a school check may name there. */
export function fieldNamesOf(group: string): string[] {
  if (group === 'funds') return [...fundFields.keys()];
  if (group === 'facilities') return [...facilityFields.keys()];
  if (group === 'level') return [...levelFields.keys()];
  return [];
}

/** The schema's Chinese title of a field of a 学段 block or of the facilities, e.g. 班额分段. */
export function rowFieldTitle(group: 'level' | 'facilities', field: string): string | undefined {
  const properties = defs[group]?.properties ?? {};
  return Object.hasOwn(properties, field) ? properties[field]?.title : undefined;
}

/** The field a `facilities.x` / `level.x` numerator names, or undefined when it does not exist. */
export function numeratorField(numerator: string): NumericField | undefined {
  const [source, field = ''] = numerator.split('.');
  if (source === 'facilities') return facilityFields.get(field);
  if (source === 'level') return levelFields.get(field);
  return undefined;
}

/**
 * `本学段在校学生数（人）。` → 人, `小学（%，可超过 100）。` → %: the last bracket of the
 * schema's description that holds a short unit, not a note such as （如 47.20 应填 2）.
 */
export function unitFromDescription(description: string | undefined): string | undefined {
  let unit: string | undefined;
  for (const match of (description ?? '').matchAll(/（([^（）]+)）/g)) {
    const candidate = match[1]?.split('，')[0]?.trim();
    if (candidate && /^[^\s\d]{1,4}$/.test(candidate)) unit = candidate;
  }
  return unit;
}

interface YearSchemaNode {
  $ref?: string;
  title?: string;
  description?: string;
  properties?: Record<string, YearSchemaNode>;
  items?: YearSchemaNode;
}

const yearDefs = countyYearSchema.$defs as unknown as Record<string, YearSchemaNode>;

/** Follows `$ref` to `#/$defs/…`; the referring node's own keywords (title …) win. */
function derefYear(node: YearSchemaNode | undefined): YearSchemaNode | undefined {
  const name = node?.$ref?.replace('#/$defs/', '');
  if (name === undefined) return node;
  const { $ref: _ref, ...own } = node ?? {};
  return { ...derefYear(yearDefs[name]), ...own };
}

/**
 * The county-year schema's title and description of the field at `path` (list items as any
 * number), e.g. ['facts', 'investments', 0, 'amount'] → 金额, 金额（万元）。; undefined when the
 * schema has no such field. Read without a validator, so presentation modules can use it.
 */
export function yearField(
  path: readonly (string | number)[],
): { title?: string; description?: string } | undefined {
  let node = derefYear(countyYearSchema as unknown as YearSchemaNode);
  for (const part of path) {
    node = derefYear(typeof part === 'number' ? node?.items : node?.properties?.[part]);
    if (node === undefined) return undefined;
  }
  return node;
}
