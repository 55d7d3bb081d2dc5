/** School names as chart keys: a name two schools share gets the school id added, so no bar merges. */
export function uniqueNames(schools: readonly { id: string; name: string }[]): string[] {
  const counts = new Map<string, number>();
  for (const school of schools) counts.set(school.name, (counts.get(school.name) ?? 0) + 1);
  return schools.map((school) =>
    (counts.get(school.name) ?? 0) > 1 ? `${school.name}（${school.id}）` : school.name,
  );
}
