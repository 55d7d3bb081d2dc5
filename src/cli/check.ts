/** `npm run check`: validates every data file and lists all problems at once; exit 1 on any error. */

import { projectRoot } from '../load/project-root.ts';
import { readNarratives } from '../load/read-narratives.ts';
import { readProjectFiles, readSiteConfigFile } from '../load/read-project.ts';
import { checkNarratives, strayNarrativeProblems } from '../narrative/check-all.ts';
import { hasErrors, runProject } from '../pipeline.ts';
import { sortProblems } from '../problems/problem.ts';
import { problemReport } from '../problems/report.ts';
import { checkSiteConfig } from '../validate/site-config.ts';

const root = projectRoot();
const run = runProject(await readProjectFiles(root));
const { narratives, strays } = await readNarratives(root);
const problems = sortProblems([
  ...run.problems,
  ...checkNarratives(run, narratives),
  ...strayNarrativeProblems(strays),
  ...checkSiteConfig(readSiteConfigFile(root)),
]);
const { outputs } = run;
console.log(problemReport(problems));
if (!hasErrors(problems)) console.log(`已测算 ${outputs.length} 个县（市、区）年度。`);
process.exitCode = hasErrors(problems) ? 1 : 0;
