import { afterAll, describe, expect, it } from 'vitest';
import { BlobReader } from '../../src/sources/git-blobs.js';
import { gitRunner } from '../../src/sources/git.js';
import { cleanupRepos, makeRepo, tempDir } from '../helpers/git-repo.js';

afterAll(cleanupRepos);

describe('BlobReader', () => {
  it('answers in order, and a small blob holds bytes of its own, not a view of a piece of git output', async () => {
    const repo = makeRepo();
    const texts = Array.from({ length: 300 }, (_, i) => `file ${i}\n${'x'.repeat(i % 50)}\n`);
    const shas = texts.map((t) => repo.git(['hash-object', '-w', '--stdin'], { input: t }).trim());
    const reader = new BlobReader(gitRunner(repo.dir), 1024 * 1024);
    try {
      const answers = shas.map((sha) => reader.read(sha));
      // A busy thread: git's answers pile up in the pipe and arrive as one large piece, as in a long history.
      for (const until = Date.now() + 500; Date.now() < until; );
      const results = await Promise.all(answers);
      results.forEach((r, i) => {
        expect(r.kind).toBe('blob');
        if (r.kind !== 'blob') return;
        expect(r.data.toString()).toBe(texts[i]);
        // What a chunk in flight keeps alive: its own bytes, or a piece of git's output that is mostly them.
        expect(r.data.buffer.byteLength).toBeLessThanOrEqual(2 * r.data.length);
        reader.release(r);
      });
    } finally {
      await reader.close();
    }
  });

  it('answers what was asked in the same turn as it was closed', async () => {
    const repo = makeRepo();
    const sha = repo.git(['hash-object', '-w', '--stdin'], { input: 'last\n' }).trim();
    const reader = new BlobReader(gitRunner(repo.dir), 1024);
    const answer = reader.read(sha);
    const closed = reader.close();
    await expect(answer).resolves.toMatchObject({ kind: 'blob', sha, size: 5 });
    await closed;
  });

  it('fails a blob asked after git has died in its turn, never as an unhandled rejection (which ended the run with exit 1)', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown): void => void unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      // Not a repository: git cat-file dies at once.
      const reader = new BlobReader(gitRunner(tempDir('sh-not-a-repo-')), 1024);
      await expect(reader.read('0'.repeat(40))).rejects.toThrow(/git cat-file failed/);
      const later = reader.read('1'.repeat(40)); // asked once the failure is known, awaited later
      await new Promise((resolve) => setTimeout(resolve, 50));
      await expect(later).rejects.toThrow(/git cat-file failed/);
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
