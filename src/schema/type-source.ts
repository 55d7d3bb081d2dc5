/**
 * Generates the TypeScript types of the data files from the JSON Schemas in `schemas/`,
 * so the schemas stay the single source of truth. Used by `npm run gen:types` and by the
 * test that fails when the committed types are stale.
 */
import { compile, type JSONSchema } from 'json-schema-to-typescript';

export interface SchemaTypeTarget {
  /** File name in `schemas/`. */
  schema: string;
  /** Name of the root type. */
  typeName: string;
}

export const schemaTypeTargets: readonly SchemaTypeTarget[] = [
  { schema: 'county.schema.json', typeName: 'CountyFile' },
  { schema: 'county-year.schema.json', typeName: 'CountyYearFile' },
  { schema: 'standard.schema.json', typeName: 'StandardFile' },
  { schema: 'local-standard.schema.json', typeName: 'LocalStandardFile' },
  { schema: 'result.schema.json', typeName: 'ComputeResult' },
  { schema: 'sheet-headers.schema.json', typeName: 'SheetHeadersFile' },
  { schema: 'narrative.schema.json', typeName: 'NarrativeFrontMatter' },
  { schema: 'site.schema.json', typeName: 'SiteFile' },
];

/**
 * The schemas' titles are Chinese (for the clerk's editor); type names must come from the
 * `$defs` keys instead, so titles are folded into the doc comment before compiling.
 */
function foldTitles(node: unknown, isRoot: boolean): unknown {
  if (Array.isArray(node)) return node.map((item) => foldTitles(item, false));
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  const source = node as Record<string, unknown>;
  for (const [key, value] of Object.entries(source)) {
    if (key === 'title' && typeof value === 'string' && !isRoot) continue;
    // Rules between fields (a 教学点 has a parent; the type decides the 学段 blocks) and
    // reserved values check values; they add no field, and would turn a record into an open one.
    if (key === 'allOf' && isRuleList(value)) continue;
    if (key === 'properties' || key === '$defs') {
      const children: Record<string, unknown> = {};
      for (const [name, child] of Object.entries(value as Record<string, unknown>)) {
        children[name] = foldTitles(child, false);
      }
      out[key] = children;
    } else {
      out[key] = foldTitles(value, false);
    }
  }
  // A `$ref` with sibling keywords would become a new named copy of the referenced type.
  if (typeof source.$ref === 'string') return { $ref: source.$ref };
  if (!isRoot && typeof source.title === 'string') {
    const description = typeof source.description === 'string' ? source.description : '';
    out.description = description ? `${source.title}：${description}` : source.title;
  }
  return out;
}

/**
 * An `allOf` of rules only (`if`/`then`, or `not`), as the county-year schema's school rules
 * or the county id's reserved names: they restrict values and declare no field.
 */
function isRuleList(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.every(
      (rule) =>
        rule !== null && typeof rule === 'object' && (('if' in rule && 'then' in rule) || 'not' in rule),
    )
  );
}

export async function generateTypes(schema: object, typeName: string): Promise<string> {
  const prepared = foldTitles(schema, true) as JSONSchema;
  delete prepared.title;
  delete prepared.$id;
  return compile(prepared, typeName, {
    bannerComment: '/* Generated from schemas/ by `npm run gen:types`. Do not edit. */',
    additionalProperties: false,
    format: false,
    strictIndexSignatures: true,
    unknownAny: true,
    declareExternallyReferenced: true,
  });
}
