// Memory against the number of files, without the noise of RSS: scans a generated tree of N small
// files in-process and prints the heap still in use after a full GC every N/5 files. A flat column
// means nothing is kept per file. Run: npm run build && node --expose-gc bench/scan-heap.mjs [N]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, URL } from 'node:url';

if (typeof globalThis.gc !== 'function') {
  console.error('bench: run with node --expose-gc');
  process.exit(2);
}
const repo = fileURLToPath(new URL('..', import.meta.url));
const { fileChunks } = await import(path.join(repo, 'dist/src/sources/files.js'));
const { newSourceStats } = await import(path.join(repo, 'dist/src/sources/source.js'));
const { runPipeline } = await import(path.join(repo, 'dist/src/pipeline/run.js'));
const { defaultWorkers } = await import(path.join(repo, 'dist/src/pipeline/pool.js'));
const { RULES } = await import(path.join(repo, 'dist/rules/index.js'));
const { EMPTY_CONFIG } = await import(path.join(repo, 'dist/src/config.js'));

const count = Number(process.argv[2] ?? 100_000);
const root = mkdtempSync(path.join(tmpdir(), 'sh-heap-'));
process.on('exit', () => rmSync(root, { recursive: true, force: true }));
const body = Array.from({ length: 60 }, (_, i) => `export const value${i} = computeSomething(${i}, 'text ${i}'); // ibm apikey bearer line ${i}`).join('\n');
for (let i = 0; i < count; i++) {
  const dir = path.join(root, `d${Math.floor(i / 500)}`);
  if (i % 500 === 0) mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `f${i}.ts`), body);
}

const stats = newSourceStats();
let seen = 0;
console.log('files      heap used after GC   RSS');
async function* probe(chunks) {
  for await (const chunk of chunks) {
    if (++seen % Math.max(1, Math.floor(count / 5)) === 0) {
      globalThis.gc();
      const { heapUsed, rss } = process.memoryUsage();
      console.log(`${String(seen).padEnd(10)} ${`${(heapUsed / 1048576).toFixed(1)} MiB`.padStart(18)} ${`${(rss / 1048576).toFixed(0)} MiB`.padStart(8)}`);
    }
    yield chunk;
  }
}
const options = { root, cwd: root, ignore: [], segmentSize: 10 * 1024 * 1024, defaultIgnores: true };
await runPipeline(probe(fileChunks(['.'], options, stats)), stats, { rules: RULES, config: EMPTY_CONFIG, workers: defaultWorkers() });
