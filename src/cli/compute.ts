/**
 * `npm run --silent compute -- <county> <year>`: prints the county-year's result as one JSON
 * document on stdout (schemas/result.schema.json); problems go to stderr.
 */

import { projectRoot } from '../load/project-root.ts';
import { readProjectFiles } from '../load/read-project.ts';
import { runProject } from '../pipeline.ts';
import { formatProblem } from '../problems/problem.ts';
import { nearest } from '../text/nearest.ts';

const [countyId, yearText] = process.argv.slice(2);
if (countyId === undefined || yearText === undefined || !/^\d{4}$/.test(yearText)) {
  console.error(
    '用法：npm run --silent compute -- <县标识> <年份>，例如 npm run --silent compute -- tongdao 2019',
  );
  process.exit(2);
}
const year = Number(yearText);
const { dataset, problems, outputs } = runProject(await readProjectFiles(projectRoot()));
const record = dataset.counties.get(countyId);
const output = outputs.find((item) => item.county === countyId && item.year === year);
const own = problems.filter(
  (problem) =>
    problem.file.startsWith(`data/counties/${countyId}/`) || problem.file.startsWith('data/standards/'),
);
for (const problem of own) console.error(formatProblem(problem));
if (output !== undefined) {
  process.stdout.write(`${JSON.stringify(output.result, null, 2)}\n`);
} else {
  const name = record?.county.data.name ?? countyId;
  if (own.some((problem) => problem.severity === 'error')) {
    console.error(
      `${name} ${year} 年的数据有错误，未测算。请按上面的提示改正（npm run check 列出全部问题）。`,
    );
  } else if (record === undefined) {
    const names = nearest(
      countyId,
      dataset.counties.keys(),
      3,
      Math.max(2, Math.floor(countyId.length / 3)),
    ).join('、');
    console.error(
      `没有县标识为「${countyId}」的数据（data/counties/${countyId}/county.yaml）。${names ? `是否要找：${names}？` : ''}`,
    );
  } else {
    const years = [...record.years.keys()].sort().join('、');
    console.error(`${name}没有 ${year} 年的数据文件。现有年份：${years || '无'}。`);
  }
  process.exitCode = 1;
}
