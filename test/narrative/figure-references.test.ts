import { describe, expect, test } from 'vitest';
import { figureReferences } from '../../src/narrative/figure-references.ts';

describe('figureReferences', () => {
  test('every <Figure> with its line, attributes and the element as written', () => {
    const text = [
      '---',
      'title: 示例',
      '---',
      '',
      '小学平均班额 <Figure k="levels.primary.averageClassSize" /> 人。',
      '',
      '投入合计 <Figure k="facts.investments" sum="amount" format="wan" />，',
      '综合差异系数 <Figure k="levels.junior.basic.compositeCv" decimals="2" of="tongdao/2019" />。',
      '<Figure format="nonsense" decimals={-1} k="x" /> <Literal>2019年</Literal> <Figure />',
    ].join('\n');
    expect(figureReferences({ file: 'content/reports/x/2019.mdx', text })).toEqual([
      {
        line: 5,
        attributes: { k: 'levels.primary.averageClassSize' },
        source: '<Figure k="levels.primary.averageClassSize" />',
      },
      {
        line: 7,
        attributes: { k: 'facts.investments', sum: 'amount', format: 'wan' },
        source: '<Figure k="facts.investments" sum="amount" format="wan" />',
      },
      {
        line: 8,
        of: 'tongdao/2019',
        attributes: { k: 'levels.junior.basic.compositeCv', decimals: 2 },
        source: '<Figure k="levels.junior.basic.compositeCv" decimals="2" of="tongdao/2019" />',
      },
      // What the narrative check rejects falls back here; without k there is nothing to compare.
      { line: 9, attributes: { k: 'x' }, source: '<Figure format="nonsense" decimals={-1} k="x" />' },
    ]);
  });

  test('a narrative that does not parse has none (the check reports it)', () => {
    expect(figureReferences({ file: 'content/reports/x/2019.mdx', text: '<Figure k="a"' })).toEqual([]);
  });
});
