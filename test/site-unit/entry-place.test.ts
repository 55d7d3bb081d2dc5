import { describe, expect, test } from 'vitest';
import { sheetEntryText } from '../../src/figures/assessment.ts';
import { entryPlaces, groupedEntryPlaces, sheetPlace } from '../../src/site/entry-place.ts';

describe('where a missing value is entered in the workbook', () => {
  test('the sheet and the column or row, from the spreadsheet model', () => {
    expect(sheetPlace('schools[*].students')).toEqual({ sheet: '学校' });
    expect(sheetPlace('schools[*].name')).toEqual({ sheet: '学校', field: expect.any(String) });
    expect(sheetPlace('county')).toEqual({ sheet: '县级数据', field: expect.any(String) });
    expect(sheetPlace('no.such.path')).toBeUndefined();
    expect(sheetPlace('county.basicRecognized')).toBeUndefined();
    // A declaration is the row of its item, by the label the workbook's drop-down shows.
    expect(sheetPlace('declarations[layoutPlan]')).toEqual({
      sheet: '申报声明',
      row: '学校规划布局合理',
      field: expect.any(String),
    });
    expect(sheetPlace('qualityMonitoring')).toEqual({ sheet: expect.any(String) });
    expect(sheetPlace('numbers.teacherPay.civilServants')).toEqual({
      sheet: '县级数据',
      field: expect.any(String),
    });
    expect(sheetPlace('schools[*].facilities.musicRooms')).toEqual({
      sheet: '学校',
      field: expect.any(String),
    });
    expect(sheetPlace('published')).toEqual({ sheet: expect.any(String) });
  });

  test('in words', () => {
    expect(sheetEntryText(undefined)).toBe('工作簿中暂无此项，请在数据文件中填写');
    expect(sheetEntryText({ sheet: '县级数据', field: '县标识' })).toBe('工作簿「县级数据」表的「县标识」');
    expect(sheetEntryText({ sheet: '声明', row: 'layoutPlan' })).toBe('工作簿「声明」表中「layoutPlan」一行');
    const [place] = entryPlaces('longting', 2021, [{ path: 'county', label: '县标识' }]);
    expect(place?.inFile).toBe('data/counties/longting/2021.yaml 的 county');
    expect(place?.inSheet).toMatch(/^工作簿「县级数据」表的「/);
    expect(
      groupedEntryPlaces('longting', 2021, [
        { path: 'county.basicRecognized', label: '基本均衡认定已满年数' },
        { path: 'schools[*].name', label: '名称' },
        { path: 'schools[*].id', label: '名称' },
      ]).map((group) => [group.label, group.places.map((item) => item.file)]),
    ).toEqual([
      ['基本均衡认定已满年数', ['data/counties/longting/county.yaml']],
      ['名称', ['data/counties/longting/2021.yaml', 'data/counties/longting/2021.yaml']],
    ]);
  });
});
