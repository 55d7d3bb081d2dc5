/** Small builders for engine tests: schools and the shipped standard files. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { CountyFile } from '../../src/types/generated/county.ts';
import type { CountyYearFile, Facilities, Level, School } from '../../src/types/generated/county-year.ts';
import type { StandardFile } from '../../src/types/generated/standard.ts';

export const root = join(import.meta.dirname, '../..');

export function loadStandard(id: string): StandardFile {
  return parse(readFileSync(join(root, 'data/standards', `${id}.yaml`), 'utf8')) as StandardFile;
}

export function level(students: number, extra: Partial<Level> = {}): Level {
  return {
    students,
    classes: Math.max(1, Math.round(students / 40)),
    teachers: Math.round(students / 15),
    ...extra,
  };
}

export function facilities(extra: Partial<Facilities> = {}): Facilities {
  return { teachingArea: 0, sportsArea: 0, equipmentValue: 0, computers: 0, books: 0, ...extra };
}

let serial = 0;

export function school(overrides: Partial<School> & Pick<School, 'type'>): School {
  serial += 1;
  return {
    id: `s${serial}`,
    name: `学校${serial}`,
    ownership: '公办',
    countyRun: true,
    location: '乡村',
    ...overrides,
  };
}

export const testCounty: CountyFile = {
  id: 'test',
  name: '测试县',
  province: '测试省',
  prefecture: '测试市',
  code: '000000',
  standards: ['basic-2012', 'quality-2017'],
};

export function countyYear(schools: School[], extra: Partial<CountyYearFile> = {}): CountyYearFile {
  return { county: 'test', year: 2020, schools, ...extra };
}
