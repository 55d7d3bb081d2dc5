/**
 * The county's basic figures per 学段 (the reports' 基本情况 table), row by row, as the page and the
 * Word edition print them. School counts add up to the county's: schools and teaching points in
 * rows of their own, and a school with both 学段 (九年一贯制, 十二年一贯制) counted once, in the
 * table's note, not once under 小学 and again under 初中; its students, classes and teachers still
 * go to the 学段 they belong to (domain.md §2). The note names the schools outside both columns
 * too (特殊教育学校), so that the counts shown add up to every school of the data.
 */
import type { Measure } from '../compute/measure.ts';
import { type LevelId, levelIds } from '../compute/units.ts';
import type { ComputeResult } from '../types/generated/result.ts';
import { defaultFormat, formatFigure } from './format.ts';
import { segmentLabel } from './labels.ts';

export interface LevelTableCell {
  text: string;
}

export interface LevelTableRow {
  /** The row's name with its unit: 学校数（所）, 师生比. */
  label: string;
  cells: LevelTableCell[];
}

/** How the county's schools fall into the table's rows. */
export interface SchoolCounts {
  /** Schools with this 学段 only, teaching points not included. */
  only: Record<LevelId, number>;
  /** Teaching points (教学点), by the 学段 they teach. */
  teachingPoints: Record<LevelId, number>;
  /** Schools with both 学段, by type (九年一贯制, 十二年一贯制), in file order of first appearance. */
  mixed: Map<string, number>;
  /** Schools with neither 学段 (特殊教育学校 …), by type. */
  other: Map<string, number>;
  /** Every school and teaching point of the data. */
  all: number;
}

const teachingPointType = '教学点';

function add(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

export function schoolCounts(result: Pick<ComputeResult, 'schools'>): SchoolCounts {
  const counts: SchoolCounts = {
    only: { primary: 0, junior: 0 },
    teachingPoints: { primary: 0, junior: 0 },
    mixed: new Map(),
    other: new Map(),
    all: result.schools.length,
  };
  for (const school of result.schools) {
    const has = levelIds.filter((level) => school.levels[level] !== undefined);
    const [level] = has;
    if (has.length > 1) add(counts.mixed, school.type);
    else if (level === undefined) add(counts.other, school.type);
    else if (school.type === teachingPointType) counts.teachingPoints[level] += 1;
    else counts.only[level] += 1;
  }
  return counts;
}

function total(map: ReadonlyMap<string, number>): number {
  return [...map.values()].reduce((sum, count) => sum + count, 0);
}

/** 九年一贯制学校, 九年一贯制、十二年一贯制学校. */
function typesName(map: ReadonlyMap<string, number>): string {
  return `${[...map.keys()].join('、')}学校`;
}

/** The per-学段 figures after the school counts, with their units. */
const figureRows: readonly { key: string; unit?: string }[] = [
  { key: 'students', unit: '人' },
  { key: 'classes', unit: '个' },
  { key: 'teachers', unit: '人' },
  { key: 'averageClassSize', unit: '人' },
  { key: 'studentsPerTeacher' },
  { key: 'aboveDegreeShare' },
  { key: 'seniorTitleShare' },
];

function figureCell(result: Pick<ComputeResult, 'levels'>, level: LevelId, key: string): LevelTableCell {
  const value = (result.levels[level] as unknown as Record<string, Measure>)[key] as Measure;
  const format = defaultFormat(key, value);
  return { text: formatFigure(value, format.format, format.decimals).text };
}

export function levelTableRows(result: Pick<ComputeResult, 'schools' | 'levels'>): LevelTableRow[] {
  const counts = schoolCounts(result);
  const rows: LevelTableRow[] = [
    { label: '学校数（所）', cells: levelIds.map((level) => ({ text: String(counts.only[level]) })) },
  ];
  if (levelIds.some((level) => counts.teachingPoints[level] > 0)) {
    rows.push({
      label: '教学点（个）',
      cells: levelIds.map((level) => ({ text: String(counts.teachingPoints[level]) })),
    });
  }
  for (const row of figureRows) {
    const name = segmentLabel(row.key);
    rows.push({
      label: row.unit ? `${name}（${row.unit}）` : name,
      cells: levelIds.map((level) => figureCell(result, level, row.key)),
    });
  }
  return rows;
}

/**
 * How the table counts schools, when it needs saying: 另有九年一贯制学校 5 所，同时设有小学和初中，
 * 学校数单列，不计入上表的小学、初中学校数，其在校生、班级和专任教师分别计入小学和初中；另有特殊教育学校
 * 1 所，不在表中。
 */
export function levelTableNote(result: Pick<ComputeResult, 'schools'>): string | undefined {
  const counts = schoolCounts(result);
  const sentences: string[] = [];
  if (counts.mixed.size > 0) {
    sentences.push(
      `另有${typesName(counts.mixed)} ${total(counts.mixed)} 所，同时设有小学和初中，学校数单列，不计入上表的小学、初中学校数，其在校生、班级和专任教师分别计入小学和初中`,
    );
  }
  if (counts.other.size > 0) {
    const others = [...counts.other].map(([type, count]) => `${type} ${count} 所`).join('、');
    sentences.push(`另有${others}，不在表中`);
  }
  return sentences.length === 0 ? undefined : `${sentences.join('；')}。`;
}
