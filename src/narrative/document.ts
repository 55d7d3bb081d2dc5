/**
 * A narrative parsed once into plain data: its front matter, its component elements with their
 * attributes, and its runs of prose. The narrative check, the figure references of the diff, the
 * charts a build prepares and the county-years a page depends on all read this one document,
 * so they agree on what the narrative says. Pure; parsing is memoized per narrative object.
 */
import { visitParents } from 'unist-util-visit-parents';
import type { NarrativeFile } from '../load/read-narratives.ts';
import { componentSpecs } from './components.ts';
import { narrativeParser } from './parser.ts';

export interface Position {
  start: { line: number; column: number; offset?: number };
  end?: { line: number; column: number; offset?: number };
}

/** An attribute as written: `k="x"` has a string value; `decimals="2"` an expression object. */
export interface NarrativeAttribute {
  type: string;
  name?: string;
  value?: unknown;
  position?: Position;
}

export interface NarrativeElement {
  name: string;
  attributes: NarrativeAttribute[];
  position?: Position;
  /** The element's text content, markup left out. */
  text: string;
}

export interface NarrativeText {
  value: string;
  position?: Position;
  /** Inside a component whose text is the writer's own (<Literal>, <Todo>). */
  literal: boolean;
}

/**
 * What a narrative may not hold, since it is data and never code: `import`/`export`, `{…}`
 * expressions (a comment `{/* … *\/}` excepted), and links to anything but a web page, an e-mail
 * address or a page of the site.
 */
export interface NarrativeCode {
  kind: 'esm' | 'expression' | 'link';
  /** As written (a link: its address), cut to a readable length. */
  text: string;
  position?: Position;
}

export interface NarrativeDocument {
  /** Why the text is not a narrative; nothing else is read then. */
  syntaxError?: { reason: string; position?: Position };
  code: NarrativeCode[];
  frontMatter?: { value: string; position?: Position };
  elements: NarrativeElement[];
  texts: NarrativeText[];
}

interface Node {
  type: string;
  url?: unknown;
  name?: string | null;
  value?: unknown;
  attributes?: NarrativeAttribute[];
  children?: Node[];
  position?: Position;
}

function plainText(node: Node): string {
  if (
    typeof node.value === 'string' &&
    node.type !== 'mdxFlowExpression' &&
    node.type !== 'mdxTextExpression'
  ) {
    return node.value;
  }
  return (node.children ?? []).map(plainText).join('');
}

export function parseNarrative(text: string): NarrativeDocument {
  let tree: Node;
  try {
    tree = narrativeParser.parse(text) as unknown as Node;
  } catch (error) {
    const place = error as { line?: number; column?: number; reason?: string; message?: string };
    const reason = place.reason ?? place.message ?? String(error);
    return place.line
      ? {
          syntaxError: { reason, position: { start: { line: place.line, column: place.column ?? 1 } } },
          code: [],
          elements: [],
          texts: [],
        }
      : { syntaxError: { reason }, code: [], elements: [], texts: [] };
  }
  const document: NarrativeDocument = { code: [], elements: [], texts: [] };
  const code = (kind: NarrativeCode['kind'], text: string, position: Position | undefined) => {
    const shown = text.length > 60 ? `${text.slice(0, 60)}…` : text;
    document.code.push(position ? { kind, text: shown, position } : { kind, text: shown });
  };
  visitParents(tree as never, (visited: unknown, ancestors: unknown[]) => {
    const node = visited as Node;
    if (node.type === 'mdxjsEsm') {
      code('esm', String(node.value ?? '').trim(), node.position);
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      if (!isComment(String(node.value ?? '')))
        code('expression', `{${String(node.value ?? '').trim()}}`, node.position);
    } else if (typeof node.url === 'string') {
      if (!isSafeAddress(node.url)) code('link', node.url, node.position);
    }
    if (node.type === 'yaml' && typeof node.value === 'string') {
      document.frontMatter = node.position
        ? { value: node.value, position: node.position }
        : { value: node.value };
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const element: NarrativeElement = {
        name: node.name ?? '',
        attributes: node.attributes ?? [],
        text: plainText(node),
      };
      if (node.position) element.position = node.position;
      document.elements.push(element);
    } else if (node.type === 'text' && typeof node.value === 'string') {
      const literal = (ancestors as Node[]).some(
        (ancestor) => typeof ancestor.name === 'string' && componentSpecs[ancestor.name]?.literal === true,
      );
      const run: NarrativeText = { value: node.value, literal };
      if (node.position) run.position = node.position;
      document.texts.push(run);
    }
  });
  return document;
}

/** `{/* … *\/}`: a comment, the one expression a narrative may hold (it renders nothing). */
function isComment(expression: string): boolean {
  return /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(expression);
}

/** A web page, an e-mail address, or a page of the site (a path or an anchor): no other scheme. */
export function isSafeAddress(url: string): boolean {
  // Browsers ignore tabs, newlines and leading spaces in a scheme: "java\tscript:" is javascript:.
  const plain = [...url].filter((char) => char > ' ' && char !== '\u007f').join('');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(plain)?.[1]?.toLowerCase();
  return scheme === undefined || scheme === 'http' || scheme === 'https' || scheme === 'mailto';
}

const parsed = new WeakMap<NarrativeFile, NarrativeDocument>();

/** The narrative's document, parsed on first use and kept with the narrative object. */
export function narrativeDocument(narrative: NarrativeFile): NarrativeDocument {
  let document = parsed.get(narrative);
  if (document === undefined) {
    document = parseNarrative(narrative.text);
    parsed.set(narrative, document);
  }
  return document;
}

/** An attribute's quoted value; undefined when it is missing or written as an expression. */
export function attributeText(element: NarrativeElement, name: string): string | undefined {
  const value = element.attributes.find((attribute) => attribute.name === name)?.value;
  return typeof value === 'string' ? value : undefined;
}

/** The quoted attributes of an element, by name. */
export function quotedAttributes(element: NarrativeElement): Record<string, string> {
  const quoted: Record<string, string> = {};
  for (const attribute of element.attributes) {
    if (attribute.name !== undefined && typeof attribute.value === 'string')
      quoted[attribute.name] = attribute.value;
  }
  return quoted;
}

/**
 * What a build needs to know of a narrative before rendering it, small enough to keep in the
 * cache: the counties it cites with `of="county/year"`, and the chart components it uses.
 */
export interface NarrativeOutline {
  counties: string[];
  charts: { component: string; attributes: Record<string, string> }[];
}

const chartComponents = new Set(['SchoolBars', 'ComplianceMatrix', 'CoefficientChart', 'TrendChart']);

export function narrativeOutline(document: NarrativeDocument): NarrativeOutline {
  const counties = new Set<string>();
  const charts: NarrativeOutline['charts'] = [];
  for (const element of document.elements) {
    const county = /^([a-z][a-z0-9-]*)\//.exec(attributeText(element, 'of') ?? '')?.[1];
    if (county !== undefined) counties.add(county);
    if (chartComponents.has(element.name)) {
      charts.push({ component: element.name, attributes: quotedAttributes(element) });
    }
  }
  return { counties: [...counties].sort(), charts };
}
