/**
 * The last build's output, kept in the cache folder so a later build (also on a fresh CI
 * machine that restored only the cache) can copy the parts it does not render. The edge of the
 * incremental build: files only; the decisions are in site-plan.ts.
 *
 * The snapshot is a copy of dist/ and a manifest naming the key that made each part and the
 * files it wrote, each with its size and the SHA-256 of its content. A part is reused only
 * while every one of its files still hashes as listed: a byte changed in the cache (or in a
 * dist/ that shares its files) means the part is rendered again, never published.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
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
import { dirname, join, relative, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FileStamp, OwnedFiles, SiteManifest, SitePart } from './site-plan.ts';

const MANIFEST = 'manifest.json';

export function readManifest(snapshotDir: string): SiteManifest | undefined {
  try {
    const manifest = JSON.parse(readFileSync(join(snapshotDir, MANIFEST), 'utf8')) as SiteManifest;
    return typeof manifest.key === 'string' && typeof manifest.parts === 'object' ? manifest : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The stamps this process has computed, by file identity (device, inode, size, modification
 * time). dist/ and the snapshot share their files: a build that verified the snapshot's file and
 * then checks dist/'s link to it hashes it once. Nothing of a build writes into an existing file,
 * and a file changed behind its back has another modification time (or is found by the next build).
 */
const stamped = new Map<string, FileStamp>();

function identityOf(path: string): string {
  const stat = statSync(path, { bigint: true });
  return `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}`;
}

function digest(path: string): FileStamp {
  const bytes = readFileSync(path);
  return `${bytes.length}:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** A file's stamp: its size and content digest. */
export function fileStamp(path: string): FileStamp {
  const identity = identityOf(path);
  const known = stamped.get(identity);
  if (known !== undefined) return known;
  const stamp = digest(path);
  stamped.set(identity, stamp);
  return stamp;
}

/**
 * The stamp of every file under a folder, by identity (the stamp-worker's job). The identity is
 * taken before the content is read: a file changed while it is read gets a new modification
 * time, so its stamp is never found under the identity it has then.
 */
export function stampFolder(dir: string): [string, FileStamp][] {
  const out: [string, FileStamp][] = [];
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    try {
      out.push([identityOf(path), digest(path)]);
    } catch {
      // Gone meanwhile: whoever checks it later finds it missing.
    }
  }
  return out;
}

/**
 * Stamps the kept site in a thread of its own while the build checks and computes: the hundreds
 * of megabytes a province's site holds are hashed then, and verifying the kept parts afterwards
 * is a stat of each file. Settles when the stamps are known (or at once, having learnt nothing,
 * if the thread fails: the files are then hashed when verified).
 */
export function stampInBackground(snapshotDir: string): Promise<void> {
  const dir = join(snapshotDir, 'dist');
  if (!existsSync(dir)) return Promise.resolve();
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./stamp-worker.ts', import.meta.url), { workerData: dir });
    worker.once('message', (stamps: [string, FileStamp][]) => {
      for (const [identity, stamp] of stamps) stamped.set(identity, stamp);
      resolve();
    });
    worker.once('error', () => resolve());
    worker.once('exit', () => resolve());
  });
}

/**
 * Every file under a folder, relative to it, with its stamp; `keep` (given the relative path)
 * says which to stamp, so a part's files are hashed and no other's.
 */
function allFiles(dir: string, keep: (name: string) => boolean = () => true): Record<string, FileStamp> {
  const out: Record<string, FileStamp> = {};
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const name = relative(dir, path).split(sep).join('/');
    if (keep(name)) out[name] = fileStamp(path);
  }
  return out;
}

/** The files of one part in a folder laid out as dist/ (`folders`: every part's folder). */
function partFiles(dir: string, part: Pick<SitePart, 'folder'>, folders: ReadonlySet<string>) {
  const files =
    part.folder === undefined
      ? allFiles(dir, (name) => !folders.has(name.split('/')[0] ?? ''))
      : allFiles(join(dir, part.folder));
  const out: Record<string, FileStamp> = {};
  for (const name of Object.keys(files).sort()) {
    out[part.folder === undefined ? name : `${part.folder}/${name}`] = files[name] ?? '';
  }
  return out;
}

const sameFiles = (listed: Record<string, FileStamp>, present: Record<string, FileStamp>): boolean =>
  Object.keys(listed).length === Object.keys(present).length &&
  Object.entries(listed).every(([name, stamp]) => present[name] === stamp);

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
  const listed: Record<string, FileStamp> = {};
  for (const part of Object.values(manifest.parts)) Object.assign(listed, part.files);
  return existsSync(dir) && sameFiles(listed, allFiles(dir));
}

/** Removes the files of the given parts from a folder laid out as dist/. */
function removeParts(
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
 * where copying takes seconds. Nothing the build does writes into an existing file (a new dist/
 * is assembled beside the old one), and a file changed behind the build's back, on either side,
 * no longer matches its digest: the next build renders that part again.
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
  files: Record<string, FileStamp>,
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
 * Puts a finished output folder in place of dist/: the old one is moved aside and the new one
 * moved in, two renames; a build killed between them leaves the old site aside, which the next
 * build puts back (healOutput). The old one is removed only then, in the background: the promise
 * settles when it is gone, and the build saves its snapshot meanwhile.
 */
export function replaceFolder(finished: string, target: string): Promise<void> {
  let ready = finished;
  if (!canRename(finished, target)) {
    // Another file system (JUNHENG_CACHE elsewhere): copied first beside dist/, then renamed.
    ready = `${target}.new-${Date.now()}`;
    try {
      linkFolder(finished, ready);
    } catch (error) {
      // Out of space or not writable half-way: the partial copy goes, dist/ was not touched.
      rmSync(ready, { recursive: true, force: true });
      throw error;
    }
    rmSync(finished, { recursive: true, force: true });
  }
  const old = `${asideName(target)}${Date.now()}`;
  if (existsSync(target)) renameSync(target, old);
  try {
    renameSync(ready, target);
  } catch (error) {
    // The new site cannot be put in place (a folder made read-only, say): the old one goes back.
    if (existsSync(old) && !existsSync(target)) renameSync(old, target);
    throw error;
  }
  // Once the new site is in place the old one is never put back: renamed for deletion first.
  if (existsSync(old)) {
    const trash = `${target}.trash-${Date.now()}`;
    renameSync(old, trash);
    deleteDetached(trash);
  }
  return Promise.resolve();
}

/**
 * Deletes a folder in a process of its own that outlives the build: a replaced site is
 * hundreds of megabytes in thousands of files, and the build need not wait for it. A deletion
 * cut short leaves a folder set aside, which the next build's healOutput deletes again.
 */
function deleteDetached(dir: string): void {
  const child = spawn(
    process.execPath,
    ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', dir],
    { detached: true, stdio: 'ignore' },
  );
  child.on('error', () => rmSync(dir, { recursive: true, force: true }));
  child.unref();
}

/** Whether a folder can be renamed to a path (same file system), tried with an empty probe. */
function canRename(from: string, to: string): boolean {
  const probe = join(from, `.rename-probe-${process.pid}`);
  const landed = `${to}.probe-${process.pid}`;
  try {
    mkdirSync(probe);
    renameSync(probe, landed);
    rmSync(landed, { recursive: true, force: true });
    return true;
  } catch {
    rmSync(probe, { recursive: true, force: true });
    return false;
  }
}

/**
 * Keeps this build's output for the next build, with the keys that made it: the parts rendered
 * now are linked in and hashed; the reused ones are there already, verified when the build
 * began, and keep their stamps. The manifest is removed first and written last, so an
 * interrupted save leaves a snapshot no build trusts.
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
  const fresh = previous === undefined || previous.key !== siteKey;
  if (fresh) rmSync(snapshot, { recursive: true, force: true });
  const copy = fresh ? parts.map((part) => part.name) : rendered;
  removeParts(snapshot, fresh ? undefined : previous, parts, copy);
  const folders = foldersOf(undefined, parts);
  for (const part of parts.filter((item) => copy.includes(item.name))) {
    linkPart(outDir, snapshot, part, partFiles(outDir, part, folders));
  }
  const manifest: SiteManifest = { key: siteKey, parts: {} };
  for (const part of parts) {
    const kept = copy.includes(part.name) ? undefined : previous?.parts[part.name]?.files;
    const owned: OwnedFiles = { key: part.key, files: kept ?? partFiles(snapshot, part, folders) };
    if (part.folder !== undefined) owned.folder = part.folder;
    manifest.parts[part.name] = owned;
  }
  mkdirSync(snapshotDir, { recursive: true });
  writeFileSync(join(snapshotDir, MANIFEST), `${JSON.stringify(manifest)}\n`);
}

/** The name a replaced output folder takes until it is deleted. */
const asideName = (target: string) => `${target}.old-`;

/**
 * A build killed between moving the old dist/ aside and moving the new one in leaves no dist/:
 * the folder set aside is the last complete site, and is put back. Folders set aside by
 * finished builds are deleted (in the background).
 */
export function healOutput(target: string): Promise<void> {
  const parent = dirname(target);
  const prefix = asideName(target).slice(parent.length + 1);
  const base = `${target.slice(parent.length + 1)}.`;
  const names = existsSync(parent) ? readdirSync(parent) : [];
  const aside = names.filter((name) => name.startsWith(prefix)).map((name) => join(parent, name));
  // A copy of a new site that never got its rename, probes, and replaced sites whose deletion
  // was cut short are unfinished: deleted.
  const unfinished = names
    .filter((name) => ['new-', 'probe-', 'trash-'].some((kind) => name.startsWith(`${base}${kind}`)))
    .map((name) => join(parent, name));
  if (!existsSync(target) && aside.length > 0) {
    const newest = aside.sort(
      (a, b) => Number(b.slice(b.lastIndexOf('-') + 1)) - Number(a.slice(a.lastIndexOf('-') + 1)),
    )[0];
    if (newest !== undefined) {
      renameSync(newest, target);
      aside.splice(aside.indexOf(newest), 1);
    }
  }
  for (const dir of [...aside, ...unfinished]) deleteDetached(dir);
  return Promise.resolve().then(() => undefined);
}
