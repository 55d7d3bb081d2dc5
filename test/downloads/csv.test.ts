import fc from 'fast-check';
import { expect, test } from 'vitest';
import { csvBytes, csvField, csvText, neutralizeFormula } from '../../src/downloads/csv.ts';
import { asEntered, fixed, type Table } from '../../src/downloads/table.ts';
import { countyTable, publishedTable, schoolTable } from '../../src/downloads/tables.ts';
import { markupName, tinyResult, tinyStandard } from './fixture.ts';

const lines = (...records: string[]): string => records.map((record) => `${record}\r\n`).join('');

test('学校指标表 of the tiny result, exactly', () => {
  expect(csvText(schoolTable(tinyResult(), [tinyStandard]))).toBe(
    lines(
      '学校标识,学校名称,类型,办学性质,城乡,所属学校标识,学段,在校生数（人）,生均图书册数（册）,每百名学生专任教师数,' +
        '纳入优质均衡测算,优质均衡达标项数,优质均衡有标准值的项数,优质均衡是否达标,' +
        '优质均衡差距：生均图书册数（册）,优质均衡差距：每百名学生专任教师数（人）,说明,基于示例数据',
      'a1,<script>alert(1)</script>,小学,公办,城区,,小学,200,24.500,5.000,是,2,2,是,0,0,,是',
      'a2,"乡村小学, ""二部""",小学,公办,乡村,a1,小学,100,11.000,4.500,是,0,2,否,900,1,,是',
      "a3,'=1+1,小学,民办,镇区,,小学,0,,,否,,,,,," +
        '生均图书册数（册）：无法计算（没有学生）；每百名学生专任教师数：无法计算（没有学生）,是',
    ),
  );
});

test('县域指标表 of the tiny result, exactly', () => {
  expect(csvText(countyTable(tinyResult(), [tinyStandard]))).toBe(
    lines(
      '学段,标准类别,标准标识,标准名称,指标标识,指标,单位,县域值,差异系数,差异系数限值,是否达到,每校标准值,' +
        '达标学校（学段）数,纳入测算的学校（学段）数,说明,基于示例数据',
      '小学,优质均衡,tiny-quality,小标准,books_per_student,生均图书册数,册,20.000,0.200,0.50,是,20,1,2,,是',
      '小学,优质均衡,tiny-quality,小标准,teachers_per_100_students,每百名学生专任教师数,,5.000,,0.50,否,5,1,2,' +
        '差异系数：无法计算（平均值为 0）,是',
      '小学,优质均衡,tiny-quality,小标准,,本学段结论,,,,,否,,1,2,,是',
    ),
  );
});

test('已公开数字核对表 of the tiny result, exactly', () => {
  expect(csvText(publishedTable(tinyResult(), [tinyStandard]))).toBe(
    lines(
      '指标路径,指标,印发值,测算值,差异（测算值−印发值）,单位,是否在印发精度内,出处,说明,基于示例数据',
      'levels.primary.averageClassSize,小学·平均班额,37.5,37.5,0.0,人,是,报告·表一,,是',
      'levels.primary.quality.indicators.books_per_student.cv,小学·优质均衡·生均图书册数·差异系数,' +
        "0.25,0.200,-0.050,,否,'@SUM(A1),,是",
      "levels.junior.averageClassSize,初中·平均班额,40,,,人,否,'-x,测算值：无法计算（没有班级）,是",
    ),
  );
});

test('the file starts with a UTF-8 byte-order mark and ends every record with CRLF', () => {
  const bytes = csvBytes(schoolTable(tinyResult(), [tinyStandard]));
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  expect(text.startsWith('\uFEFF学校标识,')).toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  expect(text.split('\r\n')).toHaveLength(5);
});

test.each([
  ['=1+1', "'=1+1"],
  ['+cmd', "'+cmd"],
  ['-x', "'-x"],
  ['@SUM(A1)', "'@SUM(A1)"],
  ['\tleading tab', "'\tleading tab"],
  ['\rleading CR', `"'\rleading CR"`],
  ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
  ['-3.5', "'-3.5"],
])('text %j that a spreadsheet would run is prefixed: %s', (text, field) => {
  expect(csvField(text)).toBe(field);
});

test.each([
  [-3.5, 1, '-3.5'],
  [0, 0, '0'],
  [-0, 2, '0.00'],
  [1234567.125, 3, '1234567.125'],
  [0.059193510463202446, 3, '0.059'],
  [0.38, 3, '0.380'],
  [3018.3999999999996, 1, '3018.4'],
  [3018.3999999999996, 2, '3018.40'],
  [4.5 * 0.85, 2, '3.83'],
  [-2.33546e-7, 3, '0.000'],
])('number %d to %d decimals prints %s, a number', (value, decimals, field) => {
  expect(csvField(fixed(value, decimals))).toBe(field);
});

test('a value from a data file prints as it was entered', () => {
  expect(csvField(asEntered(14.42))).toBe('14.42');
  expect(csvField(asEntered(0.279))).toBe('0.279');
  expect(csvField(asEntered(96))).toBe('96');
  expect(csvField(asEntered(0.1 + 0.2))).toBe('0.3');
});

/** The exact decimal text of units ÷ 10^places, by integer arithmetic: (1234n, 2) → 12.34. */
function exactText(units: bigint, places: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(places + 1, '0');
  const whole = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  return negative && units !== 0n ? `-${whole}` : whole;
}

const decimalNumber = fc.record({
  units: fc.integer({ min: -9_999_999_999, max: 9_999_999_999 }),
  places: fc.integer({ min: 0, max: 4 }),
});

test('no float noise: sums and differences of decimals of 0–4 places print exactly', () => {
  fc.assert(
    fc.property(decimalNumber, decimalNumber, ({ units: a, places: p }, { units: b, places: q }) => {
      const places = Math.max(p, q);
      const x = a / 10 ** p;
      const y = b / 10 ** q;
      // The same sums in integer arithmetic at the common scale.
      const scaledA = BigInt(a) * 10n ** BigInt(places - p);
      const scaledB = BigInt(b) * 10n ** BigInt(places - q);
      for (const [value, exact] of [
        [x + y, scaledA + scaledB],
        [x - y, scaledA - scaledB],
      ] as const) {
        const field = csvField(fixed(value, places));
        expect(field).toBe(exactText(exact, places));
        expect(field).not.toMatch(/\.\d*(?:9{6,}|0{6,})\d$/);
      }
      // A data value keeps the digits it was typed with, and no more.
      expect(csvField(asEntered(x))).toBe(
        exactText(BigInt(a), p)
          .replace(/(\.\d*?)0+$/, '$1')
          .replace(/\.$/, ''),
      );
    }),
    { numRuns: 2000 },
  );
});

test('no float noise: a standard times the enrolment less the area, as a shortfall prints', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 200 }),
      fc.integer({ min: 1, max: 5000 }),
      fc.integer({ min: 0, max: 10_000_000 }),
      (standardTenths, students, areaHundredths) => {
        const short = (standardTenths / 10) * students - areaHundredths / 100;
        const exact = BigInt(standardTenths) * BigInt(students) * 10n - BigInt(areaHundredths);
        expect(csvField(fixed(short, 2))).toBe(exactText(exact, 2));
      },
    ),
    { numRuns: 2000 },
  );
});

test('plain, quoted and empty fields', () => {
  expect(csvField('城区第一小学')).toBe('城区第一小学');
  expect(csvField('a, b')).toBe('"a, b"');
  expect(csvField('say "hi"')).toBe('"say ""hi"""');
  expect(csvField('two\nlines')).toBe('"two\nlines"');
  expect(csvField('a=b')).toBe('a=b');
  expect(csvField(null)).toBe('');
  expect(csvField('')).toBe('');
  expect(neutralizeFormula(' =1')).toBe(' =1');
});

test('a number that is not finite is refused rather than written as NaN', () => {
  expect(() => fixed(Number.NaN, 2)).toThrow(RangeError);
  expect(() => csvField({ value: Number.NaN, decimals: 2 })).toThrow(RangeError);
  expect(() => csvField({ value: Number.POSITIVE_INFINITY, decimals: 0 })).toThrow(RangeError);
});

test('markup and braces in names stay literal text', () => {
  const table: Table = {
    id: 't',
    title: 't',
    columns: ['名称'],
    rows: [[markupName], ['"><svg onload=alert(1)>'], ['{x}'], ['&amp;']],
  };
  expect(csvText(table)).toBe(
    lines('名称', '<script>alert(1)</script>', '"""><svg onload=alert(1)>"', '{x}', '&amp;'),
  );
});

test('the same table gives the same bytes', () => {
  const table = schoolTable(tinyResult(), [tinyStandard]);
  expect(csvBytes(table)).toEqual(csvBytes(schoolTable(tinyResult(), [tinyStandard])));
});
