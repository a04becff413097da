import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { ConfigData } from '../config.js';
import { ScanError } from '../errors.js';
import type { Chunk } from '../types.js';
import type { ChunkResult } from './chunk.js';

// Detection is pure CPU work on independent chunks, so it spreads over worker threads while the main
// thread lists, reads and decodes files. A worker costs a few tens of milliseconds to start, so the
// pool starts only once a run has shown that it has that much work (a pre-commit scan of a few files
// never pays for it).

export interface DetectRequest {
  id: number;
  chunk: Chunk;
  debug: boolean;
}

export interface DetectResponse {
  id: number;
  result: ChunkResult;
}

/** A worker's setup and its `Slot.progress`: [bytes finished (wrapping at 2^32), loaded (1)]. */
export type WorkerData = WorkerSetup & { progress: Int32Array };

/** What a worker says: a chunk's result, or (once, first) that it has loaded, which wakes a pool with nothing else to do. */
export type WorkerMessage = DetectResponse | { ready: true };

/** What a worker is started with: the catalog rules to run (by id: rules hold functions), the config and the fingerprint salt. */
export interface WorkerSetup {
  ruleIds: string[];
  config: ConfigData;
  salt?: string;
}

/**
 * The young generation of a detection thread, in MiB. Its garbage is short-lived (a chunk's text, the regex
 * matches in it), and V8's default lets each thread's young generation grow to tens of MiB: capped, eslint's
 * history peaked at 300-318 MiB instead of 349-359 MiB, in the same time, and `scan` did not slow down. Only
 * the young generation is capped: a cap on the old one would end a run that needs more with a crash.
 */
const YOUNG_GENERATION_MB = 8;

/** Chunk bytes after which a run starts the pool. */
export const POOL_AFTER_BYTES = 2 * 1024 * 1024;

/**
 * The worker's file sits beside this module's, with its extension: dist/src/pipeline/worker.js beside pool.js
 * (tsc), bundle/worker.cjs beside cli.cjs (scripts/bundle.mjs).
 */
const WORKER = new URL(`./worker${path.extname(fileURLToPath(import.meta.url))}`, import.meta.url);

/** node:worker_threads, loaded by the first pool: most runs, a pre-commit hook's among them, never start one. */
const load = createRequire(import.meta.url);
const workerThreads = () => load('node:worker_threads') as typeof import('node:worker_threads');

/**
 * How many detection threads the CLI asks for: `SECRET_HYGIENE_WORKERS` if set (0 keeps detection in the
 * main thread), else one per core but the main thread's, up to 4. The main thread is busy too (it walks and
 * reads, or parses git's output and runs the keyword gate): on 2 cores one detection thread ran eslint's
 * history in 0.92x the time of two, with 253 MiB at its peak instead of 285, and the tree scan no slower.
 */
export function defaultWorkers(env: NodeJS.ProcessEnv = process.env): number {
  const asked = env.SECRET_HYGIENE_WORKERS;
  const cores = availableParallelism();
  const size = asked ? Number(asked) : Math.min(cores - 1, 4);
  return Number.isInteger(size) && size > 0 ? Math.min(size, 16) : 0;
}

function workerFailed(cause: unknown): ScanError {
  const said = cause instanceof Error ? cause.message : String(cause);
  return new ScanError('internal', `a detection thread failed, so the scan is incomplete: ${said}`, { cause });
}

/**
 * A chunk as it crosses to a worker: its bytes copied to a buffer of their own, which is transferred, not
 * cloned. Cloning a typed array serializes its whole buffer (a view into a piece of git's output would send
 * the piece) at about 140 MB/s, which took 2.7 s of the main thread in eslint's history; a plain copy is a
 * memcpy. The copy is what moves: the source may still hold the bytes it read (an overlap between segments).
 * A buffer the source says it no longer holds (`owned`: a file read whole) moves itself, uncopied.
 */
function handedOver(chunk: Chunk): { chunk: Chunk; transfer: ArrayBuffer[] } {
  const { data } = chunk;
  if (!data) return { chunk, transfer: [] };
  if (chunk.owned && data.byteOffset === 0 && data.byteLength === data.buffer.byteLength) return { chunk, transfer: [data.buffer as ArrayBuffer] };
  const own = new Uint8Array(data);
  return { chunk: { ...chunk, data: own }, transfer: [own.buffer] };
}

/**
 * Bytes sent ahead to a thread that is still busy: enough that it never waits for the next chunk, few enough
 * that what it has not started can still be detected here instead (`help`).
 */
const SEND_AHEAD_BYTES = 1024 * 1024;

interface Request {
  chunk: Chunk;
  resolve: (r: ChunkResult) => void;
  reject: (e: Error) => void;
}

/**
 * One detection thread, and how far it has got. The thread itself counts the bytes it has finished and says
 * that it has loaded, in memory shared with this thread: its answers arrive only when this thread's event
 * loop turns, which reading files (synchronous, with promise steps between) may not let it do for a long
 * time, and a load judged from the answers made a thread that had finished everything look busy, and sent
 * it nothing more.
 */
class Slot {
  /** Bytes sent; they wrap at 2^32 as the bytes finished (`WorkerData.progress`) do. */
  private sent = 0;

  constructor(
    readonly worker: Worker,
    private readonly progress: Int32Array,
  ) {}

  /** Loaded: until then it is sent nothing, since a chunk sent to a thread still starting would wait there. */
  get ready(): boolean {
    return Atomics.load(this.progress, 1) === 1;
  }

  /** Bytes sent and not yet finished, so that a large chunk weighs what it costs. */
  get busy(): number {
    return (this.sent - Atomics.load(this.progress, 0)) | 0;
  }

  count(bytes: number): void {
    this.sent = (this.sent + bytes) | 0;
  }
}

class DetectPool {
  private readonly workers: Slot[] = [];
  private readonly pending = new Map<number, Request>();
  /** Chunks no thread has been sent yet, oldest first. */
  private readonly waiting: Request[] = [];
  private nextId = 0;
  private failure: ScanError | undefined;

  constructor(
    size: number,
    setup: WorkerSetup,
    private readonly debug: boolean,
  ) {
    for (let i = 0; i < size; i++) {
      const progress = new Int32Array(new SharedArrayBuffer(8));
      const workerData: WorkerData = { ...setup, progress };
      const slot = new Slot(new (workerThreads().Worker)(WORKER, { workerData, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } }), progress);
      slot.worker.on('message', (message: WorkerMessage) => {
        if ('ready' in message) {
          this.send();
          return;
        }
        const { id, result } = message;
        const request = this.pending.get(id);
        this.pending.delete(id);
        if (!request) return;
        request.resolve(result);
        this.send();
      });
      slot.worker.on('error', (error) => this.fail(error));
      // Any exit before `close` (which removes this listener) leaves requests unanswered: code 0 included.
      slot.worker.on('exit', (code) => this.fail(new Error(`exited with code ${code}`)));
      this.workers.push(slot);
    }
  }

  /** A dead worker fails every request in flight and every later one: the run ends with exit 2, never "clean". */
  private fail(cause: unknown): void {
    this.failure ??= workerFailed(cause);
    for (const { reject } of [...this.pending.values(), ...this.waiting]) reject(this.failure);
    this.pending.clear();
    this.waiting.length = 0;
  }

  /** Detects in `chunk` on the worker with the fewest bytes waiting, once one has room for it. */
  run(chunk: Chunk): Promise<ChunkResult> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting.push({ chunk, resolve, reject });
      this.send();
    });
  }

  /** Sends waiting chunks, oldest first, to the least busy ready worker while it has room. */
  private send(): void {
    while (this.waiting.length > 0) {
      let slot: Slot | undefined;
      for (const worker of this.workers) if (worker.ready && (!slot || worker.busy < slot.busy)) slot = worker;
      if (!slot || slot.busy >= SEND_AHEAD_BYTES) return;
      const request = this.waiting.shift() as Request;
      const id = this.nextId++;
      slot.count(request.chunk.bytes);
      this.pending.set(id, request);
      try {
        const message = handedOver(request.chunk);
        slot.worker.postMessage({ id, chunk: message.chunk, debug: this.debug } satisfies DetectRequest, message.transfer);
      } catch (error) {
        // Not sent (a chunk that cannot be cloned): that request fails, not whichever caller is sending.
        this.pending.delete(id);
        slot.count(-request.chunk.bytes);
        request.reject(error instanceof Error ? error : new Error(String(error)));
      }
    }
  }

  /**
   * Takes back the newest chunk no worker has room for, to be detected by the caller; undefined when none
   * waits. The workers are sent what they have room for first: they may have made room since the last send.
   */
  takeBack(): Request | undefined {
    this.send();
    return this.waiting.pop();
  }

  async close(): Promise<void> {
    for (const { worker } of this.workers) worker.removeAllListeners('exit');
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }
}

export interface Detector {
  detect(chunk: Chunk): Promise<ChunkResult>;
  /**
   * Detects, in this thread, one chunk that no worker has started (the newest): what a caller waiting for a
   * result does instead of idling while the workers are behind. False when there is none.
   */
  help(): boolean;
  close(): Promise<void>;
}

/** A chunk's result in this thread, as a settled promise (a throw is its rejection). */
function settle(inThread: (chunk: Chunk) => ChunkResult, chunk: Chunk): Promise<ChunkResult> {
  try {
    return Promise.resolve(inThread(chunk));
  } catch (error) {
    return Promise.reject(error);
  }
}

/**
 * Detection for one run: `inThread` until the run has seen `POOL_AFTER_BYTES`, then `workers` threads
 * (none when 0; `onStart` is called as they start), helped by this thread when it would wait. The threads
 * run the catalog's rules named in `setup`, which is what `inThread` runs.
 */
export function createDetector(
  inThread: (chunk: Chunk) => ChunkResult,
  workers: number,
  setup: WorkerSetup,
  debug: boolean,
  onStart?: () => void,
): Detector {
  let pool: DetectPool | undefined;
  let bytes = 0;
  return {
    detect(chunk) {
      bytes += chunk.bytes;
      if (!pool && workers > 0 && bytes > POOL_AFTER_BYTES) {
        onStart?.();
        pool = new DetectPool(workers, setup, debug);
      }
      return pool ? pool.run(chunk) : settle(inThread, chunk);
    },
    help() {
      const request = pool?.takeBack();
      if (!request) return false;
      settle(inThread, request.chunk).then(request.resolve, request.reject);
      return true;
    },
    close: async () => pool?.close(),
  };
}
