/**
 * Chinese names and units of the indicators, for axes, legends and tables. A result carries
 * indicator ids only; their names live in the standard files. `indicatorLabelsFromStandards`
 * reads them from there; `DEFAULT_INDICATOR_LABELS` holds those of the shipped standards (a test
 * keeps it equal to data/standards/), so a builder called with a result alone still speaks
 * Chinese. `short` is a name of at most five characters for matrix columns and bar axes.
 */
import type { StandardFile } from '../types/generated/standard.ts';

export interface IndicatorLabel {
  /** Full name as the standard writes it. */
  name: string;
  /** Unit as the standard writes it (㎡, 元, 人, 间, 台, 册, %, or empty). */
  unit: string;
  /** At most five characters. */
  short: string;
}

export type IndicatorLabels = Readonly<Record<string, IndicatorLabel>>;

/** Short names: the standard files have none. */
export const SHORT_NAMES: Readonly<Record<string, string>> = {
  teaching_area_per_student: '教学用房',
  sports_area_per_student: '体育场馆',
  equipment_value_per_student: '仪器设备',
  computers_per_100_students: '计算机',
  books_per_student: '图书',
  teachers_per_student: '师生比',
  above_degree_teachers_per_student: '高学历教师',
  senior_title_teachers_per_student: '中级职称',
  above_degree_teachers_per_100_students: '高学历教师',
  key_teachers_per_100_students: '骨干教师',
  pe_arts_teachers_per_100_students: '体艺教师',
  multimedia_rooms_per_100_students: '多媒体教室',
  qualified_teacher_share: '学历合格',
  land_area_per_student: '校地面积',
  building_area_per_student: '校舍面积',
  laboratories: '实验室',
  function_rooms: '功能室',
  library_rooms: '图书室',
};

function label(id: string, name: string, unit: string): IndicatorLabel {
  return { name, unit, short: SHORT_NAMES[id] ?? name };
}

/** The indicators of basic-2012, quality-2017 and hunan-basic-illustrative. */
export const DEFAULT_INDICATOR_LABELS: IndicatorLabels = {
  teaching_area_per_student: label('teaching_area_per_student', '生均教学及辅助用房面积', '㎡'),
  sports_area_per_student: label('sports_area_per_student', '生均体育运动场馆面积', '㎡'),
  equipment_value_per_student: label('equipment_value_per_student', '生均教学仪器设备值', '元'),
  computers_per_100_students: label('computers_per_100_students', '每百名学生拥有计算机台数', '台'),
  books_per_student: label('books_per_student', '生均图书册数', '册'),
  teachers_per_student: label('teachers_per_student', '师生比', ''),
  above_degree_teachers_per_student: label(
    'above_degree_teachers_per_student',
    '生均高于规定学历教师数',
    '人',
  ),
  senior_title_teachers_per_student: label(
    'senior_title_teachers_per_student',
    '生均中级及以上专业技术职务教师数',
    '人',
  ),
  above_degree_teachers_per_100_students: label(
    'above_degree_teachers_per_100_students',
    '每百名学生拥有高于规定学历教师数',
    '人',
  ),
  key_teachers_per_100_students: label(
    'key_teachers_per_100_students',
    '每百名学生拥有县级及以上骨干教师数',
    '人',
  ),
  pe_arts_teachers_per_100_students: label(
    'pe_arts_teachers_per_100_students',
    '每百名学生拥有体育、艺术（美术、音乐）专任教师数',
    '人',
  ),
  multimedia_rooms_per_100_students: label(
    'multimedia_rooms_per_100_students',
    '每百名学生拥有网络多媒体教室数',
    '间',
  ),
  qualified_teacher_share: label('qualified_teacher_share', '专任教师学历合格率', '%'),
  land_area_per_student: label('land_area_per_student', '生均校地面积', '㎡'),
  building_area_per_student: label('building_area_per_student', '生均校舍建筑面积', '㎡'),
  laboratories: label('laboratories', '实验室', '间'),
  function_rooms: label('function_rooms', '六大功能室', '间'),
  library_rooms: label('library_rooms', '图书室', '间'),
};

/** Names and units as the given standard files define them (later files do not override). */
export function indicatorLabelsFromStandards(standards: readonly StandardFile[]): IndicatorLabels {
  const labels: Record<string, IndicatorLabel> = {};
  for (const standard of standards)
    for (const indicator of standard.indicators)
      labels[indicator.id] ??= label(indicator.id, indicator.name, indicator.unit);
  return labels;
}

/** The label of an indicator; an unknown id is shown as it is. */
export function indicatorLabel(
  id: string,
  labels: IndicatorLabels = DEFAULT_INDICATOR_LABELS,
): IndicatorLabel {
  return labels[id] ?? DEFAULT_INDICATOR_LABELS[id] ?? { name: id, unit: '', short: id };
}
