// The files the CLI itself reads and writes (the config, the baseline, --output), as opposed to the files
// it scans. Each of them may sit in a tree someone else controls: a FIFO must not hang the run, a symbolic
// link must not send a write outside the repository.
import { randomBytes } from 'node:crypto';
import { closeSync, constants, existsSync, fstatSync, openSync, readFileSync, realpathSync } from 'node:fs';
import { lstat, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { ScanError } from '../errors.js';

/** Far above any real config or baseline; a larger file is refused rather than read into memory. */
export const MAX_SETTINGS_FILE = 64 * 1024 * 1024;

/**
 * The text of a regular file, or `undefined` when it does not exist. O_NONBLOCK makes opening a FIFO return at
 * once instead of waiting for a writer, and the descriptor, not the name, is then checked: whatever the
 * name points at by then, only a regular file is read. Synchronous: these files are small and read once.
 */
/**
 * Where `file` is once links are resolved: the real path of its nearest part that exists, with the rest
 * (which does not exist yet) after it. A path named through a linked directory may lead into the checkout.
 */
export function resolvedPath(file: string): string {
  let existing = file;
  while (!existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  try {
    return path.join(realpathSync(existing), path.relative(existing, file));
  } catch {
    return file;
  }
}

export function readRegularFile(file: string, shown: string): string | undefined {
  let fd;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    // A socket (a child's standard input under Node, or /dev/stdin there) cannot be opened at all.
    if (code === 'ENXIO') throw new ScanError('unreadable', `cannot read ${shown}: not a regular file (ENXIO)`);
    throw new ScanError('unreadable', `cannot read ${shown}: ${(error as Error).message}`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new ScanError('unreadable', `cannot read ${shown}: not a regular file (a FIFO, a device, a socket or a directory)`);
    if (stat.size > MAX_SETTINGS_FILE) throw new ScanError('unreadable', `cannot read ${shown}: larger than ${MAX_SETTINGS_FILE / 1024 / 1024} MiB`);
    return readFileSync(fd, 'utf8');
  } catch (error) {
    if (error instanceof ScanError) throw error;
    throw new ScanError('unreadable', `cannot read ${shown}: ${(error as Error).message}`);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes `text` to `file` without following a symbolic link there (a committed dangling link named like the
 * baseline would send the write anywhere): the text goes to a new file beside it, opened with O_EXCL and
 * O_NOFOLLOW, which is then renamed over the name. A rename replaces a link itself, never its target.
 */
export async function writeFileNoFollow(file: string, text: string, shown: string, options: { createDirectory?: boolean } = {}): Promise<void> {
  if (await writeToStream(file, text, shown)) return;
  const link = await lstat(file).then(
    (s) => s.isSymbolicLink(),
    () => false,
  );
  if (link) throw new ScanError('unreadable', `cannot write ${shown}: it is a symbolic link, which secret-hygiene does not follow (remove it, or name another file)`);
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    if (options.createDirectory) await mkdir(path.dirname(file), { recursive: true });
    const handle = await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
    try {
      await handle.writeFile(text);
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw new ScanError('unreadable', `cannot write ${shown}: ${(error as Error).message}`);
  }
}

/**
 * Writes to a device or a FIFO in place (`--output /dev/null`, `/dev/stdout` on a pipe or a terminal, a named
 * pipe), following a link to it: there is no file there to clobber, and renaming over it would replace the
 * device itself (as root, /dev/null would become a regular file that every later `>/dev/null` appends to).
 * Returns false for anything else. The descriptor is checked, not the name, so a name swapped for a link to a
 * regular file in between is closed untouched (opened without O_TRUNC) and left to the rename path.
 */
async function writeToStream(file: string, text: string, shown: string): Promise<boolean> {
  const named = await stat(file).catch(() => undefined);
  if (!named || !(named.isCharacterDevice() || named.isFIFO())) return false;
  let handle;
  try {
    handle = await open(file, constants.O_WRONLY);
  } catch (error) {
    throw new ScanError('unreadable', `cannot write ${shown}: ${(error as Error).message}`);
  }
  try {
    const opened = await handle.stat();
    if (!(opened.isCharacterDevice() || opened.isFIFO())) return false;
    await handle.writeFile(text);
    return true;
  } catch (error) {
    throw new ScanError('unreadable', `cannot write ${shown}: ${(error as Error).message}`);
  } finally {
    await handle.close();
  }
}

/**
 * Whether `file` is this process's own standard output (`--output /dev/stdout`, `/proc/self/fd/1`): under
 * Node and some CI runners that is a socket, which cannot be opened by name, so the report is printed instead.
 */
export async function namesStandardOutput(file: string): Promise<boolean> {
  const named = await stat(file).catch(() => undefined);
  if (!named) return false;
  try {
    const own = fstatSync(1);
    return named.dev === own.dev && named.ino === own.ino;
  } catch {
    return false;
  }
}
