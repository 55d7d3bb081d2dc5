/**
 * A narrative's text in reading order, as plain data: headings, paragraphs, lists and component
 * elements with their quoted attributes and their content. The editions (src/editions) lay a
 * report out from this; nothing here runs the narrative. Expressions (only comments pass the
 * check) and ESM are left out; inline markup keeps only what a printed document shows (strong,
 * emphasis, link text). Pure.
 */
import { narrativeParser } from './parser.ts';

export type Inline =
  | { kind: 'text'; text: string; strong?: boolean; emphasis?: boolean }
  | { kind: 'element'; name: string; attributes: Record<string, string>; children: Inline[] }
  | { kind: 'break' };

export type Block =
  | { kind: 'heading'; depth: number; inlines: Inline[] }
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Block[][] }
  | { kind: 'quote'; blocks: Block[] }
  | { kind: 'element'; name: string; attributes: Record<string, string>; children: Block[] };

interface Node {
  type: string;
  depth?: number;
  ordered?: boolean | null;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

function quoted(node: Node): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name && typeof attribute.value === 'string')
      attributes[attribute.name] = attribute.value;
  }
  return attributes;
}

function inlines(nodes: readonly Node[], marks: { strong?: boolean; emphasis?: boolean } = {}): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        return [{ kind: 'text', text: String(node.value ?? ''), ...marks }];
      case 'strong':
        return inlines(node.children ?? [], { ...marks, strong: true });
      case 'emphasis':
        return inlines(node.children ?? [], { ...marks, emphasis: true });
      case 'break':
        return [{ kind: 'break' }];
      case 'mdxJsxTextElement':
      case 'mdxJsxFlowElement':
        return [
          {
            kind: 'element',
            name: node.name ?? '',
            attributes: quoted(node),
            children: inlines(node.children ?? [], marks),
          },
        ];
      case 'mdxTextExpression':
      case 'mdxFlowExpression':
      case 'mdxjsEsm':
        return [];
      default:
        return inlines(node.children ?? [], marks);
    }
  });
}

function blocks(nodes: readonly Node[]): Block[] {
  return nodes.flatMap((node): Block[] => {
    switch (node.type) {
      case 'heading':
        return [{ kind: 'heading', depth: node.depth ?? 2, inlines: inlines(node.children ?? []) }];
      case 'paragraph':
        return [{ kind: 'paragraph', inlines: inlines(node.children ?? []) }];
      case 'list':
        return [
          {
            kind: 'list',
            ordered: node.ordered === true,
            items: (node.children ?? []).map((item) => blocks(item.children ?? [])),
          },
        ];
      case 'blockquote':
        return [{ kind: 'quote', blocks: blocks(node.children ?? []) }];
      case 'code':
        return [{ kind: 'paragraph', inlines: [{ kind: 'text', text: String(node.value ?? '') }] }];
      case 'mdxJsxFlowElement':
        return [
          {
            kind: 'element',
            name: node.name ?? '',
            attributes: quoted(node),
            children: blocks(node.children ?? []),
          },
        ];
      case 'mdxJsxTextElement':
        return [{ kind: 'paragraph', inlines: inlines([node]) }];
      case 'yaml':
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'thematicBreak':
        return [];
      default:
        return node.children ? blocks(node.children) : [];
    }
  });
}

/** The narrative's blocks; an unparsable text has none (the check reports it). */
export function narrativeBlocks(text: string): Block[] {
  try {
    return blocks((narrativeParser.parse(text) as unknown as Node).children ?? []);
  } catch {
    return [];
  }
}

/** An inline run's text, components left as their children's text. */
export function inlineText(runs: readonly Inline[]): string {
  return runs
    .map((run) => (run.kind === 'text' ? run.text : run.kind === 'break' ? '\n' : inlineText(run.children)))
    .join('');
}
