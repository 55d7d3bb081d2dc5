/**
 * Data files as an unlucky clerk (or a hostile merge request) leaves them: a seeded generator
 * mutates the example files line by line, and the pipeline must answer every mutant with either
 * located problems (file, line, column, a Chinese message) or a result whose every number is
 * finite — never a throw, never NaN or Infinity in what would be published. Sized for CI: a few
 * hundred mutants, each one county's files.
 */
import { describe, expect, test } from 'vitest';
import { type RawFile, readProjectFiles } from '../../src/load/read-project.ts';
import { hasErrors, runProject } from '../../src/pipeline.ts';
import { root } from '../helpers/fixtures.ts';

/** A small deterministic generator (mulberry32), so a failing mutant can be replayed by its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;

/** Values a mutated field may take: wrong types, edges, huge and hostile text. */
const values = [
  '-1',
  '0',
  '1e308',
  '1.7976931348623157e309',
  '-0',
  '.nan',
  '.inf',
  '"1,204"',
  '一百',
  '~',
  '[]',
  '{}',
  'true',
  '"\u202e反转"',
  '"a\u0000b"',
  '"<script>alert(1)</script>"',
  `"${'长'.repeat(5000)}"`,
  '0x1F',
  '0b101',
  '+.5',
  '2019-09-01',
  '&a 1',
  '*a',
];

type Mutation = (lines: string[], next: () => number) => string[];

const mutations: Record<string, Mutation> = {
  'replace a value': (lines, next) => {
    const at = Math.floor(next() * lines.length);
    const line = lines[at] ?? '';
    const colon = line.indexOf(': ');
    if (colon < 0) return lines;
    return lines.with(at, `${line.slice(0, colon + 2)}${pick(next, values)}`);
  },
  'delete a line': (lines, next) => lines.toSpliced(Math.floor(next() * lines.length), 1),
  'duplicate a line': (lines, next) => {
    const at = Math.floor(next() * lines.length);
    return lines.toSpliced(at, 0, lines[at] ?? '');
  },
  'indent a line': (lines, next) => {
    const at = Math.floor(next() * lines.length);
    return lines.with(at, `${pick(next, [' ', '   ', '\t'])}${lines[at] ?? ''}`);
  },
  'cut the file short': (lines, next) => lines.slice(0, Math.floor(next() * lines.length)),
  'break a key': (lines, next) => {
    const at = Math.floor(next() * lines.length);
    return lines.with(
      at,
      (lines[at] ?? '').replace(/([a-zA-Z]+):/, (_, key: string) => `${key}x:`),
    );
  },
  'insert a control character': (lines, next) => {
    const at = Math.floor(next() * lines.length);
    const line = lines[at] ?? '';
    const cut = Math.floor(next() * line.length);
    return lines.with(
      at,
      `${line.slice(0, cut)}${pick(next, ['\u0000', '\u0007', '\u202e', '\ufeff'])}${line.slice(cut)}`,
    );
  },
};

/** Every number anywhere in a value, with its path. */
function numbers(value: unknown, path = ''): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => numbers(item, `${path}[${index}]`));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => numbers(item, path ? `${path}.${key}` : key));
  return [];
}

const mutants = 240;

describe('mutated data files', async () => {
  const all = await readProjectFiles(root);
  const standards = all.filter((raw) => raw.file.startsWith('data/standards/'));
  const years = all.filter((raw) => /^data\/counties\/[^/]+\/\d{4}\.yaml$/.test(raw.file));
  const countyFile = (year: RawFile) =>
    all.find((raw) => raw.file === year.file.replace(/\d{4}\.yaml$/, 'county.yaml'));

  test(`${mutants} mutants: located problems or finite results, never a throw`, () => {
    const names = Object.keys(mutations);
    const counts = { located: 0, clean: 0 };
    for (let seed = 1; seed <= mutants; seed++) {
      const next = random(seed);
      const target = pick(next, [...years, ...years, ...standards]);
      const kind = pick(next, names);
      const mutated = (mutations[kind] as Mutation)((target.text ?? '').split('\n'), next).join('\n');
      const files = target.file.startsWith('data/standards/')
        ? [
            ...standards.filter((raw) => raw !== target),
            { ...target, text: mutated },
            ...years.slice(0, 1).flatMap((year) => [countyFile(year) as RawFile, year]),
          ]
        : [...standards, countyFile(target) as RawFile, { ...target, text: mutated }];
      const replay = `seed ${seed}: ${kind} in ${target.file}`;
      let run: ReturnType<typeof runProject>;
      try {
        run = runProject(files);
      } catch (error) {
        throw new Error(`${replay} threw: ${String(error)}`);
      }
      for (const problem of run.problems) {
        expect(problem.file, replay).toMatch(/^data\//);
        expect(problem.line, replay).toBeGreaterThanOrEqual(0);
        expect(problem.column, replay).toBeGreaterThanOrEqual(0);
        expect(problem.message, replay).toMatch(/\p{Script=Han}/u);
        expect(problem.message.length + (problem.hint?.length ?? 0), replay).toBeLessThan(2000);
      }
      if (hasErrors(run.problems)) counts.located++;
      else counts.clean++;
      for (const output of run.outputs) {
        for (const [path, value] of numbers(output.result))
          expect(Number.isFinite(value), `${replay}: ${path} = ${value}`).toBe(true);
      }
    }
    // The generator is not idle: most mutants break something, some are harmless.
    expect(counts.located).toBeGreaterThan(mutants / 3);
    expect(counts.clean).toBeGreaterThan(0);
  });
});
