import { expect, test } from 'vitest';
import { normalizePdf, pdfDate } from '../../src/editions/pdf.ts';

const pdf = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

test('dates, the document id and node ids become fixed, every length kept', () => {
  const source =
    "<</CreationDate (D:20261129214512+00'00') /ModDate (D:20261129214513+00'00')>>\n" +
    '<</ID (node00000045) /Headers [(node00000045)]>> <</ID (node00000051)>>\n' +
    'trailer <</ID [<0A1B2C> <3D4E5F>]>>';
  const out = normalizePdf(pdf(source), '2021-08-18T00:00:00Z');
  expect(out.length).toBe(source.length);
  expect(text(out)).toBe(
    "<</CreationDate (D:20210818000000+00'00') /ModDate (D:20210818000000+00'00')>>\n" +
      '<</ID (node00000001) /Headers [(node00000001)]>> <</ID (node00000002)>>\n' +
      'trailer <</ID [<000000> <000000>]>>',
  );
  expect(pdfDate('2021-08-18T00:00:00Z')).toBe('D:20210818000000');
});
