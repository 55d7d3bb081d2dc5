/**
 * What Pagefind is given of a built page: a small document holding the page's language, its
 * title and its searchable part (the element marked `data-pagefind-body`, `<main>`), with the
 * parts readers do not search for cut out beforehand:
 * - chart drawings (`<svg>`) and whatever is marked `.no-search` (the charts' data tables, the
 *   header, the search page's own words) or `data-pagefind-ignore`;
 * - numeric table cells (`<td class="num">`): a table is found by its caption, its headings and
 *   the names in its rows, never by the numbers in it, which change whenever the data does; on a
 *   page of tables of every school (a data page, marked `data-search-cells="none"` on its
 *   searchable element) no table cell at all: their verdicts, shortfalls and standards' wording
 *   would double the index for words no reader looks for there;
 * - scripts, styles and templates.
 * The rest of the page (the head with its inlined styles, the header and footer) never reaches
 * Pagefind. So the text handed over is exactly what the index is made from: two pages whose
 * documents are equal give the same index, which lets a build keep a part of the index whose
 * documents did not change (src/site/search-index.ts).
 *
 * The pages are the site's own output, well formed: a linear scan over the tags suffices (each
 * character looked at a bounded number of times; quoted attribute values may hold `>`).
 *
 * Words. Chinese has no spaces between words, so both sides of a search cut text into words:
 * left to itself, Pagefind's indexer cuts with its own dictionary (jieba), its search in the
 * browser with the browser's (`Intl.Segmenter`, ICU). The two disagree often enough (大班额 is
 * 大班 + 额 to the browser and one word to the indexer; 封丘县 is 封 + 丘县) that a school's exact
 * name was not found as a phrase and the ranking weighed the wrong words. `splitWords` cuts the
 * document's text as the browser cuts the query, with spaces between the words, metadata given
 * in an attribute (`data-pagefind-meta="key:value"`) included, and the indexer is told to cut
 * nothing further (src/site/search-index.ts): both sides see the same words. The search page
 * takes the spaces out again next to Chinese characters when it shows a title or an excerpt.
 * Cutting is done when a part of the index is made, not for its key (the documents as cut
 * follow from the documents and the word breaker's version).
 */

/** Elements with no content and no end tag. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** Elements whose content is text up to their end tag (never parsed for tags). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

interface Tag {
  /** Lower-case name. */
  name: string;
  kind: 'start' | 'end' | 'empty';
  /** Index of `<`. */
  start: number;
  /** Index after `>`. */
  end: number;
  /** The text between the name and `>`: read by `attribute` when asked. */
  attributeText: string;
}

const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** An attribute's value ('' when it has none), or undefined when the tag does not have it. */
function attribute(tag: Tag, name: string): string | undefined {
  if (!tag.attributeText.includes(name)) return undefined;
  for (const match of tag.attributeText.matchAll(ATTRIBUTE)) {
    if (match[1]?.toLowerCase() === name) return match[2] ?? match[3] ?? match[4] ?? '';
  }
  return undefined;
}

const isNameChar = (code: number) =>
  (code >= 0x61 && code <= 0x7a) || // a-z
  (code >= 0x41 && code <= 0x5a) || // A-Z
  (code >= 0x30 && code <= 0x39) || // 0-9
  code === 0x2d || // -
  code === 0x3a; // :

/** The index after the `>` that ends a tag whose name ends at `from`, skipping quoted values. */
function tagEnd(html: string, from: number): number {
  const close = html.indexOf('>', from);
  if (close < 0) return -1;
  const quoted = html.slice(from, close);
  if (!quoted.includes('"') && !quoted.includes("'")) return close + 1;
  let quote = '';
  for (let at = from; at < html.length; at++) {
    const char = html[at];
    if (quote !== '') {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '>') return at + 1;
  }
  return -1;
}

/** Where the end tag of a raw-text element begins, from `from` on (-1: nowhere). */
function endTagAfter(html: string, name: string, from: number): number {
  const pattern = new RegExp(`</${name}[\\s>]`, 'gi');
  pattern.lastIndex = from;
  return pattern.exec(html)?.index ?? -1;
}

/**
 * Reads a page's tags in order; comments, declarations and raw text are skipped whole. `skipTo`
 * moves on past an element without reading the tags inside it.
 */
class Tags {
  private at = 0;
  private readonly html: string;
  constructor(html: string) {
    this.html = html;
  }

  next(): Tag | undefined {
    const html = this.html;
    for (;;) {
      const open = html.indexOf('<', this.at);
      if (open < 0) return undefined;
      if (html.startsWith('<!--', open)) {
        const close = html.indexOf('-->', open + 4);
        if (close < 0) return undefined;
        this.at = close + 3;
        continue;
      }
      const closing = html.charCodeAt(open + 1) === 0x2f;
      const nameStart = open + (closing ? 2 : 1);
      let nameEnd = nameStart;
      const first = html.charCodeAt(nameStart);
      if ((first >= 0x61 && first <= 0x7a) || (first >= 0x41 && first <= 0x5a))
        while (nameEnd < html.length && isNameChar(html.charCodeAt(nameEnd))) nameEnd += 1;
      if (nameEnd === nameStart) {
        // `<!doctype …>`, `<?…>`, or a `<` in text.
        this.at = open + 1;
        if (html[open + 1] === '!' || html[open + 1] === '?') {
          const close = html.indexOf('>', open);
          if (close < 0) return undefined;
          this.at = close + 1;
        }
        continue;
      }
      const end = tagEnd(html, nameEnd);
      if (end < 0) return undefined;
      const name = html.slice(nameStart, nameEnd).toLowerCase();
      const attributeText = closing ? '' : html.slice(nameEnd, end - 1);
      const kind = closing
        ? 'end'
        : attributeText.trimEnd().endsWith('/') || VOID.has(name)
          ? 'empty'
          : 'start';
      this.at = end;
      if (kind === 'start' && RAW_TEXT.has(name)) {
        const close = endTagAfter(html, name, end);
        if (close < 0) return undefined;
        this.at = close;
      }
      return { name, kind, start: open, end, attributeText };
    }
  }

  /**
   * Moves past the end of the element `tag` starts (its matching end tag, counting elements of
   * the same name inside it), without reading the other tags; the index after its end tag, or
   * -1 when it has none.
   */
  skipElement(tag: Tag): number {
    const html = this.html;
    let depth = 1;
    let at = tag.end;
    while (depth > 0) {
      const open = html.indexOf(`<${tag.name}`, at);
      const close = html.indexOf(`</${tag.name}`, at);
      if (close < 0) return -1;
      if (open >= 0 && open < close) {
        const after = html.charCodeAt(open + tag.name.length + 1);
        if (!isNameChar(after)) {
          const end = tagEnd(html, open + tag.name.length + 1);
          if (end < 0) return -1;
          if (
            !html
              .slice(open, end - 1)
              .trimEnd()
              .endsWith('/')
          )
            depth += 1;
          at = end;
        } else at = open + 1;
        continue;
      }
      const after = html.charCodeAt(close + tag.name.length + 2);
      const end = tagEnd(html, close + tag.name.length + 2);
      if (end < 0) return -1;
      if (!isNameChar(after)) depth -= 1;
      at = end;
    }
    this.at = at;
    return at;
  }
}

/** Whether an element is left out of the search document, content and all (`cells`: table cells too). */
function leftOut(tag: Tag, cells: boolean): boolean {
  if (tag.name === 'svg' || tag.name === 'script' || tag.name === 'style' || tag.name === 'template')
    return true;
  if (tag.name === 'td' && cells) return true;
  if (attribute(tag, 'data-pagefind-ignore') !== undefined) return true;
  const text = tag.attributeText;
  if (!text.includes('no-search') && !(tag.name === 'td' && text.includes('num'))) return false;
  const classes = (attribute(tag, 'class') ?? '').split(/\s+/);
  return classes.includes('no-search') || (tag.name === 'td' && classes.includes('num'));
}

const escapeAttribute = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');

/**
 * The document Pagefind indexes for a built page, or undefined when the page is not searchable
 * (no element marked `data-pagefind-body`).
 */
export function searchDocument(html: string): string | undefined {
  let lang = '';
  let title = '';
  const kept: string[] = [];
  /** The searchable element: its tag name, how deep in it the scan is, and whether its cells go. */
  let body: { name: string; depth: number; cells: boolean } | undefined;
  let copyFrom = 0;
  const tags = new Tags(html);
  for (let tag = tags.next(); tag !== undefined; tag = tags.next()) {
    if (body === undefined) {
      if (tag.name === 'html' && tag.kind === 'start') lang = attribute(tag, 'lang') ?? '';
      if (tag.name === 'title' && tag.kind === 'start' && title === '') {
        const close = endTagAfter(html, 'title', tag.end);
        if (close >= 0) title = html.slice(tag.end, close);
      }
      if (tag.kind !== 'end' && attribute(tag, 'data-pagefind-body') !== undefined) {
        if (tag.kind === 'empty') return undefined;
        body = { name: tag.name, depth: 1, cells: attribute(tag, 'data-search-cells') === 'none' };
        copyFrom = tag.start;
      }
      continue;
    }
    if (tag.kind !== 'end' && leftOut(tag, body.cells)) {
      kept.push(html.slice(copyFrom, tag.start));
      copyFrom = tag.kind === 'start' ? tags.skipElement(tag) : tag.end;
      if (copyFrom < 0) return undefined;
      continue;
    }
    if (tag.name === body.name && tag.kind === 'start') body.depth += 1;
    if (tag.name === body.name && tag.kind === 'end') {
      body.depth -= 1;
      if (body.depth === 0) {
        kept.push(html.slice(copyFrom, tag.end));
        const head = `<head><meta charset="utf-8"><title>${title}</title></head>`;
        const content = kept.join('').replace(/[ \t\n\r\f]+/g, ' ');
        return `<!doctype html><html lang="${escapeAttribute(lang)}">${head}<body>${content}</body></html>`;
      }
    }
  }
  return undefined;
}

/** The ICU word breaker the browser uses on a query (Pagefind's search splits the query so). */
const words = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** A character entity or numeric reference: kept whole. */
const ENTITY = /(&(?:#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);)/;

/**
 * Runs of text already cut, by their text: the same words come back on page after page (table
 * headings, the standards' wording, school names), and cutting is the costly part. Emptied when
 * it grows large.
 */
const cutBefore = new Map<string, string>();
const CUT_REMEMBERED = 100_000;

/** Text with a space between each two words (entities kept whole). */
function spacedWords(text: string): string {
  if (!/\S/.test(text)) return text;
  const known = cutBefore.get(text);
  if (known !== undefined) return known;
  const spaced = text
    .split(ENTITY)
    .map((piece, at) =>
      at % 2 === 1 ? ` ${piece} ` : Array.from(words.segment(piece), (part) => part.segment).join(' '),
    )
    .join('');
  if (cutBefore.size >= CUT_REMEMBERED) cutBefore.clear();
  cutBefore.set(text, spaced);
  return spaced;
}

/** A tag whose `data-pagefind-meta="key:value"` gives the value in the attribute: the value cut into words. */
function withMetaSplit(tag: string): string {
  return tag.replace(
    /(\sdata-pagefind-meta=")([^":]+:)([^"]*)"/,
    (_, name: string, key: string, value: string) => `${name}${key}${spacedWords(value)}"`,
  );
}

/** A comment, a tag (quoted attribute values may hold `>`), or a run of text. */
const PIECE = /<!--[\s\S]*?-->|<(?:[^>"']|"[^"]*"|'[^']*')*>|[^<]+|</g;

/**
 * A search document with its text cut into words as the browser cuts a query: a space between
 * each two words, in the text between tags and in metadata given in an attribute (other
 * attributes and the tags untouched).
 */
export function splitWords(document: string): string {
  return document
    .replace(PIECE, (piece) => {
      if (piece[0] !== '<' || piece.length === 1) return spacedWords(piece);
      return piece.includes('data-pagefind-meta=') ? withMetaSplit(piece) : piece;
    })
    .replace(/[ \t\n\r\f]+/g, ' ');
}

/** What the word breaker is: part of the key of an index made from split documents. */
export const wordBreaker = `icu ${process.versions.icu ?? 'none'}`;
