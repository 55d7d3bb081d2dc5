/** The TypeScript types are generated from schemas/: this fails when they are stale. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { generateTypes, schemaTypeTargets } from '../../src/schema/type-source.ts';
import { root } from '../helpers/fixtures.ts';

test.each(schemaTypeTargets.map((target) => [target.schema, target] as const))(
  'src/types/generated for %s is up to date (npm run gen:types)',
  async (_, target) => {
    const schema = JSON.parse(readFileSync(join(root, 'schemas', target.schema), 'utf8'));
    const generated = await generateTypes(schema, target.typeName);
    const committed = readFileSync(
      join(root, 'src/types/generated', target.schema.replace('.schema.json', '.ts')),
      'utf8',
    );
    expect(generated === committed, 'run `npm run gen:types`').toBe(true);
  },
);
