/**
 * A linear tokenizer for the XML parts of a workbook: tags one after another, found with
 * indexOf, each character looked at a bounded number of times. It replaces regular expressions
 * that, on a malformed part (an unclosed `<si>`, a `<c ` without `>`, an `<f>` without `</f>`),
 * searched to the end of the part once per tag: minutes for a few hundred kilobytes.
 *
 * Only what the reader needs: start, end and empty-element tags with their local name (prefix
 * dropped) and attributes; comments, CDATA sections, processing instructions and declarations
 * are skipped whole. A tag left open at the end of the part ends the scan.
 */
import { decodeXml } from './xml.ts';

export interface Tag {
  /** Local name: `c` for `<x:c>`. */
  name: string;
  kind: 'start' | 'end' | 'empty';
  /** Index of `<`. */
  start: number;
  /** Index after `>`. */
  end: number;
  /** The raw text between the name and `>` (or `/>`), for `attributes`. */
  attributeText: string;
}

function isNameEnd(code: number): boolean {
  // whitespace, '/', '>'
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x2f || code === 0x3e;
}

function localName(name: string): string {
  const colon = name.lastIndexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** The tags of a part in order. Linear in the part's length. */
export function* tags(xml: string): Generator<Tag> {
  let at = 0;
  for (;;) {
    const open = xml.indexOf('<', at);
    if (open < 0) return;
    const next = xml.charCodeAt(open + 1);
    if (next === 0x21 /* ! */) {
      const terminator = xml.startsWith('<!--', open)
        ? '-->'
        : xml.startsWith('<![CDATA[', open)
          ? ']]>'
          : '>';
      const close = xml.indexOf(terminator, open + 2);
      if (close < 0) return;
      at = close + terminator.length;
      continue;
    }
    if (next === 0x3f /* ? */) {
      const close = xml.indexOf('?>', open + 2);
      if (close < 0) return;
      at = close + 2;
      continue;
    }
    if (next === 0x2f /* / */) {
      const close = xml.indexOf('>', open + 2);
      if (close < 0) return;
      const name = xml.slice(open + 2, close).trim();
      yield { name: localName(name), kind: 'end', start: open, end: close + 1, attributeText: '' };
      at = close + 1;
      continue;
    }
    let nameEnd = open + 1;
    while (nameEnd < xml.length && !isNameEnd(xml.charCodeAt(nameEnd))) nameEnd += 1;
    // The closing '>' outside quoted attribute values.
    let index = nameEnd;
    let close = -1;
    while (index < xml.length) {
      const code = xml.charCodeAt(index);
      if (code === 0x22 || code === 0x27) {
        const quote = xml.indexOf(code === 0x22 ? '"' : "'", index + 1);
        if (quote < 0) return;
        index = quote + 1;
        continue;
      }
      if (code === 0x3e) {
        close = index;
        break;
      }
      if (code === 0x3c /* < */) break;
      index += 1;
    }
    if (close < 0) {
      // A '<' inside a tag, or the end of the part: not a tag; go on after the '<'.
      if (index >= xml.length) return;
      at = index;
      continue;
    }
    const empty = xml.charCodeAt(close - 1) === 0x2f && close - 1 >= nameEnd;
    yield {
      name: localName(xml.slice(open + 1, nameEnd)),
      kind: empty ? 'empty' : 'start',
      start: open,
      end: close + 1,
      attributeText: xml.slice(nameEnd, empty ? close - 1 : close),
    };
    at = close + 1;
  }
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** Attributes by local name (`r:id` → `id`), first one kept; values decoded. Linear. */
export function attributes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let at = 0;
  while (at < text.length) {
    while (at < text.length && isSpace(text.charCodeAt(at))) at += 1;
    const equals = text.indexOf('=', at);
    if (equals < 0) break;
    const name = text.slice(at, equals).trim();
    let value = equals + 1;
    while (value < text.length && isSpace(text.charCodeAt(value))) value += 1;
    const quote = text[value];
    if (quote !== '"' && quote !== "'") break;
    const close = text.indexOf(quote, value + 1);
    if (close < 0) break;
    const local = localName(name);
    if (local !== '' && !out.has(local)) out.set(local, decodeXml(text.slice(value + 1, close)));
    at = close + 1;
  }
  return out;
}

/** The attributes of every start or empty tag with this local name. */
export function elements(xml: string, name: string): Map<string, string>[] {
  const out: Map<string, string>[] = [];
  for (const tag of tags(xml)) {
    if (tag.kind !== 'end' && tag.name === name) out.push(attributes(tag.attributeText));
  }
  return out;
}
