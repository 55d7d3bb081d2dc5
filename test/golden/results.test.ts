/**
 * Whole-output golden files: the result of every example county-year, as `npm run compute`
 * prints it, is pinned in test/golden/results/. On a difference the new output is written next
 * to it as `<name>-changed.json` for review; `UPDATE_GOLDEN=1 npm test` accepts it deliberately.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, expect, test } from 'vitest';
import resultSchema from '../../schemas/result.schema.json' with { type: 'json' };
import { readProjectFiles } from '../../src/load/read-project.ts';
import { type CountyYearOutput, runProject } from '../../src/pipeline.ts';
import { root } from '../helpers/fixtures.ts';

let outputs: CountyYearOutput[] = [];
beforeAll(async () => {
  outputs = runProject(await readProjectFiles(root)).outputs;
});

const names = ['fengqiu-2020', 'lingbao-2022', 'longting-2021', 'tongdao-2019', 'wudalianchi-2018'];

test.each(names)('%s matches its golden result', (name) => {
  const output = outputs.find((item) => `${item.county}-${item.year}` === name);
  expect(output).toBeDefined();
  const text = `${JSON.stringify(output?.result, null, 2)}\n`;
  const golden = join(import.meta.dirname, 'results', `${name}.json`);
  const changed = golden.replace(/\.json$/, '-changed.json');
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden, text);
  expect(existsSync(golden), `${golden} is missing: run UPDATE_GOLDEN=1 npm test to create it`).toBe(true);
  const expected = readFileSync(golden, 'utf8');
  if (text === expected) rmSync(changed, { force: true });
  else writeFileSync(changed, text);
  expect(text === expected, `${name} differs from its golden file; see ${changed}`).toBe(true);
});

test('every result satisfies schemas/result.schema.json', () => {
  const validate = new Ajv2020({ allErrors: true, strict: true }).compile(resultSchema);
  for (const output of outputs) {
    const valid = validate(output.result);
    expect(validate.errors ?? [], `${output.county} ${output.year}`).toEqual([]);
    expect(valid).toBe(true);
  }
});
