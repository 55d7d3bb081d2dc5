/**
 * The last build's output, kept in the cache folder so a later build (also on a fresh CI
 * machine that restored only the cache) can copy the parts it does not render. The edge of the
 * incremental build: files only; the decisions are in site-plan.ts.
 *
 * The snapshot is a copy of dist/ and a manifest naming the key that made each part and the
 * files it wrote, with their sizes. A part is reused only while its files are as listed.
 */
import {
  copyFileSync,
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { OwnedFiles, SiteManifest, SitePart } from './site-plan.ts';

const MANIFEST = 'manifest.json';

export function readManifest(snapshotDir: string): SiteManifest | undefined {
  try {
    const manifest = JSON.parse(readFileSync(join(snapshotDir, MANIFEST), 'utf8')) as SiteManifest;
    return typeof manifest.key === 'string' && typeof manifest.parts === 'object' ? manifest : undefined;
  } catch {
    return undefined;
  }
}

/** Every file under a folder, relative to it, with its size. */
function allFiles(dir: string): Record<string, number> {
  const out: Record<string, number> = {};
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out[relative(dir, path).split(sep).join('/')] = statSync(path).size;
  }
  return out;
}

/** The files of one part in a folder laid out as dist/ (`folders`: every part's folder). */
function partFiles(dir: string, part: Pick<SitePart, 'folder'>, folders: ReadonlySet<string>) {
  const files = allFiles(part.folder === undefined ? dir : join(dir, part.folder));
  const out: Record<string, number> = {};
  for (const name of Object.keys(files).sort()) {
    if (part.folder !== undefined) out[`${part.folder}/${name}`] = files[name] ?? 0;
    else if (!folders.has(name.split('/')[0] ?? '')) out[name] = files[name] ?? 0;
  }
  return out;
}

const sameFiles = (listed: Record<string, number>, present: Record<string, number>): boolean =>
  Object.keys(listed).length === Object.keys(present).length &&
  Object.entries(listed).every(([name, size]) => present[name] === size);

const foldersOf = (manifest: SiteManifest | undefined, parts: readonly SitePart[]): Set<string> =>
  new Set([
    ...parts.flatMap((part) => (part.folder === undefined ? [] : [part.folder])),
    ...Object.values(manifest?.parts ?? {}).flatMap((part) =>
      part.folder === undefined ? [] : [part.folder],
    ),
  ]);

/** The parts among `names` whose files in the snapshot are still as the manifest lists them. */
export function intactParts(
  snapshotDir: string,
  manifest: SiteManifest,
  parts: readonly SitePart[],
  names: readonly string[],
): string[] {
  const folders = foldersOf(manifest, parts);
  const wanted = new Set(names);
  return parts
    .filter((part) => wanted.has(part.name))
    .filter((part) => {
      const listed = manifest.parts[part.name]?.files;
      return listed !== undefined && sameFiles(listed, partFiles(join(snapshotDir, 'dist'), part, folders));
    })
    .map((part) => part.name);
}

/** Whether a folder holds exactly what the manifest lists: dist/ as the last build left it. */
export function matchesManifest(dir: string, manifest: SiteManifest): boolean {
  const listed: Record<string, number> = {};
  for (const part of Object.values(manifest.parts)) Object.assign(listed, part.files);
  return existsSync(dir) && sameFiles(listed, allFiles(dir));
}

/** Removes the files of the given parts from a folder laid out as dist/. */
export function removeParts(
  dir: string,
  manifest: SiteManifest | undefined,
  parts: readonly SitePart[],
  names: readonly string[],
): void {
  const folders = foldersOf(manifest, parts);
  const current = new Set(parts.map((part) => part.folder));
  // Folders of parts that no longer exist (a county removed from the data) go as well.
  for (const folder of folders)
    if (!current.has(folder)) rmSync(join(dir, folder), { recursive: true, force: true });
  for (const part of parts.filter((item) => names.includes(item.name))) {
    if (part.folder !== undefined) rmSync(join(dir, part.folder), { recursive: true, force: true });
    else {
      for (const name of existsSync(dir) ? readdirSync(dir) : []) {
        if (!folders.has(name)) rmSync(join(dir, name), { recursive: true, force: true });
      }
    }
  }
}

/**
 * The snapshot and dist/ share their files as hard links where the file system allows: a
 * province's site is some 300 MB in thousands of files, and linking takes a fraction of a second
 * where copying takes seconds. Nothing the build does writes into an existing file (parts are
 * removed, then written anew), so a link never carries a change from one side to the other;
 * dist/ is for publishing, not for editing by hand.
 */
function linkFolder(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  try {
    for (const entry of readdirSync(from, { withFileTypes: true, recursive: true })) {
      const target = join(to, relative(from, join(entry.parentPath, entry.name)));
      if (entry.isDirectory()) mkdirSync(target, { recursive: true });
      else linkSync(join(entry.parentPath, entry.name), target);
    }
  } catch {
    // Another file system, or links not allowed: copy instead.
    rmSync(to, { recursive: true, force: true });
    cpSync(from, to, { recursive: true });
  }
}

function linkFile(from: string, to: string): void {
  mkdirSync(join(to, '..'), { recursive: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** Links one part between two folders laid out as dist/: a whole folder, or the listed files. */
function linkPart(
  from: string,
  to: string,
  part: Pick<SitePart, 'folder'>,
  files: Record<string, number>,
): void {
  if (part.folder !== undefined) {
    if (existsSync(join(from, part.folder))) linkFolder(join(from, part.folder), join(to, part.folder));
    return;
  }
  for (const file of Object.keys(files)) linkFile(join(from, file), join(to, file));
}

/** Links the given parts from the snapshot into a folder laid out as dist/. */
export function linkParts(
  snapshotDir: string,
  manifest: SiteManifest,
  outDir: string,
  names: readonly string[],
): void {
  for (const name of names) {
    const part = manifest.parts[name];
    if (part !== undefined) linkPart(join(snapshotDir, 'dist'), outDir, part, part.files);
  }
}

/** Moves every top-level entry of `from` into `to` (which has none of them). */
export function moveInto(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    try {
      renameSync(join(from, name), join(to, name));
    } catch {
      // Another file system (the stage inside the code's folder): copy instead.
      cpSync(join(from, name), join(to, name), { recursive: true });
    }
  }
  rmSync(from, { recursive: true, force: true });
}

/**
 * Puts a finished output folder in place of dist/. The old one is removed only then, in the
 * background: the promise settles when it is gone, and the build saves its snapshot meanwhile.
 */
export function replaceFolder(finished: string, target: string): Promise<void> {
  const old = `${target}.old-${process.pid}`;
  if (existsSync(target)) renameSync(target, old);
  try {
    renameSync(finished, target);
  } catch {
    // Another file system (JUNHENG_CACHE elsewhere): copy instead.
    linkFolder(finished, target);
    rmSync(finished, { recursive: true, force: true });
  }
  return rm(old, { recursive: true, force: true });
}

/**
 * Keeps this build's output for the next build, with the keys that made it: the parts rendered
 * now are copied, the reused ones are there already. The manifest is removed first and written
 * last, so an interrupted save leaves a snapshot no build trusts.
 */
export function saveSnapshot(
  snapshotDir: string,
  outDir: string,
  siteKey: string,
  parts: readonly SitePart[],
  rendered: readonly string[],
): void {
  const previous = readManifest(snapshotDir);
  const snapshot = join(snapshotDir, 'dist');
  rmSync(join(snapshotDir, MANIFEST), { force: true });
  if (previous === undefined || previous.key !== siteKey) rmSync(snapshot, { recursive: true, force: true });
  const fresh = previous === undefined || previous.key !== siteKey;
  const copy = fresh ? parts.map((part) => part.name) : rendered;
  removeParts(snapshot, fresh ? undefined : previous, parts, copy);
  const folders = foldersOf(undefined, parts);
  for (const part of parts.filter((item) => copy.includes(item.name))) {
    linkPart(outDir, snapshot, part, partFiles(outDir, part, folders));
  }
  const manifest: SiteManifest = { key: siteKey, parts: {} };
  for (const part of parts) {
    const owned: OwnedFiles = { key: part.key, files: partFiles(snapshot, part, folders) };
    if (part.folder !== undefined) owned.folder = part.folder;
    manifest.parts[part.name] = owned;
  }
  mkdirSync(snapshotDir, { recursive: true });
  writeFileSync(join(snapshotDir, MANIFEST), `${JSON.stringify(manifest)}\n`);
}
