/** Builds take turns, and a lock left by a dead, unrelated or unfinished holder never blocks them. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { acquireLock, holdsLock } from '../../src/cli/build-lock.ts';

const dir = mkdtempSync(join(tmpdir(), 'junheng-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function leftBehind(name: string, pidText: string): string {
  const lock = join(dir, name);
  mkdirSync(lock, { recursive: true });
  writeFileSync(join(lock, 'pid'), pidText);
  return lock;
}

test('a lock naming a live process that started at another time is taken over', async () => {
  // This test's own pid is alive, but with a start time that is not its own.
  const lock = leftBehind('reused', `${process.pid} 1`);
  const release = await acquireLock(lock);
  release();
});

test('an empty pid file is taken over after a short grace', async () => {
  const started = Date.now();
  const release = await acquireLock(leftBehind('empty', ''));
  release();
  expect(Date.now() - started).toBeLessThan(10_000);
});

test('a lock whose process is gone is taken over; one held by this very process is not stale', async () => {
  const release = await acquireLock(leftBehind('dead', '2147483646'));
  release();
  expect(holdsLock({ pid: process.pid })).toBe(true);
  expect(holdsLock({ pid: 2147483646 })).toBe(false);
});

test('a live holder makes the next build wait until it releases', async () => {
  const lock = join(dir, 'live');
  const first = await acquireLock(lock);
  let taken = false;
  const second = acquireLock(lock).then((release) => {
    taken = true;
    return release;
  });
  await new Promise((resolve) => setTimeout(resolve, 600));
  expect(taken).toBe(false);
  first();
  (await second)();
  expect(taken).toBe(true);
});
