/**
 * The code's version, as a key for cached builds: a hash of every file that shapes what a build
 * writes (sources, schemas, site config, public files, the locked dependency versions). Any
 * change of code, even one that would not change the output, invalidates every cache entry;
 * that errs on the safe side and costs one full build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { contentKey } from './cache-store.ts';

const CODE_FOLDERS = ['src', 'schemas', 'public'];
const CODE_FILES = ['astro.config.mjs', 'package-lock.json', 'package.json', 'tsconfig.json'];

function filesUnder(root: string, folder: string): string[] {
  try {
    return readdirSync(join(root, folder), { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
  } catch {
    return [];
  }
}

export function codeVersion(codeRoot: string): string {
  const files = [...CODE_FOLDERS.flatMap((folder) => filesUnder(codeRoot, folder)), ...CODE_FILES].sort();
  const parts: string[] = [];
  for (const file of files) {
    try {
      parts.push(file, readFileSync(join(codeRoot, file), 'latin1'));
    } catch {
      parts.push(file, '<missing>');
    }
  }
  return contentKey(parts);
}
