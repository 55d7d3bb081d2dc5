/**
 * `lang="zh-CN"` on every page; every internal link, source and stylesheet URL is relative and
 * names an existing file of the site (it must work under any sub-path and from disk); every
 * download link names a real file.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { siteDir } from './support/config.ts';
import {
  checkDownloads,
  checkLang,
  checkReferences,
  checkStylesheet,
  type PageFacts,
  readPageFacts,
} from './support/links.ts';
import { listFiles, listPages } from './support/pages.ts';
import { useSession } from './support/session.ts';

const pages = listPages(siteDir);
const stylesheets = listFiles(siteDir).filter((file) => file.endsWith('.css'));
const session = useSession(siteDir, { javaScriptEnabled: false });
const facts = new Map<string, PageFacts>();

beforeAll(async () => {
  for (const pagePath of pages)
    facts.set(pagePath, await readPageFacts(session.context, session.server, pagePath));
});

function factsOf(pagePath: string): PageFacts {
  const found = facts.get(pagePath);
  if (found === undefined) throw new Error(`${pagePath} was not read`);
  return found;
}

describe(`every page is lang="zh-CN" (${siteDir})`, () => {
  test.for(pages)('%s', (pagePath) => {
    expect(checkLang(factsOf(pagePath))).toEqual([]);
  });
});

describe(`every internal link of a page resolves relatively to a file (${siteDir})`, () => {
  test.for(pages)('%s', (pagePath) => {
    expect(checkReferences(siteDir, pagePath, factsOf(pagePath), (path) => facts.get(path))).toEqual([]);
  });
});

describe(`every download link names a file that is there (${siteDir})`, () => {
  test.for(pages)('%s', (pagePath) => {
    expect(checkDownloads(siteDir, pagePath, factsOf(pagePath))).toEqual([]);
  });
});

describe(`every stylesheet's url() resolves relatively to a file (${siteDir})`, () => {
  test.for(stylesheets.length > 0 ? stylesheets : ['(no stylesheet)'])('%s', (cssPath) => {
    if (stylesheets.length === 0) return;
    expect(checkStylesheet(siteDir, cssPath)).toEqual([]);
  });
});
