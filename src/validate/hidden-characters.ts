/**
 * Text in a data file that shows differently from what it holds: bidirectional overrides and
 * isolates (which reorder what follows, so 「学校甲」 can display as another name), zero-width
 * characters and a byte-order mark inside a value. The YAML parsers already refuse NUL and the
 * other control characters; these are printable to them, so they are checked here. Pure.
 */
import { issue } from '../problems/catalog.ts';
import type { DataIssue, FieldPath } from '../problems/problem.ts';

/** Each invisible character checked, with the name a clerk can search for. */
export const hiddenCharacterNames: Readonly<Record<string, string>> = {
  '\u200b': '零宽空格',
  '\u200c': '零宽不连字',
  '\u200d': '零宽连字',
  '\u200e': '从左到右标记',
  '\u200f': '从右到左标记',
  '\u202a': '从左到右嵌入',
  '\u202b': '从右到左嵌入',
  '\u202c': '方向格式结束',
  '\u202d': '从左到右覆盖',
  '\u202e': '从右到左覆盖',
  '\u2066': '从左到右隔离',
  '\u2067': '从右到左隔离',
  '\u2068': '首字符方向隔离',
  '\u2069': '方向隔离结束',
  '\ufeff': '字节顺序标记（BOM）',
};

const hidden = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u;

/** One problem per text value holding such a character, at its first one. */
export function hiddenCharacterIssues(value: unknown, path: FieldPath = []): DataIssue[] {
  if (typeof value === 'string') {
    const found = hidden.exec(value);
    if (found === null) return [];
    const char = found[0];
    const code = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    return [
      issue('hiddenCharacter', path, {
        code,
        name: hiddenCharacterNames[char] ?? code,
        position: [...value.slice(0, found.index)].length + 1,
      }),
    ];
  }
  if (Array.isArray(value))
    return value.flatMap((item, index) => hiddenCharacterIssues(item, [...path, index]));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => hiddenCharacterIssues(item, [...path, key]));
  return [];
}
