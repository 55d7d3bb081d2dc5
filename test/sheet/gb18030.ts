/** GB18030 bytes of a text, from Node's own decoder (Node has no GB18030 encoder). */
let table: Map<string, number[]> | undefined;

export function gb18030(text: string): Uint8Array {
  if (!table) {
    const decoder = new TextDecoder('gb18030', { fatal: true });
    table = new Map();
    for (let lead = 0x81; lead <= 0xfe; lead += 1) {
      for (let trail = 0x40; trail <= 0xfe; trail += 1) {
        if (trail === 0x7f) continue;
        try {
          table.set(decoder.decode(new Uint8Array([lead, trail])), [lead, trail]);
        } catch {}
      }
    }
  }
  const known = table;
  return new Uint8Array(
    [...text].flatMap((char) => {
      const code = char.charCodeAt(0);
      if (code < 0x80) return [code];
      const bytes = known.get(char);
      if (!bytes) throw new Error(`no GB18030 bytes for ${char}`);
      return bytes;
    }),
  );
}
