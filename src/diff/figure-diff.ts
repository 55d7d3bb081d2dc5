/**
 * What a change to the data or the narratives does to the published figures: the plain data
 * `npm run diff` prints as Markdown or JSON. Every list is complete here; only the Markdown caps
 * long ones.
 */
import type { LevelId } from '../compute/units.ts';
import type { StandardKind } from '../figures/vocabulary.ts';
import type { Problem } from '../problems/problem.ts';

export interface CountyYearRef {
  county: string;
  year: number;
  /** The county's name as the newer side has it (the older one when the county-year is gone). */
  countyName: string;
}

export interface CountyYearChange extends CountyYearRef {
  /**
   * added / removed: the year file appeared or went away; not-computed: it is still there but
   * has an error, so it has no figures now; computed-again: it had an error before and has none now.
   */
  change: 'added' | 'removed' | 'not-computed' | 'computed-again';
}

/** A verdict that changed: a standard's conclusion for a 学段, or one coefficient's test. */
export interface PassFlip extends CountyYearRef {
  level: LevelId;
  standard: StandardKind;
  /** The indicator whose coefficient test flipped; absent for the standard's conclusion. */
  indicator?: string;
  /** What was judged, in Chinese: 结论, or the indicator's name. */
  label: string;
  /** The figure the verdict rests on, as printed, before and after (e.g. 0.531 → 0.498). */
  basis: { before: string; after: string };
  before: boolean | undefined;
  after: boolean | undefined;
}

/**
 * A change in an assessment (优质均衡 or 基本均衡): its verdict, or one line's, entry condition's,
 * condition's or veto's state.
 */
export interface AssessmentChange extends CountyYearRef {
  /** 优质均衡 or 基本均衡. */
  assessment: string;
  /** The line's id (G5, B3, V1 …); empty for the verdict. */
  id: string;
  /** 认定结论, or the line's part and name, e.g. 政府保障程度·班额. */
  label: string;
  /** The state (or verdict) as the pages print it, before and after. */
  before: string;
  after: string;
  /** What was measured, as printed (or the counts of lines met, for the verdict). */
  basis: { before: string; after: string };
}

/** One county-level figure that prints differently. */
export interface ValueChange extends CountyYearRef {
  /** Dotted key into the result document, e.g. levels.primary.basic.compositeCv. */
  key: string;
  /** 小学, 初中, 县级合计 or 县级事实. */
  group: string;
  /** The figure in Chinese, without its group, e.g. 基本均衡·生均图书册数·差异系数. */
  label: string;
  /** The values, full precision; null when the figure is absent on that side. */
  before: number | { reason: string } | null;
  after: number | { reason: string } | null;
  /** As the pages print them. */
  beforeText: string;
  afterText: string;
  /** The signed change of the printed figures, e.g. +0.012 or −0.35 个百分点; empty when either is not a number. */
  change: string;
}

/** A school whose standing for a standard changed in one 学段. */
export interface StandingChange extends CountyYearRef {
  school: string;
  name: string;
  level: LevelId;
  standard: StandardKind;
  /** e.g. 达标（7/7）, 未达标（5/7）, 不纳入测算, 无此学段. */
  before: string;
  after: string;
  /** Indicators the school now falls short of, and those it no longer does (names). */
  shortfallsAppeared: string[];
  shortfallsCleared: string[];
}

/** A school that is new in the data, or gone from it. */
export interface SchoolPresence extends CountyYearRef {
  school: string;
  name: string;
  type: string;
  /** Its standing per 学段 and standard, e.g. 小学·优质均衡：未达标（3/7）. */
  standing: string[];
}

/** A <Figure> of a narrative that reads differently with the newer data. */
export interface NarrativeFigureChange {
  file: string;
  line: number;
  /** The element as written. */
  source: string;
  /** As the page prints it; null when that side has no such figure. */
  before: string | null;
  after: string | null;
}

export interface FigureReferenceAt {
  line: number;
  source: string;
}

/** A narrative whose text changed. */
export interface NarrativeEdit {
  file: string;
  change: 'added' | 'removed' | 'edited';
  /** Lines of the newer text not in the older, and the reverse (as a multiset of lines). */
  linesAdded: number;
  linesRemoved: number;
  /** <Figure> elements written only in the newer text (with their line there), and only in the older. */
  referencesAdded: FigureReferenceAt[];
  referencesRemoved: FigureReferenceAt[];
}

export interface FigureDiff {
  countyYears: CountyYearChange[];
  flips: PassFlip[];
  assessment: AssessmentChange[];
  values: ValueChange[];
  schools: {
    added: SchoolPresence[];
    removed: SchoolPresence[];
    standings: StandingChange[];
  };
  narratives: {
    figures: NarrativeFigureChange[];
    edits: NarrativeEdit[];
  };
  problems: {
    /** Problems of the newer side the older did not have (located in the newer files). */
    introduced: Problem[];
    /** Problems of the older side the newer no longer has. */
    resolved: Problem[];
    /** The newer side has an error: its build would stop. */
    newSideHasErrors: boolean;
  };
}
