/**
 * The import checker behind test/architecture/imports.test.ts: reads the imports of every module
 * of src/ (`.ts` files and the frontmatter of `.astro` files), and checks them against the rules
 * of import-rules.ts: no forbidden edge between top-level parts of src/, no cycle between them.
 *
 * Pure over a map of file texts, so that its own test can give it a small project in memory.
 */
import { dirname, posix } from 'node:path';

/** One import of one module, both as paths relative to the project (`src/site/loader.ts`). */
export interface ImportEdge {
  from: string;
  to: string;
  /** `import type` / `export type`: erased at run time, still a dependency of the design. */
  typeOnly: boolean;
}

/**
 * A rule over the modules of part `from` (`*`: of every part): they import nothing of the parts
 * in `notTo`, or nothing but the parts in `onlyTo`. Parts are the top-level folders of src/
 * (`compute`, `site` …) and the top-level files by name (`pipeline.ts`).
 */
export type ImportRule = { from: string; why: string } & (
  | { notTo: readonly string[] }
  | { onlyTo: readonly string[] }
);

/** Whether a rule forbids an import from one part into another. */
export function forbids(rule: ImportRule, from: string, to: string): boolean {
  if (rule.from !== '*' && rule.from !== from) return false;
  return 'notTo' in rule ? rule.notTo.includes(to) : !rule.onlyTo.includes(to);
}

/** A known violation, to be removed: one module importing one other. */
export interface AllowedImport {
  from: string;
  to: string;
}

/** The code of an `.astro` file that imports: its frontmatter. */
export function astroFrontmatter(text: string): string {
  const match = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return match?.[1] ?? '';
}

/** The text without comments, strings kept (an import specifier is a string). */
function withoutComments(code: string): string {
  return code.replace(
    /("(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|`(?:\\.|[^`\\])*`)|\/\*[\s\S]*?\*\/|\/\/[^\n]*/g,
    (match, string) => (string === undefined ? ' ' : match),
  );
}

const STATIC_IMPORT =
  /(?:^|[;\n}])\s*(import|export)\s+(type\s+)?(?:[\w$*{},\s]*?\s+from\s+)?(['"])([^'"\n]+)\3/g;
const DYNAMIC_IMPORT = /\bimport\(\s*(['"])([^'"\n]+)\1\s*\)/g;

/** The module specifiers a module's code imports, static, re-exported or dynamic. */
export function importSpecifiers(code: string): { specifier: string; typeOnly: boolean }[] {
  const clean = withoutComments(code);
  const found: { specifier: string; typeOnly: boolean }[] = [];
  for (const match of clean.matchAll(STATIC_IMPORT)) {
    const [, , typeKeyword, , specifier] = match;
    if (specifier !== undefined) found.push({ specifier, typeOnly: typeKeyword !== undefined });
  }
  for (const match of clean.matchAll(DYNAMIC_IMPORT)) {
    const specifier = match[2];
    if (specifier !== undefined) found.push({ specifier, typeOnly: false });
  }
  return found;
}

/**
 * The import edges between the given files (path → text): the imports of each `.ts` and `.astro`
 * file. Only relative imports into src/ are edges; packages, `node:` and `astro:` modules and
 * files outside src/ (the schemas) are not parts of the code. A relative import that names no given file is an error: the checker would otherwise miss
 * an edge.
 */
export function importEdges(files: ReadonlyMap<string, string>): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const [from, text] of files) {
    if (!/\.(ts|astro)$/.test(from)) continue;
    const code = from.endsWith('.astro') ? astroFrontmatter(text) : text;
    for (const { specifier, typeOnly } of importSpecifiers(code)) {
      if (!specifier.startsWith('.')) continue;
      const to = posix.normalize(posix.join(dirname(from), specifier));
      // Outside src/ (the schemas): not a part of the code.
      if (!to.startsWith('src/')) continue;
      if (!files.has(to)) throw new Error(`${from}: import of ${specifier} names no module of src/`);
      edges.push({ from, to, typeOnly });
    }
  }
  return edges;
}

/** The top-level part of src/ a module belongs to: its folder, or its own name at the top. */
export function partOf(path: string): string {
  return path.split('/')[1] ?? path;
}

export interface Violation {
  edge: ImportEdge;
  rule: ImportRule;
}

const allowed = (edge: ImportEdge, allowlist: readonly AllowedImport[]) =>
  allowlist.some((entry) => entry.from === edge.from && entry.to === edge.to);

/** The edges a rule forbids and the allowlist does not name. */
export function violations(
  edges: readonly ImportEdge[],
  rules: readonly ImportRule[],
  allowlist: readonly AllowedImport[],
): Violation[] {
  const found: Violation[] = [];
  for (const edge of edges) {
    const from = partOf(edge.from);
    const to = partOf(edge.to);
    if (from === to || allowed(edge, allowlist)) continue;
    for (const rule of rules) if (forbids(rule, from, to)) found.push({ edge, rule });
  }
  return found;
}

/** Allowlist entries that name no forbidden import any more (the fix landed): to be deleted. */
export function staleAllowances(
  edges: readonly ImportEdge[],
  rules: readonly ImportRule[],
  allowlist: readonly AllowedImport[],
): AllowedImport[] {
  const forbidden = violations(edges, rules, []);
  return allowlist.filter(
    (entry) => !forbidden.some(({ edge }) => edge.from === entry.from && edge.to === entry.to),
  );
}

/**
 * The cycles between top-level parts, over the edges the allowlist does not name: each strongly
 * connected group of two or more parts, sorted, with one module import per part edge as evidence.
 */
export function partCycles(
  edges: readonly ImportEdge[],
  allowlist: readonly AllowedImport[],
): { parts: string[]; imports: string[] }[] {
  const graph = new Map<string, Map<string, ImportEdge>>();
  for (const edge of edges) {
    const from = partOf(edge.from);
    const to = partOf(edge.to);
    if (from === to || allowed(edge, allowlist)) continue;
    const targets = graph.get(from) ?? new Map<string, ImportEdge>();
    if (!targets.has(to)) targets.set(to, edge);
    graph.set(from, targets);
    if (!graph.has(to)) graph.set(to, new Map());
  }
  // Tarjan's strongly connected components.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of [...(graph.get(node)?.keys() ?? [])].sort()) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member !== undefined) {
          onStack.delete(member);
          group.push(member);
        }
      } while (member !== undefined && member !== node);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return groups.map((parts) => ({
    parts,
    imports: parts.flatMap((from) =>
      [...(graph.get(from) ?? new Map<string, ImportEdge>()).entries()]
        .filter(([to]) => parts.includes(to))
        .map(([, edge]) => `${edge.from} → ${edge.to}`),
    ),
  }));
}
