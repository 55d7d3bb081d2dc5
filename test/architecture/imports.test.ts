import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { root } from '../helpers/fixtures.ts';
import { allowlist, rules } from './import-rules.ts';
import {
  astroFrontmatter,
  type ImportRule,
  importEdges,
  importSpecifiers,
  partCycles,
  staleAllowances,
  violations,
} from './imports.ts';

/** Every file of src/ by its path from the project (`src/site/loader.ts`), with its text. */
function sourceFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const names = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' });
  for (const name of names.sort()) {
    if (!/\.(ts|astro|css)$/.test(name)) continue;
    files.set(`src/${name.split('\\').join('/')}`, readFileSync(join(root, 'src', name), 'utf8'));
  }
  return files;
}

describe('the imports of src/', () => {
  const edges = importEdges(sourceFiles());

  test('are read from .ts files and .astro frontmatter', () => {
    // A sample of known imports: a static one, a type-only one, a dynamic one, an .astro one.
    const has = (from: string, to: string) => edges.some((edge) => edge.from === from && edge.to === to);
    expect(has('src/pipeline.ts', 'src/compute/county-year.ts')).toBe(true);
    expect(edges.some((edge) => edge.typeOnly)).toBe(true);
    expect(has('src/cli/build.ts', 'src/site/chart-cache.ts')).toBe(true);
    expect(has('src/components/charts/Chart.astro', 'src/site/chart-cache.ts')).toBe(true);
  });

  test('break no rule of import-rules.ts, but for its allowlist', () => {
    const found = violations(edges, rules, allowlist).map(
      ({ edge, rule }) => `${edge.from} → ${edge.to}: ${rule.why}`,
    );
    expect(found).toEqual([]);
  });

  test('the allowlist names only imports that still break a rule', () => {
    expect(staleAllowances(edges, rules, allowlist)).toEqual([]);
  });

  test('form no cycle between the top-level parts of src/', () => {
    expect(partCycles(edges, allowlist)).toEqual([]);
  });
});

describe('the import checker', () => {
  const project = new Map([
    ['src/compute/engine.ts', "import type { Row } from '../types/row.ts';\nexport const x = 1;"],
    ['src/types/row.ts', 'export interface Row { a: number }'],
    [
      'src/site/page.ts',
      [
        '/* import { no } from "../cli/commented.ts"; */',
        "// import { neither } from '../cli/commented.ts';",
        "import { x } from '../compute/engine.ts';",
        "export { y } from './other.ts';",
        "const later = () => import('../cli/main.ts');",
        "import 'node:fs';",
      ].join('\n'),
    ],
    ['src/site/other.ts', 'export const y = 2;'],
    ['src/cli/main.ts', "import { x } from '../compute/engine.ts';\nimport '../site/page.ts';"],
    [
      'src/pages/index.astro',
      "---\nimport { y } from '../site/other.ts';\n---\n<p>import '../cli/main.ts'</p>",
    ],
  ]);
  const siteNotCli: ImportRule[] = [{ from: 'site', notTo: ['cli'], why: 'site not → cli' }];
  const engineOnlyTypes: ImportRule[] = [{ from: 'compute', onlyTo: ['types'], why: 'engine → types' }];

  test('reads static, type-only, re-exported and dynamic imports, not comments or markup', () => {
    const edges = importEdges(project);
    expect(edges.map((edge) => `${edge.from} → ${edge.to}${edge.typeOnly ? ' (type)' : ''}`).sort()).toEqual([
      'src/cli/main.ts → src/compute/engine.ts',
      'src/cli/main.ts → src/site/page.ts',
      'src/compute/engine.ts → src/types/row.ts (type)',
      'src/pages/index.astro → src/site/other.ts',
      'src/site/page.ts → src/cli/main.ts',
      'src/site/page.ts → src/compute/engine.ts',
      'src/site/page.ts → src/site/other.ts',
    ]);
  });

  test('finds a forbidden import, and lets an allowlisted one pass', () => {
    const edges = importEdges(project);
    expect(violations(edges, siteNotCli, []).map(({ edge }) => edge.to)).toEqual(['src/cli/main.ts']);
    const allowed = [{ from: 'src/site/page.ts', to: 'src/cli/main.ts' }];
    expect(violations(edges, siteNotCli, allowed)).toEqual([]);
    expect(staleAllowances(edges, siteNotCli, allowed)).toEqual([]);
  });

  test('fails on a new forbidden import', () => {
    const before = importEdges(project);
    expect(violations(before, engineOnlyTypes, [])).toEqual([]);
    const after = new Map(project);
    after.set('src/compute/engine.ts', "import { y } from '../site/other.ts';\nexport const x = y;");
    expect(violations(importEdges(after), engineOnlyTypes, []).map(({ edge }) => edge.to)).toEqual([
      'src/site/other.ts',
    ]);
  });

  test('reports an allowlist entry whose import is gone', () => {
    const gone = [{ from: 'src/site/other.ts', to: 'src/cli/main.ts' }];
    expect(staleAllowances(importEdges(project), siteNotCli, gone)).toEqual(gone);
  });

  test('finds a cycle between parts, unless one of its imports is allowlisted', () => {
    const edges = importEdges(project);
    expect(partCycles(edges, [])).toEqual([
      {
        parts: ['cli', 'site'],
        imports: ['src/cli/main.ts → src/site/page.ts', 'src/site/page.ts → src/cli/main.ts'],
      },
    ]);
    expect(partCycles(edges, [{ from: 'src/site/page.ts', to: 'src/cli/main.ts' }])).toEqual([]);
  });

  test('stops on a relative import that names no file of src/', () => {
    expect(() => importEdges(new Map([['src/site/a.ts', "import { b } from './b.ts';"]]))).toThrow(
      /names no module/,
    );
  });

  test('reads the frontmatter of an .astro file only', () => {
    expect(astroFrontmatter("---\nimport A from './A.astro';\n---\n<A />")).toBe(
      "import A from './A.astro';",
    );
    expect(importSpecifiers("import {\n  a,\n  type B,\n} from './x.ts';")).toEqual([
      { specifier: './x.ts', typeOnly: false },
    ]);
  });
});
