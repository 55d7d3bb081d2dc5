/**
 * The components a narrative (content/reports/<county>/<year>.mdx) can use without imports.
 * Each reads the page's county-year from Astro.locals (src/site/report-context.ts).
 */
import CoefficientChart from '../charts/CoefficientChart.astro';
import ComplianceMatrix from '../charts/ComplianceMatrix.astro';
import SchoolBars from '../charts/SchoolBars.astro';
import TrendChart from '../charts/TrendChart.astro';
import CoefficientTable from './CoefficientTable.astro';
import ComplianceTable from './ComplianceTable.astro';
import Figure from './Figure.astro';
import LevelTable from './LevelTable.astro';
import Literal from './Literal.astro';
import PageLink from './PageLink.astro';
import PublishedTable from './PublishedTable.astro';
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
};
