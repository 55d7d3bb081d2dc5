import { describe, expect, it } from 'vitest';
import { anchorOf, catalog, issue, showValue } from '../../src/problems/catalog.ts';

describe('catalog', () => {
  it('has a severity and a builder for every entry', () => {
    for (const [code, entry] of Object.entries(catalog)) {
      expect(['error', 'warning'], code).toContain(entry.severity);
      expect(typeof entry.build, code).toBe('function');
    }
  });

  it('builds unitWithoutStudents for the engine', () => {
    expect(
      issue('unitWithoutStudents', ['schools', 4, 'primary', 'students'], {
        schoolId: 'td-p05',
        schoolName: '溪口小学',
        level: 'primary',
      }),
    ).toMatchInlineSnapshot(`
      {
        "code": "unitWithoutStudents",
        "hint": "如该学段已不招生，请删去这一段；否则请核对在校生数",
        "message": "溪口小学（td-p05）小学在校生数为 0，未计入差异系数",
        "path": [
          "schools",
          4,
          "primary",
          "students",
        ],
        "severity": "warning",
      }
    `);
  });

  it('builds schoolFieldMissing: the school, the field, every figure it costs and the others', () => {
    const build = (
      part: string,
      field: string,
      otherIds: string[],
      figures: { key: string; name?: string }[],
    ) => {
      const built = issue('schoolFieldMissing', ['schools', 3, part, field], {
        schoolId: 'td-n02',
        schoolName: '溪口九年一贯制学校',
        part,
        field,
        otherIds,
        figures,
      });
      return `${built.severity} ${built.message}（${built.hint}）`;
    };
    expect([
      build('junior', 'seniorTitleTeachers', [], [{ key: 'levels.junior.seniorTitleShare' }]),
      build(
        'primary',
        'aboveDegreeTeachers',
        ['td-p02', 'td-p05', 'td-p07', 'td-p09'],
        [
          { key: 'levels.primary.aboveDegreeShare' },
          {
            key: 'levels.primary.basic.indicators.above_degree_teachers_per_student.value',
            name: '生均高于规定学历教师数',
          },
          { key: 'levels.primary.basic.compositeCv' },
        ],
      ),
      build(
        'facilities',
        'equipmentValue',
        ['td-j03'],
        [
          {
            key: 'levels.primary.quality.indicators.equipment_value_per_student.value',
            name: '生均教学仪器设备值',
          },
          {
            key: 'levels.junior.quality.indicators.equipment_value_per_student.value',
            name: '生均教学仪器设备值',
          },
          { key: 'totals.facilities.equipmentValue' },
        ],
      ),
    ]).toMatchInlineSnapshot(`
      [
        "warning 溪口九年一贯制学校（td-n02）初中段未填中级及以上职称教师数，初中「中级及以上职称教师比例」无法测算（请在该校 junior 下填写 seniorTitleTeachers，没有时填 0）",
        "warning 溪口九年一贯制学校（td-n02）小学段未填高于规定学历教师数，小学「高于规定学历教师比例」「生均高于规定学历教师数」「基本均衡综合差异系数」无法测算（请在该校 primary 下填写 aboveDegreeTeachers，没有时填 0；另有 td-p02、td-p05、td-p07 等 4 所学校也未填，请一并补齐）",
        "warning 溪口九年一贯制学校（td-n02）未填教学仪器设备值，小学「生均教学仪器设备值」、初中「生均教学仪器设备值」、县级合计「教学仪器设备值」无法测算（请在该校 facilities 下填写 equipmentValue；另有 td-j03 也未填，请一并补齐）",
      ]
    `);
  });

  it('builds publishedMismatch with the printed rounding and unit', () => {
    const build = (unit: string | undefined, published: number, computed: number, decimals: number) =>
      issue(
        'publishedMismatch',
        ['published', 0, 'value'],
        unit === undefined
          ? { key: 'levels.junior.basic.compositeCv', published, computed, decimals }
          : { key: 'levels.primary.x', published, computed, decimals, unit },
      ).message;
    expect([
      build('%', 98.24, 98.3127, 2),
      build('1:x', 17.12, 17.2049, 2),
      build(undefined, 0.279, 0.27341, 3),
    ]).toMatchInlineSnapshot(`
      [
        "levels.primary.x 印发为 98.24%，测算结果为 98.31%，差异超出印发精度",
        "levels.primary.x 印发为 1:17.12，测算结果为 1:17.20，差异超出印发精度",
        "levels.junior.basic.compositeCv 印发为 0.279，测算结果为 0.273，差异超出印发精度",
      ]
    `);
  });

  it('builds a DataIssue with severity, code, path, message and hint', () => {
    const built = issue('emptyFile', [], {});
    expect(built).toMatchInlineSnapshot(`
      {
        "code": "emptyFile",
        "hint": "请按模板填写，或删去此文件",
        "message": "文件没有内容",
        "path": [],
        "severity": "error",
      }
    `);
  });

  it('says where each kind of problem points', () => {
    expect(anchorOf('unknownKey')).toBe('key');
    expect(anchorOf('yearWithoutCounty')).toBe('file');
    expect(anchorOf('thousandsSeparator')).toBe('value');
    expect(anchorOf('someEngineCode')).toBe('value');
    expect(anchorOf('toString')).toBe('value');
  });

  it('shows values as typed', () => {
    expect([
      showValue('1,204'),
      showValue(12),
      showValue(null),
      showValue(Number.NaN),
      showValue([1]),
      showValue({}),
    ]).toMatchInlineSnapshot(`
        [
          ""1,204"",
          "12",
          "空",
          ".nan",
          "列表",
          "一组下级字段",
        ]
      `);
  });
});
