// The search box of search/index.html, an enhancement: without JavaScript the page says how to
// browse instead. Pagefind's files sit next to this script, so the site works under any sub-path.
(() => {
  const here = document.currentScript?.src ?? document.baseURI;
  const bundlePath = new URL('pagefind/', here).href;
  const target = document.getElementById('search');
  if (target === null || typeof PagefindUI !== 'function') return;
  target.removeAttribute('hidden');
  document.getElementById('search-fallback')?.setAttribute('hidden', '');
  // Result links are site paths; under a portal's sub-path they start where this script sits.
  const baseUrl = new URL('./', here).pathname;
  // The counties' parts of the index (src/site/search-shards.ts), searched as one.
  const mergeIndex = (target.dataset.merge ?? '')
    .split(' ')
    .filter((folder) => folder !== '')
    .map((folder) => ({ bundlePath: new URL(folder, here).href, baseUrl }));
  new PagefindUI({ element: target, bundlePath, baseUrl, mergeIndex, showImages: false, resetStyles: false });
})();
