/**
 * The cache store on disk: `<dir>/<kind>/<key>.json` (or `.bin`), written atomically (a whole
 * file or none) and sealed with a digest of its content (src/load/sealed.ts), so a file changed
 * later reads as missing. After a build, `prune` removes the entries that build did not use, so
 * a cache that CI carries from run to run holds one build's worth and does not grow.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seal, unseal } from '../load/sealed.ts';
import { type CacheStore, type StoredEntry, unwrapEntry } from './cache-store.ts';

export interface DiskStore extends CacheStore {
  /** Removes every entry of the given kinds this build neither read nor wrote. */
  prune(kinds: readonly string[]): void;
}

export function openDiskStore(dir: string): DiskStore {
  const used = new Set<string>();
  const pathOf = (kind: string, key: string, extension = 'json') => join(dir, kind, `${key}.${extension}`);
  const writeAtomically = (kind: string, key: string, extension: string, content: string | Uint8Array) => {
    const path = pathOf(kind, key, extension);
    mkdirSync(join(dir, kind), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, seal(content));
    renameSync(temporary, path);
    used.add(`${kind}/${key}`);
  };
  return {
    read<T>(kind: string, key: string): T | undefined {
      let payload: Buffer | undefined;
      try {
        payload = unseal(readFileSync(pathOf(kind, key)));
      } catch {
        return undefined;
      }
      if (payload === undefined) return undefined;
      const value = unwrapEntry<T>(key, payload.toString('utf8'));
      if (value !== undefined) used.add(`${kind}/${key}`);
      return value;
    },
    has(kind: string, key: string): boolean {
      const there = existsSync(pathOf(kind, key));
      if (there) used.add(`${kind}/${key}`);
      return there;
    },
    write(kind: string, key: string, value: unknown): void {
      const entry: StoredEntry<unknown> = { key, value };
      writeAtomically(kind, key, 'json', JSON.stringify(entry));
    },
    readBytes(kind: string, key: string): Uint8Array | undefined {
      try {
        const bytes = unseal(readFileSync(pathOf(kind, key, 'bin')));
        if (bytes !== undefined) used.add(`${kind}/${key}`);
        return bytes;
      } catch {
        return undefined;
      }
    },
    hasBytes(kind: string, key: string): boolean {
      const there = existsSync(pathOf(kind, key, 'bin'));
      if (there) used.add(`${kind}/${key}`);
      return there;
    },
    writeBytes(kind: string, key: string, bytes: Uint8Array): void {
      writeAtomically(kind, key, 'bin', bytes);
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
          if (!used.has(`${kind}/${name.replace(/\.(json|bin)$/, '')}`))
            rmSync(join(dir, kind, name), { force: true });
        }
      }
    },
  };
}
