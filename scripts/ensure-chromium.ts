/**
 * Finds the Chromium the site tests drive, and a font that draws Chinese, installing both from
 * Debian's packages when this process may (root with apt-get). Never skips: without a browser it
 * stops with the one command to run.
 *
 * Used by the site tests' global setup and runnable alone: `node scripts/ensure-chromium.ts`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Where Debian and the common packagings put the browser, after `CHROMIUM_PATH`. */
export const chromiumCandidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** Font files that prove a CJK font is there when fontconfig cannot be asked. */
const cjkFontFiles = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
];

const packages = { browser: 'chromium', font: 'fonts-noto-cjk' } as const;

export interface EnsureChromiumOptions {
  /** Where lines about what was found or done go; `console.log` by default. */
  log?: (line: string) => void;
  env?: NodeJS.ProcessEnv;
  /** Paths tried after `CHROMIUM_PATH`; `chromiumCandidates` by default. */
  candidates?: readonly string[];
  /** Whether to install what is missing; by default when running as root with apt-get on the PATH. */
  install?: boolean;
}

export interface ChromiumSetup {
  /** Absolute path of the browser executable. */
  executablePath: string;
  /** What the browser prints for `--version`, or why it printed nothing. */
  version: string;
  /** Debian packages this call installed (empty when all was there). */
  installed: string[];
}

/** The command a person runs when this process may not install. */
export function installCommand(names: readonly string[] = [packages.browser, packages.font]): string {
  return `sudo apt-get update && sudo apt-get install -y --no-install-recommends ${names.join(' ')}`;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(command: string, env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, command);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

/** The browser to use, or undefined. A `CHROMIUM_PATH` that is set must be right: it is not passed over. */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  candidates: readonly string[] = chromiumCandidates,
): string | undefined {
  const chosen = env.CHROMIUM_PATH;
  if (chosen !== undefined && chosen !== '') {
    if (!isExecutable(chosen)) {
      throw new Error(`CHROMIUM_PATH is ${chosen}, which is not an executable file.`);
    }
    return chosen;
  }
  return candidates.find(isExecutable);
}

/** Whether a font that covers Chinese is installed: fontconfig first, the Noto files otherwise. */
export function hasCjkFont(env: NodeJS.ProcessEnv = process.env): boolean {
  if (onPath('fc-list', env) !== undefined) {
    const listed = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8', env });
    if (listed.status === 0 && listed.stdout.trim() !== '') return true;
  }
  return cjkFontFiles.some((file) => existsSync(file));
}

function canInstall(env: NodeJS.ProcessEnv): boolean {
  return process.getuid?.() === 0 && onPath('apt-get', env) !== undefined;
}

function aptGet(args: string[], env: NodeJS.ProcessEnv, log: (line: string) => void): void {
  log(`ensure-chromium: apt-get ${args.join(' ')}`);
  // Another apt-get (an unattended upgrade, a colleague's install) holds the lock for a while: wait.
  const result = spawnSync('apt-get', ['-o', 'DPkg::Lock::Timeout=600', ...args], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error !== undefined || result.status !== 0) {
    const why = result.error?.message ?? `exit code ${result.status ?? result.signal}`;
    throw new Error(`apt-get ${args.join(' ')} failed (${why}). Run by hand:\n  ${installCommand()}`);
  }
}

function browserVersion(executablePath: string): string {
  try {
    return execFileSync(executablePath, ['--version'], { encoding: 'utf8', timeout: 30_000 }).trim();
  } catch (error) {
    return `(no version: ${(error as Error).message.split('\n')[0]})`;
  }
}

/**
 * Makes sure a Chromium and a CJK font are there, installing the missing ones when it may.
 * Throws, naming the command to run, when something is missing and cannot be installed here.
 */
export function ensureChromium(options: EnsureChromiumOptions = {}): ChromiumSetup {
  const log = options.log ?? ((line: string) => console.log(line));
  const env = options.env ?? process.env;
  const candidates = options.candidates ?? chromiumCandidates;

  let executablePath = findChromium(env, candidates);
  const missing: string[] = [];
  if (executablePath === undefined) missing.push(packages.browser);
  if (!hasCjkFont(env)) missing.push(packages.font);

  if (missing.length > 0) {
    const what = missing
      .map((name) => (name === packages.browser ? 'no Chromium' : 'no CJK font'))
      .join(', ');
    if (!(options.install ?? canInstall(env))) {
      const looked = ['CHROMIUM_PATH', ...candidates].join(', ');
      throw new Error(
        `The site tests need Chromium and a Chinese font: found ${what} (looked at ${looked}; ` +
          'fonts via fc-list :lang=zh). This process cannot install them (it needs root and apt-get). ' +
          `Run:\n  ${installCommand(missing)}` +
          (executablePath === undefined ? '\nor set CHROMIUM_PATH to a Chromium executable.' : ''),
      );
    }
    log(`ensure-chromium: ${what}; installing ${missing.join(' ')} from Debian's packages`);
    aptGet(['update'], env, log);
    aptGet(['install', '-y', '--no-install-recommends', ...missing], env, log);
    executablePath ??= findChromium(env, candidates);
    if (!hasCjkFont(env)) {
      throw new Error(`apt-get installed ${packages.font} but fc-list :lang=zh still lists no font.`);
    }
  }
  if (executablePath === undefined) {
    throw new Error(`apt-get installed ${packages.browser} but no browser is at ${candidates.join(', ')}.`);
  }

  const version = browserVersion(executablePath);
  log(
    `ensure-chromium: using ${executablePath} (${version}); CJK font present` +
      (missing.length > 0 ? `; installed ${missing.join(', ')}` : '; nothing installed'),
  );
  return { executablePath, version, installed: missing };
}

if (import.meta.main) {
  try {
    ensureChromium();
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
