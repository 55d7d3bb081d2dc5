/**
 * Which field a header names. A column's header is the stack of texts above its data, top
 * to bottom: a group (小学, possibly merged over several columns) and the field's own header
 * (在校生数（人）), or one cell saying both (小学在校生数). The stack, or its lower part, is
 * matched against every spelling of the field with every spelling (or none) of its groups.
 * A spelling that fits two fields (在校生数 alone, with four 学段) names neither.
 */
import type { SheetField, SheetTable } from './model.ts';
import { normalizeLabel, type Spellings } from './spellings.ts';

export interface HeaderLookup {
  table: SheetTable;
  /** The field a stack of header texts names, if exactly one. */
  match(stack: readonly string[]): SheetField | undefined;
  /** The field whose key (the template's hidden key row) this is. */
  byKey(key: string): SheetField | undefined;
}

function product(lists: readonly (readonly string[])[]): string[] {
  return lists.reduce<string[]>(
    (acc, list) => acc.flatMap((prefix) => list.map((item) => prefix + item)),
    [''],
  );
}

export function headerLookup(table: SheetTable, spellings: Spellings): HeaderLookup {
  const labels = new Map<string, Set<SheetField>>();
  for (const field of table.fields) {
    const property = field.path[field.path.length - 1] ?? '';
    const groups = field.groups.map((group) => [
      '',
      ...new Set([group.title, ...spellings.groupNames(group.key)].map(normalizeLabel)),
    ]);
    const names = [
      ...new Set([field.title, ...spellings.fieldNames(table.id, property)].map(normalizeLabel)),
    ];
    for (const label of product([...groups, names])) {
      if (label === '') continue;
      const set = labels.get(label) ?? new Set();
      set.add(field);
      labels.set(label, set);
    }
  }
  const byKey = new Map(table.fields.map((field) => [field.key, field]));
  return {
    table,
    match(stack) {
      const texts = stack
        .map(normalizeLabel)
        .filter((text, index, all) => text !== '' && text !== all[index - 1]);
      for (let start = 0; start < texts.length; start += 1) {
        const found = labels.get(texts.slice(start).join(''));
        if (found?.size === 1) return [...found][0];
        if (found !== undefined) return undefined;
      }
      return undefined;
    },
    byKey: (key) => byKey.get(key),
  };
}
