/** Writes src/types/generated/*.ts from schemas/*.json (see src/schema/type-source.ts). */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateTypes, schemaTypeTargets } from '../src/schema/type-source.ts';

const root = join(import.meta.dirname, '..');
await mkdir(join(root, 'src/types/generated'), { recursive: true });
for (const target of schemaTypeTargets) {
  const schema = JSON.parse(await readFile(join(root, 'schemas', target.schema), 'utf8'));
  const out = join(root, 'src/types/generated', target.schema.replace('.schema.json', '.ts'));
  await writeFile(out, await generateTypes(schema, target.typeName));
  console.log(`已生成 ${out}`);
}
