/**
 * `npm run new -- <county> <year>`: scaffolds a county's data file and narrative for a new year
 * from its latest earlier year, marking what is left to fill in (src/cli/new-command.ts).
 * Never overwrites.
 */
import { projectRoot } from '../load/project-root.ts';
import { newCommand } from './new-command.ts';

const today = new Date().toISOString().slice(0, 10);
const outcome = await newCommand(process.argv.slice(2), projectRoot(), today);
process.stdout.write(outcome.stdout);
process.stderr.write(outcome.stderr);
process.exitCode = outcome.code;
