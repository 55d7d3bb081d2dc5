/** The downloads of a county-year, written as static files next to its data page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { countyYears } from '../../../../site/collections.ts';
import { downloadFiles } from '../../../../site/downloads.ts';

export const getStaticPaths = (async () => {
  const { all } = await countyYears();
  return [...all.values()].flatMap((entry) =>
    downloadFiles(entry).map((file) => ({
      params: { county: entry.county.id, year: String(entry.result.year), file: file.name },
      props: { body: `${JSON.stringify(entry.result, null, 2)}\n` },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
