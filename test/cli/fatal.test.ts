/** An error no phase caught reaches the clerk as one Chinese line, never a stack trace. */
import { expect, test } from 'vitest';
import { fatalMessage } from '../../src/cli/fatal.ts';

const systemError = (code: string, path?: string) => Object.assign(new Error(`${code}: x`), { code, path });

test.each([
  ['ENOSPC', '/p/dist/index.html', '磁盘空间不足，无法写入：/p/dist/index.html。请清理磁盘后重新运行。'],
  [
    'EACCES',
    '/p/dist',
    '没有写入权限：/p/dist。请检查该文件夹的权限（例如 dist/ 或 .junheng-cache/ 是否只读）后重新运行。',
  ],
  [
    'EROFS',
    '/p/.junheng-cache',
    '文件系统是只读的，无法写入：/p/.junheng-cache。请在可写的位置运行，或用 JUNHENG_CACHE 指定可写的缓存目录。',
  ],
])('%s', (code, path, text) => {
  expect(fatalMessage(systemError(code, path))).toBe(text);
});

test('anything else: an internal error, its message, no stack', () => {
  const text = fatalMessage(new TypeError('x is not a function'));
  expect(text).toBe('内部错误，构建未完成：x is not a function。请把这一行和所用的提交告诉维护者。');
  expect(text).not.toMatch(/\n\s+at /);
});
