import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { orderBySchema, updatedYaml } from '../../src/sheet/update-yaml.ts';

const current = `# yaml-language-server: $schema=../../../schemas/county-year.schema.json
# 本县 2019 年数据，由教育局统计股维护。
county: demo
year: 2019
schools:
  - id: demo-p01 # 城关小学
    name: 示例县城关小学
    type: 小学
    ownership: 公办
    countyRun: true
    location: 城区
    primary: { students: 600, classes: 14, teachers: 35 }
  - id: demo-p02
    name: 示例县二小
    type: 小学
    ownership: 公办
    countyRun: true
    location: 城区
    primary: { students: 300, classes: 7, teachers: 20 }
facts:
  satisfaction: 96 # 2019 年民意调查
`;

test('unchanged data gives the same text', () => {
  expect(updatedYaml(current, parse(current), [])).toBe(current);
});

test('changes keep the header, comments, key order and flow style; new keys go where the schema puts them, short maps on one line', () => {
  const data = parse(current);
  data.schools.reverse();
  data.schools[1].primary.students = 610;
  data.schools[0].facilities = { teachingArea: 1, sportsArea: 2, equipmentValue: 3, computers: 4, books: 5 };
  data.illustrative = false;
  data.facts.disabledEnrollmentRate = 99;
  expect(
    updatedYaml(current, data, []),
  ).toBe(`# yaml-language-server: $schema=../../../schemas/county-year.schema.json
# 本县 2019 年数据，由教育局统计股维护。
county: demo
year: 2019
illustrative: false
schools:
  - id: demo-p02
    name: 示例县二小
    type: 小学
    ownership: 公办
    countyRun: true
    location: 城区
    primary: { students: 300, classes: 7, teachers: 20 }
    facilities:
      teachingArea: 1
      sportsArea: 2
      equipmentValue: 3
      computers: 4
      books: 5
  - id: demo-p01 # 城关小学
    name: 示例县城关小学
    type: 小学
    ownership: 公办
    countyRun: true
    location: 城区
    primary: { students: 610, classes: 14, teachers: 35 }
facts:
  satisfaction: 96 # 2019 年民意调查
  disabledEnrollmentRate: 99
`);
});

test('a new file is written like the example data, keys in schema order', () => {
  const text = updatedYaml(undefined, { schools: [], year: 2020, county: 'demo' }, [
    '由 npm run import 从 示例县.xlsx 导入。',
  ]);
  expect(text).toBe(`# yaml-language-server: $schema=../../../schemas/county-year.schema.json
# 由 npm run import 从 示例县.xlsx 导入。
county: demo
year: 2020
schools: []
`);
  expect(Object.keys(orderBySchema({ published: [], county: 'x', facts: {} }) as object)).toEqual([
    'county',
    'facts',
    'published',
  ]);
});
