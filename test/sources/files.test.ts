import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/engine/text.js';
import { ScanError } from '../../src/errors.js';
import { displayPath, fileChunks, pathShower, type FilesOptions } from '../../src/sources/files.js';
import { readEntry } from '../../src/sources/read-file.js';
import { SEGMENT_OVERLAP } from '../../src/sources/segments.js';
import { newSourceStats, type SourceStats } from '../../src/sources/source.js';
import type { Chunk, TextChunk } from '../../src/types.js';
import { git, tree, write } from './files-tree.js';

const MiB = 1024 * 1024;

/** A chunk with its text: a whole file comes as bytes, which the per-chunk step decodes as this does. */
function withText(chunk: Chunk): TextChunk {
  if (chunk.text !== undefined) return chunk;
  const { data, ...fields } = chunk;
  const decoded = decodeText(data);
  if (decoded.kind !== 'text') throw new Error(`${chunk.origin.path}: a chunk of binary bytes`);
  return { ...fields, text: decoded.text };
}

async function scan(root: string, paths: string[] = ['.'], extra: Partial<FilesOptions> = {}) {
  const stats = newSourceStats();
  const chunks = [];
  for await (const chunk of fileChunks(paths, { root, cwd: root, ignore: [], segmentSize: 10 * MiB, defaultIgnores: true, ...extra }, stats)) chunks.push(withText(chunk));
  return { paths: chunks.map((c) => c.origin.path), chunks, stats };
}

describe('files source: what is scanned', () => {
  it('walks directories depth first in name order and reads named files, each once', async () => {
    const root = tree({ 'b.txt': 'b', 'a/z.txt': 'z', 'a/b/c.txt': 'c', 'c.txt': 'c' });
    expect((await scan(root)).paths).toEqual(['a/b/c.txt', 'a/z.txt', 'b.txt', 'c.txt']);
    // A file named twice, or inside a directory also named, is scanned once.
    const { paths, stats } = await scan(root, ['c.txt', 'a', 'a/z.txt', './c.txt']);
    expect(paths).toEqual(['c.txt', 'a/b/c.txt', 'a/z.txt']);
    expect(stats.files).toBe(3);
    expect(stats.bytes).toBe(3);
  });

  it('never descends into .git', async () => {
    const root = tree({ '.git/config': 'x', 'src/.git': 'gitdir: elsewhere', 'src/a.txt': 'a' });
    expect((await scan(root)).paths).toEqual(['src/a.txt']);
  });

  it('respects .gitignore (and nested repositories\u2019 own) inside a git work tree', async () => {
    const root = tree({
      '.gitignore': 'build/\n*.log\n',
      'build/out.js': 'x',
      'src/app.js': 'x',
      'src/debug.log': 'x',
      'src/.gitignore': 'local.txt\n',
      'src/local.txt': 'x',
      'vendor/lib/.gitignore': 'gen/\n',
      'vendor/lib/gen/big.js': 'x',
      'vendor/lib/index.js': 'x',
    });
    git(root, 'init', '-q');
    git(path.join(root, 'vendor/lib'), 'init', '-q');
    expect((await scan(root)).paths).toEqual(['.gitignore', 'src/.gitignore', 'src/app.js', 'vendor/lib/.gitignore', 'vendor/lib/index.js']);
    // Walking a subdirectory keeps the repository's rules.
    expect((await scan(root, ['src'])).paths).toEqual(['src/.gitignore', 'src/app.js']);
    // A path named on purpose is scanned even though git ignores it.
    expect((await scan(root, ['src/debug.log', 'build'])).paths).toEqual(['src/debug.log', 'build/out.js']);
    // Also when a directory that holds it is named too, before or after it, and once.
    expect((await scan(root, ['.', 'src/debug.log', 'build'])).paths).toEqual([
      '.gitignore', 'src/.gitignore', 'src/app.js', 'vendor/lib/.gitignore', 'vendor/lib/index.js', 'src/debug.log', 'build/out.js',
    ]);
    expect((await scan(root, ['src/app.js', 'src/debug.log', 'src'])).paths).toEqual(['src/app.js', 'src/debug.log', 'src/.gitignore']);
  });

  it('scans a path named inside a directory also named, where the walk would skip it (node_modules outside a work tree)', async () => {
    const root = tree({ 'a.txt': 'x', 'node_modules/p/.env': 'x' });
    expect((await scan(root, ['.', 'node_modules/p/.env'])).paths).toEqual(['a.txt', 'node_modules/p/.env']);
  });

  it('scans tracked files that an ignore rule would match', async () => {
    const root = tree({ '.gitignore': 'conf/\n', 'conf/tracked.json': '{}', 'conf/untracked.json': '{}' });
    git(root, 'init', '-q');
    git(root, 'add', '-f', 'conf/tracked.json');
    expect((await scan(root)).paths).toEqual(['.gitignore', 'conf/tracked.json']);
  });

  it('does not apply .gitignore outside a git work tree', async () => {
    const root = tree({ '.gitignore': '*.log\n', 'a.log': 'x' });
    expect((await scan(root)).paths).toEqual(['.gitignore', 'a.log']);
  });

  it('skips what the config ignores, without entering ignored directories, and says so for named files', async () => {
    const root = tree({ 'dist/a.js': 'x', 'vendor/b.js': 'x', 'src/c.min.js': 'x', 'src/c.js': 'x', 'src/deep/node_modules/m/i.js': 'x' });
    const ignore = ['dist/**', 'vendor', '**/*.min.js', '**/node_modules'];
    expect((await scan(root, ['.'], { ignore })).paths).toEqual(['src/c.js']);
    const named = await scan(root, ['src/c.min.js'], { ignore });
    expect(named.paths).toEqual([]);
    expect(named.stats.notes).toEqual(['src/c.min.js not scanned: it matches an "ignore" glob in the config']);
  });

  it('names files with spaces and non-ASCII characters as they are', async () => {
    const root = tree({ 'my dir/naïve café.txt': 'x', 'データ/鍵.env': 'x' });
    expect((await scan(root)).paths).toEqual(['my dir/naïve café.txt', 'データ/鍵.env']);
  });

  it('shows files outside the root by their absolute path', async () => {
    const root = tree();
    const other = tree({ 'x.txt': 'x' });
    expect((await scan(root, [other])).paths).toEqual([`${other}/x.txt`]);
    expect(displayPath(root, path.join(root, 'a', 'b.txt'))).toEqual({ path: 'a/b.txt' });
  });

  it('names each walked path as displayPath does, whatever the root (a trailing slash, /, relative)', () => {
    const roots = ['/p', '/p/', '/', '/p/q', '/p/q/', '/pq', 'p', '/p/../p', '/p//q'];
    const paths = ['/', '/p', '/p/a', '/p/a/b.txt', '/pq', '/pq/a', '/p/q', '/p/q/r', '/x/y', '/p/qa', '/q'];
    for (const root of roots) {
      const show = pathShower(root);
      for (const abs of paths) expect(show(abs), `${abs} under ${root}`).toEqual(displayPath(root, abs));
    }
  });
});

describe('files source: bad inputs', () => {
  it('counts binary files and skips them', async () => {
    const root = tree({ 'img.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), 'a.txt': 'a' });
    const { paths, stats } = await scan(root);
    expect(paths).toEqual(['a.txt']);
    expect(stats.binary).toBe(1);
    expect(stats.skipped).toEqual([]);
  });

  it('reads a file larger than the segment size in overlapping segments, and skips nothing for size', async () => {
    const root = tree({ 'big.txt': 'x\n'.repeat(1.5 * MiB), 'small.txt': 'x' });
    const { chunks, stats } = await scan(root, ['.'], { segmentSize: 1024 });
    // 1 KiB is raised to the smallest segment, 1 MiB; each segment starts an overlap before the part it owns.
    const lineAt = (offset: number): number => offset / 2 + 1;
    expect(chunks.map((c) => [c.origin.path, c.segment?.line])).toEqual([
      ['big.txt', 1],
      ['big.txt', lineAt(MiB - SEGMENT_OVERLAP)],
      ['big.txt', lineAt(2 * MiB - SEGMENT_OVERLAP)],
      ['small.txt', undefined],
    ]);
    expect(stats).toMatchObject({ files: 2, bytes: 3 * MiB + 1, skipped: [] });
  });

  it('decodes UTF-8 with and without BOM, and UTF-16 LE and BE with BOM', async () => {
    const text = 'apikey: café\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    const root = tree({
      'bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
      'plain.txt': text,
      'le.txt': le,
      'be.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), be]),
    });
    const { chunks, stats } = await scan(root);
    expect(chunks.map((c) => [c.origin.path, c.text])).toEqual([
      ['be.txt', text],
      ['bom.txt', text],
      ['le.txt', text],
      ['plain.txt', text],
    ]);
    expect(stats.binary).toBe(0);
  });

  it('reads invalid UTF-8 without losing a line', async () => {
    const root = tree({ 'bad.txt': Buffer.from([0x61, 0xc3, 0x0a, 0xff, 0xfe, 0x62, 0x0a, 0xe2, 0x82, 0x0a, 0x63]) });
    const [chunk] = (await scan(root)).chunks;
    expect(chunk?.text.split('\n')).toEqual(['a\ufffd', '\ufffd\ufffdb', '\ufffd', 'c']);
  });

  it('never follows a symlink: inside targets are scanned as themselves, others are listed', async () => {
    const root = tree({ 'a.txt': 'a', 'dir/b.txt': 'b' });
    const outside = tree({ 'secret.txt': 's' });
    symlinkSync(path.join(root, 'a.txt'), path.join(root, 'link-in.txt'));
    symlinkSync(path.join(root, 'dir'), path.join(root, 'link-dir'));
    symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'link-out.txt'));
    symlinkSync(outside, path.join(root, 'link-out-dir'));
    symlinkSync(path.join(root, 'missing'), path.join(root, 'dangling'));
    const { paths, stats } = await scan(root);
    expect(paths).toEqual(['a.txt', 'dir/b.txt']);
    expect(stats.skipped).toEqual([
      { path: 'dangling', reason: 'broken-symlink' },
      { path: 'link-out-dir', reason: 'symlink-outside-root' },
      { path: 'link-out.txt', reason: 'symlink-outside-root' },
    ]);
    // Named on the command line: followed inside the root (shown under its own name); outside, not scanned: exit 2.
    const named = await scan(root, ['link-in.txt']);
    expect(named.paths).toEqual(['link-in.txt']);
    expect(named.chunks[0]?.text).toBe('a');
    for (const link of ['link-out.txt', 'link-out-dir']) {
      await expect(scan(root, ['link-in.txt', link])).rejects.toThrow(new RegExp(`^cannot scan ${link}: it is a symbolic link to ${outside}.*, outside the root`));
    }
  });

  it('lists FIFOs and sockets as not regular files, without blocking on them', async () => {
    const root = tree({ 'a.txt': 'a' });
    execFileSync('mkfifo', [path.join(root, 'pipe')]);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(path.join(root, 'sock'), resolve));
    try {
      const { paths, stats } = await scan(root);
      expect(paths).toEqual(['a.txt']);
      expect(stats.skipped).toEqual([
        { path: 'pipe', reason: 'not-a-file' },
        { path: 'sock', reason: 'not-a-file' },
      ]);
      // Named on the command line, it cannot be scanned: the run stops (exit 2) and says why.
      await expect(scan(root, ['pipe'])).rejects.toThrow('cannot scan pipe: it is a FIFO (named pipe), not a regular file');
      await expect(scan(root, ['sock'])).rejects.toThrow('cannot scan sock: it is a socket, not a regular file');
    } finally {
      server.close();
    }
  });

  it('notes a named directory with nothing to scan', async () => {
    const root = tree();
    mkdirSync(path.join(root, 'empty/nested'), { recursive: true });
    write(root, { 'ignored/a.js': 'x' });
    const { paths, stats } = await scan(root, ['empty', 'ignored'], { ignore: ['ignored/*.js'] });
    expect(paths).toEqual([]);
    expect(stats.notes).toEqual(['nothing to scan in empty: it is empty, or everything in it is ignored', 'nothing to scan in ignored: it is empty, or everything in it is ignored']);
    expect(stats.errors).toEqual([]);
  });

  it('stops with a ScanError naming a path that does not exist', async () => {
    const root = tree({ 'a.txt': 'a' });
    await expect(scan(root, ['a.txt', 'nope'])).rejects.toThrow(new ScanError('unreadable', 'cannot scan nope: no such file or directory (ENOENT)'));
    symlinkSync(path.join(root, 'missing'), path.join(root, 'dangling'));
    await expect(scan(root, ['dangling'])).rejects.toThrow(/cannot scan dangling: the symbolic link leads nowhere/);
  });

  it('records what it cannot read as an error, and what vanished as skipped', async () => {
    const root = tree();
    const stats: SourceStats = newSourceStats();
    const long = path.join(root, 'x'.repeat(300));
    const gone = path.join(root, 'gone.txt');
    for (const entry of [{ abs: long, real: long, shown: { path: 'long-name' } }, { abs: gone, real: gone, shown: { path: 'gone.txt' } }]) {
      for await (const chunk of readEntry(entry, MiB, stats)) expect.unreachable(chunk.origin.path);
    }
    expect(stats.errors).toEqual([{ path: 'long-name', message: 'cannot read: file name too long (ENAMETOOLONG)' }]);
    expect(stats.skipped).toEqual([{ path: 'gone.txt', reason: 'vanished' }]);
  });

  it('lists a file deleted between the listing and the read as vanished', async () => {
    const root = tree({ 'a.txt': 'a', 'b.txt': 'b', 'c.txt': 'c' });
    const stats = newSourceStats();
    const seen: string[] = [];
    for await (const chunk of fileChunks(['.'], { root, cwd: root, ignore: [], segmentSize: MiB, defaultIgnores: true }, stats)) {
      seen.push(chunk.origin.path);
      if (chunk.origin.path === 'a.txt') rmSync(path.join(root, 'b.txt'));
    }
    expect(seen).toEqual(['a.txt', 'c.txt']);
    expect(stats.skipped).toEqual([{ path: 'b.txt', reason: 'vanished' }]);
  });
});
