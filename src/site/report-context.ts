/**
 * The county-year a page is about, made available to the components a narrative uses without
 * imports: the page puts it in `Astro.locals` before rendering the MDX, and each component
 * reads it from there (or from an explicit `of="county/year"`).
 */
import type { CountyYearEntry } from './entries.ts';

export interface ReportContext {
  /** The county-year of the page. */
  entry: CountyYearEntry;
  /** Every county-year, for `of="county/year"` references and comparisons. */
  all: ReadonlyMap<string, CountyYearEntry>;
  /** The page's own path, for relative links. */
  page: string;
}

export function reportContext(locals: unknown): ReportContext {
  const context = (locals as { report?: ReportContext }).report;
  if (context === undefined) throw new Error('报告组件只能用在报告页中（缺少 Astro.locals.report）');
  return context;
}

/** The entry a component refers to: the page's, or another county-year by `of`. */
export function entryFor(context: ReportContext, of: string | undefined): CountyYearEntry {
  if (of === undefined) return context.entry;
  const entry = context.all.get(of);
  if (entry === undefined) {
    const known = [...context.all.keys()].join('、');
    throw new Error(`没有「${of}」这个县年度；可用的有：${known}`);
  }
  return entry;
}
