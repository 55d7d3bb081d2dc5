/**
 * `npm run --silent compute -- <county> <year>`: prints the county-year's result as one JSON
 * document on stdout (schemas/result.schema.json); problems go to stderr.
 */
import { countyYearArguments, loadCountyYear } from './county-year.ts';

const args = countyYearArguments(
  process.argv.slice(2),
  '用法：npm run --silent compute -- <县标识> <年份>，例如 npm run --silent compute -- tongdao 2019',
);
if (args === undefined) process.exit(2);
const output = await loadCountyYear(args.county, args.year);
if (output === undefined) process.exitCode = 1;
else process.stdout.write(`${JSON.stringify(output.result, null, 2)}\n`);
