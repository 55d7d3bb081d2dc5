/**
 * content/site.yaml checked as data, like every data file: strict YAML, schemas/site.schema.json,
 * each problem located and worded by the catalog. `npm run check` lists them and the build stops
 * on them before Astro starts, so a bad link (javascript:…) or a missing field never reaches a
 * page or a stack trace.
 */
import type { RawFile } from '../load/read-project.ts';
import { parseYamlFile } from '../parse/yaml.ts';
import { anchorOf, issue } from '../problems/catalog.ts';
import type { Problem } from '../problems/problem.ts';
import type { SiteFile } from '../types/generated/site.ts';
import { validateAgainstSchema } from './schema.ts';

export const siteConfigFile = 'content/site.yaml';

/** The file's value when it has no error, and every problem it has. */
export function readSiteConfig(raw: RawFile | undefined): { value?: SiteFile; problems: Problem[] } {
  if (raw === undefined) {
    return {
      problems: [{ ...issue('siteConfigMissing', [], {}), file: siteConfigFile, line: 0, column: 0 }],
    };
  }
  const parsed = parseYamlFile(raw);
  if (parsed.value === undefined) return { problems: parsed.issues };
  const problems = [...parsed.issues];
  for (const found of validateAgainstSchema('site', parsed.value)) {
    const at = parsed.locate(found.path, anchorOf(found.code) === 'key' ? 'key' : 'value');
    problems.push({ ...found, file: raw.file, line: at.line, column: at.column });
  }
  return problems.some((problem) => problem.severity === 'error')
    ? { problems }
    : { value: parsed.value as SiteFile, problems };
}

export function checkSiteConfig(raw: RawFile | undefined): Problem[] {
  return readSiteConfig(raw).problems;
}
