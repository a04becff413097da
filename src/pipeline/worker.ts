// A worker thread of the detect pool: the same pure per-chunk step as in the main thread. Rules hold
// functions, which cannot cross threads, so the worker takes the catalog's rules by id; the config is cloned in.
import { parentPort, workerData } from 'node:worker_threads';
import { RULES } from '../../rules/index.js';
import { configFromData } from '../config.js';
import { chunkFindings } from './chunk.js';
import type { DetectRequest, WorkerData, WorkerMessage } from './pool.js';

const setup = workerData as WorkerData;
const { progress } = setup;
const { ruleIds, salt } = setup;
const config = configFromData(setup.config);
const rules = ruleIds.map((id) => {
  const rule = RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`detect worker: "${id}" is not a rule of the catalog`);
  return rule;
});
const port = parentPort;
if (!port) throw new Error('the detect worker runs only as a worker thread');

port.on('message', ({ id, chunk, debug }: DetectRequest) => {
  const result = chunkFindings(chunk, rules, config, { debug, salt });
  // Counted before the answer, which the pool may not read for a while: it sends by this count.
  Atomics.add(progress, 0, chunk.bytes);
  port.postMessage({ id, result } satisfies WorkerMessage);
});
Atomics.store(progress, 1, 1);
port.postMessage({ ready: true } satisfies WorkerMessage);
