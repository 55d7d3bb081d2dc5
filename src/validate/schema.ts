/**
 * Checks a parsed value against its JSON Schema and turns Ajv's errors into one clear Chinese
 * line per problem. Pure: the schemas are imported as modules and compiled once, at load.
 *
 * Ajv reports what the schema says; clerks need what they did. So before falling back to the
 * generic "应为…，实际为…" this module recognises what people actually type into a number field
 * (1,204 / １２３ / 96% / "120" / 120人 / trailing full-width spaces), a bare number where a
 * code must stay text, a misspelt key or value (nearest by edit distance, or the Chinese title
 * typed as a key), and collapses Ajv's follow-on noise.
 */
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020.js';
import countySchema from '../../schemas/county.schema.json' with { type: 'json' };
import countyYearSchema from '../../schemas/county-year.schema.json' with { type: 'json' };
import localStandardSchema from '../../schemas/local-standard.schema.json' with { type: 'json' };
import narrativeSchema from '../../schemas/narrative.schema.json' with { type: 'json' };
import sheetHeadersSchema from '../../schemas/sheet-headers.schema.json' with { type: 'json' };
import siteSchema from '../../schemas/site.schema.json' with { type: 'json' };
import standardSchema from '../../schemas/standard.schema.json' with { type: 'json' };
import type { DataKind } from '../load/read-project.ts';
import { describeExpected, issue } from '../problems/catalog.ts';
import type { DataIssue, FieldPath } from '../problems/problem.ts';
import { closestMatch } from '../text/nearest.ts';

/** The part of JSON Schema these schemas use (for reading titles and allowed keys). */
export interface SchemaNode {
  $ref?: string;
  $defs?: Record<string, SchemaNode>;
  title?: string;
  description?: string;
  type?: string | string[];
  enum?: unknown[];
  enumDescriptions?: string[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  pattern?: string;
  allOf?: SchemaNode[];
  if?: SchemaNode;
  then?: SchemaNode;
  const?: unknown;
}

/** The data files, and the header spellings of the spreadsheet import (data/sheet-headers.yaml). */
export type SchemaKind = DataKind | 'sheetHeaders' | 'narrative' | 'site';

export const schemas: Record<SchemaKind, SchemaNode> = {
  county: countySchema as SchemaNode,
  year: countyYearSchema as SchemaNode,
  standard: standardSchema as SchemaNode,
  local: localStandardSchema as SchemaNode,
  sheetHeaders: sheetHeadersSchema as SchemaNode,
  narrative: narrativeSchema as SchemaNode,
  site: siteSchema as SchemaNode,
};

// strictRequired cannot see that the school rules' `then: { required: [parent] }` names a field
// the school's own `properties` declare; every other strict check stays on.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
// The editors' message for a rule (VS Code's JSON and YAML language services show it instead of
// their own); check words the same rules through the catalog (ruleIssue).
ajv.addKeyword({ keyword: 'errorMessage', schemaType: 'string' });
// The editors' names for the values of an enum (VS Code's JSON and YAML language services show
// them beside each value); the template's drop-down lists show them too (src/sheet/model.ts).
ajv.addKeyword({ keyword: 'enumDescriptions', schemaType: 'array' });
// A number that means nothing summed over schools (the smallest room's area): no county total.
ajv.addKeyword({ keyword: 'summable', schemaType: 'boolean' });
const validators = {
  county: ajv.compile(countySchema),
  year: ajv.compile(countyYearSchema),
  standard: ajv.compile(standardSchema),
  local: ajv.compile(localStandardSchema),
  sheetHeaders: ajv.compile(sheetHeadersSchema),
  narrative: ajv.compile(narrativeSchema),
  site: ajv.compile(siteSchema),
};

/** What the schema says about one field, with `$ref`s followed and the field's own title kept. */
export interface FieldInfo {
  node: SchemaNode;
  /** The Chinese title; an array item without its own title takes the array's. */
  title: string;
  description?: string;
  /** Whether the parent object requires this field. */
  required: boolean;
}

/** The schema of the field at `path` (array indices may be numbers or digit strings). */
export function fieldInfo(kind: SchemaKind, path: FieldPath): FieldInfo | undefined {
  const root = schemas[kind];
  let node = deref(root, root);
  let info: FieldInfo = { node, title: node.title ?? '', required: true };
  if (node.description) info.description = node.description;
  for (const part of path) {
    let child: SchemaNode | undefined;
    let required = true;
    if (node.items && typeOf(node) === 'array') {
      child = node.items;
    } else if (typeof part === 'string' && node.properties && Object.hasOwn(node.properties, part)) {
      child = node.properties[part];
      required = node.required?.includes(part) ?? false;
    }
    if (!child) return undefined;
    node = deref(root, child);
    info = { node, title: node.title ?? info.title, required };
    if (node.description) info.description = node.description;
  }
  return info;
}

/** The keys an object at `path` may have, in schema order. */
export function propertyNamesAt(kind: SchemaKind, path: FieldPath): string[] {
  return Object.keys(fieldInfo(kind, path)?.node.properties ?? {});
}

/**
 * The 学段 blocks the county-year schema requires of each school type, read from the school's
 * rules (`if: { properties: { type: { const } } }, then: { required: [blocks] }`).
 */
export function schoolLevelsByType(): Record<string, readonly string[]> {
  const levelKeys = ['primary', 'junior', 'senior', 'special'];
  const byType: Record<string, readonly string[]> = {};
  for (const rule of schemas.year.$defs?.school?.allOf ?? []) {
    const type = rule.if?.properties?.type?.const;
    const required = rule.then?.required?.filter((key) => levelKeys.includes(key)) ?? [];
    if (typeof type === 'string' && required.length > 0) byType[type] = required;
  }
  return byType;
}

/** Follows `$ref` to `#/$defs/…`; the referring node's own keywords (title …) win. */
function deref(root: SchemaNode, node: SchemaNode): SchemaNode {
  if (!node.$ref) return node;
  const name = node.$ref.replace(/^#\/\$defs\//, '');
  const target = root.$defs?.[name];
  if (!target) return node;
  const { $ref: _ref, ...own } = node;
  return { ...deref(root, target), ...own };
}

function typeOf(node: SchemaNode): string | undefined {
  return Array.isArray(node.type) ? node.type[0] : node.type;
}

/** Validates `value` as a file of `kind`; an empty list means it conforms. */
export function validateAgainstSchema(kind: SchemaKind, value: unknown): DataIssue[] {
  const validate = validators[kind];
  if (validate(value)) return [];
  const errors = collapse(validate.errors ?? []);
  const issues: DataIssue[] = [];
  // A misspelt required key shows up twice (unknown key + missing key): keep the first only.
  const suggestedKeys = new Set<string>();
  for (const error of errors) {
    if (error.keyword !== 'additionalProperties') continue;
    const made = unknownKeyIssue(kind, value, error);
    issues.push(made.issue);
    if (made.suggested) suggestedKeys.add(`${error.instancePath}/${made.suggested}`);
  }
  // A school whose type is itself wrong has no rule for its 学段 and parent to follow yet.
  const wrongTypes = new Set(
    errors
      .filter((error) => /^\/schools\/\d+\/type$/.test(error.instancePath))
      .map((error) => error.instancePath),
  );
  for (const error of errors) {
    if (error.keyword === 'additionalProperties') continue;
    if (error.keyword === 'required' && suggestedKeys.has(`${error.instancePath}/${missingKey(error)}`))
      continue;
    const school = /^\/schools\/\d+/.exec(error.instancePath)?.[0];
    if (kind === 'year' && rulePath.test(error.schemaPath) && wrongTypes.has(`${school}/type`)) continue;
    issues.push(errorToIssue(kind, value, error));
  }
  return issues;
}

const compositeKeywords = new Set(['anyOf', 'oneOf', 'allOf', 'not', 'if', 'then', 'else']);

/**
 * Drops Ajv's noise: a composite keyword's summary when its branches already said more, the
 * other complaints about a value whose type is wrong, and exact duplicates.
 */
function collapse(errors: readonly ErrorObject[]): ErrorObject[] {
  const atOrBelow = (inner: string, outer: string) => inner === outer || inner.startsWith(`${outer}/`);
  const kept = errors.filter(
    (error) =>
      !compositeKeywords.has(error.keyword) ||
      !errors.some(
        (other) => !compositeKeywords.has(other.keyword) && atOrBelow(other.instancePath, error.instancePath),
      ),
  );
  const wrongType = new Set(
    kept.filter((error) => error.keyword === 'type').map((error) => error.instancePath),
  );
  const seen = new Set<string>();
  return kept.filter((error) => {
    if (error.keyword !== 'type' && wrongType.has(error.instancePath)) return false;
    const key = `${error.instancePath} ${error.keyword} ${error.keyword === 'type' ? '' : JSON.stringify(error.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function missingKey(error: ErrorObject): string {
  return String((error.params as { missingProperty?: unknown }).missingProperty ?? '');
}

/** `/schools/3/primary` → ['schools', 3, 'primary'], indices as numbers where the value is a list. */
function pointerToPath(pointer: string, value: unknown): (string | number)[] {
  if (!pointer) return [];
  const path: (string | number)[] = [];
  let current = value;
  for (const raw of pointer.slice(1).split('/')) {
    const part = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (Array.isArray(current)) {
      const index = Number(part);
      path.push(index);
      current = current[index];
    } else {
      path.push(part);
      current =
        current !== null && typeof current === 'object'
          ? (current as Record<string, unknown>)[part]
          : undefined;
    }
  }
  return path;
}

function valueAt(value: unknown, path: FieldPath): unknown {
  let current = value;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}

function unknownKeyIssue(
  kind: SchemaKind,
  value: unknown,
  error: ErrorObject,
): { issue: DataIssue; suggested?: string } {
  const parent = pointerToPath(error.instancePath, value);
  const key = String((error.params as { additionalProperty?: unknown }).additionalProperty);
  const allowed = propertyNamesAt(kind, parent);
  const titleOf = (name: string) => fieldInfo(kind, [...parent, name])?.title;
  const byTitle = allowed.find((name) => titleOf(name) === key.trim());
  const nearest = byTitle ?? closestMatch(key, allowed);
  const path = [...parent, key];
  if (!nearest) return { issue: issue('unknownKey', path, { key, allowed }) };
  const title = titleOf(nearest);
  const suggestion = title
    ? { key: nearest, title, byTitle: byTitle !== undefined }
    : { key: nearest, byTitle: byTitle !== undefined };
  return { issue: issue('unknownKey', path, { key, allowed, suggestion }), suggested: nearest };
}

function errorToIssue(kind: SchemaKind, value: unknown, error: ErrorObject): DataIssue {
  const path = pointerToPath(error.instancePath, value);
  const params = error.params as Record<string, unknown>;
  const rule = ruleIssue(kind, value, path, error);
  if (rule) return rule;
  if (error.keyword === 'required') {
    const key = missingKey(error);
    const title = fieldInfo(kind, [...path, key])?.title || key;
    return issue('missingField', [...path, key], { key, title, parent: path });
  }
  const info = fieldInfo(kind, path);
  const title = info?.title ?? '';
  const actual = valueAt(value, path);
  const expected = describeExpected(info?.node ?? {});
  const description = info?.description;
  const withDescription = <T extends object>(params: T) =>
    description ? { ...params, description } : params;

  switch (error.keyword) {
    case 'type':
      return typeIssue(path, info, title, expected, actual);
    case 'minimum':
      if (params.limit === 0) return issue('negativeNumber', path, { title, expected, actual });
      return issue('outOfRange', path, withDescription({ title, expected, actual }));
    case 'maximum':
      if (Number(params.limit) >= 10_000) {
        return issue('valueTooLarge', path, { title, actual, max: Number(params.limit) });
      }
      return issue('outOfRange', path, withDescription({ title, expected, actual }));
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return issue('outOfRange', path, withDescription({ title, expected, actual }));
    case 'enum':
      return enumIssue(
        path,
        title,
        actual,
        (params.allowedValues as unknown[]).map(String),
        fieldInfo(kind, path)?.node.enumDescriptions,
      );
    case 'pattern': {
      const trimmed = typeof actual === 'string' ? actual.trim() : '';
      if (trimmed !== actual && new RegExp(String(params.pattern), 'u').test(trimmed)) {
        return issue('extraSpaces', path, { title, actual, fixed: trimmed });
      }
      return issue('patternMismatch', path, withDescription({ title, actual }));
    }
    case 'minLength':
      return issue('emptyText', path, { title });
    case 'minItems':
      return issue('tooFewItems', path, { title, min: Number(params.limit) });
    case 'uniqueItems': {
      const [first, later] = [Number(params.i), Number(params.j)].sort((a, b) => a - b);
      return issue('duplicateItem', [...path, later ?? 0], { title, firstIndex: first ?? 0 });
    }
    default:
      return issue('schemaViolation', path, withDescription({ title }));
  }
}

/**
 * Codes of the schemas' rules between fields (the `allOf` if/then rules and the county id's
 * `not`). A file that breaks only these is still well-typed (the generated types leave the
 * rules out), so the other checks run on it too and every problem is listed at once; its
 * figures are not computed, as for any error.
 */
export const schemaRuleCodes: ReadonlySet<string> = new Set([
  'teachingPointWithoutParent',
  'parentOnNonTeachingPoint',
  'missingLevel',
  'unexpectedLevel',
  'thresholdMissingLevel',
  'limitMissingLevel',
  'reservedCountyId',
  'localWithoutChanges',
]);

/** A branch of an `allOf` rule (Ajv gives paths relative to a referenced $defs entry). */
const rulePath = /^#\/(properties\/id\/)?allOf\/\d+\/(then|else|not)(\/|$)/;

/**
 * A rule of the schemas in the words check uses for it (the `errorMessage` beside each rule is
 * the editor's wording of the same thing): a 教学点 names its parent and nothing else does;
 * a school type decides its 学段 blocks; a standard's thresholds and limits cover its levels;
 * a county id is not one of the site's own folders.
 */
function ruleIssue(
  kind: SchemaKind,
  value: unknown,
  path: FieldPath,
  error: ErrorObject,
): DataIssue | undefined {
  if (!rulePath.test(error.schemaPath)) return undefined;
  const last = path[path.length - 1];
  if (kind === 'year' && path[0] === 'schools' && typeof path[1] === 'number') {
    if (error.keyword === 'required') {
      const key = missingKey(error);
      if (key === 'parent') return issue('teachingPointWithoutParent', [...path, key], {});
      return issue('missingLevel', [...path, key], { type: typeAt(value, path), level: key });
    }
    if (error.keyword === 'false schema') {
      const type = typeAt(value, path.slice(0, -1));
      if (last === 'parent') return issue('parentOnNonTeachingPoint', path, { type });
      return issue('unexpectedLevel', path, { type, level: String(last) });
    }
  }
  if (kind === 'standard' && error.keyword === 'required') {
    const level = missingKey(error);
    if (last === 'threshold') return issue('thresholdMissingLevel', [...path, level], { level });
    if (last === 'limits') return issue('limitMissingLevel', [...path, level], { level });
  }
  if (kind === 'local' && error.keyword === 'required' && path.length === 0) {
    return issue('localWithoutChanges', ['extends'], {});
  }
  if (kind === 'county' && error.keyword === 'not' && path.length === 1 && last === 'id') {
    return issue('reservedCountyId', path, {
      value: String(valueAt(value, path)),
      reserved: 'methods、search、pagefind、pagefind-1 等',
    });
  }
  return undefined;
}

function typeAt(value: unknown, schoolPath: FieldPath): string {
  return String((valueAt(value, schoolPath) as { type?: unknown } | undefined)?.type);
}

function typeIssue(
  path: FieldPath,
  info: FieldInfo | undefined,
  title: string,
  expected: string,
  actual: unknown,
): DataIssue {
  const expectedType = info ? (typeOf(info.node) ?? '') : '';
  if (actual === null) {
    return issue('emptyValue', path, { title, expected, required: info?.required ?? true });
  }
  const numeric = expectedType === 'integer' || expectedType === 'number';
  if (numeric && typeof actual === 'string') {
    const diagnosis = diagnoseNumberText(actual);
    if (diagnosis?.code === 'numberWithUnit') {
      return issue('numberWithUnit', path, {
        title,
        expected,
        actual,
        fixed: diagnosis.fixed,
        unit: diagnosis.unit,
      });
    }
    if (diagnosis?.code === 'extraSpaces')
      return issue('extraSpaces', path, { title, actual, fixed: diagnosis.fixed });
    if (diagnosis) return issue(diagnosis.code, path, { title, expected, actual, fixed: diagnosis.fixed });
  }
  if (expectedType === 'integer' && typeof actual === 'number') {
    return issue('notInteger', path, { title, expected, actual });
  }
  if (expectedType === 'string' && typeof actual === 'number') {
    return issue('needsQuotes', path, { title, actual, fixed: String(actual) });
  }
  return issue('wrongType', path, { title, expected, actual, expectedType });
}

/**
 * A value outside an enum. With the schema's names of the values (`enumDescriptions`), each
 * value is listed with its name, layoutPlan（学校规划布局合理）, and a name typed for its value
 * (or close to one) suggests the value.
 */
function enumIssue(
  path: FieldPath,
  title: string,
  actual: unknown,
  allowed: string[],
  labels?: readonly string[],
): DataIssue {
  const text = String(actual);
  const trimmed = text.trim();
  if (typeof actual === 'string' && trimmed !== text && allowed.includes(trimmed)) {
    return issue('extraSpaces', path, { title, actual, fixed: trimmed });
  }
  const named = labels?.length === allowed.length ? labels : undefined;
  const nearestLabel = named ? closestMatch(text, [...named]) : undefined;
  const suggestion =
    closestMatch(text, allowed) ??
    (nearestLabel === undefined ? undefined : allowed[named?.indexOf(nearestLabel) ?? -1]);
  const shown = named ? allowed.map((value, index) => `${value}（${named[index]}）`) : allowed;
  return issue(
    'notInEnum',
    path,
    suggestion ? { title, allowed: shown, actual, suggestion } : { title, allowed: shown, actual },
  );
}

type NumberTextCode =
  | 'fullWidthDigits'
  | 'thousandsSeparator'
  | 'percentSign'
  | 'extraSpaces'
  | 'quotedNumber';

type NumberTextDiagnosis =
  | { code: NumberTextCode; fixed: string }
  | { code: 'numberWithUnit'; fixed: string; unit: string };

const plainNumber = /^[+-]?[0-9]+(\.[0-9]+)?$/;
const withThousands = /^[+-]?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?$/;
const withUnit =
  /^([+-]?[0-9]+(?:\.[0-9]+)?)\s*(万元|元|人|名|个|所|间|台|册|平方米|平米|㎡|m²|m2|分|班|套|张)$/;

/**
 * What went wrong in a string that should have been a number, and the number it should have
 * been, or undefined when it is not a number at all. The most telling slip is named; `fixed`
 * has all of them repaired.
 */
export function diagnoseNumberText(text: string): NumberTextDiagnosis | undefined {
  const halfWidth = toHalfWidth(text);
  const trimmed = halfWidth.trim();
  const unit = withUnit.exec(trimmed);
  let fixed = trimmed;
  let code: NumberTextCode | 'numberWithUnit' | undefined;
  if (withThousands.test(fixed)) {
    fixed = fixed.replaceAll(',', '');
    code = 'thousandsSeparator';
  } else if (/^[^%]+%$/.test(fixed) && plainNumber.test(fixed.slice(0, -1).trim())) {
    fixed = fixed.slice(0, -1).trim();
    code = 'percentSign';
  } else if (unit?.[1] && unit[2]) {
    fixed = unit[1];
    code = 'numberWithUnit';
  } else if (plainNumber.test(fixed)) {
    code = trimmed !== halfWidth ? 'extraSpaces' : 'quotedNumber';
  }
  if (!code) return undefined;
  if (/[０-９]/.test(text)) code = 'fullWidthDigits';
  if (code === 'numberWithUnit') return { code, fixed, unit: unit?.[2] ?? '' };
  return { code, fixed };
}

/** Full-width digits, signs, point, comma and space (as typed with a Chinese IME) to ASCII. */
function toHalfWidth(text: string): string {
  return text
    .replace(/[０-９＋－．，％]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replaceAll('\u3000', ' ');
}
