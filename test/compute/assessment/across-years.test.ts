/**
 * Monitoring and plan progress through the whole pipeline: a county with two years gets both on
 * its later year (the example Longting, copied into a second year with one school grown).
 */
import { expect, test } from 'vitest';
import { readProjectFiles } from '../../../src/load/read-project.ts';
import { runProject } from '../../../src/pipeline.ts';
import { root } from '../../helpers/fixtures.ts';

test('the later year has monitoring against the earlier one and the plan across both', async () => {
  const files = (await readProjectFiles(root)).filter(
    (raw) => !raw.file.startsWith('data/counties/') || raw.file.startsWith('data/counties/longting/'),
  );
  const first = files.find((raw) => raw.file === 'data/counties/longting/2021.yaml');
  if (first?.text == null) throw new Error('longting 2021 missing');
  const text = first.text.replace(/^year: 2021$/m, 'year: 2022');
  const run = runProject([
    ...files,
    { ...first, file: 'data/counties/longting/2022.yaml', text, size: Buffer.byteLength(text) },
  ]);
  const [earlier, later] = run.outputs;
  expect(earlier?.year).toBe(2021);
  expect(earlier?.result.assessment?.monitoring).toBeUndefined();
  expect(earlier?.result.assessment?.plan?.years).toEqual([2021]);

  const assessment = later?.result.assessment;
  expect(assessment?.monitoring).toMatchObject({ previousYear: 2021, slipped: false });
  expect(assessment?.monitoring?.composites.map((item) => item.change)).toEqual([0, 0]);
  expect(assessment?.plan?.years).toEqual([2021, 2022]);
  const line = assessment?.plan?.schools[0]?.lines[0];
  expect(line?.shortfalls.map((item) => item.year)).toEqual([2021, 2022]);
  // The same shortfall two years running is not shrinking.
  expect(line).toMatchObject({ pace: 0, projectedYear: null, meetsTarget: null, reason: 'not-shrinking' });
});
