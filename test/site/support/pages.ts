/** The pages of a site directory: every `.html` file, as paths relative to the directory. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `root`, as sorted `/`-separated paths relative to it. */
export function listFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return files.sort();
}

/**
 * Every page of the site (`index.html` and other `.html` files), sorted. Throws when the directory
 * is missing or holds no page, so a suite never passes over nothing.
 */
export function listPages(root: string): string[] {
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new Error(
      `The site directory ${root} does not exist: run \`npm run build\` first (or set SITE_DIR).`,
    );
  }
  const pages = listFiles(root).filter((file) => file.endsWith('.html'));
  if (pages.length === 0) throw new Error(`The site directory ${root} holds no .html page.`);
  return pages;
}

/** The URL path of a page relative to the site root: `a/b/index.html` is read at `a/b/`. */
export function pageUrlPath(pagePath: string): string {
  const encoded = pagePath.split('/').map(encodeURIComponent).join('/');
  if (encoded === 'index.html') return '';
  return encoded.endsWith('/index.html') ? encoded.slice(0, -'index.html'.length) : encoded;
}

/** Where a page's screenshot goes, relative to the screenshot folder: `a/b/index.html` → `a/b.png`. */
export function screenshotName(pagePath: string): string {
  if (pagePath === 'index.html') return 'index.png';
  const stem = pagePath.endsWith('/index.html')
    ? pagePath.slice(0, -'/index.html'.length)
    : pagePath.slice(0, -5);
  return `${stem}.png`;
}
