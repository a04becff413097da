// File system errors in words a user can act on, with the code for searching.
const WORDS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file or directory',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'is a directory',
  ELOOP: 'too many levels of symbolic links',
  EIO: 'input/output error',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'file name too long',
};

export function describeError(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  if (code && WORDS[code]) return `${WORDS[code]} (${code})`;
  return code ? `${message.split(',')[0] ?? message}` : String(message ?? error);
}
