/** One test file's server and browser, started before its tests and stopped after them. */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type Browser, type LaunchOptions, launchBrowser } from './browser.ts';
import { basePath } from './config.ts';
import { type SiteServer, startSiteServer } from './server.ts';

export interface Session {
  readonly server: SiteServer;
  readonly context: BrowserContext;
}

/** Serves `siteDir` under the sub-path and starts a browser, for the tests of the calling file. */
export function useSession(siteDir: string, options: LaunchOptions = {}): Session {
  let server: SiteServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startSiteServer(siteDir, basePath);
    browser = await launchBrowser(options);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      if (server === undefined) throw new Error('the site server has not started');
      return server;
    },
    get context() {
      if (browser === undefined) throw new Error('the browser has not started');
      return browser.context;
    },
  };
}
