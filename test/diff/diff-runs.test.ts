/**
 * The pure diff on the example data, changed in memory: what moved, what flipped, which
 * schools changed standing or came and went, and which problems are new. No git, no disk
 * beyond reading the example once.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { diffRuns } from '../../src/diff/diff-runs.ts';
import { renderMarkdown } from '../../src/diff/markdown.ts';
import type { NarrativeFile } from '../../src/load/read-narratives.ts';
import { readNarrativeFiles } from '../../src/load/read-narratives.ts';
import { type RawFile, readProjectFiles } from '../../src/load/read-project.ts';
import { type ProjectRun, runProject } from '../../src/pipeline.ts';
import { root } from '../helpers/fixtures.ts';

let files: RawFile[];
let narratives: NarrativeFile[];
let base: ProjectRun;

beforeAll(async () => {
  files = await readProjectFiles(root);
  narratives = await readNarrativeFiles(root);
  base = runProject(files);
});

const longting = 'data/counties/longting/2021.yaml';

/** The example data with one file's text rewritten (or the file left out when `edit` returns null). */
function edited(file: string, edit: (text: string) => string | null): RawFile[] {
  return files.flatMap((raw) => {
    if (raw.file !== file) return [raw];
    const text = edit(raw.text ?? '');
    return text === null ? [] : [{ ...raw, text }];
  });
}

function replaced(file: string, from: string, to: string): RawFile[] {
  return edited(file, (text) => {
    if (!text.includes(from)) throw new Error(`${file} has no ${from}`);
    return text.replace(from, to);
  });
}

function diffAgainstBase(changed: readonly RawFile[], changedNarratives = narratives) {
  return diffRuns(base, runProject(changed), narratives, changedNarratives);
}

describe('diffRuns', () => {
  test('the same data and narratives: nothing to report', () => {
    const diff = diffRuns(base, runProject(files), narratives, narratives);
    expect(diff).toEqual({
      countyYears: [],
      flips: [],
      assessment: [],
      values: [],
      schools: { added: [], removed: [], standings: [] },
      narratives: { figures: [], edits: [] },
      problems: { introduced: [], resolved: [], newSideHasErrors: false },
    });
    expect(renderMarkdown(diff, { from: 'main', to: '工作区' })).toBe(
      '### 发布数字变化：main → 工作区\n\n发布数字无变化。\n',
    );
  });

  test('a coefficient over its limit flips the indicator’s test, first in the Markdown', () => {
    // One junior school's sports ground four times larger: the spread between schools exceeds 0.45.
    const diff = diffAgainstBase(replaced(longting, 'sportsArea: 14338.91', 'sportsArea: 60000'));
    expect(diff.flips).toEqual([
      expect.objectContaining({
        county: 'longting',
        year: 2021,
        countyName: '龙亭区',
        level: 'junior',
        standard: 'quality',
        indicator: 'sports_area_per_student',
        label: '生均体育运动场馆面积',
        basis: { before: '0.301（限值 0.45）', after: '1.126（限值 0.45）' },
        before: true,
        after: false,
      }),
    ]);
    const markdown = renderMarkdown(diff, { from: 'a', to: 'b' });
    expect(markdown.indexOf('#### 达标结论变化')).toBeLessThan(markdown.indexOf('#### 数值变化'));
    expect(markdown).toContain(
      '| 初中 | 优质均衡 | 生均体育运动场馆面积 | 0.301（限值 0.45） → 1.126（限值 0.45） | 达到 → **未达到** |',
    );
  });

  test('a value moved: old → new as printed, with the signed change, grouped by 学段', () => {
    const diff = diffAgainstBase(replaced(longting, 'students: 1022', 'students: 1122'));
    const byKey = new Map(diff.values.map((change) => [change.key, change]));
    expect(byKey.get('levels.primary.students')).toMatchObject({
      group: '小学',
      label: '在校生数',
      before: 16539,
      after: 16639,
      beforeText: '16539',
      afterText: '16639',
      change: '+100',
    });
    expect(byKey.get('levels.primary.studentsPerTeacher')).toMatchObject({
      beforeText: '1:17.25',
      afterText: '1:17.35',
      change: '+0.10',
    });
    expect(byKey.get('levels.primary.basic.compositeCv')).toMatchObject({
      label: '基本均衡·综合差异系数',
      beforeText: '0.244',
      afterText: '0.241',
      change: '−0.003',
    });
    // Only longting moved; nothing of the 初中 changed by a 小学's enrollment.
    expect(new Set(diff.values.map((change) => change.county))).toEqual(new Set(['longting']));
    expect(diff.values.some((change) => change.group === '初中')).toBe(false);
  });

  test('a school below the standard, a new school and a deleted one', () => {
    const changed = edited(longting, (text) => {
      const block = (id: string) => {
        const start = text.indexOf(`  - id: ${id}\n`);
        return text.slice(start, text.indexOf('  - id: ', start + 1));
      };
      const copy = block('lt-p11')
        .replace('id: lt-p11', 'id: lt-p13')
        .replace(/name: .*/, 'name: 新建小学');
      return text
        .replace(block('lt-j01'), block('lt-j01').replace('teachingArea: 7996.93', 'teachingArea: 5000'))
        .replace(block('lt-p05'), copy);
    });
    const { schools } = diffAgainstBase(changed);
    expect(schools.standings).toEqual([
      expect.objectContaining({
        school: 'lt-j01',
        name: '城区第一初级中学',
        level: 'junior',
        standard: 'quality',
        before: '达标（7/7）',
        after: '未达标（6/7）',
        shortfallsAppeared: ['生均教学及辅助用房面积'],
        shortfallsCleared: [],
      }),
    ]);
    expect(schools.added).toEqual([
      expect.objectContaining({
        school: 'lt-p13',
        name: '新建小学',
        type: '小学',
        standing: ['小学·优质均衡：未达标（6/7）'],
      }),
    ]);
    expect(schools.removed).toEqual([
      expect.objectContaining({
        school: 'lt-p05',
        name: '城区第五小学',
        standing: ['小学·优质均衡：未达标（4/7）'],
      }),
    ]);
  });

  test('county-years: removed, and not computed because of an error (its problem introduced, exit-worthy)', () => {
    const withoutLongting = edited(longting, () => null);
    expect(diffAgainstBase(withoutLongting).countyYears).toEqual([
      { county: 'longting', year: 2021, countyName: '龙亭区', change: 'removed' },
    ]);
    const broken = diffAgainstBase(replaced(longting, 'students: 1022', 'students: "1,022"'));
    expect(broken.countyYears).toEqual([
      { county: 'longting', year: 2021, countyName: '龙亭区', change: 'not-computed' },
    ]);
    expect(broken.problems.newSideHasErrors).toBe(true);
    expect(broken.problems.introduced.map((problem) => problem.code)).toEqual(['thousandsSeparator']);
    expect(broken.problems.resolved).toEqual([]);
    // …and back: the older side had the error.
    const fixed = diffRuns(
      runProject(edited(longting, (text) => text.replace('students: 1022', 'students: "1,022"'))),
      base,
      narratives,
      narratives,
    );
    expect(fixed.countyYears).toEqual([
      { county: 'longting', year: 2021, countyName: '龙亭区', change: 'computed-again' },
    ]);
    expect(fixed.problems.resolved.map((problem) => problem.code)).toEqual(['thousandsSeparator']);
  });

  test('a problem that only moved (lines added above it) is not new', () => {
    const tongdao = 'data/counties/tongdao/2019.yaml';
    const before = base.problems.filter((problem) => problem.file === tongdao);
    expect(before.map((problem) => problem.code)).toEqual(['publishedMismatch']);
    const diff = diffAgainstBase(replaced(tongdao, 'schools:\n', '# 一行说明\n# 又一行\nschools:\n'));
    expect(diff.problems).toMatchObject({ introduced: [], resolved: [] });
    expect(diff.values).toEqual([]);
  });

  test('narratives: a figure that reads differently, and an edit with its references', () => {
    const file = 'content/reports/longting/2021.mdx';
    const editedNarratives = narratives.map((narrative) =>
      narrative.file === file
        ? {
            ...narrative,
            text: narrative.text.replace(
              '<Figure k="levels.primary.largestClass" />',
              '<Figure k="levels.junior.largestClass" />',
            ),
          }
        : narrative,
    );
    const diff = diffAgainstBase(replaced(longting, 'students: 1022', 'students: 1122'), editedNarratives);
    expect(diff.narratives.figures).toContainEqual({
      file,
      line: 13,
      source: '<Figure k="levels.primary.basic.compositeCv" />',
      before: '0.244',
      after: '0.241',
    });
    expect(diff.narratives.edits).toEqual([
      {
        file,
        change: 'edited',
        linesAdded: 1,
        linesRemoved: 1,
        referencesAdded: [{ line: 27, source: '<Figure k="levels.junior.largestClass" />' }],
        referencesRemoved: [{ line: 27, source: '<Figure k="levels.primary.largestClass" />' }],
      },
    ]);
  });

  test('assessment: a declaration withdrawn and a veto declared, each a line that changed state', () => {
    const fengqiu = 'data/counties/fengqiu/2020.yaml';
    const lingbao = 'data/counties/lingbao/2022.yaml';
    const changed = edited(fengqiu, (text) =>
      text.replace('{ item: layoutPlan, met: true }', '{ item: layoutPlan, met: false }'),
    ).map((raw) =>
      raw.file === lingbao
        ? {
            ...raw,
            text: (raw.text ?? '').replace(
              '{ item: keySchools, present: false }',
              '{ item: keySchools, present: true }',
            ),
          }
        : raw,
    );
    const diff = diffAgainstBase(changed);
    expect(
      diff.assessment.map(({ county, assessment, id, label, before, after }) => [
        county,
        assessment,
        id,
        label,
        before,
        after,
      ]),
    ).toEqual([
      ['fengqiu', '优质均衡', 'G1', '政府保障程度·学校规划布局', '达标', '未达标'],
      ['lingbao', '优质均衡', 'V3', '一票否决事项·举办重点学校或重点班', '无此情形', '存在此情形'],
    ]);
    const markdown = renderMarkdown(diff, { from: 'main', to: '工作区' });
    expect(markdown).toContain('认定条目变化 2 项');
    expect(markdown).toContain(
      '| 封丘县 2020 年 | 优质均衡 | G1 | 政府保障程度·学校规划布局 | 是 → 否 | 达标 → **未达标** |',
    );
  });
});
