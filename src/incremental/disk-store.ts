/**
 * The cache store on disk: `<dir>/<kind>/<key>.json`, written atomically (a whole file or
 * none). After a build, `prune` removes the entries that build did not use, so a cache that CI
 * carries from run to run holds one build's worth and does not grow.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CacheStore, type StoredEntry, unwrapEntry } from './cache-store.ts';

export interface DiskStore extends CacheStore {
  /** Removes every entry of the given kinds this build neither read nor wrote. */
  prune(kinds: readonly string[]): void;
}

export function openDiskStore(dir: string): DiskStore {
  const used = new Set<string>();
  const pathOf = (kind: string, key: string) => join(dir, kind, `${key}.json`);
  return {
    read<T>(kind: string, key: string): T | undefined {
      let text: string;
      try {
        text = readFileSync(pathOf(kind, key), 'utf8');
      } catch {
        return undefined;
      }
      const value = unwrapEntry<T>(key, text);
      if (value !== undefined) used.add(`${kind}/${key}`);
      return value;
    },
    has(kind: string, key: string): boolean {
      const there = existsSync(pathOf(kind, key));
      if (there) used.add(`${kind}/${key}`);
      return there;
    },
    write(kind: string, key: string, value: unknown): void {
      const path = pathOf(kind, key);
      mkdirSync(join(dir, kind), { recursive: true });
      const entry: StoredEntry<unknown> = { key, value };
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(entry));
      renameSync(temporary, path);
      used.add(`${kind}/${key}`);
    },
    prune(kinds: readonly string[]): void {
      for (const kind of kinds) {
        let names: string[];
        try {
          names = readdirSync(join(dir, kind));
        } catch {
          continue;
        }
        for (const name of names) {
          if (!used.has(`${kind}/${name.replace(/\.json$/, '')}`))
            rmSync(join(dir, kind, name), { force: true });
        }
      }
    },
  };
}
