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
});
