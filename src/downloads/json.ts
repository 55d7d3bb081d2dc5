/**
 * The result document as published in dist/data/: JSON with 2-space indentation and a trailing
 * newline, UTF-8 without a byte-order mark (RFC 8259 forbids one).
 */
import type { ComputeResult } from '../types/generated/result.ts';

export const jsonMediaType = 'application/json';

export function resultJsonText(result: ComputeResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

export function resultJsonBytes(result: ComputeResult): Uint8Array {
  return new TextEncoder().encode(resultJsonText(result));
}
