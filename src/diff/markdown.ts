/**
 * The diff as a Markdown comment for a merge request: a one-line summary with counts, then the
 * verdicts that flipped (they matter most), the figures that moved, the schools, the
 * narratives and the data problems introduced. Long lists are capped; the JSON keeps all.
 */

import { levelNames, passText, standardKindNames } from '../figures/vocabulary.ts';
import { formatProblem } from '../problems/problem.ts';
import type { CountyYearChange, CountyYearRef, FigureDiff, NarrativeEdit } from './figure-diff.ts';

/** What the two sides are called in the heading, e.g. `HEAD~1` and 工作区. */
export interface SideNames {
  from: string;
  to: string;
}

/** Rows a table or list shows before "…另有 N 项". */
export const maxRows = 20;

const countyYearChangeText: Record<CountyYearChange['change'], string> = {
  added: '新增',
  removed: '已删除',
  'not-computed': '数据有错误，未测算',
  'computed-again': '错误已改正，重新测算',
};

export function renderMarkdown(diff: FigureDiff, sides: SideNames): string {
  const lines = [`### 发布数字变化：${sides.from} → ${sides.to}`, '', summary(diff)];
  if (diff.problems.newSideHasErrors) {
    lines.push(
      '',
      `> **${sides.to}的数据有错误，构建会停止。** 有错误的县年度没有测算，不在下面的比较中；错误见「新增数据问题」或 \`npm run check\`。`,
    );
  }
  const several = countyYearsNamed(diff) > 1;
  for (const section of [
    flips(diff, several),
    assessmentChanges(diff, several),
    countyYears(diff),
    values(diff, several),
    standings(diff, several),
    schools(diff, several),
    narrativeFigures(diff),
    narrativeEdits(diff),
    problems(diff),
  ]) {
    if (section.length > 0) lines.push('', ...section);
  }
  return `${lines.join('\n')}\n`;
}

function summary(diff: FigureDiff): string {
  const countyYears = (change: CountyYearChange['change']) =>
    diff.countyYears.filter((item) => item.change === change).length;
  const schoolsChanged = new Set(
    diff.schools.standings.map((item) => `${item.county}/${item.year}/${item.school}`),
  );
  const counts: [string, number, string][] = [
    ['达标结论变化', diff.flips.length, '项'],
    ['认定条目变化', diff.assessment.length, '项'],
    ['新增县年度', countyYears('added'), '个'],
    ['删除县年度', countyYears('removed'), '个'],
    ['因数据错误未测算的县年度', countyYears('not-computed'), '个'],
    ['改正错误后重新测算的县年度', countyYears('computed-again'), '个'],
    ['数值变化', diff.values.length, '个'],
    ['学校达标情况变化', schoolsChanged.size, '所'],
    ['新增学校', diff.schools.added.length, '所'],
    ['删除学校', diff.schools.removed.length, '所'],
    ['正文数字变化', diff.narratives.figures.length, '处'],
    ['正文改动', diff.narratives.edits.length, '篇'],
    ['新增数据问题', diff.problems.introduced.length, '个'],
  ];
  const parts = counts
    .filter(([, count]) => count > 0)
    .map(([what, count, unit]) => `${what} ${count} ${unit}`);
  const resolved = diff.problems.resolved.length;
  const resolvedText = resolved > 0 ? `已解决数据问题 ${resolved} 个。` : '';
  if (parts.length === 0) return `发布数字无变化。${resolvedText}`;
  return `${parts.join('，')}。${resolvedText}`;
}

function countyYearsNamed(diff: FigureDiff): number {
  const refs: CountyYearRef[] = [
    ...diff.flips,
    ...diff.assessment,
    ...diff.values,
    ...diff.schools.standings,
    ...diff.schools.added,
    ...diff.schools.removed,
  ];
  return new Set(refs.map((ref) => `${ref.county}/${ref.year}`)).size;
}

function countyYearName(ref: CountyYearRef): string {
  return `${ref.countyName} ${ref.year} 年`;
}

function flips(diff: FigureDiff, several: boolean): string[] {
  if (diff.flips.length === 0) return [];
  return [
    '#### 达标结论变化',
    '',
    ...table(
      [...(several ? ['县年度'] : []), '学段', '标准', '项目', '依据', '结论'],
      diff.flips.map((flip) => [
        ...(several ? [countyYearName(flip)] : []),
        levelNames[flip.level],
        standardKindNames[flip.standard],
        flip.label,
        `${flip.basis.before} → ${flip.basis.after}`,
        `${passText(flip.before)} → **${passText(flip.after)}**`,
      ]),
    ),
  ];
}

function assessmentChanges(diff: FigureDiff, several: boolean): string[] {
  if (diff.assessment.length === 0) return [];
  return [
    '#### 认定条目变化',
    '',
    ...table(
      [...(several ? ['县年度'] : []), '评估', '条目', '项目', '实际', '判定'],
      diff.assessment.map((change) => [
        ...(several ? [countyYearName(change)] : []),
        change.assessment,
        change.id,
        change.label,
        change.basis.before === change.basis.after
          ? change.basis.after
          : `${change.basis.before} → ${change.basis.after}`,
        `${change.before} → **${change.after}**`,
      ]),
    ),
  ];
}

function countyYears(diff: FigureDiff): string[] {
  if (diff.countyYears.length === 0) return [];
  return [
    '#### 县年度',
    '',
    ...capped(
      diff.countyYears.map((item) => `- ${countyYearName(item)}：${countyYearChangeText[item.change]}`),
    ),
  ];
}

function values(diff: FigureDiff, several: boolean): string[] {
  if (diff.values.length === 0) return [];
  const lines = ['#### 数值变化'];
  for (const [name, changes] of groupBy(diff.values, countyYearName)) {
    if (several) lines.push('', `##### ${name}`);
    // One table per 学段 (then totals, facts), each capped, so a long 小学 list cannot hide 初中.
    for (const [group, items] of groupBy(changes, (change) => change.group)) {
      lines.push(
        '',
        `**${group}**`,
        '',
        ...table(
          ['项目', '原值', '新值', '变化'],
          items.map((change) => [change.label, change.beforeText, change.afterText, change.change]),
          [false, true, true, true],
        ),
      );
    }
  }
  return lines;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}

function standings(diff: FigureDiff, several: boolean): string[] {
  const items = diff.schools.standings;
  if (items.length === 0) return [];
  return [
    '#### 学校达标情况变化',
    '',
    ...table(
      [...(several ? ['县年度'] : []), '学校', '学段', '标准', '原', '新', '差距'],
      items.map((item) => [
        ...(several ? [countyYearName(item)] : []),
        item.name,
        levelNames[item.level],
        standardKindNames[item.standard],
        item.before,
        item.after,
        [
          item.shortfallsAppeared.length > 0 ? `新差：${item.shortfallsAppeared.join('、')}` : '',
          item.shortfallsCleared.length > 0 ? `不再差：${item.shortfallsCleared.join('、')}` : '',
        ]
          .filter((part) => part !== '')
          .join('；'),
      ]),
    ),
  ];
}

function schools(diff: FigureDiff, several: boolean): string[] {
  const rows = [
    ...diff.schools.added.map((item) => ({ ...item, change: '新增' })),
    ...diff.schools.removed.map((item) => ({ ...item, change: '删除' })),
  ];
  if (rows.length === 0) return [];
  return [
    '#### 新增和删除的学校',
    '',
    ...table(
      [...(several ? ['县年度'] : []), '增删', '学校', '类型', '达标情况'],
      rows.map((item) => [
        ...(several ? [countyYearName(item)] : []),
        item.change,
        `${item.name}（${item.school}）`,
        item.type,
        item.standing.join('；'),
      ]),
    ),
  ];
}

function narrativeFigures(diff: FigureDiff): string[] {
  const items = diff.narratives.figures;
  if (items.length === 0) return [];
  return [
    '#### 正文中的数字',
    '',
    ...table(
      ['位置', '引用', '原', '新'],
      items.map((item) => [
        `${item.file}:${item.line}`,
        code(item.source),
        item.before ?? '（无）',
        item.after ?? '（无此项）',
      ]),
      [false, false, true, true],
    ),
  ];
}

const editText: Record<NarrativeEdit['change'], string> = { added: '新增', removed: '删除', edited: '修改' };

function narrativeEdits(diff: FigureDiff): string[] {
  const items = diff.narratives.edits;
  if (items.length === 0) return [];
  const lines = items.map((edit) => {
    const parts = [`${editText[edit.change]}（+${edit.linesAdded} −${edit.linesRemoved} 行）`];
    if (edit.change === 'edited' && edit.referencesAdded.length > 0) {
      const added = edit.referencesAdded.map((item) => `${code(item.source)}（第 ${item.line} 行）`);
      parts.push(`新增引用 ${shortList(added)}`);
    }
    if (edit.change === 'edited' && edit.referencesRemoved.length > 0) {
      parts.push(`删除引用 ${shortList(edit.referencesRemoved.map((item) => code(item.source)))}`);
    }
    return `- ${code(edit.file)}：${parts.join('；')}`;
  });
  return ['#### 正文改动', '', ...capped(lines)];
}

function problems(diff: FigureDiff): string[] {
  const items = diff.problems.introduced;
  if (items.length === 0) return [];
  return ['#### 新增数据问题', '', '```', ...capped(items.map(formatProblem)), '```'];
}

/** Items inside one line: the first few, then how many more. */
function shortList(items: readonly string[], shown = 5): string {
  const rest = items.length - shown;
  return rest > 0 ? `${items.slice(0, shown).join('、')} 等 ${items.length} 处` : items.join('、');
}

/** A list cut at `maxRows`, with a line saying how many were left out. */
function capped(lines: readonly string[]): string[] {
  if (lines.length <= maxRows) return [...lines];
  return [...lines.slice(0, maxRows), `…另有 ${lines.length - maxRows} 项（\`--json\` 列出全部）`];
}

function table(
  header: readonly string[],
  rows: readonly string[][],
  numeric: readonly boolean[] = [],
): string[] {
  const shown = rows.slice(0, maxRows);
  const lines = [
    row(header),
    row(header.map((_, index) => (numeric[index] ? '---:' : '---'))),
    ...shown.map((cells) => row(cells.map(cell))),
  ];
  if (rows.length > maxRows) lines.push('', `…另有 ${rows.length - maxRows} 项（\`--json\` 列出全部）`);
  return lines;
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** A table cell: pipes escaped (code spans too, as GFM tables want), on one line. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function code(text: string): string {
  return `\`${text}\``;
}
