/** The downloads of a county-year, written as static files next to its data page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderedCountyYears } from '../../../../site/collections.ts';
import { downloadFiles } from '../../../../site/downloads.ts';

export const getStaticPaths = (async () => {
  return (await renderedCountyYears()).flatMap((entry) =>
    downloadFiles(entry).map((file) => ({
      params: { county: entry.county.id, year: String(entry.result.year), file: file.name },
      props: { bytes: file.bytes, mediaType: file.mediaType },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { bytes, mediaType } = props as { bytes: Uint8Array; mediaType: string };
  // A copy typed as a plain ArrayBuffer view, as Response wants.
  return new Response(bytes.slice(), { headers: { 'Content-Type': mediaType } });
};
