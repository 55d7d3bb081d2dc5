/**
 * One county-year's assessment before and after: the verdicts that changed and each line,
 * entry condition, basic-balance condition or veto whose state changed, with what was measured
 * (a measured value that moved within its state is left to the figures' comparison).
 * Pure; the states come from the engine, the words from src/figures/assessment.ts.
 */
import {
  type Assessment,
  type LineResult,
  lineStateText,
  lineValueText,
  partName,
  type VetoResult,
  verdictText,
  vetoStateNames,
} from '../figures/assessment.ts';
import { standardKindNames } from '../figures/vocabulary.ts';
import type { ComputeResult } from '../types/generated/result.ts';
import type { AssessmentChange, CountyYearRef } from './figure-diff.ts';

type Which = 'quality' | 'basic';

export function compareAssessments(
  ref: CountyYearRef,
  before: ComputeResult,
  after: ComputeResult,
): AssessmentChange[] {
  const old: Assessment = before.assessment ?? {};
  const now: Assessment = after.assessment ?? {};
  const changes: AssessmentChange[] = [];
  for (const which of ['quality', 'basic'] as const) {
    const from = old[which];
    const to = now[which];
    if (from === undefined && to === undefined) continue;
    const assessment = standardKindNames[which];
    if (from?.verdict !== to?.verdict) {
      changes.push({
        ...ref,
        assessment,
        id: '',
        label: '认定结论',
        before: from === undefined ? '（无）' : verdictText(from.verdict),
        after: to === undefined ? '（无）' : verdictText(to.verdict),
        basis: { before: countsOf(from), after: countsOf(to) },
      });
    }
    changes.push(...compareLines(ref, assessment, linesOf(from), linesOf(to)));
    if (which === 'quality') {
      changes.push(...compareVetoes(ref, assessment, old.quality?.vetoes ?? [], now.quality?.vetoes ?? []));
    }
  }
  return changes;
}

function linesOf(assessment: Assessment[Which]): LineResult[] {
  if (assessment === undefined) return [];
  return 'conditions' in assessment ? assessment.conditions : [...assessment.entry, ...assessment.lines];
}

function countsOf(assessment: Assessment[Which]): string {
  if (assessment === undefined) return '（无）';
  const { met, total } = assessment.counts;
  return `达标 ${met}/${total}`;
}

function compareLines(
  ref: CountyYearRef,
  assessment: string,
  before: readonly LineResult[],
  after: readonly LineResult[],
): AssessmentChange[] {
  const old = new Map(before.map((line) => [line.id, line]));
  const now = new Map(after.map((line) => [line.id, line]));
  const changes: AssessmentChange[] = [];
  for (const id of [...new Set([...now.keys(), ...old.keys()])]) {
    const from = old.get(id);
    const to = now.get(id);
    // A value that moved without moving the state is among the figures (数值变化) already.
    if (from?.state === to?.state) continue;
    const fromValue = from === undefined ? '（无）' : lineValueText(from);
    const toValue = to === undefined ? '（无）' : lineValueText(to);
    const line = (to ?? from) as LineResult;
    changes.push({
      ...ref,
      assessment,
      id,
      label: `${partName(line.part)}·${line.name}`,
      before: from === undefined ? '（无）' : lineStateText(from.state),
      after: to === undefined ? '（无）' : lineStateText(to.state),
      basis: { before: fromValue, after: toValue },
    });
  }
  return changes;
}

function compareVetoes(
  ref: CountyYearRef,
  assessment: string,
  before: readonly VetoResult[],
  after: readonly VetoResult[],
): AssessmentChange[] {
  const old = new Map(before.map((veto) => [veto.id, veto]));
  const changes: AssessmentChange[] = [];
  for (const veto of after) {
    const from = old.get(veto.id);
    if (from?.state === veto.state) continue;
    changes.push({
      ...ref,
      assessment,
      id: veto.id,
      label: `${partName('veto')}·${veto.name}`,
      before: from === undefined ? '（无）' : vetoStateNames[from.state],
      after: vetoStateNames[veto.state],
      basis: { before: '', after: '' },
    });
  }
  return changes;
}
