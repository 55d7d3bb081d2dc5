/**
 * Type-checks the `.astro` files (components and pages), which `tsc` does not read: the same
 * diagnostics `astro check` gives, from the same engine (`@astrojs/language-server`).
 *
 * `astro check` itself refuses TypeScript 7, the compiler `tsc` runs here, because the language
 * server needs TypeScript's programmatic API, which 7.0 does not ship. So the checker is given
 * TypeScript 6 (the `typescript-6` alias in package.json) and the project's tsconfig, and only
 * the `.astro` files are linted: `tsc` already checks every `.ts` file.
 *
 * Run by `npm run typecheck` after `astro sync`; exits 1 on any error or warning.
 */
import { readdirSync } from 'node:fs';
import { createRequire, registerHooks } from 'node:module';
import { join, resolve } from 'node:path';

/** Every `.astro` file under `dir`, sorted. */
export function astroFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.astro'))
    .map((file) => join(dir, file))
    .sort();
}

async function main(): Promise<void> {
  const root = resolve(import.meta.dirname, '..');
  const typescript = createRequire(import.meta.url).resolve('typescript-6');
  // Volar's checker requires `typescript` by name; give it the same TypeScript 6.
  registerHooks({
    resolve: (specifier, context, nextResolve) =>
      nextResolve(specifier === 'typescript' ? typescript : specifier, context),
  });
  const { AstroCheck } = await import('@astrojs/language-server');
  const checker = new AstroCheck(root, typescript, join(root, 'tsconfig.json'));
  const files = astroFiles(join(root, 'src'));
  const result = await checker.lint({ fileNames: files, logErrors: { level: 'hint' } });
  console.info(
    `astro check: ${result.fileChecked} files, ${result.errors} errors, ` +
      `${result.warnings} warnings, ${result.hints} hints`,
  );
  if (result.errors + result.warnings > 0) process.exitCode = 1;
}

await main();
