/** The search metadata written into a page's attribute: the value as given, no angle bracket. */
import { expect, test } from 'vitest';
import { metaAttribute, searchMeta } from '../../src/site/search-ranking.ts';

test('key:value, with angle brackets written full-width', () => {
  expect(metaAttribute(searchMeta.schools, '城关小学、芙蓉中学')).toBe('schools:城关小学、芙蓉中学');
  expect(metaAttribute(searchMeta.schools, '<script>x</script>、"><svg>')).toBe(
    'schools:＜script＞x＜/script＞、"＞＜svg＞',
  );
});
