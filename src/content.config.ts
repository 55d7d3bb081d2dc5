import { defineCollection } from 'astro:content';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { projectRoot } from './load/project-root.ts';
import { countiesToRender } from './site/build-context.ts';
import { countyYearLoader } from './site/loader.ts';

/** Every county-year the data validates and computes (src/site/loader.ts). */
const countyYears = defineCollection({ loader: countyYearLoader(projectRoot()) });

const reportsDir = join(projectRoot(), 'content/reports');

/** A day written in front matter as 2019-11-30 (YAML reads it as a date): kept as that text. */
const isoDay = z.coerce.date().transform((date) => date.toISOString().slice(0, 10));

/** The narratives: content/reports/<county>/<year>.mdx. */
const rendered = countiesToRender();
/** An incremental build reads the narratives of the counties it renders, no others. */
// Only <county>/<year>.mdx is a narrative (src/load/read-narratives.ts reports anything else).
const patterns =
  rendered === undefined
    ? ['*/[0-9][0-9][0-9][0-9].mdx']
    : rendered.map((county) => `${county}/[0-9][0-9][0-9][0-9].mdx`);

const reports = defineCollection({
  // A county repository may have no narratives yet: then its reports show the data alone.
  loader:
    existsSync(reportsDir) && patterns.length > 0
      ? glob({ pattern: patterns, base: reportsDir })
      : async () => [],
  schema: z.object({
    title: z.string().min(1),
    publisher: z.string().min(1),
    published: isoDay,
    updated: isoDay,
    source: z.string().min(1),
  }),
});

export const collections = { countyYears, reports };
