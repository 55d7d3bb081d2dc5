/**
 * The county verdict from its lines and vetoes: met only when every line is met and every
 * enabled veto is declared absent; not met when any line is not met or any veto present;
 * otherwise undetermined. A line or veto not supplied never counts as met.
 */
import type { AssessmentVerdict, LineCounts, LineResult, VetoResult } from '../../types/generated/result.ts';

export function verdictOf(
  lines: readonly LineResult[],
  vetoes: readonly VetoResult[] = [],
): AssessmentVerdict {
  const judged = vetoes.filter((veto) => veto.enabled);
  if (lines.some((line) => line.state === 'not-met') || judged.some((veto) => veto.state === 'present'))
    return 'not-met';
  if (lines.every((line) => line.state === 'met') && judged.every((veto) => veto.state === 'absent'))
    return 'met';
  return 'undetermined';
}

export function countsOf(lines: readonly LineResult[]): LineCounts {
  return {
    met: lines.filter((line) => line.state === 'met').length,
    notMet: lines.filter((line) => line.state === 'not-met').length,
    notSupplied: lines.filter((line) => line.state === 'not-supplied').length,
    total: lines.length,
  };
}
