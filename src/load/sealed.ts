/**
 * A cache file carries a digest of its own content on its first line, so a file changed after
 * it was written (a flipped digit that still parses, a truncated chart, a half-written file) is
 * read as missing and made anew, never published.
 */
import { createHash } from 'node:crypto';

const DIGEST_LENGTH = 32;

function digest(payload: Uint8Array): string {
  return createHash('sha256').update(payload).digest('hex').slice(0, DIGEST_LENGTH);
}

/** The bytes to write: the payload's digest, a newline, the payload. */
export function seal(payload: string | Uint8Array): Buffer {
  const bytes = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : Buffer.from(payload);
  return Buffer.concat([Buffer.from(`${digest(bytes)}\n`, 'ascii'), bytes]);
}

/** The payload of sealed bytes, or undefined when the digest does not match (or is missing). */
export function unseal(bytes: Uint8Array): Buffer | undefined {
  if (bytes.length <= DIGEST_LENGTH || bytes[DIGEST_LENGTH] !== 0x0a) return undefined;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const payload = buffer.subarray(DIGEST_LENGTH + 1);
  return buffer.toString('ascii', 0, DIGEST_LENGTH) === digest(payload) ? payload : undefined;
}
