import { expect, test } from 'vitest';
import { coerceCell, numberFromText, serialToDate } from '../../src/sheet/coerce.ts';
import { sheetTables } from '../../src/sheet/model.ts';
import { noSpellings } from '../../src/sheet/spellings.ts';
import type { SheetCell } from '../../src/xlsx/read.ts';

const field = (key: string) => {
  for (const table of sheetTables) {
    const found = table.fields.find((candidate) => candidate.key === key);
    if (found) return found;
  }
  throw new Error(key);
};
const text = (value: string): SheetCell => ({ content: { kind: 'text', text: value } });
const number = (value: number, format?: 'date' | 'percent'): SheetCell =>
  format
    ? { content: { kind: 'number', number: value }, format }
    : { content: { kind: 'number', number: value } };
const context = { date1904: false, spellings: noSpellings };

test('numbers typed as text, repaired as documented', () => {
  expect(numberFromText('1204')).toEqual({ value: 1204, repairs: [] });
  expect(numberFromText('1,204.5')).toEqual({
    value: 1204.5,
    repairs: [{ kind: 'thousands', from: '"1,204.5"', to: '1204.5' }],
  });
  expect(numberFromText('１２３')?.repairs).toEqual([{ kind: 'fullWidth', from: '"１２３"', to: '123' }]);
  expect(numberFromText(' 12\u3000')?.repairs).toEqual([{ kind: 'spaces', from: '" 12\u3000"', to: '12' }]);
  for (const wrong of ['12,04', '96%', '120人', '—', '1.2.3', ''])
    expect(numberFromText(wrong)).toBeUndefined();
});

test('Excel’s 15 significant digits; percentages into % fields', () => {
  expect(coerceCell(number(6715.1000000000004), field('facilities.teachingArea'), context).value).toBe(
    6715.1,
  );
  expect(coerceCell(number(0.96, 'percent'), field('facts.satisfaction'), context)).toEqual({
    value: 96,
    repairs: [{ kind: 'percent', from: '96%', to: '96' }],
  });
  expect(coerceCell(number(0.5, 'percent'), field('facilities.books'), context).value).toBe(0.5);
});

test('what is not a number reaches the schema check as typed', () => {
  expect(coerceCell(text('12,04'), field('primary.students'), context)).toEqual({
    value: '12,04',
    repairs: [],
  });
});

test('是/否 and their usual spellings; text fields take numbers as text', () => {
  const yesNo = field('countyRun');
  expect(
    ['是', 'TRUE', '√', '1', ' 否 '].map((value) => coerceCell(text(value), yesNo, context).value),
  ).toEqual([true, true, true, true, false]);
  expect(coerceCell(text('县直'), yesNo, context).issue).toEqual({
    code: 'sheetNotYesNo',
    params: { title: '县属', actual: '县直' },
  });
  expect(coerceCell(number(2019), field('period'), context)).toEqual({ value: '2019', repairs: [] });
});

test('empty cells, formulas without a result, error values and dates', () => {
  expect(coerceCell(undefined, field('name'), context)).toEqual({ repairs: [] });
  expect(coerceCell(text(' \u3000'), field('name'), context)).toEqual({ repairs: [] });
  expect(coerceCell({ content: undefined, formula: 'A1' }, field('name'), context).issue?.code).toBe(
    'sheetFormulaWithoutValue',
  );
  expect(coerceCell(number(43647, 'date'), field('primary.classes'), context).issue).toEqual({
    code: 'sheetDateCell',
    params: { title: '班级数', shown: '2019-07-01' },
  });
});

test('serial dates in both date systems, with Excel’s 1900-02-29', () => {
  expect(serialToDate(1, false)).toBe('1900-01-01');
  expect(serialToDate(59, false)).toBe('1900-02-28');
  expect(serialToDate(61, false)).toBe('1900-03-01');
  expect(serialToDate(43647.5, false)).toBe('2019-07-01 12:00');
  expect(serialToDate(0, true)).toBe('1904-01-01');
});
