/**
 * How the search ranks what it finds, in one place: the metadata the pages give Pagefind and
 * the weight the search page gives a match in each (public/search.js reads the weights from the
 * search page).
 *
 * - `title`: the page's heading (Pagefind's own metadata; 5 is its default weight).
 * - `place`: on a county's page, the county's name: a county's name finds its own page first.
 * - `schools`: on a data page, the name of every school in that county-year's data: a school's
 *   name finds the data pages that list it before pages that merely share its words.
 * A page holding the query as a phrase (its words in a row, as a school's name is written)
 * comes before the pages holding the words apart; that is the search page's own rule.
 */

export const searchMeta = {
  place: 'place',
  schools: 'schools',
} as const;

/** Pagefind's `ranking` option. */
export const searchRanking = {
  metaWeights: { title: 5, [searchMeta.place]: 10, [searchMeta.schools]: 3 },
};

/**
 * A `data-pagefind-meta` value given in the attribute: `key:value`. The attribute is never shown;
 * angle brackets in it (a school named like markup) are written full-width, so no page carries
 * anything that reads as a tag, even inside an attribute, where a browser would not take it for one.
 */
export function metaAttribute(key: (typeof searchMeta)[keyof typeof searchMeta], value: string): string {
  return `${key}:${value.replaceAll('<', '＜').replaceAll('>', '＞')}`;
}
