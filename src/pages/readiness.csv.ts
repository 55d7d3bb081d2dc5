/** The province's readiness table (counties × lines of the high-quality assessment) as CSV: BOM, formula-safe. */
import type { APIRoute } from 'astro';
import { csvBytes } from '../downloads/csv.ts';
import { csvMediaType } from '../downloads/downloads.ts';
import { readinessTable } from '../downloads/readiness.ts';
import { provinceReadiness } from '../site/readiness.ts';

export const GET: APIRoute = async () => {
  const bytes = csvBytes(readinessTable(await provinceReadiness()));
  return new Response(bytes.slice(), { headers: { 'Content-Type': csvMediaType } });
};
