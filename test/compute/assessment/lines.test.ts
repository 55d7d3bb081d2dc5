import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { adjustLines, plannedAdjustments } from '../../../src/compute/assessment/lines.ts';
import { computeCountyYear } from '../../../src/compute/county-year.ts';
import type { CountyYearFile } from '../../../src/types/generated/county-year.ts';
import type { LocalStandardFile } from '../../../src/types/generated/local-standard.ts';
import type { QualityAssessment } from '../../../src/types/generated/result.ts';
import {
  countyYear,
  facilities,
  level,
  loadStandard,
  root,
  school,
  testCounty,
} from '../../helpers/fixtures.ts';

const standards = [loadStandard('basic-2012'), loadStandard('quality-2017')];
const example = parse(
  readFileSync(join(root, 'data/standards/local/city-quality-illustrative.yaml'), 'utf8'),
) as LocalStandardFile;

const enabled = (file: LocalStandardFile, ...ids: string[]): LocalStandardFile => {
  const [first, ...rest] = (file.relaxations ?? []).map((relaxation) => ({
    ...relaxation,
    enabled: ids.includes(relaxation.id),
  }));
  return first === undefined ? file : { ...file, relaxations: [first, ...rest] };
};

function quality(data: CountyYearFile, locals: LocalStandardFile[] = []): QualityAssessment {
  const result = computeCountyYear(testCounty, data, standards, locals).result.assessment?.quality;
  if (result === undefined) throw new Error('no quality assessment');
  return result;
}

const lineOf = (assessment: QualityAssessment, id: string) => assessment.lines.find((line) => line.id === id);

describe('a local file: overrides', () => {
  const rotation = (rotated: number): CountyYearFile =>
    countyYear([school({ type: '小学', primary: level(400), facilities: facilities() })], {
      numbers: { rotation: { eligible: 100, rotated, keyRotated: rotated } },
    } as never);

  test('an override applies whenever the county lists the file: exactly at the new threshold meets it', () => {
    // 15 of 100 rotated: 15% meets the override's 15% (the edge), 14% no longer does.
    expect(lineOf(quality(rotation(15), [example]), 'G11')).toMatchObject({ state: 'met' });
    expect(lineOf(quality(rotation(14)), 'G11')).toMatchObject({ state: 'met' });
    const moved = quality(rotation(14), [example]);
    expect(lineOf(moved, 'G11')).toMatchObject({ state: 'not-met' });
    expect(lineOf(moved, 'G11')?.checks[0]).toMatchObject({ threshold: 15, value: 14, state: 'not-met' });
    expect(lineOf(moved, 'G11')?.standard).toBe(example.overrides?.[0]?.standard);
  });

  test('the result lists the override with its file, document and change', () => {
    expect(quality(rotation(15), [example]).adjustments).toEqual([
      {
        id: 'g11-rotation-share',
        name: '交流轮岗教师比例提高到 15%（示例）',
        kind: 'override',
        source: 'city-quality-illustrative',
        sourceName: example.name,
        document: example.document,
        illustrative: true,
        line: 'G11',
        changes: [{ path: 'checks.0.min', from: 10, to: 15 }],
      },
    ]);
  });

  test('a local file of another standard changes nothing here', () => {
    const other = { ...example, extends: 'basic-2012' };
    const data = rotation(14);
    expect(quality(data, [other])).toEqual(quality(data));
  });
});

describe('a local file: relaxations', () => {
  const schools = countyYear([
    school({ type: '九年一贯制', primary: level(1800), junior: level(1000), facilities: facilities() }),
    school({
      type: '小学',
      primary: level(480, { classes: 12 }),
      facilities: facilities({ musicRooms: 1, musicRoomMinArea: 80, artRooms: 1, artRoomMinArea: 70 }),
    }),
  ]);

  test('off by default: G3 and G4 are judged as the standard says, and nothing is reported', () => {
    const plain = quality(schools);
    const withFile = quality(schools, [example]);
    for (const id of ['G3', 'G4']) expect(lineOf(withFile, id)).toEqual(lineOf(plain, id));
    expect(lineOf(withFile, 'G4')).toMatchObject({ state: 'not-met' });
    expect(withFile.adjustments.map((adjustment) => adjustment.id)).toEqual(['g11-rotation-share']);
  });

  test('when enabled, applied and reported; the others stay off', () => {
    const relaxed = quality(schools, [enabled(example, 'larger-nine-year-schools')]);
    expect(lineOf(relaxed, 'G4')).toMatchObject({ state: 'met' });
    expect(lineOf(relaxed, 'G4')?.standard).toContain('3000 人');
    expect(lineOf(relaxed, 'G3')).toEqual(lineOf(quality(schools), 'G3'));
    expect(relaxed.adjustments.find((adjustment) => adjustment.kind === 'relaxation')).toMatchObject({
      id: 'larger-nine-year-schools',
      line: 'G4',
      changes: [
        { path: 'checks.0.limits.九年一贯制', from: 2500, to: 3000 },
        { path: 'checks.0.limits.十二年一贯制', from: 2500, to: 3000 },
      ],
    });
  });

  test('a relaxed room area: the 80 ㎡ music room and 70 ㎡ art room meet 73 ㎡ and 67 ㎡', () => {
    const small = schools.schools[1]?.id;
    const failing = (assessment: QualityAssessment) =>
      (lineOf(assessment, 'G3')?.schools ?? []).filter((row) => row.id === small).map((row) => row.field);
    expect(failing(quality(schools))).toEqual(['musicRoomMinArea', 'artRoomMinArea']);
    expect(failing(quality(schools, [enabled(example, 'older-room-areas')]))).toEqual([]);
  });
});

describe('plannedAdjustments and adjustLines', () => {
  const quality2017 = loadStandard('quality-2017');

  test('overrides always, relaxations only when enabled, in order; the standard is left as it was', () => {
    expect(plannedAdjustments(quality2017, [example]).map((item) => item.applied.id)).toEqual([
      'g11-rotation-share',
    ]);
    const all = plannedAdjustments(quality2017, [
      enabled(example, 'older-room-areas', 'larger-nine-year-schools'),
    ]);
    expect(all.map((item) => [item.applied.kind, item.applied.id])).toEqual([
      ['override', 'g11-rotation-share'],
      ['relaxation', 'older-room-areas'],
      ['relaxation', 'larger-nine-year-schools'],
    ]);
    const lines = quality2017.assessment?.lines ?? [];
    const before = structuredClone(lines);
    adjustLines(lines, all);
    expect(lines).toEqual(before);
  });

  test('a path that names nothing the line has is left out (check reports it)', () => {
    const lines = quality2017.assessment?.lines ?? [];
    const stray = plannedAdjustments(quality2017, [
      { ...example, overrides: [{ id: 'x', name: 'x', line: 'G4', set: { 'checks.0.limits.完全中学': 1 } }] },
    ]);
    const adjusted = adjustLines(lines, stray);
    expect(adjusted.lines).toEqual(lines);
    expect(adjusted.applied[0]?.changes).toEqual([]);
  });
});

describe('a local file of the basic standard', () => {
  const stricter: LocalStandardFile = {
    id: 'province-basic',
    kind: 'local',
    name: '某省基本均衡监测细则（示例）',
    document: '某省教督〔2022〕1号（示例）',
    extends: 'basic-2012',
    overrides: [
      { id: 'b4-satisfaction', name: '公众满意度不低于 90%', line: 'B4', set: { 'checks.0.min': 90 } },
    ],
  };
  const data = countyYear([school({ type: '小学', primary: level(400), facilities: facilities() })], {
    facts: { satisfaction: 89 },
  } as never);
  const basicOf = (locals: LocalStandardFile[]) =>
    computeCountyYear(testCounty, data, standards, locals).result.assessment?.basic;

  test('changes the basic conditions and is listed there only when something applied', () => {
    expect(basicOf([])?.conditions.find((line) => line.id === 'B4')?.state).toBe('met');
    expect(basicOf([])?.adjustments).toBeUndefined();
    const adjusted = basicOf([stricter]);
    expect(adjusted?.conditions.find((line) => line.id === 'B4')?.state).toBe('not-met');
    expect(adjusted?.adjustments?.[0]).toMatchObject({
      id: 'b4-satisfaction',
      kind: 'override',
      changes: [{ path: 'checks.0.min', from: 85, to: 90 }],
    });
    expect(
      computeCountyYear(testCounty, data, standards, [stricter]).result.assessment?.quality?.adjustments,
    ).toEqual([]);
  });
});
