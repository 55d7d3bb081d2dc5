/**
 * A Chinese reading of a result key for the 已公开数字核对表, e.g.
 * `levels.primary.basic.indicators.books_per_student.cv` → 小学·基本均衡·生均图书册数·差异系数.
 * Best effort: a segment without a known name is shown as written, so every key still reads.
 */
import countyYearSchema from '../../schemas/county-year.schema.json' with { type: 'json' };
import { levelLabels, standardKindLabels } from '../problems/catalog.ts';
import { facilityFields } from '../schema/fields.ts';
import type { StandardFile } from '../types/generated/standard.ts';

/** Segments of the result document (schemas/result.schema.json); '' drops the segment. */
const segmentLabels: Record<string, string> = {
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
  studentsPerTeacher: '生师比',
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
};

const factTitles: Record<string, string> = Object.fromEntries(
  Object.entries(
    (countyYearSchema.$defs.facts as { properties: Record<string, { title?: string }> }).properties,
  ).flatMap(([key, property]) => (property.title === undefined ? [] : [[key, property.title]])),
);

export function keyLabel(key: string, standards: readonly StandardFile[]): string {
  const parts = key.split('.');
  const labels: string[] = [];
  parts.forEach((part, index) => {
    const previous = parts[index - 1];
    let label: string | undefined;
    if (previous === 'indicators') {
      label = standards.flatMap((standard) => standard.indicators).find((item) => item.id === part)?.name;
    } else if (previous === 'facilities') {
      label = facilityFields.get(part)?.title;
    } else if (previous === 'facts') {
      label = factTitles[part];
    } else if (previous === 'levels') {
      label = levelLabels[part];
    } else if (index === 2 && parts[0] === 'levels') {
      label = standardKindLabels[part] ?? segmentLabels[part];
    } else if (Object.hasOwn(segmentLabels, part)) {
      label = segmentLabels[part];
    }
    label ??= part;
    if (label !== '') labels.push(label);
  });
  return labels.join('·');
}
