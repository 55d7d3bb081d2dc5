/**
 * The example project's county-years and narratives, as the editions read them, and small
 * readers of a .docx: its parts, its paragraphs' text, a well-formedness check of its XML.
 */
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { ChartImage } from '../../src/editions/model.ts';
import { rasterise } from '../../src/editions/png.ts';
import type { ReportMeta } from '../../src/editions/report.ts';
import type { EditionEntry } from '../../src/editions/tables.ts';
import { readNarratives } from '../../src/load/read-narratives.ts';
import { readProjectFiles } from '../../src/load/read-project.ts';
import { type Block, narrativeBlocks } from '../../src/narrative/blocks.ts';
import { runProject } from '../../src/pipeline.ts';

export const root = join(import.meta.dirname, '../..');

export interface ExampleReport {
  id: string;
  entry: EditionEntry;
  blocks: Block[];
  meta: ReportMeta;
}

export async function exampleProject(): Promise<{
  entries: Map<string, EditionEntry>;
  reports: ExampleReport[];
}> {
  const run = runProject(await readProjectFiles(root));
  const entries = new Map<string, EditionEntry>(
    run.outputs.map((output) => [
      `${output.county}/${output.year}`,
      { result: output.result, county: output.countyFile, standards: output.standards },
    ]),
  );
  const { narratives } = await readNarratives(root);
  const reports = narratives.flatMap((narrative) => {
    const id = narrative.file.replace(/^content\/reports\//, '').replace(/\.mdx$/, '');
    const entry = entries.get(id);
    if (entry === undefined) return [];
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(narrative.text)?.[1] ?? '';
    const field = (name: string) => new RegExp(`^${name}:\\s*(.+)$`, 'm').exec(front)?.[1]?.trim();
    return [
      {
        id,
        entry,
        blocks: narrativeBlocks(narrative.text),
        meta: {
          title: field('title'),
          publisher: field('publisher'),
          published: field('published'),
          updated: field('updated'),
          source: field('source'),
        },
      },
    ];
  });
  return { entries, reports };
}

/** A small picture standing in for every chart (the drawing itself is tested on its own). */
const fakeSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#123"/></svg>';
export const fakeImage: ChartImage = { svg: fakeSvg, png: rasterise(fakeSvg, 40, []), width: 40, height: 20 };

export function docxParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(
    Object.entries(files)
      .filter(([name]) => /\.(xml|rels)$/.test(name))
      .map(([name, data]) => [name, strFromU8(data)]),
  );
}

const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const decode = (text: string) =>
  text.replace(/&(lt|gt|amp|quot|apos);/g, (_m, name: string) => entities[name] ?? '');

/** Each paragraph's text (its w:t runs joined), in order. */
export function paragraphTexts(documentXml: string): string[] {
  return [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((match) =>
    [...match[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((run) => decode(run[1] ?? '')).join(''),
  );
}

/**
 * Whether the XML is well-formed as far as a document from a generator can fail: one root,
 * every element closed in order, attributes quoted, no stray `<` or `&`.
 */
export function wellFormed(xml: string): boolean {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let roots = 0;
  let match: RegExpExecArray | null = tag.exec(body);
  let read = 0;
  while (match !== null) {
    read = tag.lastIndex;
    const [, closing, name, , selfClosing, text] = match;
    if (text !== undefined) {
      if (/&(?!(?:lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(text)) return false;
    } else if (closing) {
      if (stack.pop() !== name) return false;
    } else {
      if (stack.length === 0) roots++;
      if (!selfClosing) stack.push(name as string);
    }
    match = tag.exec(body);
  }
  return read === body.length && stack.length === 0 && roots === 1;
}
