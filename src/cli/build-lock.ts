/**
 * One build at a time where two would collide, waiting for each other:
 * - per checkout of the code: Astro keeps its working state in the code's folder, so two builds
 *   at once (two terminals, parallel tests) would mix it;
 * - per project: builds share the project's cache folder (its snapshot of the last dist/).
 * A lock is a folder holding its owner's pid; one left by a process that no longer exists is
 * taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Takes the lock, waiting while another live process holds it; returns its release. */
export async function acquireLock(lock: string): Promise<() => void> {
  mkdirSync(join(lock, '..'), { recursive: true });
  let announced = false;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch {
      let holder = Number.NaN;
      try {
        holder = Number(readFileSync(join(lock, 'pid'), 'utf8'));
      } catch {
        // Being written right now: wait a moment.
      }
      if (Number.isInteger(holder) && !alive(holder)) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (!announced) {
        console.error('另一个构建正在进行，等待它完成……');
        announced = true;
      }
      await sleep(200);
    }
  }
  const release = () => rmSync(lock, { recursive: true, force: true });
  // An exit on a data error still leaves no lock behind.
  process.once('exit', release);
  return () => {
    process.removeListener('exit', release);
    release();
  };
}

/** Astro's turn in the code's folder. */
export async function withBuildLock<T>(codeRoot: string, work: () => Promise<T>): Promise<T> {
  const release = await acquireLock(join(codeRoot, 'node_modules', '.cache', 'junheng', 'build.lock'));
  try {
    return await work();
  } finally {
    release();
  }
}
