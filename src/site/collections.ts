/** Typed access to the site's collections, shared by the pages. */
import { getCollection } from 'astro:content';
import { buildContext, rendersCounty } from './build-context.ts';
import type { CountyYearEntry } from './entries.ts';

export { rendersCounty };

export interface CountyYears {
  /** By `county/year`. */
  all: Map<string, CountyYearEntry>;
  /** Per county, its years ascending. */
  byCounty: Map<string, CountyYearEntry[]>;
}

let built: Promise<CountyYears> | undefined;

/**
 * All county-years, grouped. A production build reads the collection once for all its pages
 * (a province has hundreds of large results); `npm run dev` reads it afresh, so edits show.
 */
export function countyYears(): Promise<CountyYears> {
  if (!import.meta.env.PROD) return readCountyYears();
  built ??= readCountyYears();
  return built;
}

async function readCountyYears(): Promise<CountyYears> {
  // In `npm run build`, the build's own run (src/site/build-context.ts).
  const run = buildContext()?.run;
  if (run !== undefined) {
    return group(
      run.outputs.map((output) => ({
        id: `${output.county}/${output.year}`,
        data: { result: output.result, county: output.countyFile, standards: output.standards },
      })),
    );
  }
  const entries = (await getCollection('countyYears')).map((entry) => ({
    id: entry.id,
    data: entry.data as unknown as CountyYearEntry,
  }));
  return group(entries);
}

function group(entries: readonly { id: string; data: CountyYearEntry }[]): CountyYears {
  const all = new Map<string, CountyYearEntry>();
  const byCounty = new Map<string, CountyYearEntry[]>();
  for (const entry of [...entries].sort((a, b) => a.id.localeCompare(b.id))) {
    const { data } = entry;
    all.set(entry.id, data);
    const list = byCounty.get(data.county.id) ?? [];
    list.push(data);
    byCounty.set(data.county.id, list);
  }
  for (const list of byCounty.values()) list.sort((a, b) => a.result.year - b.result.year);
  return { all, byCounty };
}

/** The county-years whose pages this build renders: all, or an incremental build's changed counties. */
export async function renderedCountyYears(): Promise<CountyYearEntry[]> {
  const { all } = await countyYears();
  return [...all.values()].filter((entry) => rendersCounty(entry.county.id));
}

export const latest = (years: readonly CountyYearEntry[]): CountyYearEntry | undefined => years.at(-1);
