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

describe('the assessment', () => {
  const county = (yaml: string): [string, string] => [
    'facts:\n  satisfaction: 96\n',
    `facts:\n  satisfaction: 96\n${yaml}`,
  ];

  it('every new field validates when it is sensible', async () => {
    expect(
      await reportAfterEdit(
        yearFile,
        ['peArtsTeachers: 6', 'peArtsTeachers: 6\n      certifiedTeachers: 35\n      trainedTeachers: 30'],
        [
          'multimediaRooms: 14',
          'multimediaRooms: 14\n      musicRooms: 2\n      musicRoomMinArea: 96\n      artRooms: 1\n      artRoomMinArea: 90\n    funds: { publicFunds: 300000, trainingSpend: 15000 }',
        ],
        county(
          [
            'numbers:',
            '  rotation: { eligible: 100, rotated: 12, keyRotated: 3 }',
            '  quotaAllocation: { places: 400, allocated: 220 }',
            '  migrantChildren: { eligible: 300, inPublic: 280 }',
            '  disabledChildren: { eligible: 20, enrolled: 19 }',
            '  juniorCohort: { entrants: 500, transfersIn: 10, transfersOut: 20, deaths: 1, graduates: 480, formula: net }',
            'declarations:',
            '  - { item: layoutPlan, met: true }',
            'vetoes:',
            '  - { item: keySchools, present: false }',
            'evidence:',
            '  - { item: layoutPlan, title: 示例县义务教育学校布局规划, number: 示政发〔2018〕3号, date: 2018-05 }',
            '  - { item: keySchools, title: 示例县招生工作意见, link: "https://example.org/a" }',
            '',
          ].join('\n'),
        ),
      ),
    ).toMatchInlineSnapshot(`[]`);
  });

  it('certified and trained teachers are not more than the full-time teachers', async () => {
    expect(
      await reportAfterEdit(yearFile, [
        'peArtsTeachers: 6',
        'peArtsTeachers: 6\n      certifiedTeachers: 36\n      trainedTeachers: 40',
      ]),
    ).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:22:26  schools[0].primary.certifiedTeachers：持证专任教师数 36 多于专任教师数 35（这是专任教师中的一部分，不能多于专任教师数，请核对）",
        "data/counties/demo/2019.yaml:23:24  schools[0].primary.trainedTeachers：完成培训专任教师数 40 多于专任教师数 35（这是专任教师中的一部分，不能多于专任教师数，请核对）",
      ]
    `);
  });

  it('a school spends on training no more than its public funds', async () => {
    expect(
      await reportAfterEdit(yearFile, [
        'multimediaRooms: 14',
        'multimediaRooms: 14\n    funds: { publicFunds: 300000, trainingSpend: 400000 }',
      ]),
    ).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:29:50  schools[0].funds.trainingSpend：教师培训经费 400000 多于公用经费 300000（这是公用经费中的一部分，不能多于公用经费，请核对这两项）",
      ]
    `);
  });

  it('the smallest music or art room is given only with such rooms', async () => {
    expect(
      await reportAfterEdit(yearFile, [
        'multimediaRooms: 14',
        'multimediaRooms: 14\n      musicRoomMinArea: 96\n      artRooms: 0\n      artRoomMinArea: 90',
      ]),
    ).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:29:25  schools[0].facilities.musicRoomMinArea：填写了最小音乐教室面积，但音乐专用教室数没有填写（有这类教室时请在 musicRooms 填写间数（至少 1）；没有时请删去 musicRoomMinArea）",
        "data/counties/demo/2019.yaml:31:23  schools[0].facilities.artRoomMinArea：填写了最小美术教室面积，但美术专用教室数为 0（有这类教室时请在 artRooms 填写间数（至少 1）；没有时请删去 artRoomMinArea）",
      ]
    `);
  });

  it('county numbers: parts are not more than their wholes', async () => {
    expect(
      await reportAfterEdit(
        yearFile,
        county(
          [
            'numbers:',
            '  rotation: { eligible: 100, rotated: 12, keyRotated: 13 }',
            '  quotaAllocation: { places: 400, allocated: 401 }',
            '  migrantChildren: { eligible: 300, inPublic: 310 }',
            '  disabledChildren: { eligible: 20, enrolled: 21 }',
            '',
          ].join('\n'),
        ),
      ),
    ).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:97:55  numbers.rotation.keyRotated：其中骨干教师数 13 多于交流轮岗教师数 12（这是交流轮岗教师数中的一部分，不能多于交流轮岗教师数，请核对这两项）",
        "data/counties/demo/2019.yaml:98:46  numbers.quotaAllocation.allocated：分配到初中的名额 401 多于招生名额 400（这是招生名额中的一部分，不能多于招生名额，请核对这两项）",
        "data/counties/demo/2019.yaml:99:47  numbers.migrantChildren.inPublic：在公办学校就读数 310 多于符合条件随迁子女数 300（这是符合条件随迁子女数中的一部分，不能多于符合条件随迁子女数，请核对这两项）",
        "data/counties/demo/2019.yaml:100:47  numbers.disabledChildren.enrolled：已入学人数 21 多于适龄残疾儿童少年数 20（这是适龄残疾儿童少年数中的一部分，不能多于适龄残疾儿童少年数，请核对这两项）",
      ]
    `);
  });

  it('rotated teachers are not more than the eligible ones; key teachers then compare with the eligible', async () => {
    expect(
      await reportAfterEdit(yearFile, county('numbers:\n  rotation: { eligible: 10, keyRotated: 11 }\n')),
    ).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:97:41  numbers.rotation.keyRotated：其中骨干教师数 11 多于符合交流条件教师数 10（这是符合交流条件教师数中的一部分，不能多于符合交流条件教师数，请核对这两项）",
      ]
    `);
    expect(
      await reportAfterEdit(yearFile, county('numbers:\n  rotation: { eligible: 10, rotated: 11 }\n')),
    ).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:97:38  numbers.rotation.rotated：交流轮岗教师数 11 多于符合交流条件教师数 10（这是符合交流条件教师数中的一部分，不能多于符合交流条件教师数，请核对这两项）",
      ]
    `);
  });

  it('the junior cohort does not lose more pupils than it had', async () => {
    expect(
      await reportAfterEdit(
        yearFile,
        county(
          'numbers:\n  juniorCohort: { entrants: 100, transfersIn: 5, transfersOut: 100, deaths: 6, graduates: 0 }\n',
        ),
      ),
    ).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:97:64  numbers.juniorCohort.transfersOut：转出人数 100 与死亡人数 6 之和 106，多于入学人数 100 与转入人数 5 之和 105（转出和死亡的学生只能是入学或转入的学生，请核对 entrants、transfersIn、transfersOut、deaths）",
      ]
    `);
  });

  it('percentages stay within 0–100; the monitoring level within 1–4', async () => {
    expect(
      await reportAfterEdit(
        yearFile,
        county(
          [
            'numbers:',
            '  nearbyEnrollment: { primary: 101 }',
            'recognitionSurvey: { rate: 120 }',
            'qualityMonitoring:',
            '  - { subject: 数学, year: 2019, level: 5, difference: 0.12 }',
            '',
          ].join('\n'),
        ),
      ),
    ).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:97:32  numbers.nearbyEnrollment.primary：小学应为 0～100 之间的数，实际为 101（请核对：小学就近划片入学比例（%））",
        "data/counties/demo/2019.yaml:98:28  recognitionSurvey.rate：社会认可度应为 0～100 之间的数，实际为 120（请核对：社会认可度（%））",
        "data/counties/demo/2019.yaml:100:39  qualityMonitoring[0].level：水平等级应为 1～4 之间的整数，实际为 5（请核对：监测报告中的学业水平等级，填 1～4（Ⅰ～Ⅳ级））",
      ]
    `);
  });

  it('an item is declared once', async () => {
    expect(
      await reportAfterEdit(
        yearFile,
        county(
          [
            'declarations:',
            '  - { item: fullCurriculum, met: false }',
            '  - { item: fullCurriculum, met: false }',
            'vetoes:',
            '  - { item: falsification, present: false }',
            '  - { item: falsification, present: false }',
            '',
          ].join('\n'),
        ),
      ),
    ).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:98:13  declarations[1].item：事项「课程开齐开足」（fullCurriculum）与 declarations[0] 重复（每个事项只填一次：请删去其中一项，需要说明的写在 note 中）",
        "data/counties/demo/2019.yaml:101:13  vetoes[1].item：事项「弄虚作假」（falsification）与 vetoes[0] 重复（每个事项只填一次：请删去其中一项，需要说明的写在 note 中）",
      ]
    `);
  });

  it('evidence names a declared item', async () => {
    expect(
      await reportAfterEdit(
        yearFile,
        county(
          [
            'declarations:',
            '  - { item: fullCurriculum, met: false }',
            'evidence:',
            '  - { item: layoutPlan, title: 示例县义务教育学校布局规划 }',
            '  - { item: examAdmission, title: 示例县招生工作意见 }',
            '',
          ].join('\n'),
        ),
      ),
    ).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:99:13  evidence[0].item：佐证材料对应的事项「学校规划布局合理」（layoutPlan）没有在申报声明（declarations）中填写（请在 declarations 中添加 item: layoutPlan 一项并写明是否达到（met），或改正这份材料的 item）",
        "data/counties/demo/2019.yaml:100:13  evidence[1].item：佐证材料对应的事项「以考试方式招生」（examAdmission）没有在否决事项（vetoes）中填写（请在 vetoes 中添加 item: examAdmission 一项并写明是否存在（present），或改正这份材料的 item）",
      ]
    `);
  });

  it('a declaration said to be met without evidence is a warning', async () => {
    expect(
      await reportAfterEdit(yearFile, county('declarations:\n  - { item: homeworkBurden, met: true }\n')),
    ).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:97:34  ［提示］declarations[0].met：声明「课业负担合理」（homeworkBurden）已达到，但没有佐证材料（请在 evidence 中添加 item: homeworkBurden 的一项，写明所依据文件的名称（title），以及文号、日期或链接）",
      ]
    `);
  });

  it('an unknown item is refused with its nearest spelling; a name typed for the item suggests the item', async () => {
    expect(
      await reportAfterEdit(yearFile, county('declarations:\n  - { item: layoutplan, met: false }\n')),
    ).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:97:13  declarations[0].item：申报事项应为 layoutPlan（学校规划布局合理）、unifiedStandards（城乡学校建设、编制、公用经费基准定额、装备配置标准统一）、performancePay（教师绩效工资核定）、postsAllocation（县域内教职工编制、岗位统筹调配）、quotaTilted（优质高中招生名额分配向农村学校倾斜）、leftBehindCare（建立留守儿童关爱体系）、charterAndIT（学校章程与管理、教学信息化）、itTeaching（信息化教学应用）、moralEducation（德育和校园文化建设良好）、fullCurriculum（课程开齐开足）、homeworkBurden（课业负担合理）、monitoringGood（基本均衡年度监测保持良好） 之一，实际为 "layoutplan"（是否应为 layoutPlan？）",
      ]
    `);
    expect(
      await reportAfterEdit(yearFile, county('vetoes:\n  - { item: 弄虚作假, present: false }\n')),
    ).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:97:13  vetoes[0].item：否决事项应为 examAdmission（以考试方式招生）、illegalChoice（违规择校）、keySchools（设置重点学校或重点班）、unfilledPosts（有编不补或长期聘用编外教师）、majorIncident（重大安全责任事故或严重违法违纪事件）、falsification（弄虚作假）、offCampusTutoring（校外培训机构治理不力） 之一，实际为 "弄虚作假"（是否应为 falsification？）",
      ]
    `);
  });
  it('a score of the government-score table is not above its points', async () => {
    expect(
      await reportAfterEdit(
        yearFile,
        county(
          'governmentScoreItems:\n  - { area: 入学机会, item: 就近入学, points: 8, self: 8, municipal: 9, provincial: 7.5 }\n',
        ),
      ),
    ).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:97:62  governmentScoreItems[0].municipal：复评分 9 高于本项分值 8（得分不能高于本项的满分，请核对得分和分值（points））",
      ]
    `);
  });

  it('a subject of one monitoring year is given once', async () => {
    expect(
      await reportAfterEdit(
        yearFile,
        county(
          [
            'qualityMonitoring:',
            '  - { subject: 数学, year: 2019, level: 3, difference: 0.12 }',
            '  - { subject: 数学, year: 2016, level: 2, difference: 0.2 }',
            '  - { subject: 数学, year: 2019, level: 3, difference: 0.1 }',
            '',
          ].join('\n'),
        ),
      ),
    ).toMatchInlineSnapshot(`
      [
        "data/counties/demo/2019.yaml:99:16  qualityMonitoring[2].subject：2019 年数学的监测结果与 qualityMonitoring[0] 重复（每个学科每次监测只填一行，请删去其中一行）",
      ]
    `);
  });
});
