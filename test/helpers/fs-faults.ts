/**
 * Loaded with `node --import` into a command under test: makes the file system fail the way a
 * full disk or a read-only folder does, without needing either (tests run as root, where a
 * read-only folder is writable anyway).
 *
 * JUNHENG_TEST_FAULT=<code>:<after>:<path> — every write (file write, copy, link, rename, folder
 * creation, write stream) whose target lies under <path> fails with <code> (ENOSPC, EROFS,
 * EACCES…) once <after> such writes have succeeded; a <path> ending in `*` takes every path that
 * begins with the rest (`/p/dist*`: dist/ and the folders set beside it). Worker threads inherit the preload and count
 * their own writes. With the code COUNT nothing fails: the main thread prints how many writes
 * there were (`junheng-test-writes: N` on stderr) as it exits, for a test to choose <after>.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { resolve, sep } from 'node:path';
import { isMainThread } from 'node:worker_threads';

const spec = process.env.JUNHENG_TEST_FAULT ?? '';
const [code = '', afterText = '0', ...pathParts] = spec.split(':');
const wanted = pathParts.join(':');
const prefix = wanted.endsWith('*');
const under = resolve(prefix ? wanted.slice(0, -1) : wanted);
let allowed = Number(afterText);

const messages: Record<string, string> = {
  ENOSPC: 'no space left on device',
  EROFS: 'read-only file system',
  EACCES: 'permission denied',
};

const writeFlags = /[wax+]/;

function writes(name: string, args: unknown[]): boolean {
  if (!name.startsWith('open')) return true;
  const flags = args[1];
  if (typeof flags === 'number') return (flags & (fs.constants.O_WRONLY | fs.constants.O_RDWR)) !== 0;
  return typeof flags === 'string' && writeFlags.test(flags);
}

let counted = 0;

function hits(target: unknown): boolean {
  if (typeof target !== 'string' && !(target instanceof URL)) return false;
  const path = resolve(target instanceof URL ? target.pathname : target);
  if (prefix ? !path.startsWith(under) : path !== under && !path.startsWith(under + sep)) return false;
  counted += 1;
  if (code === 'COUNT') return false;
  if (allowed > 0) {
    allowed -= 1;
    return false;
  }
  return true;
}

function fault(syscall: string, path: unknown): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(
    `${code}: ${messages[code] ?? 'failed'}, ${syscall} '${String(path)}'`,
  );
  error.code = code;
  error.syscall = syscall;
  error.path = String(path);
  return error;
}

type AnyFunction = (...args: unknown[]) => unknown;

/** Wraps `name` of `target` so that a call whose argument `at` hits the fault fails. */
function wrap(
  target: Record<string, unknown>,
  name: string,
  at: number,
  kind: 'sync' | 'promise' | 'callback',
) {
  const original = target[name] as AnyFunction | undefined;
  if (typeof original !== 'function') return;
  target[name] = function (this: unknown, ...args: unknown[]) {
    if (writes(name, args) && hits(args[at])) {
      const error = fault(name, args[at]);
      console.error('FAULT', name, String(args[at]), new Error().stack?.split('\n').slice(2, 7).join(' | '));
      if (kind === 'sync') throw error;
      if (kind === 'promise') return Promise.reject(error);
      const callback = args.at(-1);
      if (typeof callback === 'function') {
        process.nextTick(() => (callback as AnyFunction)(error));
        return undefined;
      }
      throw error;
    }
    return original.apply(this, args);
  };
}

if (code !== '') {
  const sync = fs as unknown as Record<string, unknown>;
  const promises = fs.promises as unknown as Record<string, unknown>;
  const writers: [string, number][] = [
    ['writeFile', 0],
    ['appendFile', 0],
    ['copyFile', 1],
    ['cp', 1],
    ['link', 1],
    ['symlink', 1],
    ['rename', 1],
    ['mkdir', 0],
    ['open', 0],
  ];
  for (const [name, at] of writers) {
    wrap(sync, `${name}Sync`, at, 'sync');
    wrap(sync, name, at, 'callback');
    wrap(promises, name, at, 'promise');
  }
  wrap(sync, 'createWriteStream', 0, 'sync');
  syncBuiltinESMExports();
  if (code === 'COUNT' && isMainThread)
    process.on('exit', () => process.stderr.write(`junheng-test-writes: ${counted}\n`));
}
