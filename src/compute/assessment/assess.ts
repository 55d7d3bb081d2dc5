/**
 * One county-year's assessment under the standards it applies (the `assessment` of the result):
 * the quality standard's entry conditions, lines and vetoes; the basic standard's conditions.
 * Across years (monitoring, plan progress) see across-years.ts.
 */
import type { CountyFile } from '../../types/generated/county.ts';
import type { CountyYearFile } from '../../types/generated/county-year.ts';
import type { LocalStandardFile } from '../../types/generated/local-standard.ts';
import type { BasicAssessment, QualityAssessment, VetoResult } from '../../types/generated/result.ts';
import type { StandardFile, Veto } from '../../types/generated/standard.ts';
import type { StandardEvaluation } from '../evaluate-standard.ts';
import type { LevelId } from '../units.ts';
import type { AssessmentContext, StandardKind } from './checks.ts';
import { type AssessmentInputs, assessmentInputs } from './inputs.ts';
import { adjustLines, evaluateLine, plannedAdjustments } from './lines.ts';
import { countsOf, verdictOf } from './verdict.ts';

export interface YearAssessment {
  quality?: QualityAssessment;
  basic?: BasicAssessment;
}

export function assessCountyYear(
  county: CountyFile,
  data: CountyYearFile,
  standards: ReadonlyMap<StandardKind, StandardFile>,
  evaluations: ReadonlyMap<LevelId, ReadonlyMap<StandardKind, StandardEvaluation>>,
  locals: readonly LocalStandardFile[] = [],
): YearAssessment {
  const inputs = assessmentInputs(county, data);
  const out: YearAssessment = {};
  const quality = standards.get('quality');
  if (quality?.assessment !== undefined) {
    const context = contextOf(county, data, inputs, quality, standards, evaluations);
    const spec = quality.assessment;
    const planned = plannedAdjustments(quality, locals);
    const adjustedEntry = adjustLines(spec.entry ?? [], planned);
    const adjustedLines = adjustLines(spec.lines ?? [], planned);
    const entry = adjustedEntry.lines.map((line) => evaluateLine(line, context));
    const lines = adjustedLines.lines.map((line) => evaluateLine(line, context));
    const vetoes = (spec.vetoes ?? []).map((veto) => vetoResult(veto, inputs));
    out.quality = {
      standard: quality.id,
      verdict: verdictOf([...entry, ...lines], vetoes),
      counts: countsOf(lines),
      entry,
      lines,
      vetoes,
      adjustments: [...adjustedEntry.applied, ...adjustedLines.applied],
    };
  }
  const basic = standards.get('basic');
  if (basic?.assessment?.lines !== undefined) {
    const context = contextOf(county, data, inputs, basic, standards, evaluations);
    const adjusted = adjustLines(basic.assessment.lines, plannedAdjustments(basic, locals));
    const conditions = adjusted.lines.map((line) => evaluateLine(line, context));
    out.basic = {
      standard: basic.id,
      verdict: verdictOf(conditions),
      counts: countsOf(conditions),
      conditions,
    };
    if (adjusted.applied.length > 0) out.basic.adjustments = adjusted.applied;
  }
  return out;
}

function contextOf(
  county: CountyFile,
  data: CountyYearFile,
  inputs: AssessmentInputs,
  standard: StandardFile,
  standards: ReadonlyMap<StandardKind, StandardFile>,
  evaluations: ReadonlyMap<LevelId, ReadonlyMap<StandardKind, StandardEvaluation>>,
): AssessmentContext {
  return {
    county,
    data,
    inputs,
    standard,
    standards,
    evaluations,
    roomRounding: standard.assessment?.settings?.roomRounding ?? 'up',
  };
}

export function vetoResult(veto: Veto, inputs: AssessmentInputs): VetoResult {
  const declared = inputs.vetoes.find((row) => row.item === veto.declaration);
  const result: VetoResult = {
    id: veto.id,
    name: veto.name,
    declaration: veto.declaration,
    state: declared === undefined ? 'not-supplied' : declared.present ? 'present' : 'absent',
    optional: veto.optional ?? false,
    enabled: veto.enabled ?? true,
    unconfirmed: veto.unconfirmed ?? false,
  };
  const evidence = inputs.evidence
    .filter((row) => row.item === veto.declaration)
    .map(({ item: _, ...reference }) => reference);
  if (evidence.length > 0) result.evidence = evidence;
  return result;
}
