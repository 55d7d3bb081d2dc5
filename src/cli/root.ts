/** The project whose data/ the commands read: JUNHENG_ROOT, or the current directory. */
import { resolve } from 'node:path';

export function projectRoot(): string {
  return resolve(process.env.JUNHENG_ROOT ?? process.cwd());
}
