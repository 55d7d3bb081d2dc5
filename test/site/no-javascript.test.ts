/** Every page read with JavaScript off: the main text is there and every chart is drawn. */
import { describe, expect, test } from 'vitest';
import { checkWithoutJavaScript } from './support/checks.ts';
import { siteDir } from './support/config.ts';
import { listPages } from './support/pages.ts';
import { useSession } from './support/session.ts';

const pages = listPages(siteDir);
const session = useSession(siteDir, { javaScriptEnabled: false });

describe(`every page reads without JavaScript (${siteDir})`, () => {
  test.for(pages)('%s', async (pagePath) => {
    expect(await checkWithoutJavaScript(session.context, session.server, pagePath)).toEqual([]);
  });
});
