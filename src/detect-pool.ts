import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Config } from './config.js';
import type { Chunk, SecretFinding } from './types.js';

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
  findings: SecretFinding[];
  messages: string[];
}

export interface DetectResult {
  findings: SecretFinding[];
  messages: string[];
}

/** Chunk bytes after which a run starts the pool. */
export const POOL_AFTER_BYTES = 4 * 1024 * 1024;

const WORKER = new URL('./detect-worker.js', import.meta.url);

/**
 * Worker threads for detection: `SECRET_HYGIENE_WORKERS` if set (0 keeps detection in the main
 * thread), else one per core up to 4, none on a single core. Workers also need the compiled entry,
 * which is not there when tests run the TypeScript sources.
 */
export function poolSize(): number {
  if (!existsSync(fileURLToPath(WORKER))) return 0;
  const asked = process.env.SECRET_HYGIENE_WORKERS;
  const cores = availableParallelism();
  const size = asked ? Number(asked) : cores > 1 ? Math.min(cores, 4) : 0;
  return Number.isInteger(size) && size > 0 ? Math.min(size, 16) : 0;
}

export class DetectPool {
  /** `busy`: bytes sent to the worker and not yet answered, so that a large chunk weighs what it costs. */
  private readonly workers: Array<{ worker: Worker; busy: number }> = [];
  private readonly pending = new Map<number, { bytes: number; resolve: (r: DetectResult) => void; reject: (e: Error) => void }>();
  private nextId = 0;
  private failure: Error | undefined;

  constructor(size: number, config: Config) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(WORKER, { workerData: { config } });
      const slot = { worker, busy: 0 };
      worker.on('message', ({ id, findings, messages }: DetectResponse) => {
        const request = this.pending.get(id);
        this.pending.delete(id);
        if (!request) return;
        slot.busy -= request.bytes;
        request.resolve({ findings, messages });
      });
      // A crash in a worker is a crash of the run, as it would be in the main thread.
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`detect worker exited with code ${code}`));
      });
      this.workers.push(slot);
    }
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const { reject } of this.pending.values()) reject(error);
    this.pending.clear();
  }

  /** Detects in `chunk` on the worker with the fewest bytes waiting. */
  run(chunk: Chunk, debug: boolean): Promise<DetectResult> {
    if (this.failure) return Promise.reject(this.failure);
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.nextId++;
    slot.busy += chunk.bytes;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { bytes: chunk.bytes, resolve, reject });
      slot.worker.postMessage({ id, chunk, debug } satisfies DetectRequest);
    });
  }

  async close(): Promise<void> {
    for (const { worker } of this.workers) worker.removeAllListeners('exit');
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }
}

export interface Detector {
  detect(chunk: Chunk): Promise<DetectResult>;
  close(): Promise<void>;
}

/**
 * Detection for one run: `inThread` until the run has seen `POOL_AFTER_BYTES`, then the pool when
 * `workers` allows it (the rules are the catalog, which is what a worker imports).
 */
export function createDetector(inThread: (chunk: Chunk) => SecretFinding[], config: Config, workers: boolean, debug: boolean): Detector {
  const size = workers ? poolSize() : 0;
  let pool: DetectPool | undefined;
  let bytes = 0;
  return {
    detect(chunk) {
      bytes += chunk.bytes;
      if (!pool && size && bytes > POOL_AFTER_BYTES) pool = new DetectPool(size, config);
      return pool ? pool.run(chunk, debug) : Promise.resolve({ findings: inThread(chunk), messages: [] });
    },
    close: async () => pool?.close(),
  };
}
