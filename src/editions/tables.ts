/**
 * The report's table components as table models, cell for cell what the page prints
 * (src/components/report/*.astro): the same headers, the same figures through src/figures, the
 * same verdicts from the engine. A component this module does not know becomes a generic table
 * of the attributes it was given (`unknownTable`), so an edition never drops one silently. The
 * whole assessment's components (一览表, 政府保障程度, 教育质量, 逐校, 认定条件, 年度监测, 规划进度)
 * are laid out by ./assessment-tables.ts.
 */
import { type LevelId, levelIds } from '../compute/units.ts';
import { formatFigure, indicatorValueText, shortfallAmountText } from '../figures/format.ts';
import { keyLabel } from '../figures/labels.ts';
import { levelTableNote, levelTableRows } from '../figures/level-table.ts';
import { publishedCheckTexts } from '../figures/published.ts';
import { thresholdText } from '../figures/standards.ts';
import { levelNames, passText, type StandardKind, standardKindNames } from '../figures/vocabulary.ts';
import type { CountyFile } from '../types/generated/county.ts';
import type { ComputeResult } from '../types/generated/result.ts';
import type { StandardFile } from '../types/generated/standard.ts';
import { assessmentComponents, assessmentDataTables } from './assessment-tables.ts';
import type { TableCell, TableModel } from './model.ts';

/** A county-year as the components read it. */
export interface EditionEntry {
  result: ComputeResult;
  county: CountyFile;
  standards: StandardFile[];
}

const head = (text: string, extra: Partial<TableCell> = {}): TableCell => ({ text, head: true, ...extra });
const num = (text: string | number | undefined): TableCell => ({ text: String(text ?? '—'), num: true });
const cell = (text: string): TableCell => ({ text });

const standardOf = (entry: EditionEntry, kind: StandardKind) =>
  entry.standards.find((standard) => standard.kind === kind);

/** <LevelTable>: the county figures per 学段, schools counted once (src/figures/level-table.ts). */
export function levelTable(entry: EditionEntry, caption?: string): TableModel {
  const note = levelTableNote(entry.result);
  return {
    caption: caption ?? `${entry.county.name}${entry.result.year}年义务教育基本情况`,
    header: [[head('项目'), ...levelIds.map((level) => head(levelNames[level], { num: true }))]],
    body: levelTableRows(entry.result).map((row) => [
      head(row.label),
      ...row.cells.map((item) => num(item.text)),
    ]),
    ...(note === undefined ? {} : { foot: [[{ ...cell(note), colSpan: levelIds.length + 1 }]] }),
  };
}

/** <CoefficientTable standard>: county values and coefficients with limits and the verdict. */
export function coefficientTable(
  entry: EditionEntry,
  kind: 'basic' | 'quality' = 'basic',
  caption?: string,
): TableModel | undefined {
  const standard = standardOf(entry, kind);
  if (standard === undefined) return undefined;
  const results = Object.fromEntries(
    levelIds.map((level) => [level, entry.result.levels[level][kind]]),
  ) as Record<LevelId, (typeof entry.result.levels)['primary']['basic']>;
  const levels = levelIds.filter((level) => results[level] !== undefined);
  const each = levels.some((level) => results[level]?.coefficientTest === 'each');
  const composite = levels.some((level) => results[level]?.coefficientTest === 'composite');
  const span = each ? 3 : 2;
  const value = (level: LevelId, id: string) => {
    const indicator = results[level]?.indicators[id];
    if (indicator === undefined) return '—';
    return indicatorValueText(id, indicator.value);
  };
  const cv = (level: LevelId, id: string) => {
    const indicator = results[level]?.indicators[id];
    return indicator?.cv === undefined ? '—' : formatFigure(indicator.cv, 'coefficient', 3).text;
  };
  const body: TableCell[][] = standard.indicators.map((indicator) => [
    head(`${indicator.name}${indicator.unit ? `（${indicator.unit}）` : ''}`),
    ...levels.flatMap((level) => {
      const item = results[level]?.indicators[indicator.id];
      return [
        num(value(level, indicator.id)),
        num(cv(level, indicator.id)),
        ...(each ? [cell(`${passText(item?.pass)}（≤${item?.limit}）`)] : []),
      ];
    }),
  ]);
  if (composite) {
    body.push([
      head('综合差异系数'),
      ...levels.flatMap((level) => [
        num('—'),
        num(formatFigure(results[level]?.compositeCv ?? { reason: 'no-units' }, 'coefficient', 3).text),
        ...(each ? [cell('')] : []),
      ]),
    ]);
  }
  return {
    caption:
      caption ??
      `${entry.county.name}${entry.result.year}年义务教育${standardKindNames[kind]}差异系数（${standard.document}）`,
    header: [
      [head('指标', { rowSpan: 2 }), ...levels.map((level) => head(levelNames[level], { colSpan: span }))],
      levels.flatMap(() => [
        head('县域值', { num: true }),
        head('差异系数', { num: true }),
        ...(each ? [head('是否达到')] : []),
      ]),
    ],
    body,
    foot: [
      [
        head('结论'),
        ...levels
          .map((level) => {
            const result = results[level];
            return cell(
              result?.coefficientTest === 'composite'
                ? `${passText(result?.pass)}要求（综合差异系数 ≤ ${result?.limit}）`
                : `${passText(result?.pass)}要求（每项 ≤ ${result?.limit}，且各校达标 ${result?.schoolsMeeting}/${result?.units}）`,
            );
          })
          .map((item) => ({ ...item, colSpan: span })),
      ],
    ],
  };
}

/** <ComplianceTable standard>: how many schools meet each per-school standard. */
export function complianceTable(
  entry: EditionEntry,
  kind: 'quality' | 'provincial' = 'quality',
  caption?: string,
): TableModel | undefined {
  const standard = standardOf(entry, kind);
  if (standard === undefined) return undefined;
  const levels = levelIds.filter((level) => entry.result.levels[level][kind] !== undefined);
  const share = (meeting: number | undefined, units: number | undefined) =>
    meeting === undefined || !units ? '—' : formatFigure(meeting / units, 'percent', 2).text;
  const title = caption ?? `${entry.county.name}${entry.result.year}年各校达到${standard.name}情况`;
  const rule = standard.schoolRule;
  return {
    caption: `${title}${standard.illustrative ? '（标准值为示例）' : ''}`,
    header: [
      [
        head('项目', { rowSpan: 2 }),
        ...levels.map((level) =>
          head(`${levelNames[level]}（${entry.result.levels[level][kind]?.units} 所）`, { colSpan: 3 }),
        ),
      ],
      levels.flatMap(() => [
        head('标准值', { num: true }),
        head('达标数', { num: true }),
        head('达标比例', { num: true }),
      ]),
    ],
    body: standard.indicators.map((indicator) => [
      head(indicator.name),
      ...levels.flatMap((level) => {
        const result = entry.result.levels[level][kind];
        const item = result?.indicators[indicator.id];
        return [
          num(thresholdText(indicator, item?.threshold)),
          num(item?.schoolsMeeting ?? '—'),
          num(share(item?.schoolsMeeting, result?.units)),
        ];
      }),
    ]),
    ...(rule
      ? {
          foot: [
            [
              head(
                rule.minMet < standard.indicators.length
                  ? `至少 ${rule.minMet} 项达标且其余不低于 ${rule.floorShare * 100}%`
                  : '全部达标',
              ),
              ...levels.flatMap((level) => {
                const result = entry.result.levels[level][kind];
                return [
                  num('—'),
                  num(result?.schoolsMeeting ?? '—'),
                  num(share(result?.schoolsMeeting, result?.units)),
                ];
              }),
            ],
          ],
        }
      : {}),
  };
}

/** <ShortfallTable level standard>: what each school still lacks, in real units. */
export function shortfallTable(
  entry: EditionEntry,
  level: LevelId,
  kind: 'quality' | 'provincial' = 'quality',
  caption?: string,
): TableModel | undefined {
  const standard = standardOf(entry, kind);
  if (standard === undefined) return undefined;
  const names = new Map(standard.indicators.map((indicator) => [indicator.id, indicator.name]));
  const body = entry.result.schools.flatMap((school): TableCell[][] => {
    const status = school.levels[level]?.[kind];
    if (status?.inScope !== true || status.of === undefined) return [];
    const gaps = Object.entries(status.shortfalls ?? {}).flatMap(([id, gap]) =>
      gap === undefined || gap.short <= 0
        ? []
        : [`${names.get(id) ?? id}：差 ${shortfallAmountText(gap.short, gap.unit)}`],
    );
    return [
      [
        head(school.name),
        num(school.levels[level]?.students),
        num(`${status.met}/${status.of}`),
        cell(passText(status.pass)),
        cell(gaps.length === 0 ? '各项均已达到' : gaps.join('；')),
      ],
    ];
  });
  return {
    caption: caption ?? `${entry.county.name}${levelNames[level]}各校对照${standard.name}的差距`,
    header: [
      [
        head('学校'),
        head('在校生', { num: true }),
        head('达标项数', { num: true }),
        head('结论'),
        head('还差多少'),
      ],
    ],
    body,
  };
}

/** <PublishedTable>: every printed figure next to the computed one. */
export function publishedTable(entry: EditionEntry, caption?: string): TableModel {
  const checks = entry.result.published;
  return {
    caption: caption ?? `${entry.county.name}已公开数字与测算结果核对`,
    header: [
      [head('项目'), head('印发', { num: true }), head('测算', { num: true }), head('核对'), head('出处')],
    ],
    body: checks.map((check) => {
      const texts = publishedCheckTexts(check);
      return [
        head(keyLabel(check.key, entry.standards)),
        num(texts.published),
        num(texts.computed),
        cell(check.withinRounding ? '一致' : '不一致'),
        cell(check.source),
      ];
    }),
    empty: checks.length === 0,
  };
}

/**
 * A component this module does not lay out: a table naming it and its attributes, with a note
 * that the web page shows it, so the document never silently drops part of the report.
 */
export function unknownTable(name: string, attributes: Record<string, string>): TableModel {
  return {
    caption: attributes.caption ?? name,
    header: [[head('项目'), head('内容')]],
    body: [
      [head('组件'), cell(name)],
      ...Object.entries(attributes).map(([key, value]) => [head(key), cell(value)]),
      [head('说明'), cell('此部分见网页版')],
    ],
  };
}

const isLevel = (value: string | undefined): value is LevelId => levelIds.includes(value as LevelId);

/** The table a component element stands for; undefined when the element is no table. */
export function componentTable(
  name: string,
  attributes: Record<string, string>,
  entry: EditionEntry,
): TableModel | undefined | 'not-a-table' {
  const { caption } = attributes;
  switch (name) {
    case 'LevelTable':
      return levelTable(entry, caption);
    case 'CoefficientTable':
      return coefficientTable(entry, attributes.standard === 'quality' ? 'quality' : 'basic', caption);
    case 'ComplianceTable':
      return complianceTable(entry, attributes.standard === 'provincial' ? 'provincial' : 'quality', caption);
    case 'ShortfallTable':
      return isLevel(attributes.level)
        ? shortfallTable(
            entry,
            attributes.level,
            attributes.standard === 'provincial' ? 'provincial' : 'quality',
            caption,
          )
        : undefined;
    case 'PublishedTable':
      return publishedTable(entry, caption);
    case 'Figure':
    case 'Literal':
    case 'Todo':
    case 'PageLink':
      return 'not-a-table';
    default:
      // The assessment's components are parts of their own (report.ts asks assessment-tables.ts
      // first); any other component added to the site after the editions is named, with its
      // attributes, rather than dropped.
      if (assessmentComponents.has(name)) return 'not-a-table';
      return unknownTable(name, attributes);
  }
}

/** The data page's tables, in its order (src/pages/[county]/[year]/data/index.astro): the 附件. */
export function dataTables(entry: EditionEntry): TableModel[] {
  const kinds = new Set(entry.standards.map((standard) => standard.kind));
  const tables: (TableModel | undefined)[] = [levelTable(entry)];
  if (kinds.has('basic')) tables.push(coefficientTable(entry, 'basic'));
  if (kinds.has('quality')) {
    tables.push(coefficientTable(entry, 'quality'), complianceTable(entry, 'quality'));
    for (const level of levelIds) tables.push(shortfallTable(entry, level, 'quality'));
  }
  if (kinds.has('provincial')) tables.push(complianceTable(entry, 'provincial'));
  tables.push(...assessmentDataTables(entry));
  if (entry.result.published.length > 0) tables.push(publishedTable(entry));
  return tables.filter((table): table is TableModel => table !== undefined && table.empty !== true);
}
