/**
 * One county-year's result before and after: the county-level figures that print differently,
 * the verdicts that flipped, and the schools whose standing changed, came or went. Pure.
 */
import type { Measure } from '../compute/measure.ts';
import { levelIds } from '../compute/units.ts';
import { formatFigure, printedChange, printedText } from '../figures/format.ts';
import { citableFigures } from '../figures/keys.ts';
import { figureGroup, figureGroups, figureLabel } from '../figures/labels.ts';
import { levelNames, type StandardKind, standardKindNames, standardKinds } from '../figures/vocabulary.ts';
import type {
  ComputeResult,
  SchoolResult,
  StandardResult,
  UnitResult,
  UnitStatus,
} from '../types/generated/result.ts';
import type { StandardFile } from '../types/generated/standard.ts';
import type { CountyYearRef, PassFlip, SchoolPresence, StandingChange, ValueChange } from './figure-diff.ts';

/** One side of a county-year: its result and the standard files it was computed with. */
export interface ResultSide {
  result: ComputeResult;
  standards: readonly StandardFile[];
}

/** Parts of the result that are not county-level figures: schools have their own comparison,
 * printed-figure checks are reported as data problems, and the year names the document. The
 * assessment (line states, per-school shortfalls) has no stable keys or labels yet. */
const notFigures = new Set(['schools', 'published', 'year', 'standards', 'assessment']);

/** Every county-level number of a result by its stable key (list items by identity), in document order. */
export function countyFigures(result: ComputeResult): Map<string, Measure> {
  return citableFigures(result, notFigures);
}

export function compareValues(ref: CountyYearRef, before: ResultSide, after: ResultSide): ValueChange[] {
  const old = countyFigures(before.result);
  const now = countyFigures(after.result);
  const keys = [...new Set([...now.keys(), ...old.keys()])];
  const changes: ValueChange[] = [];
  for (const key of keys) {
    const from = old.get(key);
    const to = now.get(key);
    const beforeText = from === undefined ? '（无）' : printedText(key, from);
    const afterText = to === undefined ? '（无）' : printedText(key, to);
    if (beforeText === afterText) continue;
    const side = to === undefined ? before : after;
    changes.push({
      ...ref,
      key,
      group: figureGroup(key),
      label: figureLabel(key, side.standards),
      before: from ?? null,
      after: to ?? null,
      beforeText,
      afterText,
      change: from === undefined || to === undefined ? '' : printedChange(key, from, to),
    });
  }
  const rank = (group: string) => {
    const index = (figureGroups as readonly string[]).indexOf(group);
    return index === -1 ? figureGroups.length : index;
  };
  // Stable: inside a group, the document's order.
  return changes.sort((a, b) => rank(a.group) - rank(b.group));
}

export function compareVerdicts(ref: CountyYearRef, before: ResultSide, after: ResultSide): PassFlip[] {
  const flips: PassFlip[] = [];
  for (const level of levelIds) {
    for (const standard of standardKinds) {
      const old = before.result.levels[level][standard];
      const now = after.result.levels[level][standard];
      if (old === undefined && now === undefined) continue;
      const flip = { ...ref, level, standard };
      if (old?.pass !== now?.pass) {
        flips.push({
          ...flip,
          label: '结论',
          basis: { before: conclusionBasis(old), after: conclusionBasis(now) },
          before: old?.pass,
          after: now?.pass,
        });
      }
      const ids = [
        ...new Set([...Object.keys(now?.indicators ?? {}), ...Object.keys(old?.indicators ?? {})]),
      ];
      for (const id of ids) {
        const from = old?.indicators[id];
        const to = now?.indicators[id];
        if (from?.pass === to?.pass) continue;
        flips.push({
          ...flip,
          indicator: id,
          label: indicatorName(id, standard, after.standards, before.standards),
          basis: { before: coefficientBasis(from), after: coefficientBasis(to) },
          before: from?.pass,
          after: to?.pass,
        });
      }
    }
  }
  return flips;
}

/** What a standard's conclusion rests on, as the coefficient table's footer reads. */
function conclusionBasis(result: StandardResult | undefined): string {
  if (result === undefined) return '（未采用）';
  const schools =
    result.schoolsMeeting === undefined ? undefined : `学校达标 ${result.schoolsMeeting}/${result.units}`;
  if (result.compositeCv !== undefined) return `综合差异系数 ${coefficient(result.compositeCv)}`;
  const tested = Object.values(result.indicators).filter((indicator) => indicator?.pass !== undefined);
  const coefficients =
    tested.length === 0
      ? undefined
      : `差异系数达到 ${tested.filter((indicator) => indicator?.pass).length}/${tested.length} 项`;
  return [coefficients, schools].filter((part) => part !== undefined).join('，') || '—';
}

function coefficientBasis(indicator: StandardResult['indicators'][string]): string {
  if (indicator?.cv === undefined) return '—';
  return indicator.limit === undefined
    ? coefficient(indicator.cv)
    : `${coefficient(indicator.cv)}（限值 ${indicator.limit}）`;
}

function coefficient(measure: Measure): string {
  return formatFigure(measure, 'coefficient', 3).text;
}

function indicatorName(id: string, kind: StandardKind, ...sides: (readonly StandardFile[])[]): string {
  for (const standards of sides) {
    const found = standards
      .find((standard) => standard.kind === kind)
      ?.indicators.find((item) => item.id === id);
    if (found !== undefined) return found.name;
  }
  return id;
}

export function compareSchools(
  ref: CountyYearRef,
  before: ResultSide,
  after: ResultSide,
): { added: SchoolPresence[]; removed: SchoolPresence[]; standings: StandingChange[] } {
  const old = new Map(before.result.schools.map((school) => [school.id, school]));
  const now = new Map(after.result.schools.map((school) => [school.id, school]));
  const added = after.result.schools
    .filter((school) => !old.has(school.id))
    .map((school) => presence(ref, school, after.standards));
  const removed = before.result.schools
    .filter((school) => !now.has(school.id))
    .map((school) => presence(ref, school, before.standards));
  const standings: StandingChange[] = [];
  for (const school of after.result.schools) {
    const previous = old.get(school.id);
    if (previous === undefined) continue;
    for (const level of levelIds) {
      for (const standard of standardKinds) {
        const from = previous.levels[level];
        const to = school.levels[level];
        if (from?.[standard] === undefined && to?.[standard] === undefined) continue;
        const beforeText = standingText(from, standard);
        const afterText = standingText(to, standard);
        const names = (ids: readonly string[]) =>
          ids.map((id) => indicatorName(id, standard, after.standards, before.standards));
        const was = shortIndicators(from?.[standard]);
        const is = shortIndicators(to?.[standard]);
        const appeared = is.filter((id) => !was.includes(id));
        const cleared = was.filter((id) => !is.includes(id));
        if (beforeText === afterText && appeared.length === 0 && cleared.length === 0) continue;
        standings.push({
          ...ref,
          school: school.id,
          name: school.name,
          level,
          standard,
          before: beforeText,
          after: afterText,
          shortfallsAppeared: names(appeared),
          shortfallsCleared: names(cleared),
        });
      }
    }
  }
  return { added, removed, standings };
}

/** 达标（7/7）, 未达标（5/7）, 纳入测算 (a standard without per-school values), 不纳入测算, 无此学段. */
export function standingText(unit: UnitResult | undefined, standard: StandardKind): string {
  if (unit === undefined) return '无此学段';
  const status = unit[standard];
  if (status === undefined) return '不适用';
  if (!status.inScope) return '不纳入测算';
  if (status.met === undefined) return '纳入测算';
  return `${status.pass ? '达标' : '未达标'}（${status.met}/${status.of}）`;
}

function shortIndicators(status: UnitStatus | undefined): string[] {
  return Object.entries(status?.shortfalls ?? {})
    .filter(([, shortfall]) => shortfall !== undefined && shortfall.short > 0)
    .map(([id]) => id);
}

function presence(
  ref: CountyYearRef,
  school: SchoolResult,
  standards: readonly StandardFile[],
): SchoolPresence {
  const standing: string[] = [];
  for (const level of levelIds) {
    const unit: UnitResult | undefined = school.levels[level];
    if (unit === undefined) continue;
    for (const standard of standardKinds) {
      if (!standards.some((item) => item.kind === standard) || unit[standard]?.met === undefined) continue;
      standing.push(`${levelNames[level]}·${standardKindNames[standard]}：${standingText(unit, standard)}`);
    }
  }
  return { ...ref, school: school.id, name: school.name, type: school.type, standing };
}
