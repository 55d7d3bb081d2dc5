/**
 * Relative links only, so dist/ works under any sub-path of a portal and opened from disk:
 * every internal link is computed from the page it is on, and points at a file (index.html),
 * because a browser opening files does not turn a folder into its index.
 */

/** Site paths are absolute within the site and use folders: '/', '/tongdao/2019/', '/methods/'. */
export function relativeHref(fromPage: string, to: string): string {
  const fromParts = folderParts(fromPage);
  const target = to.endsWith('/') ? `${to}index.html` : to;
  const toParts = target.split('/').filter(Boolean);
  let common = 0;
  while (common < fromParts.length && common < toParts.length - 1 && fromParts[common] === toParts[common])
    common++;
  const up = fromParts.length - common;
  return [...Array.from({ length: up }, () => '..'), ...toParts.slice(common)].join('/') || 'index.html';
}

function folderParts(page: string): string[] {
  const folder = page.endsWith('/') ? page : page.slice(0, page.lastIndexOf('/') + 1);
  return folder.split('/').filter(Boolean);
}

/** The site paths of the pages, in one place. */
export const paths = {
  home: () => '/',
  methods: () => '/methods/',
  search: () => '/search/',
  county: (county: string) => `/${county}/`,
  report: (county: string, year: number) => `/${county}/${year}/`,
  data: (county: string, year: number) => `/${county}/${year}/data/`,
  download: (county: string, year: number, file: string) => `/${county}/${year}/data/${file}`,
  plan: (county: string) => `/${county}/plan/`,
  readiness: (county: string, year: number) => `/${county}/${year}/readiness/`,
  provinceCsv: () => '/readiness.csv',
};
