import { describe, expect, test } from 'vitest';
import { countyPageKeys, planSite, type SiteManifest, siteParts } from '../../src/incremental/site-plan.ts';
import type { NarrativeFile } from '../../src/load/read-narratives.ts';
import { narrativeOutline, parseNarrative } from '../../src/narrative/document.ts';
import { searchShards } from '../../src/site/search-shards.ts';

const narrative = (file: string, text: string) => ({ file, text });
const countyKeys = new Map([
  ['a', 'ka'],
  ['b', 'kb'],
  ['c', 'kc'],
]);

const outlines = (narratives: readonly NarrativeFile[]) =>
  new Map(narratives.map((item) => [item.file, narrativeOutline(parseNarrative(item.text))]));

describe('countyPageKeys', () => {
  const narratives = [
    narrative('content/reports/a/2019.mdx', '正文'),
    narrative('content/reports/b/2019.mdx', '正文'),
  ];
  const base = countyPageKeys('site', countyKeys, narratives, outlines(narratives));

  test('a narrative edit changes its county only', () => {
    const editedNarratives = [
      narratives[0] ?? narrative('', ''),
      narrative('content/reports/b/2019.mdx', '改过'),
    ];
    const edited = countyPageKeys('site', countyKeys, editedNarratives, outlines(editedNarratives));
    expect(edited.get('a')).toBe(base.get('a'));
    expect(edited.get('b')).not.toBe(base.get('b'));
  });

  test('a county whose narrative shows another county’s data follows that county', () => {
    const citing = [narrative('content/reports/a/2019.mdx', '<Figure of="c/2019" k="x" />')];
    const before = countyPageKeys('site', countyKeys, citing, outlines(citing));
    const after = countyPageKeys('site', new Map([...countyKeys, ['c', 'kc2']]), citing, outlines(citing));
    expect(after.get('a')).not.toBe(before.get('a'));
    expect(after.get('b')).toBe(before.get('b'));
  });

  test('the site key changes every county', () => {
    const other = countyPageKeys('site2', countyKeys, narratives, outlines(narratives));
    for (const county of countyKeys.keys()) expect(other.get(county)).not.toBe(base.get(county));
  });
});

describe('planSite', () => {
  const shards = searchShards(countyKeys.keys());
  const parts = siteParts('site', countyKeys, shards);
  const manifest: SiteManifest = {
    key: 'site',
    parts: Object.fromEntries(
      parts.map((part) => [
        part.name,
        { key: part.key, files: {}, ...(part.folder ? { folder: part.folder } : {}) },
      ]),
    ),
  };

  test('renders everything without a manifest, or with another site key', () => {
    expect(planSite(undefined, 'site', parts).full).toBe(true);
    expect(planSite({ ...manifest, key: 'old' }, 'site', parts).render).toHaveLength(parts.length);
  });

  test('reuses everything when nothing changed', () => {
    expect(planSite(manifest, 'site', parts)).toEqual({
      full: false,
      render: [],
      reuse: parts.map((part) => part.name),
    });
  });

  test('one changed county renders that county, its part of the index and the shared pages', () => {
    const changed = siteParts('site', new Map([...countyKeys, ['b', 'kb2']]), shards);
    expect(planSite(manifest, 'site', changed).render).toEqual(['shared', 'county/b', 'search/pagefind-1']);
  });
});

describe('searchShards', () => {
  test('twenty counties to a part, in order of their ids', () => {
    const ids = Array.from({ length: 45 }, (_, k) => `c${String(k).padStart(2, '0')}`).reverse();
    const shards = searchShards(ids);
    expect(shards.map((shard) => [shard.folder, shard.counties.length])).toEqual([
      ['pagefind-1', 20],
      ['pagefind-2', 20],
      ['pagefind-3', 5],
    ]);
    expect(shards[0]?.counties[0]).toBe('c00');
  });
});
