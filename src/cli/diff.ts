/**
 * `npm run diff -- <git-ref> [--to <ref>] [--json | --format json|markdown] [--out <file>]`:
 * what the working tree (or the commit `--to`) changes in the published figures against
 * `<git-ref>`, as Markdown for a merge-request comment or as JSON. The older side is read from
 * git without a checkout. Exit 1 when the newer side has a data error (its build would stop),
 * 2 on a usage or git problem, 0 otherwise.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { diffRuns } from '../diff/diff-runs.ts';
import { renderMarkdown } from '../diff/markdown.ts';
import { GitReadError, type ProjectSnapshot, readGitSnapshot } from '../load/read-git.ts';
import { readNarrativeFiles } from '../load/read-narratives.ts';
import { readProjectFiles } from '../load/read-project.ts';
import { runProject } from '../pipeline.ts';
import { projectRoot } from './root.ts';

const usage = [
  '用法：npm run diff -- <提交> [--to <提交>] [--json | --format json|markdown] [--out <文件>]',
  '例如：npm run diff -- HEAD~1（工作区与上一次提交比较）、npm run diff -- main --to HEAD --json',
].join('\n');

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

let parsed: ReturnType<typeof parseOptions>;
function parseOptions() {
  return parseArgs({
    allowPositionals: true,
    options: {
      to: { type: 'string' },
      json: { type: 'boolean', default: false },
      format: { type: 'string' },
      out: { type: 'string' },
    },
  });
}
try {
  parsed = parseOptions();
} catch (error) {
  fail(`${(error as Error).message}\n${usage}`);
}
const { positionals, values: options } = parsed;
const [ref, ...extra] = positionals;
if (ref === undefined || extra.length > 0) fail(usage);
const format = options.format ?? (options.json ? 'json' : 'markdown');
if (format !== 'json' && format !== 'markdown')
  fail(`--format 应为 json 或 markdown，实际为「${format}」。\n${usage}`);

const root = projectRoot();
let before: ProjectSnapshot;
let after: ProjectSnapshot;
try {
  before = await readGitSnapshot(root, ref);
  after =
    options.to === undefined
      ? { files: await readProjectFiles(root), narratives: await readNarrativeFiles(root) }
      : await readGitSnapshot(root, options.to);
} catch (error) {
  if (error instanceof GitReadError) fail(error.message);
  throw error;
}

const diff = diffRuns(runProject(before.files), runProject(after.files), before.narratives, after.narratives);
const sides = { from: ref, to: options.to ?? '工作区' };
const text =
  format === 'json' ? `${JSON.stringify({ ...sides, ...diff }, null, 2)}\n` : renderMarkdown(diff, sides);
if (options.out === undefined) {
  process.stdout.write(text);
} else {
  // npm runs scripts from the package folder; a relative path means the folder the user typed it in.
  const out = resolve(process.env.INIT_CWD ?? process.cwd(), options.out);
  await writeFile(out, text);
  console.error(`已写入 ${out}`);
}
process.exitCode = diff.problems.newSideHasErrors ? 1 : 0;
