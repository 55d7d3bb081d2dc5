/**
 * Two builds of the same data and code give byte-identical sites, so a county can tell from
 * the files alone whether a rebuild changed anything.
 */

import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, test } from 'vitest';
import { readNarrativeFiles } from '../../src/load/read-narratives.ts';
import { readProjectFiles } from '../../src/load/read-project.ts';
import { narrativeDocument, narrativeOutline } from '../../src/narrative/document.ts';
import { runProject } from '../../src/pipeline.ts';
import { chartsToPrepare } from '../../src/site/page-charts.ts';
import { root } from '../helpers/fixtures.ts';
import { filesUnder } from '../helpers/tree.ts';

const run = promisify(execFile);
const made: string[] = [];

function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'junheng-repro-'));
  made.push(dir);
  for (const part of ['data', 'content']) cpSync(join(root, part), join(dir, part), { recursive: true });
  return dir;
}

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

test('two builds produce byte-identical dist/', async () => {
  const [first, second] = [copyProject(), copyProject()];
  for (const dir of [first, second]) {
    await run(process.execPath, [join(root, 'src/cli/build.ts')], {
      env: { ...process.env, JUNHENG_ROOT: dir },
    });
  }
  const a = filesUnder(join(first, 'dist'));
  const b = filesUnder(join(second, 'dist'));
  expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
  const differing = [...a]
    .filter(([path, bytes]) => !bytes.equals(b.get(path) ?? Buffer.alloc(0)))
    .map(([path]) => path);
  const shown = differing.map(
    (path) =>
      `${path}\n  ${a.get(path)?.toString('utf8').slice(0, 400)}\n  ${b.get(path)?.toString('utf8').slice(0, 400)}`,
  );
  expect(shown).toEqual([]);
  expect(a.size).toBeGreaterThan(20);
}, 180_000);

test('the build prepares exactly the charts its pages show', async () => {
  // The site of the test above.
  const site = filesUnder(join(made[0] ?? '', 'dist'));
  const shown = new Set<string>();
  for (const [path, bytes] of site) {
    if (!path.endsWith('.html')) continue;
    for (const match of bytes.toString('utf8').matchAll(/data-chart="([^"]+)"/g)) shown.add(match[1] ?? '');
  }
  const run = runProject(await readProjectFiles(root));
  const narratives = await readNarrativeFiles(root);
  const outlines = new Map(narratives.map((item) => [item.file, narrativeOutline(narrativeDocument(item))]));
  const prepared = [...chartsToPrepare(run.outputs, outlines, () => true)];
  expect(new Set(prepared.map((chart) => chart.id))).toEqual(shown);
  expect(shown.size).toBeGreaterThan(10);
});
