/**
 * Finds LibreOffice (Debian's libreoffice-writer), which the edition tests use to open each Word
 * document and convert it to PDF, installing it from Debian's packages when this process may
 * (root with apt-get), as scripts/ensure-chromium.ts does for the browser. Never skips: without
 * it, it stops with the one command to run.
 *
 * Used by the edition tests and runnable alone: `node scripts/ensure-libreoffice.ts`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Where Debian puts it, after `SOFFICE_PATH`. */
export const sofficeCandidates = [
  '/usr/bin/soffice',
  '/usr/bin/libreoffice',
  '/usr/lib/libreoffice/program/soffice',
];

/** What is installed: Writer with its headless conversion, a CJK font, and poppler's pdfinfo and pdftoppm. */
const packages = ['libreoffice-writer-nogui', 'fonts-noto-cjk', 'poppler-utils'] as const;

export interface LibreOfficeSetup {
  /** Absolute path of `soffice`. */
  executablePath: string;
  version: string;
  /** Debian packages this call installed (empty when all was there). */
  installed: string[];
}

export function installCommand(): string {
  return `sudo apt-get update && sudo apt-get install -y --no-install-recommends ${packages.join(' ')}`;
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
    if (dir !== '' && isExecutable(join(dir, command))) return join(dir, command);
  }
  return undefined;
}

export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const chosen = env.SOFFICE_PATH;
  if (chosen !== undefined && chosen !== '') {
    if (!isExecutable(chosen)) throw new Error(`SOFFICE_PATH is ${chosen}, which is not an executable file.`);
    return chosen;
  }
  return sofficeCandidates.find(isExecutable) ?? onPath('soffice', env);
}

function canInstall(env: NodeJS.ProcessEnv): boolean {
  return process.getuid?.() === 0 && onPath('apt-get', env) !== undefined;
}

function aptGet(args: string[], env: NodeJS.ProcessEnv, log: (line: string) => void): void {
  log(`ensure-libreoffice: apt-get ${args.join(' ')}`);
  const result = spawnSync('apt-get', ['-o', 'DPkg::Lock::Timeout=600', ...args], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error !== undefined || result.status !== 0) {
    const why = result.error?.message ?? `exit code ${result.status ?? result.signal}`;
    throw new Error(`apt-get ${args.join(' ')} failed (${why}). Run by hand:\n  ${installCommand()}`);
  }
}

/** Makes sure LibreOffice is there, installing it when it may; throws naming the command otherwise. */
export function ensureLibreOffice(
  options: { log?: (line: string) => void; env?: NodeJS.ProcessEnv; install?: boolean } = {},
): LibreOfficeSetup {
  const log = options.log ?? ((line: string) => console.log(line));
  const env = options.env ?? process.env;
  let executablePath = findSoffice(env);
  const installed: string[] = [];
  const poppler = onPath('pdftoppm', env) !== undefined && onPath('pdfinfo', env) !== undefined;
  if (executablePath === undefined || !poppler) {
    if (!(options.install ?? canInstall(env))) {
      throw new Error(
        `The edition tests need LibreOffice (soffice) and poppler (pdfinfo, pdftoppm); found ${executablePath ?? 'no soffice'} ` +
          `(looked at SOFFICE_PATH, ${sofficeCandidates.join(', ')}, PATH), ${poppler ? 'poppler' : 'no poppler'}. ` +
          `This process cannot install it (it needs root and apt-get). Run:\n  ${installCommand()}`,
      );
    }
    aptGet(['update'], env, log);
    aptGet(['install', '-y', '--no-install-recommends', ...packages], env, log);
    installed.push(...packages);
    executablePath = findSoffice(env);
    if (executablePath === undefined)
      throw new Error('apt-get installed LibreOffice but no soffice is on the PATH.');
  }
  let version: string;
  try {
    version = execFileSync(executablePath, ['--version'], { encoding: 'utf8', timeout: 120_000 }).trim();
  } catch (error) {
    version = `(no version: ${(error as Error).message.split('\n')[0]})`;
  }
  log(`ensure-libreoffice: using ${executablePath} (${version})`);
  return { executablePath, version, installed };
}

if (import.meta.main) {
  try {
    ensureLibreOffice();
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
