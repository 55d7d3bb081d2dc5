/** The downloads of a county-year, written as static files next to its data page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderedCountyYears } from '../../../../site/collections.ts';
import { downloadFiles, downloadList } from '../../../../site/downloads.ts';
import type { CountyYearEntry } from '../../../../site/entries.ts';

export const getStaticPaths = (async () => {
  return (await renderedCountyYears()).flatMap((entry) =>
    downloadList(entry).map((file) => ({
      params: { county: entry.county.id, year: String(entry.result.year), file: file.name },
      props: { entry },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const { entry } = props as { entry: CountyYearEntry };
  const file = (await downloadFiles(entry)).find((candidate) => candidate.name === params.file);
  if (file === undefined) throw new Error(`no download ${params.file}`);
  // A copy typed as a plain ArrayBuffer view, as Response wants.
  return new Response(file.bytes.slice(), { headers: { 'Content-Type': file.mediaType } });
};
