import { describe, expect, test } from 'vitest';
import { chineseDate, latestPublisher, planSignature, reportSignature } from '../../src/figures/signature.ts';

const subject = { county: { name: '通道侗族自治县' }, year: 2019 };

describe('the 落款', () => {
  test('dates are written as a 公文 writes them, without leading zeros', () => {
    expect(chineseDate('2019-11-30')).toBe('2019年11月30日');
    expect(chineseDate('2021-08-08')).toBe('2021年8月8日');
    expect(chineseDate('2021-08')).toBe('2021年8月');
    expect(chineseDate('2021')).toBe('2021年');
    expect(chineseDate('待补充')).toBe('待补充');
  });

  test('a report is signed by its publisher on its publication date', () => {
    expect(
      reportSignature(subject, {
        publisher: '通道侗族自治县教育局',
        published: '2019-11-30',
        updated: '2020-01-02',
      }),
    ).toEqual({ publisher: '通道侗族自治县教育局', date: '2019年11月30日' });
  });

  test('without a publication date, the update date; without either, the data year; without a publisher, the county', () => {
    expect(reportSignature(subject, { updated: '2020-01-02' })).toEqual({
      publisher: '通道侗族自治县',
      date: '2020年1月2日',
    });
    expect(reportSignature(subject, {})).toEqual({ publisher: '通道侗族自治县', date: '2019年' });
  });

  test('a plan is signed by the publisher of the latest report, on its issue date', () => {
    const reports = [
      { year: 2022, publisher: '龙亭区教育体育局' },
      { year: 2021, publisher: '龙亭区教育局' },
      { year: 2023, publisher: undefined },
    ];
    expect(latestPublisher(reports)).toBe('龙亭区教育体育局');
    expect(latestPublisher([])).toBeUndefined();
    const plan = { county: { name: '龙亭区' }, year: 2025, issued: '2021-08' };
    expect(planSignature(plan, latestPublisher(reports))).toEqual({
      publisher: '龙亭区教育体育局',
      date: '2021年8月',
    });
    expect(planSignature({ ...plan, issued: undefined }, undefined)).toEqual({
      publisher: '龙亭区',
      date: '2025年',
    });
  });
});
