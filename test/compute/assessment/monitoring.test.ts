import { expect, test } from 'vitest';
import { monitoringOf } from '../../../src/compute/assessment/monitoring.ts';
import { computeCountyYear } from '../../../src/compute/county-year.ts';
import type { School } from '../../../src/types/generated/county-year.ts';
import { countyYear, facilities, level, loadStandard, school, testCounty } from '../../helpers/fixtures.ts';

const basic = loadStandard('basic-2012');

function year(y: number, schools: School[]) {
  const data = countyYear(schools, { year: y });
  return { data, result: computeCountyYear(testCounty, data, [basic]).result };
}

const even = (books: number, largestClass = 40) =>
  school({
    id: `even-${books}`,
    type: '小学',
    primary: level(400, { largestClass, aboveDegreeTeachers: 20, seniorTitleTeachers: 10 }),
    facilities: facilities({
      teachingArea: 2000,
      sportsArea: 3000,
      equipmentValue: 400000,
      computers: 40,
      books,
    }),
  });

test('a composite that goes over its limit has slipped; new large classes and schools are marked new', () => {
  const before = year(2021, [
    { ...even(8000), id: 'a' },
    { ...even(8000, 50), id: 'b' },
  ]);
  // One school loses almost everything: the composite jumps.
  const poor = school({
    id: 'b',
    type: '小学',
    primary: level(400, { largestClass: 50, teachers: 1, aboveDegreeTeachers: 0, seniorTitleTeachers: 0 }),
    facilities: facilities({ teachingArea: 10, sportsArea: 10, equipmentValue: 10, computers: 0, books: 10 }),
  });
  // A large school as poor as that one: together they outweigh the good one.
  const large = school({
    id: 'c',
    type: '小学',
    primary: level(2100, { largestClass: 46, teachers: 5, aboveDegreeTeachers: 0, seniorTitleTeachers: 0 }),
    facilities: facilities({ teachingArea: 10, sportsArea: 10, equipmentValue: 10, computers: 0, books: 10 }),
  });
  const after = year(2022, [{ ...even(8000), id: 'a' }, poor, large]);
  const monitoring = monitoringOf(after, before, basic);
  expect(monitoring.previousYear).toBe(2021);
  const primary = monitoring.composites.find((item) => item.level === 'primary');
  expect(primary).toMatchObject({ limit: 0.65, within: false, slipped: true });
  expect(typeof primary?.previous).toBe('number');
  expect(primary?.change).toBeGreaterThan(0);
  expect(monitoring.slipped).toBe(true);
  expect(monitoring.coefficients.filter((item) => item.level === 'primary')).toHaveLength(8);
  expect(monitoring.largeClasses).toEqual([
    { school: 'b', name: poor.name, level: 'primary', largestClass: 50, limit: 45, isNew: false },
    { school: 'c', name: large.name, level: 'primary', largestClass: 46, limit: 45, isNew: true },
  ]);
  expect(monitoring.largeSchools).toEqual([
    { school: 'c', name: large.name, students: 2100, limit: 2000, isNew: true },
  ]);
});

test('a composite within its limit both years has not slipped', () => {
  const same = [
    { ...even(8000), id: 'a' },
    { ...even(6000), id: 'b' },
  ];
  const monitoring = monitoringOf(year(2022, same), year(2021, same), basic);
  expect(monitoring.slipped).toBe(false);
  expect(monitoring.composites.map((item) => [item.level, item.change])).toEqual([['primary', 0]]);
  expect(monitoring.largeClasses).toEqual([]);
});
