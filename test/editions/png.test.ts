import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { expect, test } from 'vitest';
import { rasterise, standaloneSvg, svgSize } from '../../src/editions/png.ts';

const fonts = ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'];
const svg = (text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="40"><text x="4" y="30" font-family="&quot;PingFang SC&quot;, &quot;Noto Sans CJK SC&quot;, sans-serif" font-size="24">${text}</text></svg>`;

/** Dark pixels of the drawing: glyphs drawn, or none. */
function ink(source: string, fontFiles: string[]): number {
  const pixels = new Resvg(source, {
    background: '#ffffff',
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Noto Sans CJK SC' },
  }).render().pixels;
  let dark = 0;
  for (let index = 0; index < pixels.length; index += 4) if ((pixels[index] ?? 255) < 128) dark++;
  return dark;
}

test.runIf(existsSync(fonts[0] as string))('resvg draws Chinese text with the system CJK font', () => {
  expect(ink(svg('均衡发展'), fonts)).toBeGreaterThan(200);
  // Without a font it draws nothing: the check above would catch a missing face.
  expect(ink(svg('均衡发展'), [])).toBe(0);
});

test.runIf(existsSync(fonts[0] as string))(
  'the PNG fallback is a PNG at twice the drawing’s width, the same bytes each time',
  () => {
    const png = rasterise(svg('均衡'), 160, fonts);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(new DataView(png.buffer, png.byteOffset).getUint32(16)).toBe(320);
    expect(Buffer.from(rasterise(svg('均衡'), 160, fonts)).equals(Buffer.from(png))).toBe(true);
  },
);

test('the drawing’s size and a standalone SVG', () => {
  expect(svgSize('<svg width="694" height="1034" viewBox="0 0 694 1034">')).toEqual({
    width: 694,
    height: 1034,
  });
  expect(svgSize('<svg viewBox="0 0 300 200">')).toEqual({ width: 300, height: 200 });
  expect(standaloneSvg('abc\n<svg width="1"></svg>')).toBe(
    '<svg xmlns="http://www.w3.org/2000/svg" width="1"></svg>',
  );
});

test.runIf(existsSync(fonts[0] as string))(
  'a font cut down to the chart’s characters draws the same picture as the whole font',
  async () => {
    const { readFileSync, writeFileSync, mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { subsetFont, svgText } = await import('../../src/editions/font-subset.ts');
    const source = svg('各校达标情况 0.45 &amp; 差异系数');
    expect(svgText(source)).toContain('各校达标情况 0.45 & 差异系数');
    const subset = await subsetFont(readFileSync(fonts[0] as string), 2, svgText(source));
    expect(subset.length).toBeLessThan(200_000);
    const folder = mkdtempSync(join(tmpdir(), 'junheng-subset-'));
    try {
      writeFileSync(join(folder, 'sc.otf'), subset);
      const whole = rasterise(source, 160, fonts);
      expect(Buffer.from(rasterise(source, 160, [join(folder, 'sc.otf')])).equals(Buffer.from(whole))).toBe(
        true,
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  },
);
