/** Serialises a calibrated county-year as the YAML a clerk would keep, with its header. */
import { Document, isMap, isSeq, visit } from 'yaml';
import type { CountyYearFile } from '../types/generated/county-year.ts';

export const countyYearSchemaLine =
  '# yaml-language-server: $schema=../../../schemas/county-year.schema.json';

export function countyYearYaml(data: CountyYearFile, headerLines: readonly string[]): string {
  const document = new Document(data);
  // Short maps of scalars read best on one line (class-size bands, 学段 rates, series rows).
  visit(document, {
    Map(_, node) {
      const scalars = node.items.every((pair) => !isMap(pair.value) && !isSeq(pair.value));
      if (scalars && JSON.stringify(node.toJSON()).length <= 72) node.flow = true;
    },
  });
  const header = [countyYearSchemaLine, ...headerLines.map((line) => `# ${line}`)].join('\n');
  return `${header}\n${document.toString({ lineWidth: 0 })}`;
}
