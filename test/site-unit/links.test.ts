import { describe, expect, test } from 'vitest';
import { relativeHref } from '../../src/site/links.ts';

describe('relativeHref', () => {
  test.each([
    ['/', '/', 'index.html'],
    ['/', '/tongdao/2019/', 'tongdao/2019/index.html'],
    ['/tongdao/2019/', '/', '../../index.html'],
    ['/tongdao/2019/', '/tongdao/2019/data/', 'data/index.html'],
    ['/tongdao/2019/data/', '/tongdao/2019/', '../index.html'],
    ['/tongdao/2019/', '/tongdao/', '../index.html'],
    ['/tongdao/2019/', '/fengqiu/2020/', '../../fengqiu/2020/index.html'],
    ['/tongdao/2019/data/', '/tongdao/2019/data/tongdao-2019.csv', 'tongdao-2019.csv'],
    ['/methods/', '/methods/', 'index.html'],
  ])('from %s to %s → %s', (from, to, href) => expect(relativeHref(from, to)).toBe(href));
});
