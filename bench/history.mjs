#!/usr/bin/env node
// History benchmark: `secret-hygiene history` against `git log -p -U0 --all` (the floor every
// diff-based scanner pays) on real repositories, and against a diff-based design of our own scanner.
// Usage: npm run build && node bench/history.mjs [--runs N] [--designs] [--before OTHER/bin/secret-hygiene.js] REPO...
// Linux only (peak memory is sampled from /proc). See bench/README.md.
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Buffer } from 'node:buffer';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { clearInterval, setInterval } from 'node:timers';
import { fileURLToPath, URL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin', 'secret-hygiene.js');
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt === -1 ? 3 : Number(args.splice(runsAt, 2)[1]);
const designsAt = args.indexOf('--designs');
const designs = designsAt !== -1 && args.splice(designsAt, 1).length > 0;
const syntheticAt = args.indexOf('--synthetic');
const synthetic = syntheticAt === -1 ? [] : args.splice(syntheticAt, 2)[1].split(',').map(Number);
const beforeAt = args.indexOf('--before');
const before = beforeAt === -1 ? undefined : path.resolve(args.splice(beforeAt, 2)[1]);
const repos = [...args, ...synthetic.map(generate)];
if (repos.length === 0) {
  console.error('usage: node bench/history.mjs [--runs N] [--designs] [--before OTHER/bin/secret-hygiene.js] [--synthetic 2000,8000,32000] REPO...');
  process.exit(2);
}

/**
 * A repository of `commits` commits made with git fast-import, each editing one of 40 files of about
 * 20 KiB, so that content per commit is the same whatever the length: peak memory should not grow with it.
 */
function generate(commits) {
  const dir = mkdtempSync(path.join(tmpdir(), `sh-bench-${commits}-`));
  execFileSync('git', ['init', '-q', '-b', 'main', dir]);
  const files = Array.from({ length: 40 }, (_, f) => Array.from({ length: 500 }, (_, i) => `export const v${f}_${i} = ${i}; // filler text`));
  const stream = path.join(dir, '.git', 'bench-import');
  const fd = openSync(stream, 'w');
  for (let n = 1; n <= commits; n++) {
    const f = n % files.length;
    const lines = files[f];
    lines[n % lines.length] = `export const changed${n} = ${n}; // edited in commit ${n}`;
    const body = `${lines.join('\n')}\n`;
    const when = 1700000000 + n * 60;
    writeSync(
      fd,
      `commit refs/heads/main\nauthor Bench <bench@example.com> ${when} +0000\ncommitter Bench <bench@example.com> ${when} +0000\n` +
        `data 6\nedit ${n % 10}\nM 644 inline src/file${f}.js\ndata ${Buffer.byteLength(body)}\n${body}\n`,
    );
  }
  closeSync(fd);
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, stdio: [openSync(stream, 'r'), 'ignore', 'inherit'] });
  rmSync(stream);
  return dir;
}

/** Resident memory (KiB) of `pid` and all its descendants, read from /proc. */
function treeRss(pid) {
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  let own = 0;
  const walk = (p) => {
    try {
      const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
      total += rss;
      if (p === pid) own = rss;
    } catch {
      return;
    }
    for (const c of children.get(p) ?? []) walk(c);
  };
  walk(pid);
  return { total, own };
}

/** CPU seconds (user + system) of this process's waited-for children so far: the measured command and its git processes. */
function childrenCpu() {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100; // cutime, cstime in clock ticks (USER_HZ = 100)
}

/** Runs a command with stdout to /dev/null; returns wall and CPU seconds and peak memory (KiB) of its process tree. */
function measure(command, commandArgs, cwd) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const cpuBefore = childrenCpu();
    const child = spawn(command, commandArgs, { cwd, stdio: ['ignore', openSync('/dev/null', 'w'), 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    let peakTree = 0;
    let peakOwn = 0;
    const sample = () => {
      const { total, own } = treeRss(child.pid);
      peakTree = Math.max(peakTree, total);
      peakOwn = Math.max(peakOwn, own);
    };
    const timer = setInterval(sample, 50);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      // 0 and 1 (findings) are both a completed scan.
      if (code !== 0 && code !== 1) reject(new Error(`${command} ${commandArgs.join(' ')} exited ${code}: ${stderr}`));
      else resolve({ seconds, cpu: childrenCpu() - cpuBefore, peakTree, peakOwn });
    });
  });
}

// Issue 11: history no slower than `git log -p -U0 --all` (wall time), and the scanner's own peak RSS on eslint's
// history at most 256 MB (node alone: git's processes are the floor's too).
const GOAL_RATIO = 1;
const GOAL_RSS_MB = 256;
// The report goes to a file of our own: `--output` renames a temporary file over its target, which must never
// be a device such as /dev/null.
const work = mkdtempSync(path.join(tmpdir(), 'sh-history-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const report = (name) => path.join(work, `${name}.json`);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mib = (kib) => `${(kib / 1024).toFixed(0)} MiB`;

console.log(`| repository | commits | build | git log -p -U0 --all | secret-hygiene history | ratio (wall) | ratio (CPU) | commits/s | peak memory (history: node + git) | peak (node alone) | git log -p peak |`);
console.log(`|---|---|---|---|---|---|---|---|---|---|---|`);
const verdicts = [];
for (const repo of repos) {
  const commits = Number(
    await new Promise((resolve) => {
      let out = '';
      spawn('git', ['rev-list', '--all', '--count'], { cwd: repo }).stdout.on('data', (d) => (out += d)).on('end', () => resolve(out));
    }),
  );
  const builds = [['after', bin], ...(before ? [['before', before]] : [])];
  const floor = [];
  const ours = builds.map(() => []);
  const diff = [];
  for (let i = 0; i < runs; i++) {
    floor.push(await measure('git', ['log', '-p', '-U0', '--all'], repo));
    for (const [k, [name, build]] of builds.entries()) ours[k].push(await measure(process.execPath, [build, 'history', '--format', 'json', '--output', report(name)], repo));
    if (designs) diff.push(await measure(process.execPath, [path.join(root, 'bench', 'history-diff-design.mjs'), repo], repo));
  }
  const f = median(floor.map((r) => r.seconds));
  const fc = median(floor.map((r) => r.cpu));
  for (const [k, [name]] of builds.entries()) {
    const o = median(ours[k].map((r) => r.seconds));
    const oc = median(ours[k].map((r) => r.cpu));
    const own = Math.max(...ours[k].map((r) => r.peakOwn));
    console.log(
      `| ${path.basename(repo)} | ${commits} | ${name} | ${f.toFixed(2)} s (CPU ${fc.toFixed(2)} s) | ${o.toFixed(2)} s (CPU ${oc.toFixed(2)} s) | ${(o / f).toFixed(2)} | ${(oc / fc).toFixed(2)} | ${Math.round(commits / o)} | ` +
        `${mib(Math.max(...ours[k].map((r) => r.peakTree)))} | ${mib(own)} | ${mib(Math.max(...floor.map((r) => r.peakTree)))} |`,
    );
    if (name === 'after') {
      verdicts.push(`${path.basename(repo)}: history / git log -p (wall) ${(o / f).toFixed(2)}x, goal <= ${GOAL_RATIO.toFixed(1)}x: ${o / f <= GOAL_RATIO ? 'met' : 'not met'}`);
      verdicts.push(`${path.basename(repo)}: peak RSS of the scanner ${((own * 1024) / 1e6).toFixed(0)} MB, goal <= ${GOAL_RSS_MB} MB (on eslint): ${(own * 1024) / 1e6 <= GOAL_RSS_MB ? 'met' : 'not met'}`);
    }
  }
  if (before) {
    // A speed-up that changes what is found is no speed-up: the two builds' findings, compared.
    const key = (x) => [x.ruleId, x.path, x.line, x.column, x.endLine, x.endColumn, x.fingerprint, x.commit].join('\t');
    const keys = (name) => JSON.parse(readFileSync(report(name), 'utf8')).findings.map(key).sort().join('\n');
    verdicts.push(`${path.basename(repo)}: findings ${keys('after') === keys('before') ? 'the same as before' : 'DIFFERENT from before'}`);
  }
  if (designs) {
    const d = median(diff.map((r) => r.seconds));
    const dc = median(diff.map((r) => r.cpu));
    console.log(
      `|   diff-based design (git log -p + blobs for context) | | | | ${d.toFixed(2)} s (CPU ${dc.toFixed(2)} s) | ${(d / f).toFixed(2)} | ${(dc / fc).toFixed(2)} | ${Math.round(commits / d)} | ${mib(Math.max(...diff.map((r) => r.peakTree)))} | | |`,
    );
  }
}
console.log(`\n${verdicts.join('\n')}`);
for (const repo of repos.slice(args.length)) rmSync(repo, { recursive: true, force: true });
