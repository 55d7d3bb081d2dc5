/** html-validate over the site's pages, with the configuration in test/site/html-validate.config.ts. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { htmlValidateConfig } from '../html-validate.config.ts';

// A static loader: no .htmlvalidate.json found lying around the site directory changes the rules.
const validator = new HtmlValidate(new StaticConfigLoader(htmlValidateConfig));

/** The problems html-validate finds in one page: `html-validate: LINE:COL RULE: message`. */
export async function validatePage(siteDir: string, pagePath: string): Promise<string[]> {
  const source = readFileSync(join(siteDir, pagePath), 'utf8');
  const report = await validator.validateString(source, pagePath);
  return report.results.flatMap((result) =>
    result.messages.map(
      (message) =>
        `html-validate: ${message.line}:${message.column} ${message.ruleId}: ${message.message}` +
        (message.selector ? ` (${message.selector})` : ''),
    ),
  );
}
