#!/usr/bin/env node
// The other design, for the benchmark only: what `history` would cost if it were diff-based like
// gitleaks (`git log -p -U0`), kept exact: added lines come from the patch, and the text around them
// (a keyword on the line above, the other half of an HMAC pair) from the new blob, read through
// `git cat-file --batch` as `history` does. Merges are left out (no patch without -c/--cc), so this
// is a lower bound of that design's cost. Usage: node bench/history-diff-design.mjs REPO
import { Buffer } from 'node:buffer';
import { RULES } from '../dist/rules/index.js';
import { keywordPrefilter } from '../dist/src/engine/prefilter.js';
import { EMPTY_CONFIG } from '../dist/src/config.js';
import { runPipeline } from '../dist/src/pipeline/run.js';
import { DiffParser } from '../dist/src/sources/diff-parser.js';
import { BlobReader } from '../dist/src/sources/git-blobs.js';
import { gitRunner } from '../dist/src/sources/git.js';
import { newSourceStats } from '../dist/src/sources/source.js';
import { decodeText, isBinary } from '../dist/src/sources/text.js';

const repo = process.argv[2] ?? '.';
const git = gitRunner(repo);
const mayMatch = keywordPrefilter(RULES);
const stats = newSourceStats();

async function* chunks() {
  const blobs = new BlobReader(git, 10 * 1024 * 1024);
  const log = git.stream(['log', '-p', '-U0', '--full-index', '--no-color', '--all', '--reverse', '--date-order', '--format=%x01commit %H']);
  const queue = [];
  const parser = new DiffParser();
  let sha = '';
  let commit = '';
  let carry = '';
  const finish = (file) => {
    if (!file || !file.newPath || file.added.length === 0 || !sha) return;
    queue.push({ path: file.newPath, commit, lines: file.added, blob: blobs.read(sha) });
  };
  const onLine = (line) => {
    if (line.startsWith('\x01commit ')) {
      for (const file of parser.end()) finish(file);
      commit = line.slice(8);
      return;
    }
    // The new blob of a file is named on its `index` line; a new `diff --git` first finishes the last file.
    for (const file of parser.push(Buffer.from(`${line}\n`, 'latin1'))) finish(file);
    if (line.startsWith('diff --git ')) sha = '';
    else if (line.startsWith('index ')) sha = /\.\.([0-9a-f]+)/.exec(line)?.[1] ?? '';
  };
  async function* drain(limit) {
    while (queue.length > limit) {
      const item = queue.shift();
      const result = await item.blob;
      blobs.release(result);
      if (result.kind !== 'blob' || isBinary(result.data)) continue;
      stats.files++;
      stats.bytes += result.data.length;
      if (!mayMatch(result.data)) continue;
      const decoded = decodeText(result.data);
      if (decoded.kind !== 'text') continue;
      const info = { sha: item.commit, author: '', email: '', date: '' };
      yield { origin: { kind: 'commit', path: item.path, commit: info }, text: decoded.text, bytes: result.data.length, changedLines: item.lines };
    }
  }
  for await (const data of log.stdout) {
    const text = carry + data.toString('latin1');
    const lines = text.split('\n');
    carry = lines.pop() ?? '';
    for (const line of lines) onLine(line);
    yield* drain(128);
  }
  if (carry) onLine(carry);
  for (const file of parser.end()) finish(file);
  yield* drain(0);
  await log.done;
  await blobs.close();
}

const result = await runPipeline(chunks(), stats, { rules: RULES, config: EMPTY_CONFIG, oncePerPath: true });
console.log(JSON.stringify({ findings: result.findings.length, files: stats.files, bytes: stats.bytes }));
