// The walk lists a directory, then opens what the listing named. In between, anything in the path may be
// swapped for a symbolic link (or moved), and the open would then follow it out of the scanned tree: the
// O_NOFOLLOW flag guards only the last component. So what is opened is checked afterwards: the descriptor
// must lead to the path the walk expects (Linux: /proc/self/fd tells exactly where it leads), and a
// directory is listed through its descriptor, so the listing is of what was checked.
import { fstatSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { fsPath } from './path-bytes.js';

const LINUX = process.platform === 'linux';

/** Where an opened descriptor leads compared with where the walk expects it (byte strings). */
export type Whereabouts = 'expected' | 'gone' | 'elsewhere';

/**
 * Linux: the kernel's own answer for the descriptor. Elsewhere: the path's realpath, and the descriptor must
 * be the same file (device and inode); a swap and a swap back between the two checks goes unseen there.
 */
export function whereabouts(fd: number, openedBy: string, expected: string): Whereabouts {
  try {
    if (LINUX) {
      const leads = readlinkSync(`/proc/self/fd/${fd}`, 'latin1');
      if (leads === expected) return 'expected';
      return leads === `${expected} (deleted)` ? 'gone' : 'elsewhere';
    }
    const real = realpathSync(fsPath(openedBy), { encoding: 'buffer' }).toString('latin1');
    const [held, there] = [fstatSync(fd), statSync(fsPath(real))];
    return real === expected && held.dev === there.dev && held.ino === there.ino ? 'expected' : 'elsewhere';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw error;
  }
}

/** A path that lists the directory a descriptor holds (Linux), else the path it was opened by. */
export const listingPath = (fd: number, openedBy: string): string | Buffer => (LINUX ? `/proc/self/fd/${fd}` : fsPath(openedBy));

export const CHANGED = 'changed while the scan ran (moved, or it or a directory above it replaced by a link): not followed';
