/**
 * The Chinese name of every figure, by its stable key: the group it belongs to (小学, 初中,
 * 县级合计, 县级事实, 已公开数字, a school) and its name inside the group, e.g.
 * `levels.primary.basic.indicators.books_per_student.cv` → 小学 · 基本均衡·生均图书册数·差异系数.
 * Result segments are named here, indicators by their standard files, facts and facilities by
 * the titles of the county-year schema, list items by their identity. Best effort: a segment
 * without a known name is shown as written, so every key still reads.
 */
import { facilityFields, yearField } from '../schema/fields.ts';
import type { StandardFile } from '../types/generated/standard.ts';
import { type KeySegment, parseKey } from './keys.ts';
import { levelLabels, standardKindNames } from './vocabulary.ts';

/** Segments of the result document (schemas/result.schema.json); '' drops the segment. */
const segmentLabels: Readonly<Record<string, string>> = {
  levels: '',
  indicators: '',
  totals: '县级合计',
  all: '学校和教学点总数',
  schools: '学校数',
  teachingPoints: '教学点数',
  byType: '学校数',
  students: '在校生数',
  teachers: '专任教师数',
  special: '特殊教育',
  facilities: '办学条件',
  studentsByLocation: '在校生数',
  classes: '班级数',
  averageClassSize: '平均班额',
  studentsPerTeacher: '师生比',
  aboveDegreeShare: '高于规定学历教师比例',
  seniorTitleShare: '中级及以上职称教师比例',
  largestClass: '最大班额',
  classSizeBands: '班额',
  upTo45: '45 人及以下的班级数',
  from46To55: '46—55 人的班级数',
  from56To65: '56—65 人的班级数',
  from66: '66 人及以上的班级数',
  classesReported: '填报班额分段的班级数',
  units: '纳入测算的学校（学段）数',
  compositeCv: '综合差异系数',
  limit: '差异系数限值',
  value: '县域值',
  cv: '差异系数',
  threshold: '每校标准值',
  schoolsMeeting: '达标学校（学段）数',
  schoolRule: '学校达标规则',
  minMet: '至少达到标准值的项数',
  floorShare: '未达标项不低于标准值的比例',
  facts: '县级事实',
  published: '已公开数字',
  computed: '测算值',
  difference: '差',
  met: '达标项数',
  of: '指标项数',
  short: '差额',
  standard: '标准值',
};

/** The name of one segment of the result (studentsPerTeacher → 师生比), or the segment itself. */
export function segmentLabel(segment: string): string {
  return segmentLabels[segment] ?? segment;
}

/** The groups in the order lists of figures show them. */
export const figureGroups = ['小学', '初中', '县级合计', '县级事实', '已公开数字'] as const;

export function figureGroup(key: string): string {
  const [first, second] = parseKey(key) ?? [];
  if (first?.name === 'levels') return levelLabels[second?.name ?? ''] ?? second?.name ?? '';
  if (first?.name === 'totals') return '县级合计';
  if (first?.name === 'facts') return '县级事实';
  if (first?.name === 'published') return '已公开数字';
  if (first?.name === 'schools') return first.identity ?? '学校';
  return first?.name ?? key;
}

/** The figure's full name, group first: 小学·基本均衡·生均图书册数·差异系数. */
export function keyLabel(key: string, standards: readonly StandardFile[]): string {
  const group = figureGroup(key);
  const label = figureLabel(key, standards);
  if (group === '' || label === '') return group || label;
  return `${group}·${label}`;
}

/** The figure's name without its group, e.g. 基本均衡·生均图书册数·差异系数. */
export function figureLabel(key: string, standards: readonly StandardFile[]): string {
  const segments = parseKey(key);
  if (segments === undefined) return key;
  const [first] = segments;
  if (first?.name === 'facts') return factLabel(segments.slice(1));
  if (first?.name === 'published' && first.identity !== undefined) {
    const inner = keyLabel(first.identity, standards);
    const part = segments[1]?.name;
    return part === undefined || part === 'published' ? inner : `${inner}·${segmentLabels[part] ?? part}`;
  }
  if (first?.name === 'schools' && first.identity !== undefined) {
    return resultLabel(segments.slice(1), standards);
  }
  return resultLabel(segments.slice(first?.name === 'levels' ? 2 : 1), standards, segments[0]?.name);
}

function resultLabel(
  segments: readonly KeySegment[],
  standards: readonly StandardFile[],
  top?: string,
): string {
  const labels: string[] = [];
  segments.forEach(({ name }, index) => {
    const previous = segments[index - 1]?.name;
    let label: string | undefined;
    if (previous === 'indicators' || previous === 'shortfalls') {
      label = standards.flatMap((standard) => standard.indicators).find((item) => item.id === name)?.name;
    } else if (previous === 'facilities') {
      label = facilityFields.get(name)?.title;
    } else if (previous === 'levels') {
      label = levelLabels[name];
    } else if (index === 0 && (top === 'levels' || top === undefined)) {
      label = (standardKindNames as Record<string, string>)[name] ?? levelLabels[name] ?? segmentLabels[name];
    } else if (Object.hasOwn(segmentLabels, name)) {
      label = segmentLabels[name];
    }
    label ??= name;
    if (label !== '') labels.push(label);
  });
  return labels.join('·');
}

function factLabel(segments: readonly KeySegment[]): string {
  const labels: string[] = [];
  const path: (string | number)[] = ['facts'];
  for (const { name, identity } of segments) {
    path.push(name);
    labels.push(yearField(path)?.title ?? name);
    if (identity !== undefined) {
      path.push(0);
      labels.push(identity);
    }
  }
  return labels.join('·');
}
