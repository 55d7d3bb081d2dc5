// The search box of search/index.html, an enhancement: without JavaScript the page says how to
// browse instead. Pagefind's files sit next to this script, so the site works under any sub-path.
// Every word shown comes from the page (the status line's data-* templates); this script only
// runs the search and lays out the results.
//
// Order (src/site/search-ranking.ts): the pages holding the query as a phrase, its words in a
// row (a school's name as it is written), come first, each group in Pagefind's order, which
// weighs matches in the page's title, the county's name and the names of its schools.
(() => {
  const here = document.currentScript?.src ?? document.baseURI;
  const box = document.getElementById('search');
  if (box === null) return;
  const fallback = document.getElementById('search-fallback');
  fallback?.setAttribute('hidden', '');
  // Opened from disk, a browser refuses the index's files to the page: say so instead of waiting.
  if (location.protocol === 'file:') {
    document.getElementById('search-offline')?.removeAttribute('hidden');
    return;
  }
  const input = document.getElementById('search-input');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const more = document.getElementById('search-more');
  if (input === null || status === null || list === null || more === null) return;
  box.removeAttribute('hidden');

  const PAGE = 10;
  const say = (name, values = {}) => {
    status.textContent = (status.dataset[name] ?? '').replace(/\{(\w+)\}/g, (_, key) =>
      String(values[key] ?? ''),
    );
  };

  // Result links are site paths; under a portal's sub-path they start where this script sits.
  const baseUrl = new URL('./', here).pathname;
  let ranking;
  try {
    ranking = JSON.parse(box.dataset.ranking ?? '{}');
  } catch {
    ranking = undefined;
  }
  // The counties' parts of the index (src/site/search-shards.ts), searched as one.
  const parts = (box.dataset.merge ?? '').split(' ').filter((folder) => folder !== '');
  let loading;
  const load = () => {
    loading ??= (async () => {
      const pagefind = await import(new URL('pagefind/pagefind.js', here).href);
      await pagefind.options({ baseUrl, ranking, excerptLength: 48 });
      for (const folder of parts) await pagefind.mergeIndex(new URL(folder, here).href, { baseUrl, ranking });
      await pagefind.init();
      return pagefind;
    })();
    return loading;
  };

  // The index splits Chinese text into words with spaces between them (src/site/search-document.ts):
  // shown to the reader, a space next to a Chinese character goes, as do zero-width spaces.
  const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f]/u;
  const tidy = (pieces) => {
    const chars = pieces.flatMap((piece, at) =>
      Array.from(piece.text.replace(/\u200b/g, ''), (c) => ({ c, at })),
    );
    const kept = chars.filter((char, k) => {
      if (!/\s/.test(char.c)) return true;
      if (k > 0 && /\s/.test(chars[k - 1].c)) return false;
      let before = k - 1;
      while (before >= 0 && /\s/.test(chars[before].c)) before -= 1;
      let after = k + 1;
      while (after < chars.length && /\s/.test(chars[after].c)) after += 1;
      if (before < 0 || after >= chars.length) return false;
      return !WIDE.test(chars[before].c) && !WIDE.test(chars[after].c);
    });
    return pieces.map((piece, at) => ({
      ...piece,
      text: kept
        .filter((char) => char.at === at)
        .map((char) => char.c)
        .join(''),
    }));
  };
  // An excerpt is text with <mark>s; it is read as inert HTML and only its text and marks are kept.
  const excerptNodes = (html) => {
    const parsed = new DOMParser().parseFromString(`<body>${html ?? ''}</body>`, 'text/html');
    const pieces = Array.from(parsed.body.childNodes, (node) => ({
      text: node.textContent ?? '',
      mark: node.nodeName === 'MARK',
    }));
    return tidy(pieces)
      .filter((piece) => piece.text !== '')
      .map((piece) => {
        if (!piece.mark) return document.createTextNode(piece.text);
        const mark = document.createElement('mark');
        mark.textContent = piece.text;
        return mark;
      });
  };

  let results = [];
  let shown = 0;
  let generation = 0;

  const showMore = async (mine) => {
    const batch = results.slice(shown, shown + PAGE);
    shown += batch.length;
    const pages = await Promise.all(batch.map((result) => result.data()));
    if (mine !== generation) return;
    for (const page of pages) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = page.url;
      link.textContent = tidy([{ text: page.meta?.title || page.url }])[0].text;
      const excerpt = document.createElement('p');
      excerpt.append(...excerptNodes(page.excerpt));
      item.append(link, excerpt);
      list.append(item);
    }
    if (shown < results.length) more.removeAttribute('hidden');
    else more.setAttribute('hidden', '');
  };

  const run = async () => {
    const query = input.value.trim();
    generation += 1;
    const mine = generation;
    if (query === '') {
      results = [];
      list.replaceChildren();
      more.setAttribute('hidden', '');
      status.textContent = '';
      return;
    }
    say('searching');
    try {
      const pagefind = await load();
      const found = await pagefind.debouncedSearch(query, {}, 200);
      if (found === null || mine !== generation) return;
      const phrase = /[\s"]/.test(query) ? undefined : await pagefind.search(`"${query}"`);
      if (mine !== generation) return;
      const exact = new Set((phrase?.results ?? []).map((result) => result.id));
      results = [
        ...found.results.filter((result) => exact.has(result.id)),
        ...found.results.filter((result) => !exact.has(result.id)),
      ];
      shown = 0;
      list.replaceChildren();
      if (results.length === 0) say('none', { q: query });
      else say('found', { n: results.length });
      await showMore(mine);
    } catch {
      // Tried again at the next search.
      loading = undefined;
      if (mine === generation) say('failed');
    }
  };

  input.addEventListener('input', run);
  more.addEventListener('click', () => showMore(generation).catch(() => say('failed')));
  // search/index.html?q=… opens with that search.
  const asked = new URLSearchParams(location.search).get('q');
  if (asked !== null && asked.trim() !== '') {
    input.value = asked;
    run();
  }
})();
