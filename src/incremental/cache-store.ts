/**
 * Where incremental builds keep what they can reuse: one JSON document (or, for downloads, one
 * binary file) per entry, named by its key (a hash of everything the entry was made from). The store is an interface so the phases
 * that use it stay pure; `src/cli/` opens the one on disk.
 *
 * An entry is never trusted blindly: it repeats its key inside, and one whose key differs, or
 * that does not parse, is treated as missing.
 */
import { createHash } from 'node:crypto';

export interface CacheStore {
  read<T>(kind: string, key: string): T | undefined;
  /** Whether an entry is there, without reading it (its key is checked when it is read). */
  has(kind: string, key: string): boolean;
  write(kind: string, key: string, value: unknown): void;
  /** Binary entries (a county's downloads): the bytes as written; their format checks the key. */
  readBytes(kind: string, key: string): Uint8Array | undefined;
  hasBytes(kind: string, key: string): boolean;
  writeBytes(kind: string, key: string, bytes: Uint8Array): void;
}

/** A store that keeps nothing: `npm run build -- --clean`, and the tests of what a cold run does. */
export const noCache: CacheStore = {
  read: () => undefined,
  has: () => false,
  write: () => {},
  readBytes: () => undefined,
  hasBytes: () => false,
  writeBytes: () => {},
};

/** Hash of strings, each length-prefixed so that ['ab', 'c'] and ['a', 'bc'] differ. */
export function contentKey(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${Buffer.byteLength(part)}:`).update(part);
  return hash.digest('hex').slice(0, 32);
}

/** What an entry holds on disk: its key, then the value. */
export interface StoredEntry<T> {
  key: string;
  value: T;
}

export function unwrapEntry<T>(key: string, text: string): T | undefined {
  try {
    const entry = JSON.parse(text) as Partial<StoredEntry<T>>;
    return entry !== null && typeof entry === 'object' && entry.key === key ? entry.value : undefined;
  } catch {
    return undefined;
  }
}
