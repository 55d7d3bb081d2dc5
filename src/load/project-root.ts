/** The project whose data/ the commands read: JUNHENG_ROOT, or the current directory. */
import { join, resolve } from 'node:path';

export function projectRoot(): string {
  return resolve(process.env.JUNHENG_ROOT ?? process.cwd());
}

/**
 * Where builds keep what later builds reuse (src/incremental/): JUNHENG_CACHE, or
 * .junheng-cache/ in the project. CI can carry this folder from run to run.
 */
export function cacheRoot(): string {
  return resolve(process.env.JUNHENG_CACHE ?? join(projectRoot(), '.junheng-cache'));
}
