/**
 * The last line of defence of a command: an error nobody caught (a full disk, a folder that
 * cannot be written, a bug) is told in Chinese, with the path it concerns and what to do, instead
 * of a stack trace. JUNHENG_DEBUG=1 shows the stack as well.
 */

interface SystemError {
  code?: string;
  path?: string;
  dest?: string;
  message?: string;
}

/** What a clerk reads for an error no phase turned into a problem. */
export function fatalMessage(error: unknown, task = '构建'): string {
  const found = (error ?? {}) as SystemError;
  const where = found.path ?? found.dest;
  const at = where === undefined ? '' : `：${where}`;
  switch (found.code) {
    case 'ENOSPC':
      return `磁盘空间不足，无法写入${at}。请清理磁盘后重新运行。`;
    case 'EDQUOT':
      return `磁盘配额已用完，无法写入${at}。请清理后重新运行。`;
    case 'EACCES':
    case 'EPERM':
      return `没有写入权限${at}。请检查该文件夹的权限（例如 dist/ 或 .junheng-cache/ 是否只读）后重新运行。`;
    case 'EROFS':
      return `文件系统是只读的，无法写入${at}。请在可写的位置运行，或用 JUNHENG_CACHE 指定可写的缓存目录。`;
    case 'EMFILE':
    case 'ENFILE':
      return '同时打开的文件过多。请关闭其他程序后重新运行。';
    case 'ENOMEM':
      return '内存不足。请关闭其他程序后重新运行。';
    default:
      return `内部错误，${task}未完成：${found.message ?? String(error)}。请把这一行和所用的提交告诉维护者。`;
  }
}

/** Prints the message (and the stack with JUNHENG_DEBUG=1) and ends the process with exit 1. */
export function installFatalHandler(task = '构建'): void {
  const handle = (error: unknown) => {
    console.error(fatalMessage(error, task));
    if (process.env.JUNHENG_DEBUG === '1' && error instanceof Error) console.error(error.stack);
    process.exit(1);
  };
  process.on('uncaughtException', handle);
  process.on('unhandledRejection', handle);
}
