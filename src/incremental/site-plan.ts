/**
 * Which parts of the site a build must render, and which it may take from the last build.
 *
 * The site divides into parts, each with a key that hashes everything it is made from:
 * - a county: every page under dist/<county>/, made from that county's data and narratives,
 *   plus the data of any county-year a narrative names with `of="…"`;
 * - a part of the search index (dist/pagefind-<n>/): the pages of its counties;
 * - the shared pages (home, methods, search, assets, the main search bundle): they aggregate
 *   every county, so their key is made of all the counties' keys.
 * Every key includes the site-wide key (the code's version and the site config). A part whose
 * key is unchanged since the last build is copied from that build's output.
 */
import type { NarrativeFile } from '../load/read-narratives.ts';
import type { NarrativeOutline } from '../narrative/document.ts';
import type { SearchShard } from '../site/search-shards.ts';
import { contentKey } from './cache-store.ts';

export interface SitePart {
  /** `county/<id>`, `search/<folder>` or `shared`. */
  name: string;
  key: string;
  /** The part's top-level folder in dist/; the shared part has none (it is all the rest). */
  folder?: string;
}

export interface SiteManifest {
  /** The site-wide key: a different one means nothing of the last build is reused. */
  key: string;
  /** Per part: its key and the files it wrote (relative to dist/, with their size and content digest). */
  parts: Record<string, OwnedFiles>;
}

export interface OwnedFiles {
  key: string;
  folder?: string;
  files: Record<string, FileStamp>;
}

/** A file's size and the SHA-256 of its content, as `<size>:<hex>`: what a reused file must still be. */
export type FileStamp = string;

export interface SitePlan {
  /** No usable earlier build: render everything. */
  full: boolean;
  /** Names of the parts rendered (or indexed) in this build. */
  render: string[];
  /** Names of the parts copied from the last build. */
  reuse: string[];
}

const byName = <T>([a]: [string, T], [b]: [string, T]) => (a < b ? -1 : a > b ? 1 : 0);

export function countyPageKeys(
  siteKey: string,
  countyKeys: ReadonlyMap<string, string>,
  narratives: readonly NarrativeFile[],
  outlines: ReadonlyMap<string, NarrativeOutline>,
): Map<string, string> {
  const byCounty = new Map<string, NarrativeFile[]>();
  for (const narrative of narratives) {
    const county = /^content\/reports\/([^/]+)\//.exec(narrative.file)?.[1];
    if (county !== undefined) byCounty.set(county, [...(byCounty.get(county) ?? []), narrative]);
  }
  const keys = new Map<string, string>();
  for (const [county, dataKey] of countyKeys) {
    const own = (byCounty.get(county) ?? []).sort((a, b) => (a.file < b.file ? -1 : 1));
    const referenced = [...new Set(own.flatMap((narrative) => outlines.get(narrative.file)?.counties ?? []))]
      .filter((other) => other !== county)
      .sort()
      .map((other) => `${other}=${countyKeys.get(other) ?? '<none>'}`);
    const parts = [siteKey, dataKey, ...own.flatMap((narrative) => [narrative.file, narrative.text])];
    keys.set(county, contentKey([...parts, '--', ...referenced]));
  }
  return keys;
}

export function siteParts(
  siteKey: string,
  pageKeys: ReadonlyMap<string, string>,
  shards: readonly SearchShard[],
): SitePart[] {
  const counties = [...pageKeys].sort(byName);
  return [
    { name: 'shared', key: contentKey([siteKey, 'shared', ...counties.flat()]) },
    ...counties.map(([county, key]) => ({ name: `county/${county}`, key, folder: county })),
    ...shards.map((shard) => ({
      name: `search/${shard.folder}`,
      folder: shard.folder,
      key: contentKey([
        siteKey,
        shard.folder,
        ...shard.counties.map((county) => `${county}=${pageKeys.get(county) ?? '<none>'}`),
      ]),
    })),
  ];
}

export function planSite(
  previous: SiteManifest | undefined,
  siteKey: string,
  parts: readonly SitePart[],
): SitePlan {
  const names = parts.map((part) => part.name);
  if (previous === undefined || previous.key !== siteKey) return { full: true, render: names, reuse: [] };
  const reuse = parts
    .filter(
      (part) =>
        previous.parts[part.name]?.key === part.key && previous.parts[part.name]?.folder === part.folder,
    )
    .map((part) => part.name);
  const reused = new Set(reuse);
  return { full: false, render: names.filter((name) => !reused.has(name)), reuse };
}
