import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { DataIssue } from '../../src/problems/problem.ts';
import { formatPath } from '../../src/problems/problem.ts';
import type { LocalStandardFile } from '../../src/types/generated/local-standard.ts';
import type { Check, StandardFile } from '../../src/types/generated/standard.ts';
import {
  checkAssessment,
  checkLocalFile,
  countyLocals,
  numericParameters,
  parameterAt,
} from '../../src/validate/assessment-rules.ts';
import { loadStandard, root, testCounty } from '../helpers/fixtures.ts';
import { cleanFiles, countyFile, report } from './fixture.ts';

const shown = (issues: readonly DataIssue[]) =>
  issues.map((found) => `${formatPath(found.path)}：${found.message}（${found.hint}）`);

const quality = loadStandard('quality-2017');
const basic = loadStandard('basic-2012');
const provincial = loadStandard('hunan-basic-illustrative');
const example = parse(
  readFileSync(join(root, 'data/standards/local/city-quality-illustrative.yaml'), 'utf8'),
) as LocalStandardFile;

/** quality-2017 with one line's first check replaced. */
function withCheck(lineId: string, change: (check: Check) => Check): StandardFile {
  const copy = structuredClone(quality);
  const line = copy.assessment?.lines?.find((item) => item.id === lineId);
  if (line?.checks[0] !== undefined) line.checks[0] = change(line.checks[0]);
  return copy;
}

const standards = {
  ids: new Set(['basic-2012', 'quality-2017', 'hunan-basic-illustrative', 'broken']),
  get: (id: string) =>
    ({ 'basic-2012': basic, 'quality-2017': quality, 'hunan-basic-illustrative': provincial })[id],
};

describe("a standard's assessment section", () => {
  it('the shipped standards pass', () => {
    expect(checkAssessment(quality)).toEqual([]);
    expect(checkAssessment(basic)).toEqual([]);
  });

  it('line ids are unique across entry conditions, lines and vetoes', () => {
    const copy = structuredClone(quality);
    const lines = copy.assessment?.lines ?? [];
    if (lines[8]) lines[8].id = 'G1';
    const vetoes = copy.assessment?.vetoes ?? [];
    if (vetoes[0]) vetoes[0].id = 'V2';
    expect(shown(checkAssessment(copy))).toMatchInlineSnapshot(`
      [
        "assessment.lines[8].id：条目标识 G1 重复：达标线第 8 条已用了这个标识（进入条件、达标线和否决项的 id 在同一标准内只能用一次，请为这一条另取一个未用过的标识）",
        "assessment.vetoes[1].id：条目标识 V2 重复：否决项第 1 条已用了这个标识（进入条件、达标线和否决项的 id 在同一标准内只能用一次，请为这一条另取一个未用过的标识）",
      ]
    `);
  });

  it('a resources check names an indicator of the same standard', () => {
    const copy = withCheck('R4', (check) => ({ ...check, indicator: 'teaching_area_per_students' }) as Check);
    const other = withCheck('R5', (check) => ({ ...check, indicator: 'land_area_per_student' }) as Check);
    expect(shown([...checkAssessment(copy), ...checkAssessment(other)])).toMatchInlineSnapshot(`
      [
        "assessment.lines[3].checks[0].indicator：资源配置检查的指标 teaching_area_per_students 不在本标准的 indicators 中（是否应为 teaching_area_per_student？）",
        "assessment.lines[4].checks[0].indicator：资源配置检查的指标 land_area_per_student 不在本标准的 indicators 中（是否应为 teaching_area_per_student？）",
      ]
    `);
  });

  it("a schools check's fields exist in the county-year data", () => {
    const share = withCheck('G12', (check) => ({ ...check, numerator: 'level.certifiedTeacher' }) as Check);
    const funds = withCheck('Q4', (check) => ({ ...check, denominator: 'funds.publicFund' }) as Check);
    const rooms = withCheck(
      'G3',
      (check) =>
        ({
          ...check,
          rooms: [
            { field: 'musicRoom', minAreaField: 'musicRoomMinArea', minArea: 96 },
            { field: 'artRooms', minAreaField: 'artArea', minArea: 90 },
          ],
        }) as Check,
    );
    expect(
      shown([...checkAssessment(share), ...checkAssessment(funds), ...checkAssessment(rooms)]),
    ).toMatchInlineSnapshot(`
      [
        "assessment.lines[18].checks[0].numerator：年度数据中没有字段 level.certifiedTeacher（是否应为 level.certifiedTeachers？）",
        "assessment.lines[25].checks[0].denominator：年度数据中没有字段 funds.publicFund（是否应为 funds.publicFunds？）",
        "assessment.lines[9].checks[0].rooms[0].field：年度数据中没有字段 facilities.musicRoom（是否应为 musicRooms？）",
        "assessment.lines[9].checks[0].rooms[1].minAreaField：年度数据中没有字段 facilities.artArea（facilities 下可用的字段：teachingArea、sportsArea、equipmentValue、computers、books、multimediaRooms、landArea、buildingArea、laboratories、functionRooms、libraryRooms、musicRooms、musicRoomMinArea、artRooms、artRoomMinArea）",
      ]
    `);
  });

  it('a number check has exactly one of min, max and below', () => {
    const none = withCheck('G7', (check) => {
      const { min: _, ...rest } = check as Extract<Check, { kind: 'number' }>;
      return rest as Check;
    });
    const two = withCheck('G7', (check) => ({ ...check, below: 7000 }) as Check);
    expect(shown([...checkAssessment(none), ...checkAssessment(two)])).toMatchInlineSnapshot(`
      [
        "assessment.lines[13].checks[0]：数值检查没有标准值：min、max、below 须填且只填一个（min 表示不低于、max 表示不高于，等于都算达到；below 表示低于，等于不算；请只保留本条标准所用的一个）",
        "assessment.lines[13].checks[0].below：数值检查同时填了 min、below：min、max、below 只能填一个（min 表示不低于、max 表示不高于，等于都算达到；below 表示低于，等于不算；请只保留本条标准所用的一个）",
      ]
    `);
  });

  it("a standard's own adjustments name a line and a parameter it has, with a value of its kind", () => {
    const copy = structuredClone(quality);
    if (copy.assessment)
      copy.assessment.adjustments = [
        { id: 'a', name: 'a', line: 'G44', set: { 'checks.0.min': 1 }, enabled: false },
        { id: 'b', name: 'b', line: 'G4', set: { 'checks.0.limits.完全中学': 2600 }, enabled: false },
        { id: 'b', name: 'c', line: 'G4', set: { 'checks.0.limits.小学': '两千' }, enabled: false },
        { id: 'd', name: 'd', line: 'G4', set: { 'checks.0.measure': 'classSize' }, enabled: false },
      ];
    expect(shown(checkAssessment(copy))).toMatchInlineSnapshot(`
      [
        "assessment.adjustments[0].line：达标线 G44 不在标准 quality-2017 的 assessment 中（是否应为 G4？）",
        "assessment.adjustments[1].set.checks.0.limits.完全中学：达标线 G4 没有可改的检查参数 checks.0.limits.完全中学（只能改该条已有的参数，路径写作 checks.<序号>.<参数>；G4 可改的参数：checks.0.limits.小学、checks.0.limits.初级中学、checks.0.limits.九年一贯制、checks.0.limits.十二年一贯制）",
        "assessment.adjustments[2].id：调整标识 b 在本文件中重复（改定 overrides、放宽 relaxations 和标准自身调整 adjustments 的 id 在同一文件内只能用一次，请另取一个标识）",
        "assessment.adjustments[2].set.checks.0.limits.小学：达标线 G4 的 checks.0.limits.小学 原为 2000，不能改为 两千（新值要与原值同类：数值改为数值，文字改为文字，是否改为 true 或 false）",
        "assessment.adjustments[3].set.checks.0.measure：达标线 G4 没有可改的检查参数 checks.0.measure（只能改该条已有的参数，路径写作 checks.<序号>.<参数>；G4 可改的参数：checks.0.limits.小学、checks.0.limits.初级中学、checks.0.limits.九年一贯制、checks.0.limits.十二年一贯制）",
      ]
    `);
  });
});

describe('parameters', () => {
  const g4 = quality.assessment?.lines?.find((line) => line.id === 'G4');
  it('parameterAt reads what a path names; the kind and the measure are not parameters', () => {
    if (g4 === undefined) throw new Error('no G4');
    expect(parameterAt(g4, 'checks.0.limits.九年一贯制')).toBe(2500);
    expect(parameterAt(g4, 'checks.0.limits')).toBeUndefined();
    expect(parameterAt(g4, 'checks.1.limits.小学')).toBeUndefined();
    expect(parameterAt(g4, 'checks.0.kind')).toBeUndefined();
    expect(parameterAt(g4, 'checks.0.measure')).toBeUndefined();
    expect(parameterAt(g4, 'limits.小学')).toBeUndefined();
    expect(numericParameters(g4)).toEqual([
      'checks.0.limits.小学',
      'checks.0.limits.初级中学',
      'checks.0.limits.九年一贯制',
      'checks.0.limits.十二年一贯制',
    ]);
  });
});

describe('a local file', () => {
  it('the example passes', () => {
    expect(checkLocalFile(example, 'city-quality-illustrative', standards)).toEqual([]);
  });

  it('is named as its file, and not as a standard', () => {
    expect(
      shown(checkLocalFile({ ...example, id: 'city' }, 'quality-2017', standards)),
    ).toMatchInlineSnapshot(`
      [
        "id：调整文件标识 city 与文件名 quality-2017.yaml 不一致（请把 id 改为 quality-2017）",
        "id：地方调整文件 quality-2017 与标准 data/standards/quality-2017.yaml 重名（县在 county.yaml 的 standards 中按标识引用两者，请给调整文件另取一个标识，并同时改文件名）",
      ]
    `);
  });

  it('extends an existing standard of kind basic or quality', () => {
    expect(
      shown([
        ...checkLocalFile({ ...example, extends: 'quality-2071' }, 'city-quality-illustrative', standards),
        ...checkLocalFile({ ...example, extends: 'nothing-like-it' }, 'city-quality-illustrative', standards),
        ...checkLocalFile(
          { ...example, extends: 'hunan-basic-illustrative' },
          'city-quality-illustrative',
          standards,
        ),
        // A standard whose own file is broken: that file's problems say what is wrong.
        ...checkLocalFile({ ...example, extends: 'broken' }, 'city-quality-illustrative', standards),
      ]),
    ).toMatchInlineSnapshot(`
      [
        "extends：调整的标准 quality-2071 不存在：data/standards/ 下没有 quality-2071.yaml（是否应为 quality-2017？）",
        "extends：调整的标准 nothing-like-it 不存在：data/standards/ 下没有 nothing-like-it.yaml（可调整的标准：basic-2012、quality-2017）",
        "extends：调整的标准 hunan-basic-illustrative 属省定办学基本标准，只能调整基本均衡或优质均衡标准（请把 extends 改为基本均衡或优质均衡标准的标识，例如 basic-2012、quality-2017）",
      ]
    `);
  });

  it('names lines and parameters of the standard it extends, ids unique across both lists', () => {
    const file: LocalStandardFile = {
      ...example,
      overrides: [{ id: 'same', name: 'x', line: 'B3', set: { 'checks.0.min': 80 } }],
      relaxations: [{ id: 'same', name: 'y', line: 'G3', set: { 'checks.0.rooms.2.minArea': 80 } }],
    };
    expect(shown(checkLocalFile(file, 'city-quality-illustrative', standards))).toMatchInlineSnapshot(`
      [
        "overrides[0].line：达标线 B3 不在标准 quality-2017 的 assessment 中（是否应为 R3？）",
        "relaxations[0].id：调整标识 same 在本文件中重复（改定 overrides、放宽 relaxations 和标准自身调整 adjustments 的 id 在同一文件内只能用一次，请另取一个标识）",
        "relaxations[0].set.checks.0.rooms.2.minArea：达标线 G3 没有可改的检查参数 checks.0.rooms.2.minArea（只能改该条已有的参数，路径写作 checks.<序号>.<参数>；G3 可改的参数：checks.0.perClasses、checks.0.rooms.0.minArea、checks.0.rooms.1.minArea）",
      ]
    `);
  });

  it('a county listing a local file lists the standard it extends', () => {
    const locals = new Map([['city-quality-illustrative', example]]);
    expect(
      shown(countyLocals({ ...testCounty, standards: ['basic-2012', 'city-quality-illustrative'] }, locals)),
    ).toMatchInlineSnapshot(`
      [
        "standards[1]：地方调整文件 city-quality-illustrative 调整的是 quality-2017，但本县 standards 中没有 quality-2017（调整只在所调整的标准适用时才有意义：请在 standards 中加上 quality-2017，或删去 city-quality-illustrative）",
      ]
    `);
    expect(
      countyLocals({ ...testCounty, standards: ['quality-2017', 'city-quality-illustrative'] }, locals),
    ).toEqual([]);
  });
});

describe('npm run check on a project with local files', () => {
  const localText = readFileSync(join(root, 'data/standards/local/city-quality-illustrative.yaml'), 'utf8');
  const add = async (file: string, text: string, countyStandards?: string) => {
    const files = (await cleanFiles()).map((raw) =>
      raw.file === countyFile && countyStandards !== undefined && raw.text !== null
        ? {
            ...raw,
            text: raw.text.replace('[basic-2012, quality-2017, hunan-basic-illustrative]', countyStandards),
          }
        : raw,
    );
    return report([...files, { file, text, size: Buffer.byteLength(text) }]);
  };

  it('reads data/standards/local/<id>.yaml against its schema, and a county may list it', async () => {
    // The clean fixture's quality standard has no assessment section: the example's lines are unknown there.
    const problems = await add(
      'data/standards/local/city-quality-illustrative.yaml',
      localText,
      '[basic-2012, quality-2017, hunan-basic-illustrative, city-quality-illustrative]',
    );
    expect(problems.every((line) => line.startsWith('data/standards/local/'))).toBe(true);
    expect(problems[0]).toMatchInlineSnapshot(
      `"data/standards/local/city-quality-illustrative.yaml:17:11  overrides[0].line：达标线 G11 不在标准 quality-2017 的 assessment 中（标准 quality-2017 没有 assessment 一节，无可调整的条目）"`,
    );
  });

  it('a misspelt key is named with the schema field it may be', async () => {
    expect(
      await add(
        'data/standards/local/city-quality-illustrative.yaml',
        localText
          .replace('relaxations:', 'relaxation:')
          .replace('extends: quality-2017', '调整的标准: quality-2017'),
      ),
    ).toMatchInlineSnapshot(`
      [
        "data/standards/local/city-quality-illustrative.yaml:13:1  调整的标准：未知字段，不会被读取（字段名请用英文：“调整的标准”写成 extends）",
        "data/standards/local/city-quality-illustrative.yaml:21:1  relaxation：未知字段，不会被读取（是否应为 relaxations，即“可选放宽”？）",
      ]
    `);
  });

  it('a county listing a local file without its standard; a local file without changes', async () => {
    const empty = localText.slice(0, localText.indexOf('overrides:'));
    expect(
      await add(
        'data/standards/local/city-quality-illustrative.yaml',
        empty,
        '[basic-2012, city-quality-illustrative]',
      ),
    ).toMatchInlineSnapshot(`
      [
        "data/counties/demo/county.yaml:7:25  standards[1]：地方调整文件 city-quality-illustrative 调整的是 quality-2017，但本县 standards 中没有 quality-2017（调整只在所调整的标准适用时才有意义：请在 standards 中加上 quality-2017，或删去 city-quality-illustrative）",
        "data/standards/local/city-quality-illustrative.yaml:13:10  extends：地方调整文件没有任何调整（请添加改定 overrides 或可选放宽 relaxations；放宽默认不启用，改定对列入本文件的县一律适用）",
      ]
    `);
  });
});
