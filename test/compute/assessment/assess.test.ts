/**
 * A whole quality assessment: a county that supplies every line, each exactly at its threshold
 * where it has one, is met; one item left out makes it undetermined; a veto, not met.
 */
import { describe, expect, test } from 'vitest';
import { computeCountyYear } from '../../../src/compute/county-year.ts';
import type { CountyFile } from '../../../src/types/generated/county.ts';
import type { CountyYearFile, School } from '../../../src/types/generated/county-year.ts';
import { countyYear, facilities, level, loadStandard, school, testCounty } from '../../helpers/fixtures.ts';

const quality = loadStandard('quality-2017');
const county: CountyFile = { ...testCounty, basicRecognized: 2017 };

const good = (): School =>
  ({
    ...school({
      type: '小学',
      location: '城区',
      primary: level(400, {
        classes: 10,
        largestClass: 45,
        teachers: 27,
        aboveDegreeTeachers: 20,
        keyTeachers: 4,
        peArtsTeachers: 4,
        certifiedTeachers: 27,
        trainedTeachers: 27,
      }),
      facilities: facilities({
        teachingArea: 1800,
        sportsArea: 3000,
        equipmentValue: 800000,
        computers: 40,
        books: 8000,
        multimediaRooms: 10,
        musicRooms: 1,
        musicRoomMinArea: 96,
        artRooms: 1,
        artRoomMinArea: 90,
      }),
    }),
    funds: { publicFunds: 200000, trainingSpend: 10000 },
  }) as School;

const declarations = [
  'layoutPlan',
  'unifiedStandards',
  'performancePay',
  'postsAllocation',
  'quotaTilted',
  'leftBehindCare',
  'charterAndIT',
  'itTeaching',
  'moralEducation',
  'fullCurriculum',
  'homeworkBurden',
  'monitoringGood',
].map((item) => ({ item, met: true }));
const vetoes = [
  'examAdmission',
  'illegalChoice',
  'keySchools',
  'unfilledPosts',
  'majorIncident',
  'falsification',
].map((item) => ({ item, present: false }));

function complete(extra: Record<string, unknown> = {}): CountyYearFile {
  return countyYear([good(), good()], {
    numbers: {
      specialEducation: { publicFunds: 600000, students: 100 },
      teacherPay: { teachers: 88000, civilServants: 88000 },
      rotation: { eligible: 100, rotated: 10, keyRotated: 2 },
      nearbyEnrollment: { primary: 100, junior: 95 },
      quotaAllocation: { places: 1000, allocated: 500 },
      migrantChildren: { eligible: 100, inPublic: 85 },
      disabledChildren: { eligible: 100, enrolled: 95 },
      juniorCohort: { entrants: 1000, graduates: 950, formula: 'plain' },
    },
    declarations,
    vetoes,
    qualityMonitoring: [{ subject: '数学', year: 2019, level: 3, difference: 0.14 }],
    recognitionSurvey: { rate: 85 },
    ...extra,
  } as Partial<CountyYearFile>);
}

const assess = (data: CountyYearFile) =>
  computeCountyYear(county, data, [quality]).result.assessment?.quality;

describe('a whole quality assessment', () => {
  test('every line at its threshold and no veto: met', () => {
    const result = assess(complete());
    const notMet = [...(result?.entry ?? []), ...(result?.lines ?? [])].filter(
      (line) => line.state !== 'met',
    );
    expect(notMet.map((line) => [line.id, line.state, line.missing])).toEqual([]);
    expect(result?.counts).toEqual({ met: 32, notMet: 0, notSupplied: 0, total: 32 });
    expect(result?.verdict).toBe('met');
  });

  test('one declaration left out: undetermined, and the line names what to fill in', () => {
    const result = assess(
      complete({ declarations: declarations.filter((item) => item.item !== 'homeworkBurden') }),
    );
    expect(result?.verdict).toBe('undetermined');
    expect(result?.lines.find((line) => line.id === 'Q8')?.missing).toEqual([
      { path: 'declarations[homeworkBurden]', label: '课业负担合理' },
    ]);
  });

  test('a veto present: not met, whatever else holds', () => {
    const present = vetoes.map((veto) => (veto.item === 'falsification' ? { ...veto, present: true } : veto));
    expect(assess(complete({ vetoes: present }))?.verdict).toBe('not-met');
  });

  test('one class of 46: G5 not met, the school named with one student over', () => {
    const crowded = good();
    if (crowded.primary) crowded.primary.largestClass = 46;
    const result = assess({ ...complete(), schools: [good(), crowded] });
    const g5 = result?.lines.find((line) => line.id === 'G5');
    expect(g5?.state).toBe('not-met');
    expect(g5?.schools).toEqual([
      {
        id: crowded.id,
        name: crowded.name,
        level: 'primary',
        field: 'largestClass',
        value: 46,
        threshold: 45,
        shortfall: 1,
        unit: '人',
      },
    ]);
    expect(result?.verdict).toBe('not-met');
  });
});
