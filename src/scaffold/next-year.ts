/**
 * `npm run new -- <county> <year>`: next year's files start as copies of the last ones, so a
 * clerk edits numbers instead of typing a hundred rows again. Pure: texts in, texts out.
 *
 * The data keeps its schools, facts and comments with the year changed; the figures the county
 * printed last year (`published`) are dropped, since they belong to last year's report. The
 * narrative keeps its structure and components, with the year in its title and today's dates.
 */
import { parseDocument } from 'yaml';

export function nextYearData(previous: string, fromYear: number, toYear: number): string {
  const document = parseDocument(previous);
  document.set('year', toYear);
  document.delete('published');
  const text = document.toString({ lineWidth: 0 });
  const note = `# 由 ${fromYear} 年的文件复制而来（npm run new）：请逐项更新为 ${toYear} 年的数据。\n`;
  // Keep the schema line first; the note follows it.
  const [first = '', ...rest] = text.split('\n');
  return first.startsWith('# yaml-language-server:')
    ? `${first}\n${note}${rest.join('\n')}`
    : `${note}${text}`;
}

export function nextYearNarrative(previous: string, fromYear: number, toYear: number, today: string): string {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(previous);
  if (match === null) return previous;
  const front = (match[1] ?? '')
    .split('\n')
    .map((line) => {
      if (/^title:/.test(line)) return line.replaceAll(String(fromYear), String(toYear));
      if (/^(published|updated):/.test(line)) return line.replace(/:.*/, `: ${today}`);
      return line;
    })
    .join('\n');
  const body = previous.slice(match[0].length);
  return `---\n${front}\n---\n\n{/* 由 ${fromYear} 年的报告复制而来（npm run new）：请按 ${toYear} 年的情况改写正文。 */}\n${body.replace(/^\n+/, '\n')}`;
}
