/**
 * YAML text → plain value, strictly, with every problem located and in Chinese. Pure.
 *
 * Strict because the files are typed by hand: a duplicated key would silently drop one of two
 * values, `.nan` would poison a coefficient, `__proto__` has no business in data, and an alias
 * bomb must not hang the build. `value` is undefined when the file could not be read
 * faithfully (too large, not UTF-8, syntax error, alias bomb, empty); otherwise it is the
 * parsed value even when issues were found, so later phases can still report what they see.
 */
import { CORE_SCHEMA, load as loadQuickly } from 'js-yaml';
import {
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  type Pair,
  parseDocument,
  type YAMLError,
} from 'yaml';
import {
  classifyDataFile,
  type DataKind,
  MAX_FILE_BYTES,
  type RawFile,
  schemaPathFrom,
} from '../load/read-project.ts';
import { anchorOf, issue, type MessageCode, type MessageParams } from '../problems/catalog.ts';
import { type FieldPath, type Problem, sortProblems } from '../problems/problem.ts';

/**
 * Aliases are legitimate YAML, but no data file needs many; more means a "billion laughs" file.
 * (The `yaml` package applies the limit when converting to a plain value, in `toJS`.)
 */
export const MAX_ALIAS_COUNT = 50;

const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

export interface Position {
  /** 1-based; 0 for the whole file. */
  line: number;
  column: number;
}

/** `key` points at the key of the last path element instead of its value. */
export type LocateTarget = 'value' | 'key';

export type Locate = (path: FieldPath, target?: LocateTarget) => Position;

export interface ParsedYaml {
  value: unknown;
  locate: Locate;
  issues: Problem[];
}

const wholeFile: Position = { line: 0, column: 0 };

export function parseYamlFile(raw: RawFile): ParsedYaml {
  const problem = <C extends MessageCode>(
    code: C,
    at: Position,
    params: MessageParams<C>,
    path: FieldPath = [],
  ) => {
    const where = anchorOf(code) === 'file' ? wholeFile : at;
    return { ...issue(code, path, params), file: raw.file, ...where };
  };
  const unread = (issues: Problem[]): ParsedYaml => ({ value: undefined, locate: () => wholeFile, issues });

  if (raw.text === null) {
    return unread([problem('fileTooLarge', wholeFile, { size: raw.size, limit: MAX_FILE_BYTES })]);
  }
  const text = raw.text;
  const lineCounter = new LineCounter();
  const position = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: Math.max(line, 1), column: Math.max(col, 1) };
  };

  const badByte = text.indexOf('\uFFFD');
  if (badByte >= 0) {
    // Line numbers without parsing: count the newlines before the first bad byte.
    const before = text.slice(0, badByte);
    const line = before.split('\n').length;
    const column = badByte - before.lastIndexOf('\n');
    return unread([problem('notUtf8', { line, column }, {})]);
  }

  const issues: Problem[] = [];
  const role = classifyDataFile(raw.file);
  if (role.role === 'county' || role.role === 'year' || role.role === 'standard' || role.role === 'local') {
    const comment = checkSchemaComment(text, raw.file, role.role);
    if (comment) issues.push(problem(comment.code, { line: 1, column: 1 }, { line: comment.line }));
  }

  // Fast path for the common case, a clean file: a quick parse, and the full document (for
  // line numbers) only when something asks where a field is. Anything unusual takes the full
  // parse below, which finds and locates every problem.
  const quick = quickParse(text);
  if (quick !== undefined) {
    let lazy: Document | undefined;
    const locate: Locate = (path, target = 'value') => {
      lazy ??= parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
      return locateNode(lazy, path, target, position);
    };
    return { value: quick, locate, issues: sortProblems(issues) };
  }

  const doc = parseDocument(text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
  });

  const keys = collectKeys(doc);
  const syntax: { offset: number; yamlCode: string }[] = [];
  // The slips a parser cannot name come first, so they win over its generic error on that line.
  for (const slip of collectColonSlips(doc)) syntax.push(slip);
  for (const error of [...doc.errors, ...doc.warnings]) {
    if (error.code === 'DUPLICATE_KEY') {
      const key = keys.find((entry) => entry.offset === error.pos[0]);
      const name = key?.name ?? keyText(text, error);
      issues.push(problem('duplicateKey', position(error.pos[0]), { key: name }, key?.path ?? []));
      continue;
    }
    const missingColon = error.code === 'MISSING_CHAR' && /map values/.test(error.message);
    syntax.push({ offset: error.pos[0], yamlCode: missingColon ? 'MISSING_COLON' : error.code });
  }
  // One syntax error per line: the parser's follow-on errors on the same line add nothing.
  const linesWithError = new Set<number>();
  for (const { offset, yamlCode } of syntax) {
    const at = position(offset);
    if (linesWithError.has(at.line)) continue;
    linesWithError.add(at.line);
    issues.push(problem('yamlSyntax', at, { yamlCode }));
  }
  const syntaxError = syntax.length > 0;

  for (const key of keys) {
    if (forbiddenKeys.has(key.name)) {
      issues.push(problem('forbiddenKey', position(key.offset), { key: key.name }, key.path));
    }
  }
  for (const scalar of collectNonFiniteNumbers(doc)) {
    issues.push(problem('nonFiniteNumber', position(scalar.offset), { text: scalar.text }, scalar.path));
  }

  const locate: Locate = (path, target = 'value') => locateNode(doc, path, target, position);
  const result = (value: unknown): ParsedYaml => ({ value, locate, issues: sortProblems(issues) });
  if (syntaxError) return result(undefined);
  if (doc.contents === null) {
    issues.push(problem('emptyFile', wholeFile, {}));
    return result(undefined);
  }
  try {
    return result(doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }));
  } catch {
    // toJS throws when expanding aliases would exceed maxAliasCount.
    issues.push(problem('aliasLimit', firstAliasPosition(doc, position), { limit: MAX_ALIAS_COUNT }));
    return result(undefined);
  }
}

/** Anchors or aliases anywhere (or a `*`/`&` that might be one): left to the full parser. */
const mayHaveAnchors = /(^|[\s[{,:-])[&*][^\s]/m;

/**
 * The file's value when it is plainly clean: parses under the YAML 1.2 core schema with no
 * duplicate key, has no anchors or aliases, no non-finite number and no forbidden key, and is
 * not empty. Otherwise undefined, and the full parser decides.
 */
export function quickParse(text: string): unknown {
  if (mayHaveAnchors.test(text) || readsDifferently.test(text)) return undefined;
  let value: unknown;
  try {
    value = loadQuickly(text, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value) || !isPlain(value))
    return undefined;
  return value;
}

/**
 * Scalars the two parsers read differently: js-yaml takes `0b101` for 5 (a YAML 1.1 binary) and
 * `-0x1F` for −31 where the YAML 1.2 core schema has the text, and leaves `+.5`, `-.5` as text where the
 * core schema has ±0.5, and reads -0 as 0. A file holding one goes to the full parser, so a value never depends on
 * whether the rest of its file is clean.
 */
const readsDifferently = /(?<![\w.])(?:[-+]?0b[01_]|[-+]0[ox]|[-+]\.[0-9]|-0+(?:\.0*)?(?![\w.]))/;

/** A key or string that may be a colon slip (`id:a`, `year：2019`): the full parser judges it. */
const maySlip = (text: string) => /^[A-Za-z_][A-Za-z0-9_]*\s*[:：]/.test(text);

function isPlain(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'string') return !maySlip(value);
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) return value.every(isPlain);
  for (const key of Object.keys(value)) {
    if (forbiddenKeys.has(key) || maySlip(key)) return false;
    if (!isPlain((value as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/** The line that makes editors (VS Code with the YAML extension) check the file against its schema. */
export function schemaCommentLine(file: string, kind: DataKind): string {
  return `# yaml-language-server: $schema=${schemaPathFrom(file, kind)}`;
}

function checkSchemaComment(
  text: string,
  file: string,
  kind: DataKind,
): { code: 'schemaCommentMissing' | 'schemaCommentWrong'; line: string } | undefined {
  const expected = schemaCommentLine(file, kind);
  const first = (text.split('\n', 1)[0] ?? '').trim();
  if (first === expected) return undefined;
  const code = /^#\s*yaml-language-server\s*:/.test(first) ? 'schemaCommentWrong' : 'schemaCommentMissing';
  return { code, line: expected };
}

function keyText(text: string, error: YAMLError): string {
  return text.slice(error.pos[0], error.pos[1]).trim();
}

interface KeyEntry {
  name: string;
  path: FieldPath;
  offset: number;
}

/** Every mapping key in the document with its field path (aliases are not followed). */
function collectKeys(doc: Document): KeyEntry[] {
  const out: KeyEntry[] = [];
  walk(doc.contents, [], {
    pair(pair, path) {
      const name = keyName(pair.key);
      const offset = (pair.key as Node | null)?.range?.[0];
      if (name !== undefined && offset !== undefined) out.push({ name, path: [...path, name], offset });
    },
  });
  return out;
}

/**
 * `county:demo` and `county：demo` (a full-width colon, as a Chinese IME types it) are valid
 * YAML, a plain string, but always a slip in these files: they would silently turn a field into
 * text. Looked for in every plain scalar, keys included.
 */
function collectColonSlips(doc: Document): { offset: number; yamlCode: string }[] {
  const out: { offset: number; yamlCode: string }[] = [];
  const check = (node: unknown) => {
    if (!isScalar(node) || node.type !== 'PLAIN' || typeof node.value !== 'string' || !node.range) return;
    if (/^[A-Za-z_][A-Za-z0-9_]*\s*：/.test(node.value))
      out.push({ offset: node.range[0], yamlCode: 'FULL_WIDTH_COLON' });
    else if (/^[A-Za-z_][A-Za-z0-9_]*:(?!\/\/)\S/.test(node.value)) {
      out.push({ offset: node.range[0], yamlCode: 'COLON_WITHOUT_SPACE' });
    }
  };
  walk(doc.contents, [], {
    pair(pair) {
      check(pair.key);
    },
    scalar(node) {
      check(node);
    },
  });
  return out;
}

interface NonFinite {
  text: string;
  path: FieldPath;
  offset: number;
}

function collectNonFiniteNumbers(doc: Document): NonFinite[] {
  const out: NonFinite[] = [];
  walk(doc.contents, [], {
    scalar(node, path) {
      if (typeof node.value === 'number' && !Number.isFinite(node.value) && node.range) {
        out.push({ text: node.source ?? String(node.value), path, offset: node.range[0] });
      }
    },
  });
  return out;
}

interface Visitor {
  pair?(pair: Pair, path: FieldPath): void;
  scalar?(
    node: { value: unknown; source?: string; range?: [number, number, number] | null },
    path: FieldPath,
  ): void;
}

function walk(node: unknown, path: FieldPath, visitor: Visitor): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      visitor.pair?.(pair, path);
      const name = keyName(pair.key);
      walk(pair.value, name === undefined ? path : [...path, name], visitor);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      walk(item, [...path, index], visitor);
    });
  } else if (isScalar(node)) {
    visitor.scalar?.(node as Parameters<NonNullable<Visitor['scalar']>>[0], path);
  }
}

/** A key as the plain value will have it (yaml turns `2019:` into the string "2019"). */
function keyName(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

function locateNode(
  doc: Document,
  path: FieldPath,
  target: LocateTarget,
  position: (offset: number) => Position,
): Position {
  const start = (node: unknown): number | undefined => (node as Node | null)?.range?.[0];
  let node: unknown = doc.contents;
  let best = start(node) ?? 0;
  for (const [index, part] of path.entries()) {
    if (isAlias(node)) node = node.resolve(doc);
    let keyNode: unknown;
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find((item) => keyName(item.key) === String(part));
      if (!pair) break;
      keyNode = pair.key;
      next = pair.value;
    } else if (isSeq(node) && typeof part === 'number' && part < node.items.length) {
      next = node.items[part];
    } else {
      break;
    }
    const last = index === path.length - 1;
    const chosen =
      last && target === 'key' ? (start(keyNode) ?? start(next)) : (start(next) ?? start(keyNode));
    if (chosen === undefined) break;
    best = chosen;
    node = next;
  }
  return position(best);
}

function firstAliasPosition(doc: Document, position: (offset: number) => Position): Position {
  let found: number | undefined;
  const visit = (node: unknown): void => {
    if (found !== undefined) return;
    if (isAlias(node)) found = node.range?.[0];
    else if (isMap(node)) for (const pair of node.items) visit(pair.value);
    else if (isSeq(node)) for (const item of node.items) visit(item);
  };
  visit(doc.contents);
  return found === undefined ? wholeFile : position(found);
}
