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
export const POOL_AFTER_BYTES = 4 * 1024 * 1024;

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
 * main thread), else one per core up to 4, none on a single core.
 */
export function defaultWorkers(env: NodeJS.ProcessEnv = process.env): number {
  const asked = env.SECRET_HYGIENE_WORKERS;
  const cores = availableParallelism();
  const size = asked ? Number(asked) : cores > 1 ? Math.min(cores, 4) : 0;
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
 */
function handedOver(chunk: Chunk): { chunk: Chunk; transfer: ArrayBuffer[] } {
  const { data } = chunk;
  if (!data) return { chunk, transfer: [] };
  const own = new Uint8Array(data);
  return { chunk: { ...chunk, data: own }, transfer: [own.buffer] };
}

class DetectPool {
  /** `busy`: bytes sent to the worker and not yet answered, so that a large chunk weighs what it costs. */
  private readonly workers: Array<{ worker: Worker; busy: number }> = [];
  private readonly pending = new Map<number, { bytes: number; resolve: (r: ChunkResult) => void; reject: (e: Error) => void }>();
  private nextId = 0;
  private failure: ScanError | undefined;

  constructor(size: number, setup: WorkerSetup) {
    for (let i = 0; i < size; i++) {
      const worker = new (workerThreads().Worker)(WORKER, { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
      const slot = { worker, busy: 0 };
      worker.on('message', ({ id, result }: DetectResponse) => {
        const request = this.pending.get(id);
        this.pending.delete(id);
        if (!request) return;
        slot.busy -= request.bytes;
        request.resolve(result);
      });
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`exited with code ${code}`));
      });
      this.workers.push(slot);
    }
  }

  /** A dead worker fails every request in flight and every later one: the run ends with exit 2, never "clean". */
  private fail(cause: unknown): void {
    this.failure ??= workerFailed(cause);
    for (const { reject } of this.pending.values()) reject(this.failure);
    this.pending.clear();
  }

  /** Detects in `chunk` on the worker with the fewest bytes waiting. */
  run(chunk: Chunk, debug: boolean): Promise<ChunkResult> {
    if (this.failure) return Promise.reject(this.failure);
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.nextId++;
    slot.busy += chunk.bytes;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { bytes: chunk.bytes, resolve, reject });
      const message = handedOver(chunk);
      slot.worker.postMessage({ id, chunk: message.chunk, debug } satisfies DetectRequest, message.transfer);
    });
  }

  async close(): Promise<void> {
    for (const { worker } of this.workers) worker.removeAllListeners('exit');
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }
}

export interface Detector {
  detect(chunk: Chunk): Promise<ChunkResult>;
  close(): Promise<void>;
}

/**
 * Detection for one run: `inThread` until the run has seen `POOL_AFTER_BYTES`, then `workers` threads
 * (none when 0). The threads run the catalog's rules named in `setup`, which is what `inThread` runs.
 */
export function createDetector(inThread: (chunk: Chunk) => ChunkResult, workers: number, setup: WorkerSetup, debug: boolean): Detector {
  let pool: DetectPool | undefined;
  let bytes = 0;
  return {
    detect(chunk) {
      bytes += chunk.bytes;
      if (!pool && workers > 0 && bytes > POOL_AFTER_BYTES) pool = new DetectPool(workers, setup);
      if (pool) return pool.run(chunk, debug);
      try {
        return Promise.resolve(inThread(chunk));
      } catch (error) {
        return Promise.reject(error);
      }
    },
    close: async () => pool?.close(),
  };
}
