/**
 * content/site.yaml for the pages: the page meta and footer. It is read and validated by the
 * same code as in `npm run check` (src/validate/site-config.ts); the build stops before Astro on
 * any problem it has, so only `npm run dev` can meet one here, and then shows the check's words.
 */
import { projectRoot } from '../load/project-root.ts';
import { readSiteConfigFile } from '../load/read-project.ts';
import { formatProblem } from '../problems/problem.ts';
import type { SiteFile } from '../types/generated/site.ts';
import { readSiteConfig } from '../validate/site-config.ts';

export type SiteConfig = SiteFile;

let cached: SiteConfig | undefined;

export function siteConfig(root = projectRoot()): SiteConfig {
  if (cached !== undefined) return cached;
  const { value, problems } = readSiteConfig(readSiteConfigFile(root));
  if (value === undefined)
    throw new Error(`网站信息有误，页面未生成：\n${problems.map(formatProblem).join('\n')}`);
  cached = value;
  return value;
}
