import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { formatProblem } from '../../src/problems/problem.ts';
import { headerLookup } from '../../src/sheet/headers.ts';
import { sheetTables } from '../../src/sheet/model.ts';
import { normalizeLabel, noSpellings, readSpellings, spellingsFile } from '../../src/sheet/spellings.ts';
import { root } from '../helpers/fixtures.ts';
import { shippedSpellings } from './fixtures.ts';

const text = readFileSync(join(root, spellingsFile), 'utf8');

test('the shipped data/sheet-headers.yaml is valid', () => {
  expect(readSpellings({ file: spellingsFile, text, size: text.length }).problems).toEqual([]);
});

test('headers are compared without spaces, widths, punctuation or units in brackets', () => {
  expect(normalizeLabel(' 在校生数（人）')).toBe('在校生数');
  expect(normalizeLabel('在校　生数(人)')).toBe('在校生数');
  expect(normalizeLabel('班额分段·46～55人')).toBe('班额分段4655人');
  expect(normalizeLabel('ＩＤ')).toBe('id');
});

test('a header names a field with its group above it, or in front of it; alone only when unambiguous', () => {
  const schools = sheetTables[0];
  if (!schools) throw new Error('no schools table');
  const lookup = headerLookup(schools, shippedSpellings());
  expect(lookup.match(['小学', '在校生数（人）'])?.key).toBe('primary.students');
  expect(lookup.match(['通道县统计表', '初中部', '在校学生数'])?.key).toBe('junior.students');
  expect(lookup.match(['小学在校生数'])?.key).toBe('primary.students');
  expect(lookup.match(['在校生数'])).toBeUndefined();
  expect(lookup.match(['图书（册）'])?.key).toBe('facilities.books');
  expect(lookup.match(['学校名称', '学校名称'])?.key).toBe('name');
  expect(headerLookup(schools, noSpellings).match(['校名'])).toBeUndefined();
});

test('mistakes in the file are located and explained', () => {
  const broken = text
    .replace('students: [在校生,', 'studnets: [在校生,')
    .replace('  primary: [小学, 小学部', '  primery: [小学, 小学部')
    .replace('乡村: [农村]', '乡村: [农村, 城市]');
  const { problems, spellings } = readSpellings({ file: spellingsFile, text: broken, size: broken.length });
  expect(problems.map(formatProblem)).toEqual([
    'data/sheet-headers.yaml:19:3  groups.primery：分组中没有 primery（是否应为 primary？）',
    'data/sheet-headers.yaml:36:5  fields.schools.studnets：学校表的字段中没有 studnets（是否应为 students？）',
    'data/sheet-headers.yaml:87:14  values.location.乡村[1]：写法 "城市" 同时登记给了 城区 和 乡村（一种写法只能对应一个字段，请删去其中一处）',
  ]);
  expect(spellings).toBe(noSpellings);
});
