#!/usr/bin/env node
// Start-up benchmark: what a pre-commit hook costs. `--version`, `scan --staged` on a repository with
// its last commits staged, and `node -e 0` (the floor: Node.js starting and exiting), side by side.
// Usage: npm run build && node bench/startup.mjs [--runs N] [--staged N] [--before OTHER/bin/secret-hygiene.js] REPO
// REPO is any git checkout (express was used, see bench/README.md); it is cloned to a temporary
// directory and its last N commits (default 20) are staged there with `git reset --soft`, so the
// checkout itself is left as it was.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, URL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : args.splice(at, 2)[1];
};
const runs = Number(option('--runs', '21'));
const staged = Number(option('--staged', '20'));
const before = option('--before', undefined);
const [repo] = args;
if (!repo || !Number.isInteger(runs) || runs < 1 || !Number.isInteger(staged) || staged < 1) {
  console.error('usage: node bench/startup.mjs [--runs N] [--staged N] [--before OTHER/bin/secret-hygiene.js] REPO');
  process.exit(2);
}

const work = mkdtempSync(path.join(tmpdir(), 'sh-startup-'));
const checkout = path.join(work, 'repo');
execFileSync('git', ['clone', '-q', path.resolve(repo), checkout]);
execFileSync('git', ['reset', '-q', '--soft', `HEAD~${staged}`], { cwd: checkout });
const stat = execFileSync('git', ['diff', '--cached', '--shortstat'], { cwd: checkout, encoding: 'utf8' }).trim();

/** The commands, each run once per round in this order, so that a machine that slows down slows all alike. */
const commands = [
  { name: 'node -e 0', argv: ['-e', '0'] },
  ...[['after', path.join(root, 'bin', 'secret-hygiene.js')], ...(before ? [['before', path.resolve(before)]] : [])].flatMap(([label, bin]) => [
    { name: `${label}: --version`, argv: [bin, '--version'] },
    { name: `${label}: scan --staged`, argv: [bin, 'scan', '--staged'] },
  ]),
];

/** Wall seconds of one run; a run that fails (exit code other than 0) stops the benchmark. */
function time({ name, argv }) {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, argv, { cwd: checkout, encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) throw new Error(`${name} exited with ${run.status}: ${run.stderr}`);
  return seconds;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
console.log(`${repo}: ${staged} commits staged (${stat}); ${runs} rounds; Node.js ${process.version}; load average ${load()}`);
try {
  for (const command of commands) time(command); // warm the disk cache: not counted
  const times = commands.map(() => []);
  for (let round = 0; round < runs; round++) commands.forEach((command, i) => times[i].push(time(command)));
  const floor = times[0];
  console.log(`\n| command | median wall s | min s | max s | ratio to node -e 0 (median of per-round ratios) |`);
  console.log('|---|---:|---:|---:|---:|');
  commands.forEach(({ name }, i) => {
    const ratios = times[i].map((t, round) => t / floor[round]);
    const row = [name, median(times[i]).toFixed(3), Math.min(...times[i]).toFixed(3), Math.max(...times[i]).toFixed(3), `${median(ratios).toFixed(2)}x`];
    console.log(`| ${row.join(' | ')} |`);
  });
  const staged = commands.findIndex(({ name }) => name === 'after: scan --staged');
  const ratio = median(times[staged].map((t, round) => t / floor[round]));
  // Issue 11: a pre-commit hook that costs no more than twice Node.js starting.
  console.log(`\nscan --staged / node -e 0: ${ratio.toFixed(2)}x, goal <= 2.0x (issue 11): ${ratio <= 2 ? 'met' : 'not met'}`);
  console.log(`load average after: ${load()}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
