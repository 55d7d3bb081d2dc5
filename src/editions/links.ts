/**
 * The editions a page offers, as the HTML `npm run editions` puts into the built page once the
 * files exist: each link with its format and size. The pages are rewritten after the build, so a
 * page lists exactly the files written. Pure.
 */
import { fixedDecimal } from '../text/decimal.ts';

export interface EditionLink {
  /** Site path of the file, e.g. /longting/2021/report.docx. */
  href: string;
  kind: 'docx' | 'pdf';
  size: number;
  /** The name the file is saved under. */
  download: string;
}

const kindNames = { docx: 'Word 公文版', pdf: 'PDF 打印版' } as const;

/** A size as people read it: 812 字节, 35.2 KB, 1.4 MB. */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${fixedDecimal(bytes / 1024, 1)} KB`;
  return `${fixedDecimal(bytes / 1024 / 1024, 1)} MB`;
}

/** `to` relative to the folder of `page` (both site paths; a page path ends with /). */
export function relativePath(page: string, to: string): string {
  const from = page.split('/').filter(Boolean);
  const target = to.split('/').filter(Boolean);
  let common = 0;
  while (common < from.length && common < target.length - 1 && from[common] === target[common]) common++;
  const up = from.length - common;
  return `${'../'.repeat(up)}${target.slice(common).join('/')}` || './';
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const editionsMarker = 'data-editions';

/** The list of a page's editions. */
export function editionLinksHtml(links: readonly EditionLink[], page: string): string {
  const items = links
    .map(
      (link) =>
        `<li><a href="${escapeHtml(relativePath(page, link.href))}" download="${escapeHtml(link.download)}" type="${
          link.kind === 'docx'
            ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
            : 'application/pdf'
        }">${kindNames[link.kind]}</a>（${sizeText(link.size)}）</li>`,
    )
    .join('');
  return `<div class="editions no-print" ${editionsMarker}><p>下载本报告：</p><ul class="downloads">${items}</ul></div>`;
}

const existing = /<div class="editions no-print" data-editions>[\s\S]*?<\/ul><\/div>/;

/** The page with its editions listed: in place of an earlier list, else after its <h1>. */
export function insertEditionLinks(html: string, block: string): string {
  if (existing.test(html)) return html.replace(existing, () => block);
  const end = html.indexOf('</h1>');
  if (end < 0) return html;
  return `${html.slice(0, end + 5)}${block}${html.slice(end + 5)}`;
}

/** The page without a list of editions (as the build wrote it). */
export function removeEditionLinks(html: string): string {
  return html.replace(existing, '');
}
