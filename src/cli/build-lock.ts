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

/**
 * Who holds a lock: the process id and, where the system tells it (Linux /proc), when that
 * process started, so a pid reused by an unrelated process is not taken for the holder.
 */
interface Holder {
  pid: number;
  started?: string;
}

/** The start time of a process as the kernel counts it (field 22 of /proc/<pid>/stat). */
function startTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count from the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the lock's holder is still the process that took it. */
export function holdsLock(holder: Holder): boolean {
  if (!alive(holder.pid)) return false;
  if (holder.started === undefined) return true;
  const now = startTime(holder.pid);
  return now === undefined || now === holder.started;
}

function readHolder(lock: string): Holder | undefined {
  try {
    const text = readFileSync(join(lock, 'pid'), 'utf8');
    const [pid, started] = text.trim().split(' ');
    const number = Number(pid);
    if (!Number.isInteger(number) || number <= 0) return undefined;
    return started === undefined ? { pid: number } : { pid: number, started };
  } catch {
    return undefined;
  }
}

/** How long a lock folder may stay without a readable holder before it counts as abandoned. */
const UNREADABLE_GRACE_MS = 2000;

/** Takes the lock, waiting while another live process holds it; returns its release. */
export async function acquireLock(lock: string): Promise<() => void> {
  mkdirSync(join(lock, '..'), { recursive: true });
  let announced = false;
  let unreadableSince: number | undefined;
  for (;;) {
    try {
      mkdirSync(lock);
      const started = startTime(process.pid);
      writeFileSync(
        join(lock, 'pid'),
        started === undefined ? String(process.pid) : `${process.pid} ${started}`,
      );
      break;
    } catch {
      const holder = readHolder(lock);
      if (holder === undefined) {
        // Being written right now, or left empty by a build that died while writing it.
        unreadableSince ??= Date.now();
        if (Date.now() - unreadableSince > UNREADABLE_GRACE_MS) {
          rmSync(lock, { recursive: true, force: true });
          unreadableSince = undefined;
          continue;
        }
      } else {
        unreadableSince = undefined;
        if (!holdsLock(holder)) {
          rmSync(lock, { recursive: true, force: true });
          continue;
        }
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
