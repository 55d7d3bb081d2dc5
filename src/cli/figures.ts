/**
 * `npm run figures -- <county> <year> [--markdown | --json] [--schools]`: every figure a narrative
 * can cite, by its stable key, with its Chinese name and the text a page prints for it.
 */
import { catalogueMarkdown, catalogueText, figureCatalogue } from '../figures/catalogue.ts';
import { countyYearArguments, loadCountyYear } from './county-year.ts';

const argv = process.argv.slice(2);
const known = new Set(['--markdown', '--json', '--schools']);
const unknown = argv.filter((arg) => arg.startsWith('--') && !known.has(arg));
const args = countyYearArguments(
  unknown.length > 0 ? [] : argv,
  `${unknown.length > 0 ? `不认识的选项：${unknown.join(' ')}。` : ''}用法：npm run figures -- <县标识> <年份> [--markdown | --json] [--schools]，例如 npm run figures -- tongdao 2019`,
);
if (args === undefined) process.exit(2);
const output = await loadCountyYear(args.county, args.year);
if (output === undefined) {
  process.exitCode = 1;
} else {
  const entries = figureCatalogue(output.result, output.standards, { schools: argv.includes('--schools') });
  const title = `${output.result.countyName} ${output.year} 年：可引用的数字（${entries.length} 个，正文写作 <Figure k="写法" />）`;
  if (argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
  } else if (argv.includes('--markdown')) {
    process.stdout.write(catalogueMarkdown(title, entries));
  } else {
    process.stdout.write(catalogueText(title, entries));
  }
}
