import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance, longestSuggestable, nearest } from '../../src/text/nearest.ts';

describe('closestMatch', () => {
  it.each([
    ['studnets', ['students', 'classes', 'teachers'], 'students'],
    ['teacher', ['students', 'classes', 'teachers'], 'teachers'],
    ['Junior', ['primary', 'junior'], 'junior'],
    ['初中', ['小学', '初级中学', '九年一贯制'], '初级中学'],
    ['九年一贯', ['小学', '初级中学', '九年一贯制'], '九年一贯制'],
    ['农村', ['城区', '镇区', '乡村'], '乡村'],
    ['完小', ['小学', '初级中学'], undefined],
    ['basic-2021', ['basic-2012', 'quality-2017'], 'basic-2012'],
    ['basic-1999', ['basic-2012', 'quality-2017'], undefined],
    ['artTeachers', ['teachers', 'peArtsTeachers'], 'peArtsTeachers'],
    ['xyz', ['id', 'name'], undefined],
  ])('%s → %s', (word, candidates, expected) => {
    expect(closestMatch(word, candidates)).toBe(expected);
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('studnets', 'students')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('小学', '小学')).toBe(0);
  });
});

describe('nearest', () => {
  it('ranks candidates by distance, and can drop implausible ones', () => {
    expect(nearest('tongdoa', ['fengqiu', 'tongdao', 'lingbao'])).toEqual(['tongdao', 'lingbao', 'fengqiu']);
    expect(nearest('tongdoa', ['fengqiu', 'tongdao', 'lingbao'], 3, 2)).toEqual(['tongdao']);
  });
});

describe('a word too long to be a typo', () => {
  const huge = `levels.primary.${'x'.repeat(100_000)}`;
  it('gets no suggestion, and is not compared letter by letter', () => {
    const keys = Array.from({ length: 500 }, (_, index) => `levels.primary.indicator${index}.value`);
    expect(nearest(huge, keys, 3)).toEqual([]);
    expect(closestMatch(huge, keys)).toBeUndefined();
  });
  it('stops at the limit: a word of exactly the limit is still compared', () => {
    const word = 'a'.repeat(longestSuggestable);
    expect(nearest(word, [`${word.slice(1)}b`], 1)).toEqual([`${word.slice(1)}b`]);
    expect(nearest(`${word}a`, [word], 1)).toEqual([]);
  });
});
