/**
 * The county-year a command names (`<county> <year>`): run the project, print that county's
 * problems to stderr, and return its output, or explain in Chinese why there is none.
 */

import { projectRoot } from '../load/project-root.ts';
import { readProjectFiles } from '../load/read-project.ts';
import { type CountyYearOutput, runProject } from '../pipeline.ts';
import { formatProblem } from '../problems/problem.ts';
import { nearest } from '../text/nearest.ts';

/** `<县标识> <年份>` from argv, or undefined after printing the usage line. */
export function countyYearArguments(
  args: readonly string[],
  usage: string,
): { county: string; year: number } | undefined {
  const [county, yearText] = args.filter((arg) => !arg.startsWith('--'));
  if (county === undefined || yearText === undefined || !/^\d{4}$/.test(yearText)) {
    console.error(usage);
    return undefined;
  }
  return { county, year: Number(yearText) };
}

/** The county-year's output; undefined (after saying why on stderr) when it has none. */
export async function loadCountyYear(county: string, year: number): Promise<CountyYearOutput | undefined> {
  const { dataset, problems, outputs } = runProject(await readProjectFiles(projectRoot()));
  const record = dataset.counties.get(county);
  const output = outputs.find((item) => item.county === county && item.year === year);
  const own = problems.filter(
    (problem) =>
      problem.file.startsWith(`data/counties/${county}/`) || problem.file.startsWith('data/standards/'),
  );
  for (const problem of own) console.error(formatProblem(problem));
  if (output !== undefined) return output;
  const name = record?.county.data.name ?? county;
  if (own.some((problem) => problem.severity === 'error')) {
    console.error(
      `${name} ${year} 年的数据有错误，未测算。请按上面的提示改正（npm run check 列出全部问题）。`,
    );
  } else if (record === undefined) {
    const names = nearest(
      county,
      dataset.counties.keys(),
      3,
      Math.max(2, Math.floor(county.length / 3)),
    ).join('、');
    console.error(
      `没有县标识为「${county}」的数据（data/counties/${county}/county.yaml）。${names ? `是否要找：${names}？` : ''}`,
    );
  } else {
    const years = [...record.years.keys()].sort().join('、');
    console.error(`${name}没有 ${year} 年的数据文件。现有年份：${years || '无'}。`);
  }
  return undefined;
}
