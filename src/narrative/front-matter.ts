/**
 * A narrative's front matter (the lines between the two ---) checked as data: parsed as strict
 * YAML and validated by schemas/narrative.schema.json, each problem located at its line in the
 * MDX file. Without it a page has no title, publisher or dates: the check says so before a build
 * could fail on it.
 */
import type { NarrativeFile } from '../load/read-narratives.ts';
import { parseYamlFile } from '../parse/yaml.ts';
import { anchorOf, issue } from '../problems/catalog.ts';
import type { Problem } from '../problems/problem.ts';
import { validateAgainstSchema } from '../validate/schema.ts';
import type { NarrativeDocument } from './document.ts';

export function checkFrontMatter(narrative: NarrativeFile, document: NarrativeDocument): Problem[] {
  const front = document.frontMatter;
  if (front === undefined) {
    return [{ ...issue('narrativeFrontMatterMissing', [], {}), file: narrative.file, line: 1, column: 1 }];
  }
  // The YAML starts on the line after the opening ---.
  const offset = front.position?.start.line ?? 1;
  const at = (problem: Problem): Problem =>
    problem.line === 0
      ? { ...problem, line: offset, column: 1 }
      : { ...problem, line: problem.line + offset };
  const parsed = parseYamlFile({
    file: narrative.file,
    text: front.value,
    size: Buffer.byteLength(front.value),
  });
  if (parsed.value === undefined) return parsed.issues.map(at);
  const problems = parsed.issues.map(at);
  for (const found of validateAgainstSchema('narrative', parsed.value)) {
    const place = parsed.locate(found.path, anchorOf(found.code) === 'key' ? 'key' : 'value');
    problems.push(at({ ...found, file: narrative.file, line: place.line, column: place.column }));
  }
  return problems;
}
