/** content/site.yaml, validated against schemas/site.schema.json: the page meta and footer. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import siteSchema from '../../schemas/site.schema.json' with { type: 'json' };
import { projectRoot } from '../load/project-root.ts';

export interface SiteConfig {
  name: string;
  organizer: string;
  siteCode: string;
  icp: string;
  icpLink: string;
  police: string;
  policeLink?: string;
}

const validate = new Ajv2020({ allErrors: true }).compile<SiteConfig>(siteSchema);

export function parseSiteConfig(text: string, file = 'content/site.yaml'): SiteConfig {
  const value: unknown = parse(text);
  if (!validate(value)) {
    const details = (validate.errors ?? []).map(
      (error) => `${error.instancePath || '/'} ${error.message ?? ''}`,
    );
    throw new Error(`${file} 不符合 schemas/site.schema.json：${details.join('；')}`);
  }
  return value;
}

let cached: SiteConfig | undefined;

export function siteConfig(root = projectRoot()): SiteConfig {
  cached ??= parseSiteConfig(readFileSync(join(root, 'content/site.yaml'), 'utf8'));
  return cached;
}
