/**
 * The 落款 at the end of a report: who issues it and when, written as a 公文 writes dates
 * (2021年8月18日). One rule for the report page, the plan page and their Word and PDF editions.
 */

export interface Signature {
  /** 发文机关署名. */
  publisher: string;
  /** 成文日期, in Chinese (2019年11月30日); the data year (2019年) when the report has no date. */
  date: string;
}

/** 2021-08-18 → 2021年8月18日; 2021-08 → 2021年8月; anything else (待补充) as written. */
export function chineseDate(iso: string): string {
  const match = /^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?/.exec(iso);
  if (match === null) return iso;
  const [, year, month, day] = match;
  return `${year}年${month ? `${Number(month)}月` : ''}${day ? `${Number(day)}日` : ''}`;
}

/** What a signature is made of: the county (the publisher by default) and the data year. */
interface Subject {
  county: { name: string };
  year: number;
}

/**
 * A county-year report's 落款: the narrative's publisher (else the county) and its publication
 * date (else its update date, else the data year).
 */
export function reportSignature(
  subject: Subject,
  meta: { publisher?: string | undefined; published?: string | undefined; updated?: string | undefined },
): Signature {
  const date = meta.published ?? meta.updated;
  return {
    publisher: meta.publisher ?? subject.county.name,
    date: date ? chineseDate(date) : `${subject.year}年`,
  };
}

/**
 * The plan's 落款: the publisher of the county's latest report (latestPublisher; else the county)
 * and the plan's issue date (else the data year of the page).
 */
export function planSignature(
  subject: Subject & { issued?: string | undefined },
  publisher: string | undefined,
): Signature {
  return {
    publisher: publisher ?? subject.county.name,
    date: subject.issued ? chineseDate(subject.issued) : `${subject.year}年`,
  };
}

/** The publisher of the latest year's report that names one: the plan's issuer. */
export function latestPublisher(
  reports: readonly { year: number; publisher?: string | undefined }[],
): string | undefined {
  let latest: { year: number; publisher: string } | undefined;
  for (const report of reports) {
    if (report.publisher && (latest === undefined || report.year >= latest.year))
      latest = { year: report.year, publisher: report.publisher };
  }
  return latest?.publisher;
}
