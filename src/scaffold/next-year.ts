/**
 * `npm run new -- <county> <year>`: next year's files start as copies of the last ones, so a
 * clerk edits numbers instead of typing a hundred rows again, and the copy can be committed at
 * once without breaking CI: whatever still has to be filled in is marked so that
 * `npm run check` lists it as a warning, never an error. Pure: texts in, texts out.
 *
 * The data keeps its schools (the check warns while they equal last year's), comments and
 * layout, with the year changed. Last year's printed figures (`published`) are dropped: each
 * names last year's document as its source, and comparing last year's print with this year's
 * computation would only raise false warnings; this year's are added when its documents are
 * printed. The county's yearly figures are removed and its series kept, each listed in `toFill`
 * (src/validate/to-fill.ts says which is which); the assessment's yearly data (county numbers,
 * declarations, vetoes, evidence, monitoring, survey and government scores) are removed and
 * listed, since each year's documents state them anew. School rows keep every field, new ones
 * (certified teachers, music rooms, funds …) too.
 *
 * The narrative keeps its structure and components. Its front matter gets the new year in the
 * title, today as the date it was updated, and its publication date and source marked 待补充; a
 * <Todo> at the top asks for the text to be rewritten; every <Figure> the narrative check
 * rejects against the new year's data becomes a <Todo figure="…" />, followed by the tag as
 * it was in a comment. The check decides (and it
 * resolves keys through `figureMeasure` (src/figures)), so whatever makes a key invalid there makes it a to-do here.
 */
import { isMap, isSeq, Pair, parseDocument, type YAMLMap } from 'yaml';
import type { NarrativeFile } from '../load/read-narratives.ts';
import { parseNarrative } from '../narrative/document.ts';
import type { Problem } from '../problems/problem.ts';
import { type ToFillPath, toFillActions, toFillPaths } from '../validate/to-fill.ts';

export interface NextYearData {
  text: string;
  /** What the new file lists in `toFill`, in the schema's order. */
  toFill: ToFillPath[];
  /** How many printed figures of last year were dropped. */
  droppedPublished: number;
  /** How many school rows were copied. */
  schools: number;
}

export function nextYearData(previous: string, fromYear: number, toYear: number): NextYearData {
  const document = parseDocument(previous);
  document.set('year', toYear);
  const published = document.get('published');
  const droppedPublished = isSeq(published) ? published.items.length : 0;
  document.delete('published');
  const schools = document.get('schools');
  // Items last year's file still lists stay to fill in, whether or not it has a value.
  const listed = document.get('toFill');
  const stillListed = new Set(isSeq(listed) ? listed.items.map((item) => String(item)) : []);
  document.delete('toFill');
  const toFill: ToFillPath[] = [];
  for (const path of toFillPaths()) {
    const parts = path.split('.');
    if (!document.hasIn(parts) && !stillListed.has(path)) continue;
    toFill.push(path);
    if (toFillActions[path] === 'enter') document.deleteIn(parts);
  }
  const facts = document.get('facts');
  if (isMap(facts) && facts.items.length === 0) document.delete('facts');
  if (toFill.length > 0) {
    const key = document.createNode('toFill');
    key.commentBefore = ` 待补充：以下各项要按 ${toYear} 年度的文件重新填写或核对（npm run check 逐项提示）；填好一项，删去一项。`;
    const root = document.contents as YAMLMap;
    const afterYear = root.items.findIndex(
      (pair) => String((pair.key as { value?: unknown }).value) === 'year',
    );
    root.items.splice(afterYear + 1, 0, new Pair(key, document.createNode(toFill)));
  }
  const text = document.toString({ lineWidth: 0 });
  const note = `# 由 ${fromYear} 年的文件复制而来（npm run new）：请逐项更新为 ${toYear} 年的数据。\n`;
  // Keep the schema line first; the note follows it.
  const [first = '', ...rest] = text.split('\n');
  return {
    text: first.startsWith('# yaml-language-server:')
      ? `${first}\n${note}${rest.join('\n')}`
      : `${note}${text}`,
    toFill,
    droppedPublished,
    schools: isSeq(schools) ? schools.items.length : 0,
  };
}

export interface NextYearNarrative {
  text: string;
  /** The <Figure>s that became <Todo>s: their key and line in the new text. */
  figureTodos: { key: string; line: number }[];
}

/**
 * `check` is the narrative check against the new year's data (checkNarrative through
 * narrativeChecker, with the new data file in the run); `file` is the new narrative's path.
 */
export function nextYearNarrative(
  previous: string,
  fromYear: number,
  toYear: number,
  today: string,
  file: string,
  check: (narrative: NarrativeFile) => readonly Problem[],
): NextYearNarrative {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(previous);
  if (match === null) return { text: previous, figureTodos: [] };
  const front = (match[1] ?? '')
    .split('\n')
    .map((line) => {
      if (/^title:/.test(line)) return line.replaceAll(String(fromYear), String(toYear));
      if (/^updated:/.test(line)) return `updated: ${today}`;
      if (/^published:/.test(line)) return `published: ${today} # 待补充：报告发布后改为实际的发布日期`;
      if (/^source:/.test(line)) return `source: 待补充：${toYear} 年度报告所依据的文件（名称、文号）`;
      return line;
    })
    .join('\n');
  const body = previous.slice(match[0].length).replace(/^\n+/, '');
  const copied = `---\n${front}\n---\n\n<Todo>本文由 ${fromYear} 年的报告复制而来，请按 ${toYear} 年的情况改写正文，改好后删去这一条。</Todo>\n\n${body}`;
  const rejected = rejectedFigures(copied, check({ file, text: copied }));
  let text = copied;
  for (const figure of [...rejected].sort((a, b) => b.start - a.start)) {
    // The tag as it was stays beside it in a comment, to put back with its attributes.
    const original = text.slice(figure.start, figure.end).replaceAll('*/', '* /');
    text = `${text.slice(0, figure.start)}<Todo figure="${figure.key}" />{/* 原为 ${original} */}${text.slice(figure.end)}`;
  }
  const figureTodos = [...text.matchAll(/<Todo figure="([^"]*)" \/>/g)].map((found) => ({
    key: found[1] ?? '',
    line: text.slice(0, found.index).split('\n').length,
  }));
  return { text, figureTodos };
}

interface Span {
  start: number;
  end: number;
  key: string;
}

/** The <Figure>s with an error at their `k` (or, lacking its position, at the element). */
function rejectedFigures(text: string, problems: readonly Problem[]): Span[] {
  const errors = new Set(
    problems
      .filter((problem) => problem.severity === 'error')
      .map((problem) => `${problem.line}:${problem.column}`),
  );
  const spans: Span[] = [];
  for (const element of parseNarrative(text).elements) {
    if (element.name !== 'Figure') continue;
    const k = element.attributes.find((attribute) => attribute.name === 'k');
    const at = k?.position?.start ?? element.position?.start;
    const { start, end } = element.position ?? {};
    if (
      typeof k?.value === 'string' &&
      at !== undefined &&
      errors.has(`${at.line}:${at.column}`) &&
      start?.offset !== undefined &&
      end?.offset !== undefined
    ) {
      spans.push({ start: start.offset, end: end.offset, key: k.value });
    }
  }
  return spans;
}
