/**
 * How the search ranks what it finds, in one place: the metadata the pages give Pagefind and
 * the weight the search page gives a match in each (public/search.js reads the weights from the
 * search page).
 *
 * - `title`: the page's heading (Pagefind's own metadata; 5 is its default weight).
 * - `place`: on a county's page, the county's name: a county's name finds its own page first.
 * - `schools`: on a data page, the list of every school in that county-year's data (name, type,
 *   place): a school's name finds the data pages that list it before pages that merely share
 *   its words.
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
