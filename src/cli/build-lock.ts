/**
 * One site build at a time per checkout: Astro keeps its working state in the code's folder,
 * so two builds at once (two terminals, parallel tests) would mix it. A build waits for the
 * lock; a lock left by a process that no longer exists is taken over.
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

export async function withBuildLock<T>(codeRoot: string, work: () => Promise<T>): Promise<T> {
  const lock = join(codeRoot, 'node_modules', '.cache', 'junheng', 'build.lock');
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
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
