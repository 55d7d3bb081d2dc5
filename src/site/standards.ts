/** The standard file of one kind among those a county-year was computed with. */
import type { StandardKind } from '../figures/vocabulary.ts';
import type { StandardFile } from '../types/generated/standard.ts';

export function standardOfKind(
  standards: readonly StandardFile[],
  kind: StandardKind,
): StandardFile | undefined {
  return standards.find((standard) => standard.kind === kind);
}
