import { describe, expect, it } from 'vitest';
import { clipText, issue, longestQuoted } from '../../src/problems/catalog.ts';

describe('a message quotes a short excerpt of a long user text', () => {
  it('keeps a text of exactly the limit whole, and cuts a longer one saying its length', () => {
    const edge = '键'.repeat(longestQuoted);
    expect(clipText(edge)).toBe(edge);
    expect(clipText(`${edge}x`)).toBe(`${edge}…（共 ${longestQuoted + 1} 字）`);
  });
  it('a 100,000-character key makes a message of a few hundred characters', () => {
    const key = `levels.${'x'.repeat(100_000)}`;
    const built = issue('publishedKeyUnknown', ['published', 0, 'key'], { key, suggestions: [] });
    expect(built.message.length + (built.hint ?? '').length).toBeLessThan(600);
    expect(built.message).toContain('（共 100007 字）');
  });
  it('counts characters outside the BMP as one and never cuts one in half', () => {
    const rare = '𠀀'.repeat(longestQuoted + 5);
    expect(clipText(rare)).toBe(`${'𠀀'.repeat(longestQuoted)}…（共 ${longestQuoted + 5} 字）`);
    expect(clipText('𠀀'.repeat(longestQuoted))).toBe('𠀀'.repeat(longestQuoted));
  });
  it('a whole 19 MB file as a value is clipped without copying it into an array', () => {
    const text = '城'.repeat(19_000_000);
    expect(clipText(text)).toBe(`${'城'.repeat(longestQuoted)}…（共 19000000 字）`);
  });
});
