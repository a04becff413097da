#!/usr/bin/env node
// Benchmark: `secret-hygiene scan` against ripgrep searching the same patterns on the same tree.
//
//   npm run build && node bench/scan.mjs TREE [--runs N]
//   node bench/scan.mjs TREE --before OTHER/bin/secret-hygiene.js   also time another build (before/after)
//   node bench/scan.mjs --synthetic 10000,100000    memory against the number of files
//
// Prints the median wall time of each command, the throughput over the bytes secret-hygiene scanned,
// the peak RSS, and the ratio of secret-hygiene's time to each ripgrep run. See bench/README.md.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { clearInterval, setInterval } from 'node:timers';
import { fileURLToPath, URL } from 'node:url';
import { parseArgs } from 'node:util';

const repo = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(repo, 'bin/secret-hygiene.js');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '3' }, synthetic: { type: 'string' }, rg: { type: 'string', default: 'rg' }, before: { type: 'string' } },
});
const runs = Number(values.runs);
/** Issue 11: a tree scan within 2x of ripgrep running the same patterns on the same tree (wall time). */
const GOAL = 2;

if (!existsSync(path.join(repo, 'dist/rules/index.js'))) {
  console.error('bench: build first (npm run build)');
  process.exit(2);
}
const { RULES } = await import(path.join(repo, 'dist/rules/index.js'));
const work = mkdtempSync(path.join(tmpdir(), 'sh-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

// The same patterns for ripgrep: the keyword prefilter words (case-insensitive, fixed strings), and the
// rules' own regexes run by PCRE2. Named groups become plain groups (PCRE2 rejects a name used twice).
const keywords = path.join(work, 'keywords.txt');
writeFileSync(keywords, `${[...new Set(RULES.flatMap((r) => r.keywords))].join('\n')}\n`);
const patterns = path.join(work, 'patterns.txt');
writeFileSync(patterns, `${[...new Set(RULES.map((r) => r.pattern.source.replace(/\(\?<([A-Za-z]\w*)>/g, '(')))].join('\n')}\n`);

const timeV = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-v', 'true']).status === 0;

/** Runs a command once: wall seconds, peak RSS in MiB (GNU time, else sampled from /proc), exit code. */
function measure(cmd, args) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const argv = timeV ? ['/usr/bin/time', ['-v', cmd, ...args]] : [cmd, args];
    const child = spawn(argv[0], argv[1], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let sampled = 0;
    child.stderr.on('data', (d) => (stderr += d));
    const sampler = timeV
      ? undefined
      : setInterval(() => {
          const m = /VmHWM:\s+(\d+) kB/.exec(readFileSafe(`/proc/${child.pid}/status`));
          if (m) sampled = Math.max(sampled, Number(m[1]));
        }, 20);
    child.on('close', (code) => {
      if (sampler) clearInterval(sampler);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
      const sys = /System time \(seconds\): ([\d.]+)/.exec(stderr);
      const cpu = user && sys ? Number(user[1]) + Number(sys[1]) : NaN;
      resolve({ seconds, cpu, rssMiB: (m ? Number(m[1]) : sampled) / 1024, code, stderr });
    });
  });
}

function readFileSafe(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Runs each command `runs` times, interleaved (ours, rg, rg, ours, ...) so that a machine shared with
 * other work slows all of them alike. Median wall and CPU time; the largest peak RSS.
 */
async function benchAll(commands) {
  const results = commands.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (const [k, { name, cmd, args }] of commands.entries()) {
      const r = await measure(cmd, args);
      if (r.code !== 0 && r.code !== 1) {
        console.error(`bench: ${name} exited ${r.code}\n${r.stderr.slice(-2000)}`);
        process.exit(2);
      }
      results[k].push(r);
    }
  }
  return commands.map(({ name }, k) => ({
    name,
    seconds: median(results[k].map((r) => r.seconds)),
    cpu: median(results[k].map((r) => r.cpu)),
    rssMiB: Math.max(...results[k].map((r) => r.rssMiB)),
  }));
}

const load = () => readFileSafe('/proc/loadavg').split(' ').slice(0, 3).join(' ');

async function benchTree(tree) {
  const report = path.join(work, 'report.json');
  // The same files for both: hidden files too, .gitignore inside a work tree, not .git, text of any size, and
  // (--no-default-ignores) node_modules outside a work tree, which ripgrep does not skip there either.
  const rgCommon = ['--hidden', '--no-ignore-dot', '--glob', '!.git', '--no-messages', '--count'];
  const loadBefore = load();
  const commands = [
    { name: 'secret-hygiene scan', cmd: process.execPath, args: [bin, 'scan', tree, '--no-default-ignores', '--format', 'json', '--output', report] },
    { name: 'rg -i -F (keywords)', cmd: values.rg, args: [...rgCommon, '-i', '-F', '-f', keywords, tree] },
    { name: 'rg -P (rule regexes)', cmd: values.rg, args: [...rgCommon, '-P', '-f', patterns, tree] },
  ];
  // The build compared against sees the same files as this one.
  if (values.before) commands.push({ name: 'before: scan', cmd: process.execPath, args: [path.resolve(values.before), 'scan', tree, '--no-default-ignores', '--format', 'json', '--output', path.join(work, 'before.json')] });
  const [ours, rgKeywords, rgRegex, before] = await benchAll(commands);
  const { stats, findings } = JSON.parse(readFileSync(report, 'utf8'));
  const mib = stats.bytes / 1024 / 1024;
  console.log(`\n${tree}: ${stats.files} files, ${mib.toFixed(1)} MiB scanned, ${stats.skipped.binary} binary, ${stats.skipped.files.length} listed as skipped, ${findings.length} findings`);
  console.log(`median of ${runs} interleaved runs; MiB/s over the bytes secret-hygiene scanned; load average ${loadBefore} before, ${load()} after\n`);
  console.log(`${'command'.padEnd(24)} ${'wall s'.padStart(8)} ${'CPU s'.padStart(8)} ${'MiB/s'.padStart(8)} ${'peak RSS'.padStart(10)} ${'vs rg -P'.padStart(9)}`);
  for (const r of [ours, before, rgKeywords, rgRegex].filter(Boolean)) {
    const ratio = r === ours || r === before ? `${(r.seconds / rgRegex.seconds).toFixed(2)}x` : '';
    console.log(
      `${r.name.padEnd(24)} ${r.seconds.toFixed(2).padStart(8)} ${r.cpu.toFixed(2).padStart(8)} ${(mib / r.seconds).toFixed(1).padStart(8)} ${`${r.rssMiB.toFixed(0)} MiB`.padStart(10)} ${ratio.padStart(9)}`,
    );
  }
  const ratio = ours.seconds / rgRegex.seconds;
  if (before) {
    // A speed-up that changes what is found is no speed-up: the two builds' findings, compared.
    const key = (f) => [f.ruleId, f.path, f.line, f.column, f.endLine, f.endColumn, f.fingerprint].join('\t');
    const keys = (file) => JSON.parse(readFileSync(file, 'utf8')).findings.map(key).sort().join('\n');
    console.log(`\nfindings: ${keys(report) === keys(path.join(work, 'before.json')) ? 'the same as before' : 'DIFFERENT from before'}`);
  }
  console.log(`\nscan / rg -P (wall): ${ratio.toFixed(2)}x, goal <= ${GOAL.toFixed(1)}x (issue 11): ${ratio <= GOAL ? 'met' : 'not met'}`);
}

/** A tree of `count` small text files (code-like, no secrets), to show that memory does not grow with the file count. */
function makeTree(count) {
  const dir = path.join(work, `synthetic-${count}`);
  const body = Array.from({ length: 60 }, (_, i) => `export const value${i} = computeSomething(${i}, 'text ${i}'); // ibm apikey bearer line ${i}`).join('\n');
  for (let i = 0; i < count; i++) {
    const sub = path.join(dir, `d${Math.floor(i / 500)}`);
    if (i % 500 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, `f${i}.ts`), `${body}\n// file ${i}\n`);
  }
  return dir;
}

if (values.synthetic) {
  console.log('files      wall s   MiB/s   peak RSS');
  for (const count of values.synthetic.split(',').map(Number)) {
    const tree = makeTree(count);
    const report = path.join(work, 'report.json');
    const [r] = await benchAll([{ name: `synthetic ${count}`, cmd: process.execPath, args: [bin, 'scan', tree, '--format', 'json', '--output', report] }]);
    const { stats } = JSON.parse(readFileSync(report, 'utf8'));
    const mib = stats.bytes / 1024 / 1024;
    console.log(`${String(stats.files).padEnd(9)} ${r.seconds.toFixed(2).padStart(8)} ${(mib / r.seconds).toFixed(1).padStart(7)} ${`${r.rssMiB.toFixed(0)} MiB`.padStart(10)}`);
    rmSync(tree, { recursive: true, force: true });
  }
} else {
  if (!positionals.length) {
    console.error('usage: node bench/scan.mjs TREE... [--runs N] | --synthetic N,N');
    process.exit(2);
  }
  for (const tree of positionals) await benchTree(path.resolve(tree));
}
