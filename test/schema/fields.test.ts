import { expect, test } from 'vitest';
import { numeratorField } from '../../src/schema/fields.ts';

test('numerator fields are read from the county-year schema, with their integer-ness', () => {
  expect(numeratorField('facilities.books')).toEqual({ title: '图书册数', integer: true });
  expect(numeratorField('facilities.teachingArea')).toEqual({ title: '教学及辅助用房面积', integer: false });
  expect(numeratorField('level.teachers')).toEqual({ title: '专任教师数', integer: true });
  expect(numeratorField('facilities.pianos')).toBeUndefined();
  expect(numeratorField('level.classSizes')).toBeUndefined();
});
