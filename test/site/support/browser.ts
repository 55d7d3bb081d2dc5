/**
 * Starts the Chromium found by the global setup (scripts/ensure-chromium.ts) through
 * playwright-core: headless, a fresh profile in a temporary folder, nothing fetched from outside.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { inject } from 'vitest';
import { viewport } from './config.ts';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export interface LaunchOptions {
  /** false: pages are read as with JavaScript switched off. */
  javaScriptEnabled?: boolean;
  /**
   * true: the page's Content-Security-Policy is not enforced. Only for injecting axe-core as an
   * inline script; the load test proves separately that the page itself breaks no policy.
   */
  bypassCSP?: boolean;
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** The browser's path: what the global setup found, or `CHROMIUM_PATH` when run without it. */
export function chromiumPath(): string {
  const provided = inject('chromiumPath');
  if (provided !== undefined && provided !== '') return provided;
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  throw new Error('No Chromium: run the site tests through vitest.site.config.ts (npm run test:site).');
}

/**
 * A browser with its own profile (`--user-data-dir` in a fresh temporary folder, removed on
 * close). Each call is a separate browser process.
 */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'junheng-site-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath(),
      headless: true,
      args: chromiumArgs,
      viewport,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      javaScriptEnabled: options.javaScriptEnabled ?? true,
      bypassCSP: options.bypassCSP ?? false,
      serviceWorkers: 'block',
    });
    return {
      context,
      close: async () => {
        await context.close();
        rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
}
