/**
 * What a narrative may write: the components of src/components/report/index.ts and the
 * attributes each accepts. The narrative check reads this; a test keeps it in step with the
 * components themselves.
 */

export type AttributeRule =
  | { kind: 'text'; required?: boolean }
  | { kind: 'key'; required: true }
  | { kind: 'countyYear' }
  | { kind: 'oneOf'; values: readonly string[]; required?: boolean }
  | { kind: 'standard'; values: readonly string[] }
  /** A whole number of decimals, 0 to 6, written in quotes: decimals="2". */
  | { kind: 'digits' }
  /** An indicator id of the chosen standard (quality by default). */
  | { kind: 'indicator' }
  /** A county series the facts hold at least two periods of. */
  | { kind: 'series' };

export interface ComponentSpec {
  attributes: Record<string, AttributeRule>;
  /** Its text content is the writer's own (numbers in it are not checked). */
  literal?: boolean;
}

const of: AttributeRule = { kind: 'countyYear' };
const caption: AttributeRule = { kind: 'text' };
const level: AttributeRule = { kind: 'oneOf', values: ['primary', 'junior'], required: true };

export const componentSpecs: Record<string, ComponentSpec> = {
  Figure: {
    attributes: {
      k: { kind: 'key', required: true },
      of,
      sum: { kind: 'text' },
      format: {
        kind: 'oneOf',
        values: ['number', 'integer', 'percent', 'ratio', 'coefficient', 'yi', 'wan'],
      },
      decimals: { kind: 'digits' },
      unit: { kind: 'text' },
    },
  },
  Literal: { attributes: {}, literal: true },
  /**
   * Text still to write, shown as 待补充 on the page and reported by the check as a warning.
   * `figure`: the key of the <Figure> it stands for (npm run new puts one where last year's key
   * has no figure in the new year's data).
   */
  Todo: { attributes: { figure: { kind: 'text' } }, literal: true },
  PageLink: {
    attributes: {
      to: {
        kind: 'oneOf',
        values: ['home', 'methods', 'county', 'report', 'data', 'plan', 'readiness'],
        required: true,
      },
      of,
    },
  },
  LevelTable: { attributes: { of, caption } },
  CoefficientTable: {
    attributes: { standard: { kind: 'standard', values: ['basic', 'quality'] }, of, caption },
  },
  ComplianceTable: {
    attributes: { standard: { kind: 'standard', values: ['quality', 'provincial'] }, of, caption },
  },
  ShortfallTable: {
    attributes: { level, standard: { kind: 'standard', values: ['quality', 'provincial'] }, of, caption },
  },
  PublishedTable: { attributes: { of, caption } },
  CoefficientChart: { attributes: { of } },
  SchoolBars: {
    attributes: {
      indicator: { kind: 'indicator' },
      level,
      standard: { kind: 'standard', values: ['quality', 'provincial'] },
      of,
    },
  },
  ComplianceMatrix: {
    attributes: { level, standard: { kind: 'standard', values: ['quality', 'provincial'] }, of },
  },
  TrendChart: { attributes: { series: { kind: 'series' }, of } },
  /** The whole assessment (contract §3): the 达标情况一览表 and the tables of its parts. */
  AssessmentSummary: { attributes: { of, caption } },
  GovernmentTable: { attributes: { of, caption } },
  QualityTable: { attributes: { of, caption } },
  /** One school-row line, school by school: G3 专用教室, G4 规模, G5 班额, G6 小规模学校经费, G9 培训, G12 持证, Q4 培训经费. */
  SchoolLineTable: {
    attributes: {
      line: { kind: 'oneOf', values: ['G3', 'G4', 'G5', 'G6', 'G9', 'G12', 'Q4'], required: true },
      of,
      caption,
    },
  },
  EntryPanel: { attributes: { of, caption } },
  MonitoringTable: { attributes: { of, caption } },
  PlanProgress: { attributes: { of, caption } },
};
