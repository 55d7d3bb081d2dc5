/** "Did you mean …" suggestions for misspelt keys, ids and values. */

/**
 * The candidate closest to `word` in spelling (case-insensitive edit distance, a swap of two
 * neighbouring characters counting as one edit), or undefined when none is close. Close means
 * at most a third of the longer word differs, or half when it has Chinese characters (each
 * carries more): "studnets" finds students, "初中" finds 初级中学, "完小" finds nothing.
 * Among close candidates the smallest share of changed characters wins, first one on ties.
 */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  const target = word.trim().toLowerCase();
  if (tooLongToSuggest(target)) return undefined;
  let best: string | undefined;
  let bestShare = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const length = Math.max([...target].length, [...candidate].length);
    const distance = editDistance(target, candidate.toLowerCase());
    const wide = /\p{Script=Han}/u.test(target + candidate);
    const allowed = Math.max(1, Math.floor(length / (wide ? 2 : 3)));
    const share = distance / length;
    if (distance <= allowed && share < bestShare) {
      best = candidate;
      bestShare = share;
    }
  }
  return best;
}

/**
 * Keys, ids and names are short; a word this long is no typo of any of them, and comparing it
 * with every candidate would cost its length times theirs: no suggestion is looked for.
 */
export const longestSuggestable = 200;
const tooLongToSuggest = (word: string) => word.length > longestSuggestable;

/** Optimal-string-alignment distance (Levenshtein plus adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  const rows: number[][] = [];
  for (let i = 0; i <= s.length; i++) {
    const row: number[] = [];
    for (let j = 0; j <= t.length; j++) {
      if (i === 0 || j === 0) {
        row.push(i + j);
        continue;
      }
      const above = rows[i - 1] ?? [];
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let value = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        value = Math.min(value, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row.push(value);
    }
    rows.push(row);
  }
  return rows[s.length]?.[t.length] ?? 0;
}

/**
 * Up to `limit` candidates closest to `input`, closest first, ties in candidate order; with
 * `maxDistance`, only those that could plausibly be a typo of it.
 */
export function nearest(
  input: string,
  candidates: Iterable<string>,
  limit = 3,
  maxDistance = Number.POSITIVE_INFINITY,
): string[] {
  if (tooLongToSuggest(input)) return [];
  const scored = [...new Set(candidates)].map((candidate, order) => ({
    candidate,
    order,
    distance: editDistance(input.toLowerCase(), candidate.toLowerCase()),
  }));
  scored.sort((a, b) => a.distance - b.distance || a.order - b.order);
  return scored
    .filter((entry) => entry.distance <= maxDistance)
    .slice(0, limit)
    .map((entry) => entry.candidate);
}
