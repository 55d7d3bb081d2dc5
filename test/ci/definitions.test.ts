/**
 * The CI definitions a county copies: they parse, every command they call exists, and they do
 * what the README promises (check, test, build, diff on merge requests, publish on the default
 * branch). scripts/ci.sh itself runs end to end in .ci/run on a clean clone.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { root } from '../helpers/fixtures.ts';

const read = (file: string) => readFileSync(join(root, file), 'utf8');
const scripts = Object.keys(
  (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts,
);

/** Every `npm run <name>` and `npm <builtin>` a shell text calls (not in comments or step titles). */
function npmCalls(text: string): string[] {
  const commands = text
    .split('\n')
    .filter((line) => !/^\s*(#|step )/.test(line))
    .join('\n');
  const calls = [...commands.matchAll(/\bnpm (?:run (?:--silent )?([\w:-]+)|(ci|test)\b)/g)];
  return calls.map((match) => match[1] ?? match[2] ?? '');
}

/** The shell lines of a GitHub workflow or a GitLab CI file. */
function shellOf(definition: unknown): string {
  const lines: string[] = [];
  const walk = (node: unknown, key = '') => {
    if (typeof node === 'string' && ['run', 'script', 'before_script', 'after_script'].includes(key))
      lines.push(node);
    else if (Array.isArray(node)) for (const item of node) walk(item, key);
    else if (node !== null && typeof node === 'object') {
      for (const [name, value] of Object.entries(node)) walk(value, name);
    }
  };
  walk(definition);
  return lines.join('\n');
}

describe('scripts/ci.sh', () => {
  const text = read('scripts/ci.sh');

  test('is valid shell', () => {
    expect(() => execFileSync('bash', ['-n', join(root, 'scripts/ci.sh')])).not.toThrow();
  });

  test('installs, checks, tests, builds and diffs, in that order, with commands package.json has', () => {
    const calls = npmCalls(text);
    expect(calls.filter((call) => ['ci', 'check', 'test', 'build'].includes(call))).toEqual([
      'ci',
      'check',
      'test',
      'build',
    ]);
    expect(calls).toContain('diff');
    // The editions are printed from the built site: after the build.
    expect(calls.indexOf('editions')).toBeGreaterThan(calls.indexOf('build'));
    for (const call of calls.filter((name) => !['ci', 'test'].includes(name)))
      expect(scripts).toContain(call);
  });
});

describe('.github/workflows/site.yml', () => {
  const workflow = parse(read('.github/workflows/site.yml')) as {
    on: Record<string, unknown>;
    jobs: Record<string, { steps: { uses?: string; run?: string; env?: Record<string, string> }[] }>;
  };

  test('runs on pushes and pull requests, through scripts/ci.sh', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    const shell = shellOf(workflow);
    expect(shell).toContain('scripts/ci.sh');
    for (const call of npmCalls(shell)) expect(scripts).toContain(call);
  });

  test('caches npm and the build cache, comments the diff, publishes to Pages', () => {
    const steps = workflow.jobs.build?.steps ?? [];
    expect(
      steps.some(
        (step) => step.uses?.startsWith('actions/cache') && JSON.stringify(step).includes('.junheng-cache'),
      ),
    ).toBe(true);
    expect(
      steps.some((step) => step.run?.includes('gh pr comment') && step.run.includes('figure-diff.md')),
    ).toBe(true);
    expect(steps.some((step) => step.env?.JUNHENG_DIFF_BASE?.includes('github.base_ref'))).toBe(true);
    expect(workflow.jobs.deploy?.steps.some((step) => step.uses?.startsWith('actions/deploy-pages'))).toBe(
      true,
    );
  });
});

describe('.gitlab-ci.yml', () => {
  const pipeline = parse(read('.gitlab-ci.yml')) as Record<
    string,
    {
      script?: string[];
      artifacts?: { paths: string[] };
      cache?: { paths: string[] };
      rules?: { if: string }[];
    }
  >;

  test('builds through scripts/ci.sh with the caches, and keeps dist/ and the diff', () => {
    const site = pipeline.site;
    expect(shellOf(site)).toContain('scripts/ci.sh');
    expect(site?.cache?.paths).toEqual(expect.arrayContaining(['.npm/', '.junheng-cache/']));
    expect(site?.artifacts?.paths).toEqual(expect.arrayContaining(['dist/', 'figure-diff.md']));
    for (const call of npmCalls(shellOf(pipeline))) expect(scripts).toContain(call);
  });

  test('publishes public/ with GitLab Pages on the default branch only', () => {
    expect(pipeline.pages?.artifacts?.paths).toEqual(['public']);
    expect(pipeline.pages?.rules?.[0]?.if).toBe('$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH');
  });
});

test('.ci/run runs the README’s test command and the county CI script', () => {
  const run = read('.ci/run');
  expect(read('README.md')).toContain('npm test');
  expect(run).toContain('scripts/ci.sh');
});
