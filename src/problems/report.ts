/** Prints problems the way a clerk reads them, one per line, then a count. */
import { formatProblem, type Problem } from './problem.ts';

export function problemReport(problems: readonly Problem[]): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  const lines = problems.map(formatProblem);
  if (problems.length === 0) return '数据检查通过：没有发现问题。';
  lines.push('', `共 ${errors} 个错误、${warnings} 个提示。${errors > 0 ? '请先改正错误再构建。' : ''}`);
  return lines.join('\n');
}
