/**
 * The diff command as a function of its arguments: reads both sides (git and the working
 * tree), compares, formats. `src/cli/diff.ts` prints what it returns; tests call it directly.
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

export interface CommandOutcome {
  /** 0, 1 when the newer side has a data error, 2 on a usage or git problem. */
  code: number;
  stdout: string;
  stderr: string;
}

const usage = [
  '用法：npm run diff -- <提交> [--to <提交>] [--json | --format json|markdown] [--out <文件>]',
  '例如：npm run diff -- HEAD~1（工作区与上一次提交比较）、npm run diff -- main --to HEAD --json',
].join('\n');

/**
 * @param root the project root (JUNHENG_ROOT)
 * @param cwd where the user typed the command: `--out` is relative to it
 */
export async function diffCommand(
  args: readonly string[],
  root: string,
  cwd: string,
): Promise<CommandOutcome> {
  const failure = (message: string): CommandOutcome => ({ code: 2, stdout: '', stderr: `${message}\n` });
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(args);
  } catch (error) {
    return failure(`${(error as Error).message}\n${usage}`);
  }
  const { positionals, values: options } = parsed;
  const [ref, ...extra] = positionals;
  if (ref === undefined || extra.length > 0) return failure(usage);
  const format = options.format ?? (options.json ? 'json' : 'markdown');
  if (format !== 'json' && format !== 'markdown') {
    return failure(`--format 应为 json 或 markdown，实际为「${format}」。\n${usage}`);
  }

  let before: ProjectSnapshot;
  let after: ProjectSnapshot;
  try {
    before = await readGitSnapshot(root, ref);
    after =
      options.to === undefined
        ? { files: await readProjectFiles(root), narratives: await readNarrativeFiles(root) }
        : await readGitSnapshot(root, options.to);
  } catch (error) {
    if (error instanceof GitReadError) return failure(error.message);
    throw error;
  }

  const diff = diffRuns(
    runProject(before.files),
    runProject(after.files),
    before.narratives,
    after.narratives,
  );
  const sides = { from: ref, to: options.to ?? '工作区' };
  const text =
    format === 'json' ? `${JSON.stringify({ ...sides, ...diff }, null, 2)}\n` : renderMarkdown(diff, sides);
  const code = diff.problems.newSideHasErrors ? 1 : 0;
  if (options.out === undefined) return { code, stdout: text, stderr: '' };
  const out = resolve(cwd, options.out);
  await writeFile(out, text);
  return { code, stdout: '', stderr: `已写入 ${out}\n` };
}

function parseOptions(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      to: { type: 'string' },
      json: { type: 'boolean', default: false },
      format: { type: 'string' },
      out: { type: 'string' },
    },
  });
}
