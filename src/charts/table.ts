/**
 * A chart's data as an accessible HTML table (for pages that show it beside or instead of the
 * chart): caption, column headers with scope, the first cell of each row as its row header.
 * Every text is escaped.
 */
import type { ChartDefinition } from './chart.ts';

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function cell(value: string | number): string {
  return escapeHtml(typeof value === 'number' ? String(value) : value);
}

export function tableHtml(definition: Pick<ChartDefinition, 'caption' | 'table'>): string {
  const { columns, rows } = definition.table;
  const head = columns.map((column) => `<th scope="col">${cell(column)}</th>`).join('');
  const body = rows
    .map((row) => {
      const [first, ...rest] = row;
      const cells = rest
        .map((value) => `<td${typeof value === 'number' ? ' class="number"' : ''}>${cell(value)}</td>`)
        .join('');
      return `<tr><th scope="row">${cell(first ?? '')}</th>${cells}</tr>`;
    })
    .join('');
  return `<table class="chart-table"><caption>${cell(definition.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
