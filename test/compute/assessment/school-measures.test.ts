import { describe, expect, test } from 'vitest';
import {
  classSizeMeasures,
  roomsRequired,
  type SchoolsCheck,
  schoolSizeMeasures,
  shareMeasures,
  smallSchoolFundingMeasures,
  specialRoomMeasures,
} from '../../../src/compute/assessment/school-measures.ts';
import type { School } from '../../../src/types/generated/county-year.ts';
import type { Line } from '../../../src/types/generated/standard.ts';
import { countyYear, facilities, level, loadStandard, school } from '../../helpers/fixtures.ts';

const quality = loadStandard('quality-2017');
const line = (id: string): Line => {
  const found = quality.assessment?.lines?.find((item) => item.id === id);
  if (found === undefined) throw new Error(id);
  return found;
};
const schoolsCheck = (id: string, index = 0): SchoolsCheck => {
  const check = line(id).checks[index];
  if (check?.kind !== 'schools') throw new Error(`${id} has no school check`);
  return check;
};
const withExtra = (base: School, extra: Record<string, unknown>): School => ({ ...base, ...extra }) as School;

describe('G5 class size', () => {
  const check = schoolsCheck('G5');
  test('one class of 46 in a primary school fails; 45 meets; 50 meets in a junior school', () => {
    const schools = [
      school({ type: '小学', primary: level(400, { largestClass: 46 }) }),
      school({ type: '小学', primary: level(400, { largestClass: 45 }) }),
      school({ type: '初级中学', junior: level(400, { largestClass: 50 }) }),
      school({ type: '初级中学', junior: level(400, { largestClass: 51 }) }),
    ];
    const measures = classSizeMeasures(schools, quality, check);
    expect(measures.map((measure) => measure.state)).toEqual(['not-met', 'met', 'met', 'not-met']);
    expect(measures[0]).toMatchObject({
      value: 46,
      threshold: 45,
      shortfall: 1,
      unit: '人',
      level: 'primary',
    });
  });

  test('the buckets decide when they can, and leave a straddling bucket undecided', () => {
    const sizes = (upTo45: number, from46To55: number, from56To65 = 0, from66 = 0) => ({
      classSizes: { upTo45, from46To55, from56To65, from66 },
    });
    const schools = [
      school({ type: '小学', primary: level(400, sizes(9, 1)) }),
      school({ type: '小学', primary: level(400, sizes(10, 0)) }),
      school({ type: '初级中学', junior: level(400, sizes(9, 1)) }),
      school({ type: '初级中学', junior: level(400, sizes(8, 1, 2)) }),
      school({ type: '初级中学', junior: level(400) }),
    ];
    const measures = classSizeMeasures(schools, quality, check);
    expect(measures.map((measure) => measure.state)).toEqual([
      'not-met',
      'met',
      'not-supplied',
      'not-met',
      'not-supplied',
    ]);
    expect(measures[0]).toMatchObject({ shortfall: 1, unit: '个班' });
    expect(measures[3]).toMatchObject({ shortfall: 2 });
    expect(measures[2]?.missing).toBe('schools[*].junior.largestClass');
  });
});

describe('G4 school size', () => {
  const check = schoolsCheck('G4');
  test('a primary school of 2001 fails, of 2000 meets; a 2500-student 九年一贯制 meets', () => {
    const schools = [
      school({ type: '小学', primary: level(2001) }),
      school({ type: '小学', primary: level(2000) }),
      school({ type: '九年一贯制', primary: level(1500), junior: level(1000) }),
      school({ type: '九年一贯制', primary: level(1500), junior: level(1001) }),
    ];
    const measures = schoolSizeMeasures(schools, quality, check);
    expect(measures.map((measure) => measure.state)).toEqual(['not-met', 'met', 'met', 'not-met']);
    expect(measures[0]).toMatchObject({ value: 2001, threshold: 2000, shortfall: 1 });
    expect(measures[3]).toMatchObject({ threshold: 2500, shortfall: 1 });
  });
});

describe('G3 special rooms', () => {
  test('classes ÷ 12 rounded up, to the nearest or down, at least one room', () => {
    expect(roomsRequired(13, 12, 'up')).toBe(2);
    expect(roomsRequired(13, 12, 'nearest')).toBe(1);
    expect(roomsRequired(18, 12, 'nearest')).toBe(2);
    expect(roomsRequired(23, 12, 'down')).toBe(1);
    expect(roomsRequired(24, 12, 'up')).toBe(2);
    expect(roomsRequired(0, 12, 'up')).toBe(1);
  });

  test('rooms short in number and in area, in rooms and ㎡', () => {
    const check = schoolsCheck('G3');
    const base = school({ type: '小学', primary: level(520, { classes: 13 }), facilities: facilities() });
    const roomy = withExtra(base, {
      facilities: { ...facilities(), musicRooms: 2, musicRoomMinArea: 96, artRooms: 1, artRoomMinArea: 89.5 },
    });
    const up = specialRoomMeasures([roomy], quality, check, 'up');
    expect(up.map((measure) => [measure.field, measure.state, measure.shortfall])).toEqual([
      ['musicRooms', 'met', 0],
      ['musicRoomMinArea', 'met', 0],
      ['artRooms', 'not-met', 1],
      ['artRoomMinArea', 'not-met', 0.5],
    ]);
    const nearest = specialRoomMeasures([roomy], quality, check, 'nearest');
    expect(nearest.find((measure) => measure.field === 'artRooms')?.state).toBe('met');
    const unknown = specialRoomMeasures([base], quality, check, 'up');
    expect(unknown.map((measure) => measure.missing)).toEqual([
      'schools[*].facilities.musicRooms',
      'schools[*].facilities.artRooms',
    ]);
  });
});

describe('G9, G12, Q4 shares', () => {
  test('teachers short are whole teachers; exactly 100% meets', () => {
    const check = schoolsCheck('G9');
    const schools = [
      school({ type: '小学', primary: level(300, { teachers: 20, trainedTeachers: 19 }) }),
      school({ type: '小学', primary: level(300, { teachers: 20, trainedTeachers: 20 }) }),
      school({ type: '小学', primary: level(300, { teachers: 20 }) }),
    ];
    const measures = shareMeasures(schools, quality, check);
    expect(measures.map((measure) => measure.state)).toEqual(['not-met', 'met', 'not-supplied']);
    expect(measures[0]).toMatchObject({ value: 95, threshold: 100, shortfall: 1, unit: '人' });
    expect(measures[2]?.missing).toBe('schools[*].primary.trainedTeachers');
  });

  test('training spend: exactly 5% of public funds meets; short in 元', () => {
    const check = schoolsCheck('Q4');
    const schools = [
      withExtra(school({ type: '小学', primary: level(300) }), {
        funds: { publicFunds: 200000, trainingSpend: 10000 },
      }),
      withExtra(school({ type: '小学', primary: level(300) }), {
        funds: { publicFunds: 200000, trainingSpend: 9000 },
      }),
    ];
    const measures = shareMeasures(schools, quality, check);
    expect(measures.map((measure) => measure.state)).toEqual(['met', 'not-met']);
    expect(measures[1]).toMatchObject({ shortfall: 1000, unit: '元' });
  });
});

describe('G6 small-school funding', () => {
  const check = schoolsCheck('G6');
  test('a village school under 100 students is funded as if it had 100', () => {
    const small = (publicFunds: number, extra: Partial<School> = {}) =>
      withExtra(school({ type: '小学', location: '乡村', primary: level(60), ...extra }), {
        funds: { publicFunds },
      });
    const data = countyYear(
      [small(65000), small(64000), small(1000, { location: '镇区' }), small(1000, { primary: level(100) })],
      { facts: { publicFundsPerStudent: { primary: 650, junior: 850 } } },
    );
    const measures = smallSchoolFundingMeasures(data, quality, check);
    expect(measures.map((measure) => measure.state)).toEqual(['met', 'not-met']);
    expect(measures[1]).toMatchObject({ threshold: 65000, shortfall: 1000, unit: '元' });
  });

  test('a 教学点 below the coefficients’ 50-student cut-off is judged too, wherever it is', () => {
    const point = withExtra(school({ type: '教学点', location: '镇区', parent: 's0', primary: level(30) }), {
      funds: { publicFunds: 60000 },
    });
    const data = countyYear([point], { facts: { publicFundsPerStudent: { primary: 650 } } });
    const [measure] = smallSchoolFundingMeasures(data, quality, check);
    expect(measure).toMatchObject({ state: 'not-met', threshold: 65000, shortfall: 5000 });
  });

  test('without the county norm it is not supplied', () => {
    const data = countyYear([
      withExtra(school({ type: '小学', primary: level(60) }), { funds: { publicFunds: 1 } }),
    ]);
    const [measure] = smallSchoolFundingMeasures(data, quality, check);
    expect(measure).toMatchObject({ state: 'not-supplied', missing: 'facts.publicFundsPerStudent.primary' });
  });
});
