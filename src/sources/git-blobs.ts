// Blobs by object name through one long-lived `git cat-file --batch`: requests are written ahead,
// answers are parsed incrementally and handed out in request order. A blob larger than a segment is
// never held: its size decides, from the answer's header, and its content is streamed apart (`blobPieces`).
import { ScanError } from '../errors.js';
import type { GitRunner, GitStream } from './git.js';
import { SNIFF } from '../engine/text.js';
import { Fifo } from './fifo.js';

export type BlobResult =
  | { kind: 'blob'; sha: string; size: number; data: Buffer }
  /** Larger than the reader holds: `head` is its first bytes, enough to tell binary from text (`isBinary`). */
  | { kind: 'large'; sha: string; size: number; head: Buffer }
  | { kind: 'missing'; sha: string };

interface Pending {
  sha: string;
  resolve: (result: BlobResult) => void;
  reject: (error: unknown) => void;
}

/** Bytes of answered but unconsumed blobs above which git's output is no longer read. */
const HELD_LIMIT = 4 * 1024 * 1024;

export class BlobReader {
  private readonly process: GitStream;
  private readonly pending = new Fifo<Pending>();
  private header: Buffer[] = [];
  /** The blob being received: its buffer (for a large one, its head) and how much of it has arrived. */
  private body: { sha: string; keep: boolean; data: Buffer | undefined; size: number; got: number } | undefined;
  private needNewline = false;
  private held = 0;
  private paused = false;
  private closing = false;
  /** Names asked in this turn, not yet written. */
  private asked: string[] = [];
  private failed: unknown;

  /** `maxSize`: the largest blob handed out whole; a larger one is answered `large`, and its bytes skipped. */
  constructor(
    git: GitRunner,
    private readonly maxSize: number,
  ) {
    this.process = git.stream(['cat-file', '--batch']);
    this.process.stdout.on('data', (data: Buffer) => this.receive(data));
    this.process.done.then(
      () => {
        if (!this.closing) this.fail(new ScanError('git-failed', 'git cat-file ended before answering'));
      },
      (error: unknown) => this.fail(error),
    );
  }

  /** Asks for a blob; answers come in the order asked. */
  read(sha: string): Promise<BlobResult> {
    const answer = new Promise<BlobResult>((resolve, reject) => {
      if (this.failed) {
        reject(this.failed);
        return;
      }
      this.pending.push({ sha, resolve, reject });
      // The names asked in one turn go to git in one write: history asks for thousands, a write each cost
      // 130 ms of express's history.
      if (this.asked.length === 0) process.nextTick(() => this.flush());
      this.asked.push(`${sha}\n`);
    });
    // Callers read ahead and await answers in order: when git dies, the answers not awaited yet (and those
    // asked after) must not count as unhandled rejections (the first one awaited carries the error).
    answer.catch(() => undefined);
    return answer;
  }

  /** The caller is done with an answer: its bytes no longer count against the read-ahead. */
  release(result: BlobResult): void {
    if (result.kind !== 'blob') return;
    this.held -= result.data.length;
    if (this.paused && this.held < HELD_LIMIT) {
      this.paused = false;
      this.process.stdout.resume();
    }
  }

  /** Stops git at once (the scan ended early): nothing more will be read. */
  kill(): void {
    this.closing = true;
    this.process.kill();
  }

  async close(): Promise<void> {
    this.closing = true;
    this.flush(); // names asked in this very turn: before the end, not after it
    this.process.stdin.end();
    await this.process.done;
  }

  private flush(): void {
    if (this.asked.length) this.process.stdin.write(this.asked.splice(0).join(''));
  }

  private fail(error: unknown): void {
    this.failed ??= error;
    for (const p of this.pending.drain()) p.reject(error);
  }

  private answer(result: BlobResult): void {
    const next = this.pending.shift();
    if (!next) return;
    if (result.kind === 'blob') {
      this.held += result.data.length;
      if (this.held >= HELD_LIMIT && !this.paused) {
        this.paused = true;
        this.process.stdout.pause();
      }
    }
    next.resolve(result);
  }

  private receive(data: Buffer): void {
    let at = 0;
    while (at < data.length) {
      if (this.needNewline) {
        at++; // the newline git writes after each blob's content
        this.needNewline = false;
        continue;
      }
      if (this.body) {
        const body = this.body;
        const take = Math.min(body.size - body.got, data.length - at);
        // All in this piece and most of it: no copy. Else a buffer of its own (not a slice of Node's shared
        // pool): a view of a small part of a piece, or a pooled slice, would keep a larger buffer alive while
        // it counts as its own few bytes, here and in every chunk in flight.
        if (body.keep && take === body.size && 2 * take >= data.length) body.data = data.subarray(at, at + take);
        else if (body.keep) data.copy((body.data ??= Buffer.allocUnsafeSlow(body.size)), body.got, at, at + take);
        else if (body.got < SNIFF) data.copy((body.data ??= Buffer.alloc(SNIFF)), body.got, at, at + Math.min(take, SNIFF - body.got));
        body.got += take;
        at += take;
        if (body.got === body.size) {
          this.body = undefined;
          this.needNewline = true;
          const { sha, size, data: held = Buffer.alloc(0) } = body;
          this.answer(body.keep ? { kind: 'blob', sha, size, data: held } : { kind: 'large', sha, size, head: held });
        }
        continue;
      }
      const nl = data.indexOf(10, at);
      if (nl === -1) {
        this.header.push(data.subarray(at));
        return;
      }
      this.header.push(data.subarray(at, nl));
      at = nl + 1;
      const line = Buffer.concat(this.header).toString('utf8');
      this.header = [];
      this.startAnswer(line);
    }
  }

  /** `<sha> <type> <size>` or `<sha> missing` (also `ambiguous`). */
  private startAnswer(line: string): void {
    const [sha = '', type = '', sizeText = ''] = line.split(' ');
    if (type === 'missing' || type === 'ambiguous' || sizeText === '') {
      this.answer({ kind: 'missing', sha });
      return;
    }
    const size = Number(sizeText);
    this.body = { sha, keep: size <= this.maxSize, data: undefined, size, got: 0 };
    if (size === 0) {
      this.body = undefined;
      this.needNewline = true;
      this.answer({ kind: 'blob', sha, size, data: Buffer.alloc(0) });
    }
  }
}

/** A blob's content in pieces, each a buffer of its own, from a `git cat-file blob` of its own: for a blob too large to hold. */
export async function* blobPieces(git: GitRunner, sha: string): AsyncGenerator<Buffer> {
  const cat = git.stream(['cat-file', 'blob', sha]);
  let finished = false;
  try {
    for await (const piece of cat.stdout) yield piece as Buffer;
    await cat.done;
    finished = true;
  } finally {
    if (!finished) cat.kill();
  }
}
