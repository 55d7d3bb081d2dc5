import * as vega from 'vega';
import { describe, expect, test } from 'vitest';
import {
  charWidthEm,
  installTextMetrics,
  itemTextWidth,
  textWidth,
  vegaTextMetrics,
} from '../../src/charts/text-metrics.ts';

describe('textWidth', () => {
  test('a Chinese label is one em per character', () => {
    expect(textWidth('城区第一小学', 12)).toBe(72);
    expect(textWidth('生均教学及辅助用房面积（㎡）', 10)).toBe(140);
    expect(textWidth('✓ ○ ✗', 10)).toBeCloseTo(30 + 2 * 2.78, 5);
  });

  test('Latin letters and digits by Helvetica widths, far below vega’s 0.8 em estimate', () => {
    expect(textWidth('0.380', 10)).toBeCloseTo(5.56 * 4 + 2.78, 5);
    expect(textWidth('il', 10)).toBeCloseTo(4.44, 5);
    expect(textWidth('WM', 10)).toBeCloseTo(17.77, 5);
    expect(charWidthEm('a'.codePointAt(0) ?? 0)).toBe(0.556);
  });

  test('mixed text adds up; bold Latin is a little wider, bold Chinese is not', () => {
    expect(textWidth('2019 年', 12)).toBeCloseTo(12 * (4 * 0.556 + 0.278 + 1), 5);
    expect(textWidth('年份', 12, true)).toBe(24);
    expect(textWidth('2019', 12, true)).toBeGreaterThan(textWidth('2019', 12));
  });
});

describe('vega item widths', () => {
  test('font size and weight come from the item; the default size is 11', () => {
    expect(itemTextWidth({ fontSize: 12 }, '学校')).toBe(24);
    expect(itemTextWidth({}, '学校')).toBe(22);
    expect(itemTextWidth({ fontSize: 12, fontWeight: 'bold' }, 'ab')).toBeGreaterThan(
      itemTextWidth({ fontSize: 12 }, 'ab'),
    );
    expect(itemTextWidth({ fontSize: 12 }, null)).toBe(0);
  });

  test('a limit truncates with an ellipsis, as vega draws it', () => {
    const width = itemTextWidth({ fontSize: 10, limit: 45 }, '乡村第三九年一贯制学校');
    expect(width).toBeLessThanOrEqual(45);
    expect(width).toBe(3 * 10 + 10); // three characters and the ellipsis
  });

  test('installTextMetrics replaces vega’s estimate', () => {
    installTextMetrics();
    const metrics = vegaTextMetrics();
    expect(metrics.width({ fontSize: 12 }, '城区第一小学')).toBe(72);
    expect(metrics.estimateWidth({ fontSize: 12 }, '城区第一小学')).toBe(Math.trunc(0.8 * 6 * 12));
    expect((vega as unknown as { textMetrics: unknown }).textMetrics).toBe(metrics);
  });
});
