/**
 * A chart's PNG fallback, rasterised from its SVG by resvg (the Rust renderer, whose npm package
 * ships its binary): at twice the drawing's size, on white, with the CJK font files given (the
 * system's Noto Sans CJK, cut down by src/editions/font-subset.ts: the charts name it among their
 * faces). Only those files are loaded: scanning every system font costs seconds a chart. Same SVG
 * and fonts, same bytes.
 */
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';

function options(width: number, fontFiles: readonly string[]): ResvgRenderOptions {
  return {
    fitTo: { mode: 'width', value: Math.round(width * 2) },
    background: '#ffffff',
    font: {
      loadSystemFonts: false,
      fontFiles: [...fontFiles],
      defaultFontFamily: 'Noto Sans CJK SC',
      sansSerifFamily: 'Noto Sans CJK SC',
    },
  };
}

export function rasterise(svg: string, width: number, fontFiles: readonly string[]): Uint8Array {
  return new Uint8Array(new Resvg(svg, options(width, fontFiles)).render().asPng());
}

/** The drawing's size in CSS pixels, from its width and height (or its viewBox). */
export function svgSize(svg: string): { width: number; height: number } {
  const open = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)/.exec(open)?.[1]);
  const height = Number(/\sheight="([\d.]+)/.exec(open)?.[1]);
  const box = /viewBox="[\d.-]+[ ,]+[\d.-]+[ ,]+([\d.]+)[ ,]+([\d.]+)"/.exec(open);
  return {
    width: Number.isFinite(width) && width > 0 ? width : Number(box?.[1] ?? 600),
    height: Number.isFinite(height) && height > 0 ? height : Number(box?.[2] ?? 400),
  };
}

/** The SVG as a file of its own: with its namespace, and without anything before <svg. */
export function standaloneSvg(svg: string): string {
  const start = svg.indexOf('<svg');
  const own = start > 0 ? svg.slice(start) : svg;
  return /xmlns="http:\/\/www\.w3\.org\/2000\/svg"/.test(own)
    ? own
    : own.replace(/<svg\b/, '<svg xmlns="http://www.w3.org/2000/svg"');
}
