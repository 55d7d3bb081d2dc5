/** What the site's collections hold, typed (the loader stores plain JSON). */
import type { CountyFile } from '../types/generated/county.ts';
import type { ComputeResult } from '../types/generated/result.ts';
import type { StandardFile } from '../types/generated/standard.ts';

export interface CountyYearEntry {
  result: ComputeResult;
  county: CountyFile;
  /** The standards the county applies, in the order county.yaml lists them. */
  standards: StandardFile[];
}
