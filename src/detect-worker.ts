// A worker thread of the detect pool: the same pure per-chunk step as in the main thread, with the
// catalog imported here (rules hold functions, which cannot cross threads) and the config cloned in.
import { parentPort, workerData } from 'node:worker_threads';
import { RULES } from '../rules/index.js';
import type { Config } from './config.js';
import type { DetectRequest, DetectResponse } from './detect-pool.js';
import { activeRules, findingsInChunk } from './pipeline.js';

const config = (workerData as { config: Config }).config;
const rules = activeRules(RULES, config);
const port = parentPort;
if (!port) throw new Error('detect-worker runs only as a worker thread');

port.on('message', ({ id, chunk, debug }: DetectRequest) => {
  const messages: string[] = [];
  const findings = findingsInChunk(chunk, rules, config, debug ? (m) => messages.push(m) : undefined);
  port.postMessage({ id, findings, messages } satisfies DetectResponse);
});
