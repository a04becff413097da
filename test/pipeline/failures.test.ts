import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cachedDataVersionTag } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { createGen, RULES } from '../../rules/index.js';
import { EMPTY_CONFIG } from '../../src/config.js';
import { detect } from '../../src/engine/detect.js';
import type { Rule } from '../../src/engine/rule.js';
import { chunkFindings } from '../../src/pipeline/chunk.js';
import { exitCode } from '../../src/reporters/reporter.js';
import type { Chunk } from '../../src/types.js';

// No detector exception may end a run without a report, nor pass for a clean one: a check that throws
// leaves its candidate unjudged, the rest is still judged, and the run says where (exit 2); a detection
// thread that dies ends the run with an error that says so (exit 2).

const throwing: Rule = {
  ...RULES.find((r) => r.id === 'bearer-token') as Rule,
  validate() {
    throw new RangeError(`Invalid time value ${key}`);
  },
};

const chunk = (text: string): Chunk => ({ origin: { kind: 'file', path: 'a.sh' }, text, bytes: text.length });
const key = createGen(5).base64url(24);
const text = `curl -H "Authorization: Bearer ${key}" https://x\n`;

describe('a check that throws', () => {
  it('leaves that candidate unjudged and says so by the error name alone (its message may quote the input)', () => {
    const rejections: string[] = [];
    expect(detect(text, 'a.sh', [throwing], { onReject: (r) => rejections.push(`${r.error} ${r.reason}`) })).toEqual([]);
    expect(rejections).toEqual(['true the check failed (RangeError): candidate not judged']);
  });

  it('is listed in the chunk result, and told under --debug', () => {
    const result = chunkFindings(chunk(text), [throwing], EMPTY_CONFIG, { debug: true });
    expect(result.failedChecks).toEqual(['line 1: bearer-token: the check failed (RangeError): candidate not judged']);
    expect(result.messages).toEqual(['a.sh:1 dropped: bearer-token: the check failed (RangeError): candidate not judged']);
  });

  it('makes the run incomplete (exit 2): each such candidate is an error with its place, and the rules that did not throw still report', async () => {
    const other = `IBMCLOUD_API_KEY=${createGen(6).ibmKey()}\n`;
    async function* chunks(): AsyncGenerator<Chunk> {
      yield chunk(text);
      yield { origin: { kind: 'file', path: 'b.env' }, text: other, bytes: other.length };
      for (let i = 0; i < 25; i++) yield { origin: { kind: 'file', path: `many${i}.sh` }, text, bytes: text.length };
    }
    const stats = { files: 0, bytes: 0, binary: 0, skipped: [], errors: [], notes: [] };
    const rules = [throwing, RULES.find((r) => r.id === 'ibm-cloud-api-key') as Rule];
    const { runPipeline } = await import('../../src/pipeline/run.js');
    const result = await runPipeline(chunks(), stats, { rules, config: EMPTY_CONFIG });
    expect(result.findings.map((f) => f.path)).toEqual(['b.env']);
    expect(result.stats.detectorErrors).toBe(26);
    expect(result.stats.errors[0]).toEqual({ path: 'a.sh', message: 'line 1: bearer-token: the check failed (RangeError): candidate not judged; please report this bug' });
    expect(result.stats.errors).toHaveLength(21);
    expect(result.stats.errors[20]).toEqual({ path: '(detection)', message: '6 more candidates whose check failed were not judged' });
    expect(JSON.stringify(result)).not.toContain(key);
    expect(exitCode(result)).toBe(2);
  });
});

describe('a detection thread that dies', () => {
  it('fails the run with a message, and leaves no rejection unhandled', async () => {
    // The built pool: its worker is the compiled file next to it.
    const { runPipeline } = await import('../../dist/src/pipeline/run.js');
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown): void => void unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    // A rule the catalog does not hold: the worker cannot start, as if it had crashed.
    const stranger = { ...throwing, id: 'not-in-the-catalog' } as unknown as Rule;
    // Paced, so that the run lasts longer than a thread takes to start: until one has loaded, this thread
    // detects each chunk itself, and a run over by then has lost nothing.
    async function* chunks(): AsyncGenerator<Chunk> {
      for (let i = 0; i < 40; i++) {
        await new Promise((resolve) => setTimeout(resolve, 25));
        yield chunk(`${'y'.repeat(200_000)}\n`);
      }
    }
    const stats = { files: 0, bytes: 0, binary: 0, skipped: [], errors: [], notes: [] };
    await expect(runPipeline(chunks(), stats, { rules: [stranger], config: EMPTY_CONFIG, workers: 2 })).rejects.toMatchObject({
      kind: 'internal',
      message: expect.stringContaining('a detection thread failed, so the scan is incomplete'),
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    process.off('unhandledRejection', onUnhandled);
    expect(unhandled).toEqual([]);
  });

  it('fails the run when it ends quietly (exit code 0) with chunks unanswered', async () => {
    // A copy of the built library whose worker loads, says so, and exits cleanly at its first chunk.
    const dir = mkdtempSync(path.join(tmpdir(), 'sh-quiet-worker-'));
    try {
      cpSync(path.resolve('dist'), dir, { recursive: true });
      writeFileSync(
        path.join(dir, 'src/pipeline/worker.js'),
        "import { parentPort, workerData } from 'node:worker_threads';\n" +
          'Atomics.store(workerData.progress, 1, 1);\n' +
          "parentPort.on('message', () => process.exit(0));\n" +
          'parentPort.postMessage({ ready: true });\n',
      );
      const { runPipeline } = (await import(pathToFileURL(path.join(dir, 'src/pipeline/run.js')).href)) as typeof import('../../dist/src/pipeline/run.js');
      const built = (await import(pathToFileURL(path.join(dir, 'rules/index.js')).href)) as typeof import('../../dist/rules/index.js');
      async function* chunks(): AsyncGenerator<Chunk> {
        for (let i = 0; i < 40; i++) {
          await new Promise((resolve) => setTimeout(resolve, 25));
          yield chunk(`${'y'.repeat(200_000)}\n`);
        }
      }
      const stats = { files: 0, bytes: 0, binary: 0, skipped: [], errors: [], notes: [] };
      await expect(runPipeline(chunks(), stats, { rules: built.RULES, config: EMPTY_CONFIG, workers: 1 })).rejects.toMatchObject({
        kind: 'internal',
        message: expect.stringContaining('a detection thread failed, so the scan is incomplete: exited with code 0'),
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * The built pool with one thread (its worker is the compiled file next to it), running the built catalog
 * (`counted` is called for each chunk detected in this thread), and a chunk of enough bytes to start it.
 */
async function builtDetector(counted?: () => void) {
  const { createDetector, POOL_AFTER_BYTES } = await import('../../dist/src/pipeline/pool.js');
  const { configData } = await import('../../dist/src/config.js');
  const built = await import('../../dist/rules/index.js');
  const inThread = (c: Chunk) => {
    counted?.();
    return chunkFindings(c, built.RULES, EMPTY_CONFIG);
  };
  const detector = createDetector(inThread, 1, { ruleIds: RULES.map((r) => r.id), config: configData(EMPTY_CONFIG) }, false);
  const filler = Buffer.alloc(POOL_AFTER_BYTES + 1, 0x61);
  const starter: Chunk = { origin: { kind: 'file', path: 'filler.txt' }, data: filler, bytes: filler.length };
  return { detector, built, starter };
}

describe('a chunk handed to a detection thread', () => {
  it('is detected there as in this thread, and keeps its bytes on this side (a copy is what moves)', async () => {
    const { detector, built, starter } = await builtDetector();
    try {
      // Enough bytes first that the pool starts; then a view into a larger buffer, as git's output gives them.
      await detector.detect(starter);
      const piece = Buffer.from(`# padding\n${text}# more\n`);
      const data = piece.subarray(10, 10 + Buffer.byteLength(text));
      const sent: Chunk = { origin: { kind: 'file', path: 'a.sh' }, data, bytes: data.length };
      const result = await detector.detect(sent);
      expect(result.findings.map((f) => f.ruleId)).toEqual(['bearer-token']);
      expect(result).toEqual(chunkFindings(sent, built.RULES, EMPTY_CONFIG));
      expect(data.toString()).toBe(text);
      expect(piece.byteLength).toBe(Buffer.byteLength(`# padding\n${text}# more\n`));
    } finally {
      await detector.close();
    }
  });
});

describe('a run whose detection threads are behind', () => {
  it('detects here the newest chunks no thread has started, with the results the threads give', async () => {
    let here = 0;
    const { detector, built, starter } = await builtDetector(() => here++);
    try {
      expect(detector.help()).toBe(false); // no pool yet: nothing waits
      await detector.detect(starter);
      here = 0;
      // Far more than a thread is sent ahead (1 MiB): many wait on this side. (The thread is sent more as it
      // finishes, also while this thread detects: not all of the rest are left here.)
      const sent = Array.from({ length: 40 }, (_, i): Chunk => {
        const data = Buffer.from(`${'# padding\n'.repeat(20_000)}${i % 2 ? text : 'nothing\n'}`);
        return { origin: { kind: 'file', path: `f${i}.sh` }, data, bytes: data.length };
      });
      const results = sent.map((c) => detector.detect(c));
      let helped = 0;
      while (detector.help()) helped++;
      // How many depends on how fast the thread drains the rest (a busy machine once left exactly 5 here).
      expect(helped).toBeGreaterThan(0);
      expect(here).toBe(helped);
      const all = await Promise.all(results);
      all.forEach((result, i) => expect(result, `chunk ${i}`).toEqual(chunkFindings(sent[i] as Chunk, built.RULES, EMPTY_CONFIG)));
      expect(all.filter((r) => r.findings.length > 0)).toHaveLength(20);
    } finally {
      await detector.close();
    }
  });
});

describe('a detection thread', () => {
  it('is sent nothing until it has loaded: this thread detects what comes meanwhile', async () => {
    const { detector, starter } = await builtDetector();
    try {
      // The pool starts with this chunk; a thread takes far longer to load than this thread to get here.
      const first = detector.detect(starter);
      expect(detector.help()).toBe(true);
      await first;
    } finally {
      await detector.close();
    }
  });

  it('starts once a run has enough work, says so once, and leaves V8 as it was (the CLI alone tunes it)', async () => {
    const { runPipeline } = await import('../../dist/src/pipeline/run.js');
    const { POOL_AFTER_BYTES } = await import('../../dist/src/pipeline/pool.js');
    const built = await import('../../dist/rules/index.js');
    const flags = cachedDataVersionTag();
    let started = 0;
    async function* chunks(): AsyncGenerator<Chunk> {
      for (let i = 0; i < 8; i++) yield chunk(`${'y'.repeat(POOL_AFTER_BYTES / 4)}\n`);
    }
    const stats = { files: 0, bytes: 0, binary: 0, skipped: [], errors: [], notes: [] };
    await runPipeline(chunks(), stats, { rules: built.RULES, config: EMPTY_CONFIG, workers: 1, onThreads: () => void started++ });
    expect(started).toBe(1);
    expect(cachedDataVersionTag()).toBe(flags);
  });

  it("is started by the library too, in its caller's process, which keeps V8's flags as they were", async () => {
    const library = await import('../../dist/src/index.js');
    const dir = mkdtempSync(path.join(tmpdir(), 'sh-flags-'));
    const workers = process.env.SECRET_HYGIENE_WORKERS;
    process.env.SECRET_HYGIENE_WORKERS = '1';
    try {
      // More than a run detects in one thread (2 MiB).
      for (let i = 0; i < 12; i++) writeFileSync(path.join(dir, `f${i}.txt`), 'const apikey = process.env.KEY; // nothing\n'.repeat(6_000));
      const flags = cachedDataVersionTag();
      const result = await library.scanFiles(['.'], { cwd: dir });
      expect(result.stats.files).toBe(12);
      expect(cachedDataVersionTag()).toBe(flags);
    } finally {
      if (workers === undefined) delete process.env.SECRET_HYGIENE_WORKERS;
      else process.env.SECRET_HYGIENE_WORKERS = workers;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is sent more as it finishes, while this thread is too busy to read its answers', async () => {
    const { detector, starter } = await builtDetector();
    try {
      await detector.detect(starter); // loaded now
      // Chunks come while this thread never lets its event loop turn (reading files does that): the thread's
      // answers wait, but what it has finished is known, and it is sent the next chunks.
      const results: Array<Promise<unknown>> = [];
      for (let i = 0; i < 30; i++) {
        const data = Buffer.from('nothing to see here\n'.repeat(10_000));
        results.push(detector.detect({ origin: { kind: 'file', path: `f${i}.txt` }, data, bytes: data.length }));
        for (const until = performance.now() + 40; performance.now() < until; );
      }
      let helped = 0;
      while (detector.help()) helped++;
      // Answers read only here, so a count from them would have sent it 1 MiB (5 chunks) and no more.
      expect(helped).toBeLessThan(10);
      await Promise.all(results);
    } finally {
      await detector.close();
    }
  });
});
