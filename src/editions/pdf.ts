/**
 * Chromium's PDF made reproducible: the dates it takes from the clock become the edition's own,
 * written in place with the same length so that no offset of the file moves. Pure.
 */

/** `D:YYYYMMDDHHmmSS` of an ISO date. */
export function pdfDate(isoDate: string): string {
  const [date = '2000-01-01'] = isoDate.split('T');
  return `D:${date.replace(/-/g, '')}000000`;
}

/**
 * Replaces every creation and change date, the document id and the structure's node ids (all of
 * which Chromium takes from the clock or its own state) with fixed ones.
 */
export function normalizePdf(bytes: Uint8Array, isoDate: string, _title?: string): Uint8Array {
  // Latin-1 keeps one character per byte, so the lengths hold.
  let text = Buffer.from(bytes).toString('latin1');
  const fixed = pdfDate(isoDate);
  text = text.replace(
    /(\/(?:CreationDate|ModDate) ?\()(D:[^)]*)\)/g,
    (_match, head: string, value: string) => {
      const replaced = `${fixed}+00'00'`.padEnd(value.length, ' ').slice(0, value.length);
      return `${head}${replaced})`;
    },
  );
  text = text.replace(
    /\/ID ?\[<([0-9A-Fa-f]+)> ?<([0-9A-Fa-f]+)>\]/g,
    (match, first: string, second: string) =>
      match.replace(first, '0'.repeat(first.length)).replace(second, '0'.repeat(second.length)),
  );
  // Tagged PDF: the structure elements carry Chromium's DOM node ids (node00000045), which
  // depend on what the renderer did before; numbered by first appearance instead, same length.
  const nodes = new Map<string, string>();
  text = text.replace(/\(node(\d+)\)/g, (_match, id: string) => {
    let numbered = nodes.get(id);
    if (numbered === undefined) {
      numbered = String(nodes.size + 1).padStart(id.length, '0');
      nodes.set(id, numbered);
    }
    return `(node${numbered})`;
  });
  return new Uint8Array(Buffer.from(text, 'latin1'));
}
