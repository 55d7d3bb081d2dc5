/** The data problems the engine finds, as DataIssues located by field path. */
import type { DataIssue } from '../problems/problem.ts';
import type { LevelId } from './units.ts';

const levelNames: Record<LevelId, string> = { primary: '小学', junior: '初中' };

export const engineIssues = {
  unitWithoutStudents(
    schoolIndex: number,
    schoolName: string,
    level: LevelId,
    standardName: string,
  ): DataIssue {
    return {
      severity: 'warning',
      code: 'unitWithoutStudents',
      path: ['schools', schoolIndex, level, 'students'],
      message: `${schoolName}${levelNames[level]}段在校生数为 0，纳入「${standardName}」测算范围却无法计算生均值，已从差异系数中剔除`,
      hint: '如该学段已停招，请删除这一学段；如是漏填，请填写在校生数',
    };
  },
  missingNumerator(
    schoolIndex: number,
    numerator: string,
    count: number,
    indicatorName: string,
    level: LevelId,
  ): DataIssue {
    const [source = '', field = ''] = numerator.split('.');
    const path =
      source === 'level' ? ['schools', schoolIndex, level, field] : ['schools', schoolIndex, source, field];
    return {
      severity: 'warning',
      code: 'missingNumerator',
      path,
      message: `${count} 所学校未填 ${field}，${levelNames[level]}「${indicatorName}」无法计算`,
      hint: `请为纳入测算的每所学校填写 ${field}`,
    };
  },
};
