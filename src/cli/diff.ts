/**
 * `npm run diff -- <git-ref> [--to <ref>] [--json | --format json|markdown] [--out <file>]`:
 * what the working tree (or the commit `--to`) changes in the published figures against
 * `<git-ref>`, as Markdown for a merge-request comment or as JSON. The older side is read from
 * git without a checkout. Exit 1 when the newer side has a data error (its build would stop),
 * 2 on a usage or git problem, 0 otherwise.
 */

import { projectRoot } from '../load/project-root.ts';
import { diffCommand } from './diff-command.ts';

// npm runs scripts from the package folder; INIT_CWD is where the user typed the command.
const outcome = await diffCommand(
  process.argv.slice(2),
  projectRoot(),
  process.env.INIT_CWD ?? process.cwd(),
);
process.stdout.write(outcome.stdout);
process.stderr.write(outcome.stderr);
process.exitCode = outcome.code;
