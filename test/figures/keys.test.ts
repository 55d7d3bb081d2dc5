/** Stable keys: a figure is addressed by what it means, and an inserted list item moves nothing. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { figureText } from '../../src/figures/figure-text.ts';
import {
  citableKeys,
  duplicateIdentities,
  lookup,
  parseKey,
  resolveKey,
  stableKeyOf,
  sumOf,
} from '../../src/figures/keys.ts';
import type { ComputeResult } from '../../src/types/generated/result.ts';
import { root } from '../helpers/fixtures.ts';

const tongdao = JSON.parse(
  readFileSync(join(root, 'test/golden/results/tongdao-2019.json'), 'utf8'),
) as ComputeResult;

/** Tongdao 2019 with a 2011 investment inserted at the top of the list. */
function with2011(): ComputeResult {
  const result = structuredClone(tongdao);
  const facts = result.facts as { investments: { period: string; purpose: string; amount: number }[] };
  facts.investments.unshift({ period: '2011', purpose: '义务教育预算内经费拨款', amount: 5000 });
  return result;
}

describe('parseKey', () => {
  test('names, and list items in brackets (dots inside brackets belong to the identity)', () => {
    expect(parseKey('facts.investments[2019].amount')).toEqual([
      { name: 'facts' },
      { name: 'investments', identity: '2019' },
      { name: 'amount' },
    ]);
    expect(parseKey('published[levels.junior.basic.compositeCv].published')).toEqual([
      { name: 'published', identity: 'levels.junior.basic.compositeCv' },
      { name: 'published' },
    ]);
  });

  test.each(['', 'a..b', 'a[b', 'a]b', 'a[b]]', 'a[[b]]', 'a[]', '.a'])('%j is not a key', (key) => {
    expect(parseKey(key)).toBeUndefined();
  });
});

describe('lookup', () => {
  test('a list item by its period, a published figure by its own key, a school by id', () => {
    expect(resolveKey(tongdao, 'facts.investments[2019].amount')).toBe(16568);
    expect(resolveKey(tongdao, 'published[levels.junior.basic.compositeCv].published')).toBe(0.279);
    const school = tongdao.schools[0];
    expect(resolveKey(tongdao, `schools[${school?.id}].levels.primary.students`)).toBe(
      school?.levels.primary?.students,
    );
  });

  test('inserting a 2011 row at the top moves no figure', () => {
    const result = with2011();
    expect(figureText(result, { k: 'facts.investments[2019].amount', format: 'wan' })?.text).toBe(
      '16568 万元',
    );
    expect(resolveKey(result, 'facts.investments[2011].amount')).toBe(5000);
    expect(sumOf(result, 'facts.investments', 'amount')).toBe(93914 + 5000);
  });

  test('a positional key names nothing and says which stable key it meant', () => {
    expect(lookup(tongdao, 'facts.investments.7.amount')).toEqual({
      kind: 'none',
      positional: { stable: 'facts.investments[2019].amount' },
    });
    // After the insertion, position 7 is 2018: the message names what the old key now reads.
    expect(lookup(with2011(), 'facts.investments.7.amount')).toEqual({
      kind: 'none',
      positional: { stable: 'facts.investments[2018].amount' },
    });
    expect(stableKeyOf(tongdao, 'published.1.published')).toBe(
      'published[levels.junior.basic.compositeCv].published',
    );
    expect(stableKeyOf(tongdao, 'facts.investments.2019.amount')).toBe('facts.investments[2019].amount');
    expect(lookup(tongdao, 'facts.investments.99.amount')).toEqual({
      kind: 'none',
      positional: { stable: undefined },
    });
  });

  test('lists, groups and unknown keys; nothing reaches prototypes', () => {
    expect(lookup(tongdao, 'facts.investments').kind).toBe('list');
    expect(lookup(tongdao, 'levels.primary').kind).toBe('group');
    expect(lookup(tongdao, 'facts.investments[2030].amount')).toEqual({ kind: 'none' });
    expect(resolveKey(tongdao, 'levels.constructor')).toBeUndefined();
    expect(resolveKey(tongdao, 'levels.primary.toString')).toBeUndefined();
    expect(resolveKey(tongdao, 'facts.investments[length]')).toBeUndefined();
  });
});

describe('citableKeys', () => {
  test('no key holds a list position, and every key resolves to its figure', () => {
    const keys = citableKeys(tongdao);
    expect(keys.length).toBeGreaterThan(1000);
    for (const key of keys) {
      expect(key).not.toMatch(/\.\d+(\.|$)/);
      expect(resolveKey(tongdao, key)).toBeDefined();
    }
  });
});

describe('duplicateIdentities', () => {
  test('items named alike are reported after the first; an id tells them apart', () => {
    const items = [
      { period: '2016-2019', amount: 1 },
      { period: '2016-2019', amount: 2 },
      { id: '仪器', period: '2016-2019', amount: 3 },
    ];
    expect(duplicateIdentities('facts.investments', items)).toEqual([
      { index: 1, identity: '2016-2019', first: 0 },
    ]);
  });
});
