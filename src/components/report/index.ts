/**
 * The components a narrative (content/reports/<county>/<year>.mdx) can use without imports.
 * Each reads the page's county-year from Astro.locals (src/site/report-context.ts).
 */
import CoefficientChart from '../charts/CoefficientChart.astro';
import ComplianceMatrix from '../charts/ComplianceMatrix.astro';
import SchoolBars from '../charts/SchoolBars.astro';
import TrendChart from '../charts/TrendChart.astro';
import AssessmentSummary from './AssessmentSummary.astro';
import CoefficientTable from './CoefficientTable.astro';
import ComplianceTable from './ComplianceTable.astro';
import EntryPanel from './EntryPanel.astro';
import Figure from './Figure.astro';
import GovernmentTable from './GovernmentTable.astro';
import LevelTable from './LevelTable.astro';
import Literal from './Literal.astro';
import MonitoringTable from './MonitoringTable.astro';
import PageLink from './PageLink.astro';
import PlanProgress from './PlanProgress.astro';
import PublishedTable from './PublishedTable.astro';
import QualityTable from './QualityTable.astro';
import SchoolLineTable from './SchoolLineTable.astro';
import ShortfallTable from './ShortfallTable.astro';
import Todo from './Todo.astro';

export const narrativeComponents = {
  Figure,
  Literal,
  Todo,
  PageLink,
  LevelTable,
  CoefficientTable,
  ComplianceTable,
  ShortfallTable,
  PublishedTable,
  CoefficientChart,
  SchoolBars,
  ComplianceMatrix,
  TrendChart,
  AssessmentSummary,
  GovernmentTable,
  QualityTable,
  SchoolLineTable,
  EntryPanel,
  MonitoringTable,
  PlanProgress,
};
