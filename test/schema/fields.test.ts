import { expect, test } from 'vitest';
import { numeratorField } from '../../src/schema/fields.ts';

test('numerator fields are read from the county-year schema, with their integer-ness and whether they add up', () => {
  expect(numeratorField('facilities.books')).toEqual({ title: '图书册数', integer: true, summable: true });
  expect(numeratorField('facilities.teachingArea')).toEqual({
    title: '教学及辅助用房面积',
    integer: false,
    summable: true,
  });
  expect(numeratorField('level.teachers')).toEqual({ title: '专任教师数', integer: true, summable: true });
  // The smallest room's area means nothing summed over schools: no county total is made of it.
  expect(numeratorField('facilities.musicRoomMinArea')).toEqual({
    title: '最小音乐教室面积',
    integer: false,
    summable: false,
  });
  expect(numeratorField('facilities.pianos')).toBeUndefined();
  expect(numeratorField('level.classSizes')).toBeUndefined();
});
