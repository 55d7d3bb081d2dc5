/**
 * One rounding rule, one vocabulary: nothing in src/ rounds numbers for people by itself, and the
 * Chinese names of 学段 and standard kinds are written in one module only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { root } from '../helpers/fixtures.ts';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sources(path);
    return /\.(ts|astro|mjs)$/.test(entry.name) ? [path] : [];
  });
}

const files = sources(join(root, 'src')).map((path) => ({
  file: relative(root, path),
  text: readFileSync(path, 'utf8'),
}));

test('only src/text/decimal.ts turns numbers into decimal text', () => {
  const formatters = /\.toFixed\(|\.toPrecision\(|Intl\.NumberFormat|\.toLocaleString\(/;
  // Reading a spreadsheet cell back to the value it was typed as is parsing, not printing.
  const parsing = new Set(['src/sheet/coerce.ts']);
  const offenders = files
    .filter(({ file }) => file !== 'src/text/decimal.ts' && !parsing.has(file))
    .filter(({ text }) => formatters.test(text))
    .map(({ file }) => file);
  expect(offenders).toEqual([]);
});

test('the names of 学段 and of standard kinds are written once, in src/figures/vocabulary.ts', () => {
  const definitions = [/primary:\s*'小学'/, /basic:\s*'基本均衡'/, /provincial:\s*'省定办学基本标准'/];
  const offenders = files
    .filter(({ file }) => file !== 'src/figures/vocabulary.ts')
    .filter(({ text }) => definitions.some((pattern) => pattern.test(text)))
    .map(({ file }) => file);
  expect(offenders).toEqual([]);
});

test('LevelId is declared once', () => {
  const declared = files.filter(({ text }) => /export type (LevelId|LevelKey)\s*=\s*'/.test(text));
  expect(declared.map(({ file }) => file)).toEqual(['src/compute/units.ts']);
});
