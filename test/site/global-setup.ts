/**
 * Before any site test: a Chromium and a CJK font must be there (installed when this process
 * may), and the browser's path is handed to the tests.
 */
import type { TestProject } from 'vitest/node';
import { ensureChromium } from '../../scripts/ensure-chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string;
  }
}

export default function setup(project: TestProject): void {
  const { executablePath } = ensureChromium();
  project.provide('chromiumPath', executablePath);
}
