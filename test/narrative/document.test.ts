/** A narrative parsed once: the elements, prose and outline every phase reads. */
import { expect, test } from 'vitest';
import { narrativeDocument, narrativeOutline, parseNarrative } from '../../src/narrative/document.ts';

test('the outline: the counties cited with of="…" and the chart components with their quoted attributes', () => {
  const text = [
    '## 基本情况',
    '<CoefficientChart />',
    '正文 <Figure k="x" of="fengqiu/2020" /> 不是图表。offer="x/1" 也不是引用。',
    '<SchoolBars indicator="sports_area_per_student" level="junior" standard="provincial" of="tongdao/2019" />',
    '<TrendChart',
    '  series="retention"',
    '/>',
    '<ComplianceMatrix level={level} />',
  ].join('\n');
  expect(narrativeOutline(parseNarrative(text))).toEqual({
    counties: ['fengqiu', 'tongdao'],
    charts: [
      { component: 'CoefficientChart', attributes: {} },
      {
        component: 'SchoolBars',
        attributes: {
          indicator: 'sports_area_per_student',
          level: 'junior',
          standard: 'provincial',
          of: 'tongdao/2019',
        },
      },
      { component: 'TrendChart', attributes: { series: 'retention' } },
      // An expression is not read: the page draws that chart when it asks for it.
      { component: 'ComplianceMatrix', attributes: {} },
    ],
  });
});

test('prose runs know whether they are the writer’s own (inside <Literal> or <Todo>)', () => {
  const document = parseNarrative(
    '---\ntitle: 标题\n---\n\n共 <Literal>3</Literal> 项，<Todo>补 4 项</Todo>，另有 5 项。',
  );
  expect(document.frontMatter?.value).toBe('title: 标题');
  expect(document.texts.map(({ value, literal }) => [value, literal])).toEqual([
    ['共 ', false],
    ['3', true],
    [' 项，', false],
    ['补 4 项', true],
    ['，另有 5 项。', false],
  ]);
  expect(document.elements.map(({ name, text }) => [name, text])).toEqual([
    ['Literal', '3'],
    ['Todo', '补 4 项'],
  ]);
});

test('a narrative that does not parse has only its syntax error; a narrative object is parsed once', () => {
  expect(parseNarrative('<Figure k="a"')).toMatchObject({
    syntaxError: { reason: expect.any(String) },
    elements: [],
  });
  const narrative = { file: 'content/reports/a/2019.mdx', text: '<Figure k="x" />' };
  expect(narrativeDocument(narrative)).toBe(narrativeDocument(narrative));
});

test("only web pages, e-mail and the site's own pages are safe addresses", async () => {
  const { isSafeAddress } = await import('../../src/narrative/document.ts');
  expect(
    ['https://a.cn', 'http://a.cn', 'mailto:x@a.cn', '../methods/', '#top', 'data/x.csv'].every(
      isSafeAddress,
    ),
  ).toBe(true);
  expect(
    [
      'javascript:alert(1)',
      'JAVASCRIPT:x',
      'java\tscript:x',
      ' javascript:x',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
    ].some(isSafeAddress),
  ).toBe(false);
});
