/** "Did you mean …" suggestions for misspelt keys, ids and values. */

/** Edit distance (insertions, deletions, substitutions), by code point so CJK counts per character. */
export function editDistance(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let i = 1; i <= left.length; i++) {
    const current = [i];
    for (let j = 1; j <= right.length; j++) {
      const cost = left[i - 1] === right[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[right.length] ?? 0;
}

/** Up to `limit` candidates closest to `input`, closest first, ties in candidate order. */
export function nearest(input: string, candidates: Iterable<string>, limit = 3): string[] {
  const scored = [...new Set(candidates)].map((candidate, order) => ({
    candidate,
    order,
    distance: editDistance(input.toLowerCase(), candidate.toLowerCase()),
  }));
  scored.sort((a, b) => a.distance - b.distance || a.order - b.order);
  return scored.slice(0, limit).map((entry) => entry.candidate);
}
