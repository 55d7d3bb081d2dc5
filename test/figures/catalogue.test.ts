/** The writers' catalogue: every citable key with its name and its text exactly as a page prints it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { catalogueText, figureCatalogue } from '../../src/figures/catalogue.ts';
import { figureText } from '../../src/figures/figure-text.ts';
import type { ComputeResult } from '../../src/types/generated/result.ts';
import { loadStandard, root } from '../helpers/fixtures.ts';

const result = JSON.parse(
  readFileSync(join(root, 'test/golden/results/tongdao-2019.json'), 'utf8'),
) as ComputeResult;
const standards = ['basic-2012', 'quality-2017', 'hunan-basic-illustrative'].map(loadStandard);

describe('figureCatalogue', () => {
  const entries = figureCatalogue(result, standards);

  test('each entry prints as <Figure k> prints it, with no attribute', () => {
    for (const entry of entries) expect(entry.text).toBe(figureText(result, { k: entry.key })?.text);
  });

  test('county figures only by default; per-school figures on request', () => {
    expect(entries.some((entry) => entry.key.startsWith('schools['))).toBe(false);
    const withSchools = figureCatalogue(result, standards, { schools: true });
    const school = result.schools[0];
    expect(
      withSchools.find((entry) => entry.key === `schools[${school?.id}].levels.primary.students`),
    ).toMatchObject({
      group: school?.name,
      label: '小学·在校生数',
    });
  });

  test('a published figure is cited as printed, not its check', () => {
    const published = entries.filter((entry) => entry.key.startsWith('published['));
    expect(published.length).toBe(result.published.length);
    expect(published.every((entry) => entry.key.endsWith('].published'))).toBe(true);
  });

  test('names, units and printed texts, as a writer reads them', () => {
    const pick = (key: string) => entries.find((entry) => entry.key === key);
    expect(pick('levels.primary.averageClassSize')).toMatchObject({
      group: '小学',
      label: '平均班额',
      unit: '人',
      text: '38.53',
    });
    expect(pick('levels.primary.studentsPerTeacher')).toMatchObject({
      label: '师生比',
      unit: '',
      text: '1:16.87',
    });
    // The 2012 standard's 师生比 (teachers per student, 0.0592) prints as 1:x too.
    expect(pick('levels.primary.basic.indicators.teachers_per_student.value')).toMatchObject({
      label: '基本均衡·师生比·县域值',
      unit: '',
      text: '1:16.89',
    });
    expect(pick('levels.primary.basic.indicators.teachers_per_student.cv')).toMatchObject({ text: '0.231' });
    expect(pick('levels.primary.provincial.indicators.teachers_per_student.threshold')).toMatchObject({
      text: '1:33.33',
    });
    expect(pick('facts.investments[2019].amount')).toMatchObject({
      group: '县级事实',
      label: '教育投入·2019·金额',
      unit: '万元',
      text: '16568',
    });
    expect(pick('levels.junior.basic.compositeCv')).toMatchObject({
      label: '基本均衡·综合差异系数',
      text: '0.273',
    });
    expect(pick('totals.facilities.books')).toMatchObject({ unit: '册' });
  });

  test('the plain listing groups the figures under their headings', () => {
    const text = catalogueText('通道', entries.slice(0, 3));
    expect(text.split('\n').slice(0, 4)).toEqual([
      '通道',
      '',
      '【县级合计】',
      // Keys padded to the longest of the three (totals.teachingPoints), names to the widest (16 columns).
      `${'totals.all'.padEnd('totals.teachingPoints'.length)}  学校和教学点总数  47 所`,
    ]);
  });
});
