/**
 * The search index comes in parts, so that a build which changes one county re-indexes a part,
 * not the whole province: the shared pages (home, methods) are Pagefind's main bundle in
 * pagefind/, and the counties, in order of their ids, go twenty to a part in pagefind-1/,
 * pagefind-2/ … The search page merges them all (public/search.js).
 */

export const COUNTIES_PER_SHARD = 20;

export interface SearchShard {
  /** Folder in dist/, e.g. `pagefind-1`. */
  folder: string;
  counties: string[];
}

export function searchShards(counties: Iterable<string>): SearchShard[] {
  const sorted = [...counties].sort();
  const shards: SearchShard[] = [];
  for (let start = 0; start < sorted.length; start += COUNTIES_PER_SHARD) {
    shards.push({
      folder: `pagefind-${shards.length + 1}`,
      counties: sorted.slice(start, start + COUNTIES_PER_SHARD),
    });
  }
  return shards;
}
