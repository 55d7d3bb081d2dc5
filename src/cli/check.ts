/** `npm run check`: validates every data file and lists all problems at once; exit 1 on any error. */
import { readProjectFiles } from '../load/read-project.ts';
import { hasErrors, runProject } from '../pipeline.ts';
import { problemReport } from './report-problems.ts';
import { projectRoot } from './root.ts';

const files = await readProjectFiles(projectRoot());
const { problems, outputs } = runProject(files);
console.log(problemReport(problems));
if (!hasErrors(problems)) console.log(`已测算 ${outputs.length} 个县（市、区）年度。`);
process.exitCode = hasErrors(problems) ? 1 : 0;
