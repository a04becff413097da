import { lstat, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import { simpleGit } from 'simple-git';
import { ScanError } from '../errors.js';
import type { Chunk } from '../types.js';
import type { SourceStats } from './source.js';
import { decodeText } from './text.js';

export interface FilesOptions {
  /** Paths in output are relative to this directory. */
  root: string;
  /** Paths on the command line are relative to this one. */
  cwd: string;
  ignore: readonly string[];
  maxFileSize: number;
}

/** Forward slashes and relative to the root, as every reporter and the baseline expect. */
export function displayPath(root: string, file: string): string {
  const rel = path.relative(root, file);
  return (rel === '' ? path.basename(file) : rel).split(path.sep).join('/');
}

/**
 * What git ignores under `dir`, as globs for fast-glob: ignored directories come back once
 * (`--directory`), so the list stays short however many files they hold.
 */
async function gitIgnored(base: string, under: string): Promise<string[]> {
  const git = simpleGit({ baseDir: base });
  const inside = await git.raw(['rev-parse', '--is-inside-work-tree']).catch(() => 'false');
  if (inside.trim() !== 'true') return [];
  const out = await git.raw(['ls-files', '-z', '--others', '--ignored', '--exclude-standard', '--directory', '--', under || '.']);
  return out
    .split('\0')
    .filter(Boolean)
    .map((p) => (p.endsWith('/') ? `${fg.escapePath(p)}**` : fg.escapePath(p)));
}

function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Walks `dir` from the root when it lies inside it, so that config and git ignore globs
 * (relative to the root) apply whichever directory was named.
 */
async function* walk(dir: string, options: FilesOptions, stats: SourceStats): AsyncGenerator<string> {
  const base = isInside(options.root, dir) ? options.root : dir;
  const under = path.relative(base, dir).split(path.sep).join('/');
  const ignore = ['**/.git', '**/.git/**', ...options.ignore, ...(await gitIgnored(base, under))];
  const pattern = under ? `${fg.escapePath(under)}/**` : '**';
  const entries = fg.stream(pattern, { cwd: base, dot: true, onlyFiles: false, followSymbolicLinks: false, ignore, markDirectories: true });
  for await (const entry of entries) {
    const rel = String(entry);
    if (rel.endsWith('/')) continue;
    const file = path.join(base, rel);
    const info = await lstat(file);
    if (info.isSymbolicLink()) {
      // Never followed: a target inside the root is scanned as itself, one outside is not ours to read.
      const target = await realpath(file).catch(() => undefined);
      if (!target || !isInside(await realpath(options.root), target)) {
        stats.skipped.push({ path: displayPath(options.root, file), reason: 'symlink-outside-root' });
      }
      continue;
    }
    if (info.isFile()) yield file;
  }
}

/** Files named on the command line, and every file under directories named there. */
export async function* fileChunks(paths: readonly string[], options: FilesOptions, stats: SourceStats): AsyncGenerator<Chunk> {
  for (const given of paths) {
    const abs = path.resolve(options.cwd, given);
    const info = await stat(abs).catch((error: NodeJS.ErrnoException) => {
      throw new ScanError('unreadable', `cannot scan ${given}: ${error.code === 'ENOENT' ? 'no such file or directory' : error.message}`);
    });
    const files = info.isDirectory() ? walk(abs, options, stats) : oneFile(abs);
    for await (const file of files) {
      const chunk = await readChunk(file, options, stats);
      if (chunk) yield chunk;
    }
  }
}

async function* oneFile(file: string): AsyncGenerator<string> {
  yield file;
}

async function readChunk(file: string, options: FilesOptions, stats: SourceStats): Promise<Chunk | undefined> {
  const shown = displayPath(options.root, file);
  try {
    const { size } = await stat(file);
    if (size > options.maxFileSize) {
      stats.skipped.push({ path: shown, reason: 'too-large', bytes: size });
      return undefined;
    }
    const bytes = await readFile(file);
    const decoded = decodeText(bytes);
    if (decoded.kind === 'binary') {
      stats.binary++;
      return undefined;
    }
    stats.files++;
    stats.bytes += bytes.length;
    return { origin: { kind: 'file', path: shown }, text: decoded.text, bytes: bytes.length };
  } catch (error) {
    stats.errors.push({ path: shown, message: (error as Error).message });
    return undefined;
  }
}
