/**
 * The 基本情况 table counts every school once: single-学段 schools under their 学段, teaching
 * points and mixed schools (九年一贯制, 十二年一贯制) in rows of their own, and a note for the rest,
 * so the counts shown add up to the schools in the data (Fengqiu: 60).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { levelTableNote, levelTableRows, schoolCounts } from '../../src/figures/level-table.ts';
import { readProjectFiles } from '../../src/load/read-project.ts';
import { type CountyYearOutput, runProject } from '../../src/pipeline.ts';
import type { ComputeResult } from '../../src/types/generated/result.ts';
import { root } from '../helpers/fixtures.ts';

let outputs: CountyYearOutput[] = [];
beforeAll(async () => {
  outputs = runProject(await readProjectFiles(root)).outputs;
});

function result(name: string): ComputeResult {
  const found = outputs.find((item) => `${item.county}-${item.year}` === name)?.result;
  if (found === undefined) throw new Error(`${name} was not computed`);
  return found;
}

/** The school counts a reader adds up: every count row's cells and the note's. */
function shownTotal(data: ComputeResult): number {
  const rows = levelTableRows(data).filter((row) => /(学校数（所）|教学点（个）)$/.test(row.label));
  const inRows = rows.flatMap((row) => row.cells).reduce((sum, cell) => sum + Number(cell.text), 0);
  const inNote = [...(levelTableNote(data) ?? '').matchAll(/(\d+) 所/g)].reduce(
    (sum, [, count]) => sum + Number(count),
    0,
  );
  return inRows + inNote;
}

describe('Fengqiu 2020: 60 schools, five of them 九年一贯制', () => {
  test('40 小学 and 14 初中 in their columns, the 5 九年一贯制 once, in the note', () => {
    const rows = levelTableRows(result('fengqiu-2020'));
    expect(rows.slice(0, 2)).toEqual([
      { label: '学校数（所）', cells: [{ text: '40' }, { text: '14' }] },
      { label: '在校生数（人）', cells: [{ text: '39950' }, { text: '19763' }] },
    ]);
    expect(levelTableNote(result('fengqiu-2020'))).toBe(
      '另有九年一贯制学校 5 所，同时设有小学和初中，学校数单列，不计入上表的小学、初中学校数，其在校生、班级和专任教师分别计入小学和初中；另有特殊教育学校 1 所，不在表中。',
    );
  });

  test('the counts shown equal the schools in the data and the county total the text cites', () => {
    const data = result('fengqiu-2020');
    expect(shownTotal(data)).toBe(60);
    expect(data.schools).toHaveLength(60);
    expect(data.totals.all).toBe(60);
  });
});

describe('every example county-year', () => {
  test('the counts shown add up to every school and teaching point of the data', () => {
    expect(outputs.length).toBeGreaterThan(5);
    for (const output of outputs) {
      const name = `${output.county}-${output.year}`;
      expect(shownTotal(output.result), name).toBe(output.result.totals.all);
      const counts = schoolCounts(output.result);
      // Each school is in exactly one bucket, and the 学段 columns of the figures still hold it.
      const mixed = [...counts.mixed.values()].reduce((sum, count) => sum + count, 0);
      expect(counts.only.primary + counts.teachingPoints.primary + mixed, name).toBe(
        output.result.levels.primary.schools,
      );
      expect(counts.only.junior + counts.teachingPoints.junior + mixed, name).toBe(
        output.result.levels.junior.schools,
      );
    }
  });

  test('Lingbao: 35 小学, 38 教学点, 21 初中, 3 九年一贯制 and 1 特殊教育学校, 98 in all', () => {
    const rows = levelTableRows(result('lingbao-2022'));
    expect(rows.slice(0, 2).map((row) => [row.label, row.cells.map((cell) => cell.text)])).toEqual([
      ['学校数（所）', ['35', '21']],
      ['教学点（个）', ['38', '0']],
    ]);
    expect(levelTableNote(result('lingbao-2022'))).toMatch(/^另有九年一贯制学校 3 所，/);
    expect(shownTotal(result('lingbao-2022'))).toBe(98);
  });

  test('the ratio row is 师生比 printed 1:x', () => {
    const ratio = levelTableRows(result('tongdao-2019')).find((row) => row.label === '师生比');
    expect(ratio?.cells.map((cell) => cell.text)).toEqual(['1:16.87', '1:13.51']);
    expect(levelTableRows(result('tongdao-2019')).some((row) => row.label.includes('生师比'))).toBe(false);
  });
});
