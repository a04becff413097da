// Peak memory of `scan --staged` against the size of what is staged: a new file and a grown file of short
// lines, of each size given (MB), with a key on the last line. Prints the peak RSS of the scanner's own
// process (node, from process.resourceUsage() at exit) and of the whole run with git (GNU time), and checks
// that the key is found on its true line. With a heap cap (`--cap MB`, node's --max-old-space-size) a run
// that completes shows what the scan needs; without one V8 grows its heap as it likes.
// Run: npm run build && node bench/staged-memory.mjs [100,200,400] [--cap 128]
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, URL } from 'node:url';

const BIN = fileURLToPath(new URL('../bin/secret-hygiene.js', import.meta.url));
const args = process.argv.slice(2);
const cap = args.includes('--cap') ? args[args.indexOf('--cap') + 1] : undefined;
const sizes = (args.find((a) => /^\d[\d,]*$/.test(a) && a !== cap) ?? '100,200,400').split(',').map(Number);
const KEY = `IBMCLOUD_API_KEY=${'Qzis0k9mbMQ6Zr3pW8xL'}${'d2NfYt7HcVbA1sGuE5oKjR4T'}`; // secret-hygiene:allow -- bench fixture
const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@example.com', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@example.com', SECRET_HYGIENE_WORKERS: process.env.SECRET_HYGIENE_WORKERS ?? '' };
if (cap) env.NODE_OPTIONS = `--max-old-space-size=${cap}`;
const git = (cwd, ...args) => execFileSync('git', args, { cwd, env, stdio: ['ignore', 'pipe', 'inherit'] });

/** `lines` short lines (about 20 bytes each) and the key: returns the key's line. */
function writeLines(file, megabytes, prefix = '') {
  const fd = openSync(file, 'w');
  const block = 'a short line of text\n'.repeat(50_000); // 1.05 MB, 50,000 lines
  let lines = 0;
  if (prefix) {
    writeSync(fd, prefix);
    lines += prefix.split('\n').length - 1;
  }
  for (let mb = 0; mb < megabytes; mb++) {
    writeSync(fd, block);
    lines += 50_000;
  }
  writeSync(fd, `${KEY}\n`);
  closeSync(fd);
  return lines + 1;
}

const PRINT_RSS = "data:text/javascript,process.on('exit',()=>process.stderr.write('node-max-rss '+process.resourceUsage().maxRSS+'\\n'))";

function measure(dir) {
  const started = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', 'tree-max-rss %M', process.execPath, '--import', PRINT_RSS, BIN, 'scan', '--staged', '--format', 'json'], { cwd: dir, env, encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = (performance.now() - started) / 1000;
  const node = Number(/node-max-rss (\d+)/.exec(run.stderr)?.[1]) / 1024;
  const tree = Number(/tree-max-rss (\d+)/.exec(run.stderr)?.[1]) / 1024;
  const findings = JSON.parse(run.stdout).findings.map((f) => `${f.path}:${f.line}`);
  return { seconds, node, tree, findings, status: run.status };
}

console.log('MB    change      exit  found on line          node peak RSS  node+git peak RSS  time');
for (const mb of sizes) {
  const dir = mkdtempSync(path.join(tmpdir(), 'sh-staged-'));
  try {
    git(dir, 'init', '-q');
    writeSync(openSync(path.join(dir, 'grown.txt'), 'w'), 'one line\n');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'init');
    // A new file: its size (from the raw entry) says it need not be diffed, and its blob is streamed.
    const added = writeLines(path.join(dir, 'new.txt'), mb);
    git(dir, 'add', 'new.txt');
    const a = measure(dir);
    git(dir, 'reset', '-q');
    // A committed file that grows by as much: git's diff of it is streamed through the parser.
    const grown = writeLines(path.join(dir, 'grown.txt'), mb, 'one line\n');
    git(dir, 'add', 'grown.txt');
    const g = measure(dir);
    for (const [what, r, file, line] of [['new file', a, 'new.txt', added], ['grown file', g, 'grown.txt', grown]]) {
      const ok = r.findings.length === 1 && r.findings[0] === `${file}:${line}` ? 'ok' : `WRONG: ${r.findings.join(' ')}`;
      console.log(`${String(mb).padEnd(5)} ${what.padEnd(11)} ${String(r.status).padEnd(5)} ${`${line} ${ok}`.padEnd(22)} ${`${r.node.toFixed(0)} MiB`.padStart(13)} ${`${r.tree.toFixed(0)} MiB`.padStart(18)}  ${r.seconds.toFixed(1)} s`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
