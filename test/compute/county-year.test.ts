/**
 * The engine's findings as the clerk sees them from `npm run check`: the example data with one
 * field left out or one unit emptied, run through the whole pipeline and located in the file.
 * No quiet losses: a county figure that cannot be computed names the school and the field;
 * every problem is reported once.
 */
import { describe, expect, it } from 'vitest';
import { type RawFile, readProjectFiles } from '../../src/load/read-project.ts';
import { runProject } from '../../src/pipeline.ts';
import { formatProblem, type Problem } from '../../src/problems/problem.ts';
import { root } from '../helpers/fixtures.ts';
import { repeated } from '../helpers/problems.ts';

let example: Promise<RawFile[]> | undefined;

function exampleFiles(): Promise<RawFile[]> {
  example ??= readProjectFiles(root);
  return example;
}

/**
 * The example files (or `files`) with `file` edited: `[from, to]` replaces the first `from`
 * after `anchor`, so an edit lands in one school's row.
 */
async function editedExample(
  file: string,
  anchor: string,
  [from, to]: [string, string],
  files?: readonly RawFile[],
): Promise<RawFile[]> {
  return (files ?? (await exampleFiles())).map((raw) => {
    if (raw.file !== file || raw.text === null) return raw;
    const at = raw.text.indexOf(anchor);
    expect(at, `${anchor} in ${file}`).toBeGreaterThanOrEqual(0);
    const tail = raw.text.slice(at);
    expect(tail.includes(from), `"${from}" after ${anchor}`).toBe(true);
    const text = raw.text.slice(0, at) + tail.replace(from, to);
    return { ...raw, text, size: Buffer.byteLength(text) };
  });
}

/** Problems other than the one the example data has on purpose (Tongdao's printed 0.279). */
function newProblems(files: readonly RawFile[]): Problem[] {
  return runProject(files).problems.filter(
    (problem) =>
      !(problem.code === 'publishedMismatch' && problem.file === 'data/counties/tongdao/2019.yaml'),
  );
}

const fengqiu = 'data/counties/fengqiu/2020.yaml';
const tongdao = 'data/counties/tongdao/2019.yaml';

describe('a school that leaves out a field a county figure needs', () => {
  it('a 民办 school outside every coefficient: the county share is named, with the school and field', async () => {
    const files = await editedExample(fengqiu, 'id: fq-n05', ['      aboveDegreeTeachers: 49\n', '']);
    const run = runProject(files);
    const output = run.outputs.find((one) => one.county === 'fengqiu');
    expect(output?.result.levels.primary.aboveDegreeShare).toEqual({ reason: 'missing-data' });
    expect(newProblems(files).map(formatProblem)).toMatchInlineSnapshot(`
      [
        "data/counties/fengqiu/2020.yaml:2161:7  ［提示］schools[58].primary.aboveDegreeTeachers：民办城区第一九年一贯制学校（fq-n05）小学段未填高于规定学历教师数，小学「高于规定学历教师比例」无法测算（请在该校 primary 下填写 aboveDegreeTeachers，没有时填 0）",
        "data/counties/fengqiu/2020.yaml:2273:12  ［提示］published[4].value：levels.primary.aboveDegreeShare 已印发，但按数据无法测算（缺少数据）（请补全相关学校的数据）",
      ]
    `);
  });

  it('a public school in scope: one problem lists the share, the indicators and the composite', async () => {
    const files = await editedExample(tongdao, 'id: td-p01', ['      aboveDegreeTeachers: 120\n', '']);
    expect(newProblems(files).map(formatProblem)).toMatchInlineSnapshot(`
      [
        "data/counties/tongdao/2019.yaml:21:7  ［提示］schools[0].primary.aboveDegreeTeachers：城区第一小学（td-p01）小学段未填高于规定学历教师数，小学「高于规定学历教师比例」「生均高于规定学历教师数」「基本均衡综合差异系数」「每百名学生拥有高于规定学历教师数」无法测算（请在该校 primary 下填写 aboveDegreeTeachers，没有时填 0）",
        "data/counties/tongdao/2019.yaml:1738:12  ［提示］published[0].value：levels.primary.basic.compositeCv 已印发，但按数据无法测算（缺少数据）（请补全相关学校的数据）",
        "data/counties/tongdao/2019.yaml:1792:12  ［提示］published[14].value：levels.primary.basic.indicators.above_degree_teachers_per_student.value 已印发，但按数据无法测算（缺少数据）（请补全相关学校的数据）",
        "data/counties/tongdao/2019.yaml:1796:12  ［提示］published[15].value：levels.primary.basic.indicators.above_degree_teachers_per_student.cv 已印发，但按数据无法测算（缺少数据）（请补全相关学校的数据）",
      ]
    `);
  });

  it('several schools without a field: one problem at the first, with the count', async () => {
    const once = await editedExample(tongdao, 'id: td-p01', ['      seniorTitleTeachers: 37\n', '']);
    const files = await editedExample(tongdao, 'id: td-p02', ['      seniorTitleTeachers: 100\n', ''], once);
    expect(newProblems(files).map(formatProblem)).toMatchInlineSnapshot(`
      [
        "data/counties/tongdao/2019.yaml:21:7  ［提示］schools[0].primary.seniorTitleTeachers：城区第一小学（td-p01）小学段未填中级及以上职称教师数，小学「中级及以上职称教师比例」「生均中级及以上专业技术职务教师数」「基本均衡综合差异系数」无法测算（请在该校 primary 下填写 seniorTitleTeachers，没有时填 0；另有 td-p02 也未填，请一并补齐）",
        "data/counties/tongdao/2019.yaml:1737:12  ［提示］published[0].value：levels.primary.basic.compositeCv 已印发，但按数据无法测算（缺少数据）（请补全相关学校的数据）",
        "data/counties/tongdao/2019.yaml:1799:12  ［提示］published[16].value：levels.primary.basic.indicators.senior_title_teachers_per_student.value 已印发，但按数据无法测算（缺少数据）（请补全相关学校的数据）",
        "data/counties/tongdao/2019.yaml:1803:12  ［提示］published[17].value：levels.primary.basic.indicators.senior_title_teachers_per_student.cv 已印发，但按数据无法测算（缺少数据）（请补全相关学校的数据）",
      ]
    `);
  });

  it('a facility of a 九年一贯制 school: one problem for both 学段 and the county total', async () => {
    const files = await editedExample(fengqiu, 'id: fq-n01', ['      multimediaRooms: 35\n', '']);
    expect(newProblems(files).map(formatProblem)).toMatchInlineSnapshot(`
      [
        "data/counties/fengqiu/2020.yaml:1487:7  ［提示］schools[40].facilities.multimediaRooms：城区第一九年一贯制学校（fq-n01）未填网络多媒体教室数，小学「每百名学生拥有网络多媒体教室数」、初中「每百名学生拥有网络多媒体教室数」、县级合计「网络多媒体教室数」无法测算（请在该校 facilities 下填写 multimediaRooms，没有时填 0）",
      ]
    `);
  });
});

describe('each problem once', () => {
  it('a unit without students is reported once, however many standards take it in', async () => {
    const files = await editedExample(tongdao, 'id: td-p01', ['students: 2163', 'students: 0']);
    const empty = runProject(files).problems.filter((problem) => problem.code === 'unitWithoutStudents');
    expect(empty.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "data/counties/tongdao/2019.yaml:21:17  ［提示］schools[0].primary.students：城区第一小学（td-p01）小学在校生数为 0，未计入差异系数（如该学段已不招生，请删去这一段；否则请核对在校生数）",
      ]
    `);
  });

  it('no problem is reported twice, in the example data or in broken copies of it', async () => {
    const cases = [
      await exampleFiles(),
      await editedExample(tongdao, 'id: td-p01', ['students: 2163', 'students: 0']),
      await editedExample(tongdao, 'id: td-p01', ['      aboveDegreeTeachers: 120\n', '']),
      await editedExample(fengqiu, 'id: fq-n01', ['      multimediaRooms: 35\n', '']),
      await editedExample(fengqiu, 'id: fq-n01', ['    facilities:\n', '    facilities_:\n']),
      await editedExample(tongdao, 'id: td-p01', ['students: 2163', 'students: "2,163"']),
      await editedExample(tongdao, 'name: 乡村第一教学点', ['    parent: td-p06\n', '']),
    ];
    for (const files of cases) {
      const problems = runProject(files).problems;
      expect(problems.length).toBeGreaterThan(0);
      expect(repeated(problems)).toEqual([]);
    }
  });
});
