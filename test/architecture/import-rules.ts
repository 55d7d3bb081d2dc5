/**
 * The import rules of src/, as data (ARCHITECTURE.md states them; imports.test.ts enforces them).
 *
 * A part is a top-level folder of src/ (`compute`, `site` …) or a top-level file by its name
 * (`pipeline.ts`). Imports within a part are free; between parts, a rule says which are
 * forbidden, and the parts must not import each other in a cycle. Type-only imports count: they
 * are dependencies of the design even though they vanish at run time.
 */
import type { AllowedImport, ImportRule } from './imports.ts';

export const rules: readonly ImportRule[] = [
  {
    from: 'compute',
    onlyTo: ['types', 'schema', 'text'],
    why: 'the engine is pure computation over the data types (and the fields the schemas define, and the one decimal rounding of src/text/decimal.ts); it returns findings, the edge words them',
  },
  {
    from: 'charts',
    notTo: ['site', 'narrative', 'components', 'pages', 'diff', 'incremental', 'cli'],
    why: 'charts are built from results alone; the site uses them, not the other way round',
  },
  {
    from: 'narrative',
    notTo: ['site', 'charts', 'components', 'pages', 'cli'],
    why: 'the narrative check works on results and the narrative text, without the site or the charts',
  },
  {
    from: 'diff',
    notTo: ['site', 'components', 'pages', 'cli'],
    why: 'the diff compares runs; it takes nothing from the site',
  },
  {
    from: 'site',
    notTo: ['components', 'pages', 'cli'],
    why: 'the site modules serve the pages; the build hands them what they need through src/site/build-context.ts',
  },
  {
    from: 'editions',
    notTo: ['site', 'components', 'pages', 'incremental', 'load', 'cli'],
    why: 'an edition is laid out purely from the parsed narrative, the results and drawn charts; the edge (src/cli/editions.ts) reads and writes the files',
  },
  {
    from: 'load',
    notTo: ['compute', 'validate', 'narrative', 'site', 'cli'],
    why: 'reading files comes before checking and computing them',
  },
  {
    from: 'parse',
    notTo: ['compute', 'validate', 'narrative', 'site', 'cli'],
    why: 'parsing comes before checking and computing',
  },
  {
    from: 'validate',
    notTo: ['compute', 'narrative', 'site', 'cli'],
    why: 'validation decides what reaches the engine; it does not compute',
  },
  {
    from: '*',
    notTo: ['cli'],
    why: 'the CLIs are the edge: they call everything and nothing calls them',
  },
];

/**
 * Imports that break a rule today and are being removed. Each entry is one module importing one
 * other; the test fails on a forbidden import not listed here, and on an entry whose import is
 * gone (then delete the entry). Excluded from the cycle check as well.
 */
export const allowlist: readonly AllowedImport[] = [];
