import { describe, expect, it } from 'vitest';
import { levelsByType } from '../../src/validate/rules.ts';
import { fieldInfo } from '../../src/validate/schema.ts';
import {
  basicStandard,
  cleanFiles,
  countyFile,
  qualityStandard,
  report,
  reportAfterEdit,
  yearFile,
} from './fixture.ts';

describe('schools', () => {
  it('school ids are unique within a file', async () => {
    expect(await reportAfterEdit(yearFile, ['id: demo-j01', 'id: demo-p01'])).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:40:9  schools[2].id：学校标识 demo-p01 与 schools[0] 重复（每所学校和教学点的标识在县内必须唯一，请改用新的标识）",
      ]
    `);
  });

  it('a 教学点 names its parent school', async () => {
    expect(await reportAfterEdit(yearFile, ['    parent: demo-p01\n', ''])).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:29:5  schools[1].parent：教学点没有填写所属学校（请添加 parent，填写所属完全小学或中心校的学校标识）",
      ]
    `);
  });

  it('the parent exists (nearest id suggested)', async () => {
    expect(await reportAfterEdit(yearFile, ['parent: demo-p01', 'parent: demo-p1'])).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:34:13  schools[1].parent：所属学校 demo-p1 在本文件中不存在（是否应为 demo-p01？）",
      ]
    `);
  });

  it('the parent is not itself a 教学点', async () => {
    expect(await reportAfterEdit(yearFile, ['parent: demo-p01', 'parent: demo-t01'])).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:34:13  schools[1].parent：所属学校 demo-t01 本身也是教学点（教学点应隶属于完全小学或中心校，请改填该校的标识）",
      ]
    `);
  });

  it('only a 教学点 has a parent', async () => {
    expect(
      await reportAfterEdit(yearFile, ['    location: 镇区', '    parent: demo-p01\n    location: 镇区']),
    ).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:45:5  schools[2].parent：只有教学点填写所属学校，本校类型为初级中学（请删去 parent 这一行，或把 type 改为 教学点）",
      ]
    `);
  });

  it('a school type needs its levels', async () => {
    expect(await reportAfterEdit(yearFile, ['type: 初级中学', 'type: 完全中学'])).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:40:5  schools[2].senior：完全中学应有高中段数据（请添加 senior，并在其下填写 students、classes、teachers）",
      ]
    `);
  });

  it('a school type has no other levels', async () => {
    expect(await reportAfterEdit(yearFile, ['type: 特殊教育学校', 'type: 小学'])).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:78:5  schools[4].primary：小学应有小学段数据（请添加 primary，并在其下填写 students、classes、teachers）",
        "data/counties/demo/2019.yaml:84:5  schools[4].special：小学不应有特殊教育数据（请删去 special 这一段，或核对学校类型 type）",
      ]
    `);
  });

  it('the level table follows domain.md', () => {
    expect(levelsByType).toEqual({
      小学: ['primary'],
      初级中学: ['junior'],
      九年一贯制: ['primary', 'junior'],
      完全中学: ['junior', 'senior'],
      十二年一贯制: ['primary', 'junior', 'senior'],
      教学点: ['primary'],
      特殊教育学校: ['special'],
    });
    expect(Object.keys(levelsByType)).toEqual(fieldInfo('year', ['schools', 0, 'type'])?.node.enum);
  });
});

describe('levels', () => {
  it('teacher groups are not more than the full-time teachers', async () => {
    expect(
      await reportAfterEdit(
        yearFile,
        ['aboveDegreeTeachers: 61', 'aboveDegreeTeachers: 71'],
        ['keyTeachers: 6', 'keyTeachers: 36'],
      ),
    ).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:20:20  schools[0].primary.keyTeachers：县级及以上骨干教师数 36 多于专任教师数 35（这是专任教师中的一部分，不能多于专任教师数，请核对）",
        "data/counties/demo/2019.yaml:50:28  schools[2].junior.aboveDegreeTeachers：高于规定学历教师数 71 多于专任教师数 70（这是专任教师中的一部分，不能多于专任教师数，请核对）",
      ]
    `);
  });

  it('class-size bands add up to the classes', async () => {
    expect(await reportAfterEdit(yearFile, ['upTo45: 12', 'upTo45: 11'])).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:15:7  schools[0].primary.classSizes：各班额分段之和为 13，与班级数 14 不一致（请核对 classes 和 classSizes 下的各项）",
      ]
    `);
  });
});

describe('totals', () => {
  it('match the sums over schools (schools without 教学点)', async () => {
    expect(
      await reportAfterEdit(
        yearFile,
        ['  schools: 4', '  schools: 5'],
        ['teachingPoints: 1', 'teachingPoints: 2'],
        ['junior: { students: 1110', 'junior: { students: 1100'],
        [
          'special: { students: 40, classes: 5, teachers: 12 }',
          'special: { students: 40, classes: 5, teachers: 13 }',
        ],
      ),
    ).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:89:12  totals.schools：学校数合计为 5，逐校数据之和为 4，相差 1（请核对统计报表的合计数与各校数据；学校数不含教学点）",
        "data/counties/demo/2019.yaml:90:19  totals.teachingPoints：教学点数合计为 2，逐校数据之和为 1，相差 1（请核对统计报表的合计数与各校数据）",
        "data/counties/demo/2019.yaml:92:23  totals.junior.students：初中在校生数合计为 1100，逐校数据之和为 1110，相差 10（请核对统计报表的合计数与各校数据）",
        "data/counties/demo/2019.yaml:93:50  totals.special.teachers：特殊教育专任教师数合计为 13，逐校数据之和为 12，相差 1（请核对统计报表的合计数与各校数据）",
      ]
    `);
  });
});

describe('file identity', () => {
  it('year and county inside a year file match its name and folder', async () => {
    expect(
      await reportAfterEdit(yearFile, ['year: 2019', 'year: 2018'], ['county: demo', 'county: demo2']),
    ).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:2:9  county：县标识 demo2 与所在目录 demo 不一致（请把 county 改为 demo）",
        "data/counties/demo/2019.yaml:3:7  year：年份 2018 与文件名 2019.yaml 不一致（请把 year 改为 2019，或把文件改名为 2018.yaml）",
      ]
    `);
  });

  it('county.yaml id matches its folder', async () => {
    expect(await reportAfterEdit(countyFile, ['id: demo', 'id: demox'])).toMatchInlineSnapshot(`
      [
        "data/counties/demo/county.yaml:2:5  id：县标识 demox 与所在目录 demo 不一致（请把 id 改为 demo）",
      ]
    `);
  });

  it('a county id may not be one of the site’s own folders', async () => {
    expect(await reportAfterEdit(countyFile, ['id: demo', 'id: search'])).toMatchInlineSnapshot(`
      [
        "data/counties/demo/county.yaml:2:5  id：县标识 search 与网站自身的目录重名（methods、search、pagefind、pagefind-1 等），该县的页面会与之冲突（请换一个县标识，例如加上所在市的拼音，并同时改目录名）",
        "data/counties/demo/county.yaml:2:5  id：县标识 search 与所在目录 demo 不一致（请把 id 改为 demo）",
      ]
    `);
    expect((await reportAfterEdit(countyFile, ['id: demo', 'id: pagefind-3'])).join('\n')).toContain(
      'pagefind-3 与网站自身的目录重名',
    );
  });

  it('a standard id matches its file name', async () => {
    expect(await reportAfterEdit(basicStandard, ['id: basic-2012', 'id: basic-2021'])).toMatchInlineSnapshot(`
      [
        "data/standards/basic-2012.yaml:2:5  id：标准标识 basic-2021 与文件名 basic-2012.yaml 不一致（请把 id 改为 basic-2012）",
      ]
    `);
  });
});

describe('standards named by a county', () => {
  it('exist as files', async () => {
    expect(
      await reportAfterEdit(countyFile, [
        '[basic-2012, quality-2017,',
        '[basic-2021, quality-2017, basic-1999,',
      ]),
    ).toMatchInlineSnapshot(`
      [
        "data/counties/demo/county.yaml:7:13  standards[0]：标准 basic-2021 不存在：data/standards/ 下没有 basic-2021.yaml（是否应为 basic-2012？）",
        "data/counties/demo/county.yaml:7:39  standards[2]：标准 basic-1999 不存在：data/standards/ 下没有 basic-1999.yaml（可用的标准：basic-2012、hunan-basic-illustrative、quality-2017）",
      ]
    `);
  });

  it('are at most one per kind', async () => {
    expect(await reportAfterEdit(qualityStandard, ['kind: quality', 'kind: basic'])).toMatchInlineSnapshot(`
      [
        "data/counties/demo/county.yaml:7:25  standards[1]：标准 quality-2017 与 basic-2012 同属基本均衡，每类只能选一个（请删去其中一个）",
      ]
    `);
  });
});

describe('standard files', () => {
  it('numerators name fields of the county-year schema', async () => {
    expect(
      await reportAfterEdit(
        qualityStandard,
        ['numerator: facilities.multimediaRooms', 'numerator: facilities.multimediaRoom'],
        ['numerator: level.keyTeachers', 'numerator: level.keyTeacher'],
        ['numerator: level.peArtsTeachers', 'numerator: level.artTeachers'],
      ),
    ).toMatchInlineSnapshot(`
      [
        "data/standards/quality-2017.yaml:32:16  indicators[1].numerator：年度数据中没有字段 level.keyTeacher（是否应为 level.keyTeachers？）",
        "data/standards/quality-2017.yaml:38:16  indicators[2].numerator：年度数据中没有字段 level.artTeachers（是否应为 level.peArtsTeachers？）",
        "data/standards/quality-2017.yaml:62:16  indicators[6].numerator：年度数据中没有字段 facilities.multimediaRoom（是否应为 facilities.multimediaRooms？）",
      ]
    `);
  });

  it('split fields name facilities', async () => {
    expect(
      await reportAfterEdit(basicStandard, ['computers, books]', 'computers, book, area]']),
    ).toMatchInlineSnapshot(`
      [
        "data/standards/basic-2012.yaml:19:65  split.fields[4]：年度数据中没有字段 facilities.book（是否应为 books？）",
        "data/standards/basic-2012.yaml:19:71  split.fields[5]：年度数据中没有字段 facilities.area（facilities 下可用的字段：teachingArea、sportsArea、equipmentValue、computers、books、multimediaRooms、landArea、buildingArea、laboratories、functionRooms、libraryRooms、musicRooms、musicRoomMinArea、artRooms、artRoomMinArea）",
      ]
    `);
  });

  it('a school rule has thresholds on at least minMet indicators', async () => {
    expect(await reportAfterEdit(qualityStandard, ['minMet: 6', 'minMet: 8'])).toMatchInlineSnapshot(`
      [
        "data/standards/quality-2017.yaml:69:11  schoolRule.minMet：至少达标项数为 8，但小学只有 7 项指标填写了标准值（请为指标补充 threshold.primary，或调低 minMet）",
        "data/standards/quality-2017.yaml:69:11  schoolRule.minMet：至少达标项数为 8，但初中只有 7 项指标填写了标准值（请为指标补充 threshold.junior，或调低 minMet）",
      ]
    `);
  });

  it('thresholds and limits cover every listed level', async () => {
    expect(
      await reportAfterEdit(
        qualityStandard,
        ['threshold: { primary: 2.3, junior: 2.4 }', 'threshold: { primary: 2.3 }'],
        ['limits: { primary: 0.50, junior: 0.45 }', 'limits: { junior: 0.45 }'],
      ),
    ).toMatchInlineSnapshot(`
      [
        "data/standards/quality-2017.yaml:64:16  indicators[6].threshold.junior：标准值缺少初中（本标准的适用学段包括初中，请在 threshold 下添加 junior）",
        "data/standards/quality-2017.yaml:67:11  coefficient.limits.primary：差异系数限值缺少小学（本标准的适用学段包括小学，请在 limits 下添加 primary）",
      ]
    `);
  });
});

describe('a new year not yet filled in', () => {
  it('each item of the to-fill list is a warning at the item, saying what to enter', async () => {
    expect(
      await reportAfterEdit(yearFile, [
        'year: 2019\n',
        'year: 2019\ntoFill:\n  - facts.satisfaction\n  - facts.byYear\n  - facts.publicFundsPerStudent\n',
      ]),
    ).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:5:5  ［提示］toFill[0]：待补充：请填写 2019 年度的公众满意度（facts.satisfaction）（填好后删去 toFill 中的这一项）",
        "data/counties/demo/2019.yaml:6:5  ［提示］toFill[1]：待补充：请在分学年指标（facts.byYear）中补上 2019-2020 学年的一项，往年的各项可以保留（补上后删去 toFill 中的这一项）",
        "data/counties/demo/2019.yaml:7:5  ［提示］toFill[2]：待核对：生均公用经费（facts.publicFundsPerStudent）沿用了上一年度的数字，请核对 2019 年度是否仍是这些数字（核对后删去 toFill 中的这一项）",
      ]
    `);
  });

  it('the list takes only the paths the schema names, each once', async () => {
    expect(
      await reportAfterEdit(yearFile, [
        'year: 2019\n',
        'year: 2019\ntoFill: [facts.satisfation, totals, totals]\n',
      ]),
    ).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:4:10  toFill[0]：待补充项目应为 totals、facts.satisfaction、facts.physicalHealthPassRate、facts.disabledEnrollmentRate、facts.byYear、facts.publicFundsPerStudent、facts.investments、facts.assessmentScores、facts.teacherRecruitment、facts.teacherExchange、facts.teacherPosts、facts.studentsPerComputer、numbers、declarations、vetoes、evidence、qualityMonitoring、recognitionSurvey、governmentScore、governmentScoreItems 之一，实际为 "facts.satisfation"（是否应为 facts.satisfaction？）",
        "data/counties/demo/2019.yaml:4:37  toFill[2]：待补充中这一项与第 2 项重复（请删去重复的一项）",
      ]
    `);
  });

  it('school rows equal to the previous year’s: a warning naming both files; any change ends it', async () => {
    const files = await cleanFiles();
    const previous = files.find((raw) => raw.file === yearFile);
    if (previous?.text == null) throw new Error('no fixture year file');
    const copy = (file: string, text: string) => ({ file, text, size: Buffer.byteLength(text) });
    const next = previous.text.replace('year: 2019', 'year: 2020').replace(/\npublished:[\s\S]*$/, '\n');
    expect(report([...files, copy('data/counties/demo/2020.yaml', next)])).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2020.yaml:5:1  ［提示］schools：data/counties/demo/2020.yaml 的逐校数据（5 所学校）与 data/counties/demo/2019.yaml 完全相同，还是上一年度的数据（请按本年度的统计报表逐校更新，可用 npm run template 生成 Excel 模板、填好后用 npm run import 导入）",
      ]
    `);
    // Any change to a school ends it; a later year compares with the latest earlier file.
    const renamed = next.replace('name: 示例县城关小学', 'name: 城关小学');
    expect(report([...files, copy('data/counties/demo/2020.yaml', renamed)])).toEqual([]);
    expect(
      report([
        ...files,
        copy('data/counties/demo/2020.yaml', renamed),
        copy('data/counties/demo/2022.yaml', renamed.replace('year: 2020', 'year: 2022')),
      ]),
    ).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2022.yaml:5:1  ［提示］schools：data/counties/demo/2022.yaml 的逐校数据（5 所学校）与 data/counties/demo/2020.yaml 完全相同，还是上一年度的数据（请按本年度的统计报表逐校更新，可用 npm run template 生成 Excel 模板、填好后用 npm run import 导入）",
      ]
    `);
  });
});
