#!/usr/bin/env node
// Scores a build of secret-hygiene against the labelled evaluation set in bench/eval/.
//
//   node bench/eval.mjs [--bin PATH] [--plugin PATH] [--verbose] [--json] [--check] [--keep] [--split NAME]
//
// It renders the case templates into a temporary directory (every slot filled from a seeded generator,
// so no key-shaped value lives in the repository), runs the built CLI on it as a child process
// (`node <bin> scan . --format json`), runs the ESLint plugin on the JS/TS cases through ESLint's own
// API, and compares (file, line, rule id) with bench/eval/labels.json. It measures; it does not gate:
// the exit code is 0 unless the scorer itself fails (bad labels, a scan that could not run).
// Splits: `dev` and `held-out` (by a hash of the path) were both seen while tuning detection; `fresh`
// (cases/fresh/**) was added afterwards and has been seen since; `fresh2` (cases/fresh2/**) was added after
// that. `fresh` and `fresh2` are reported only as overall and ibm-cloud-api-key numbers, so that nothing
// here points at their individual misses (the detail tables cover dev and held-out).
// Output never contains a rendered value: only paths, line numbers, rule ids and the labels' reasons.
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { createHash, createHmac } from 'node:crypto';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EVAL = join(REPO, 'bench', 'eval');
const CASES = join(EVAL, 'cases');

/** The rule ids of SPEC §2, in its order. A finding of any other id is a false alarm like any other. */
const RULES = [
  'ibm-cloud-api-key',
  'ibm-iam-token',
  'jwt',
  'bearer-token',
  'api-connect-basic-auth',
  'api-connect-client-secret',
  'ibm-cos-hmac',
  'ibm-classic-api-key',
  'ibm-apikey-file',
];
const KINDS = ['1', '2', '3', '4', '5', '6', '7', 'everyday', 'hard'];
const JS_TS = /\.(?:[cm]?js|jsx|[cm]?ts|tsx)$/;

// ---------------------------------------------------------------------------------------------------------
// Arguments

function parseArgs(argv) {
  const opts = { bin: 'bin/secret-hygiene.js', plugin: undefined, verbose: false, json: false, check: false, keep: false, split: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--bin') opts.bin = value();
    else if (a === '--plugin') opts.plugin = value();
    else if (a === '--verbose' || a === '-v') opts.verbose = true;
    else if (a === '--json') opts.json = true;
    else if (a === '--check') opts.check = true;
    else if (a === '--keep') opts.keep = true;
    else if (a === '--split') opts.split = value();
    else if (a === '--help' || a === '-h') {
      console.log('usage: node bench/eval.mjs [--bin PATH] [--plugin PATH] [--verbose] [--json] [--check] [--keep] [--split NAME]');
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  opts.bin = resolve(opts.bin);
  // The plugin of the build under test: <bin>/../../dist/src/eslint/plugin.js unless named.
  opts.plugin = resolve(opts.plugin ?? join(dirname(opts.bin), '..', 'dist', 'src', 'eslint', 'plugin.js'));
  return opts;
}

// ---------------------------------------------------------------------------------------------------------
// Slots: {{kind}}, {{kind:arg}}, {{kind:arg#name}} (the same #name renders the same value within a file).
// Any other {{…}} (a REST-client, Postman, Helm or GitHub Actions variable) is left as it is.

const SLOT = /\{\{([A-Za-z][A-Za-z0-9]*)(?::([^}#\s]+))?(?:#(\w+))?\}\}/g;

function fnv1a(text) {
  let h = 0x811c9dc5;
  for (const ch of Buffer.from(text)) h = Math.imul(h ^ ch, 0x01000193) >>> 0;
  return h;
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';

function makeRenderer({ createGen, mulberry32 }, seed, path) {
  const fileSeed = (seed ^ fnv1a(path)) >>> 0;
  const gen = createGen(fileSeed);
  // The catalog's own PRNG, for the shapes its generator has no method for.
  const next = mulberry32(fileSeed ^ 0x9e3779b9);
  const pick = (alphabet, n) => Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
  const bytes = (n) => Buffer.from(Array.from({ length: n }, () => Math.floor(next() * 256)));
  const num = (arg, kind) => {
    const n = Number(arg);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`${path}: slot ${kind} needs a length`);
    return n;
  };
  const b64json = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const hs256 = (payload, secret) => {
    const signed = `${b64json({ alg: 'HS256', typ: 'JWT' })}.${b64json(payload)}`;
    return `${signed}.${createHmac('sha256', secret).update(signed).digest('base64url')}`;
  };
  const iamClaims = (exp, user) => {
    const sid = `ServiceId-${uuid()}`;
    const iamId = user ? `IBMid-${pick(UPPER + DIGITS, 10)}` : `iam-${sid}`;
    return {
      iam_id: iamId,
      id: iamId,
      realmid: user ? 'IBMid' : 'iam',
      sub: user ? 'jane.doe@example.com' : sid,
      sub_type: user ? 'User' : 'ServiceId',
      ...(user ? { email: 'jane.doe@example.com', name: 'Jane Doe' } : {}),
      account: { valid: true, bss: gen.hex(32), frozen: true },
      iat: exp - 3600,
      exp,
      iss: 'https://iam.cloud.ibm.com/identity',
      grant_type: user ? 'password' : 'urn:ibm:params:oauth:grant-type:apikey',
      scope: 'ibm openid',
      client_id: user ? 'bx' : 'default',
      acr: 1,
      amr: ['pwd'],
    };
  };
  function uuid() {
    const h = pick('0123456789abcdef', 32).split('');
    h[12] = '4';
    h[16] = '89ab'[Math.floor(next() * 4)];
    const s = h.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }
  const kinds = {
    ibmKey: () => gen.ibmKey(),
    key: (arg) => gen.base64url(num(arg, 'key')),
    b64url: (arg) => gen.base64url(num(arg, 'b64url')),
    hex: (arg) => gen.hex(num(arg, 'hex')),
    HEX: (arg) => gen.hex(num(arg, 'HEX')).toUpperCase(),
    alnum: (arg) => pick(ALNUM, num(arg, 'alnum')),
    lower: (arg) => pick(LOWER, num(arg, 'lower')),
    UPPER: (arg) => pick(UPPER + DIGITS, num(arg, 'UPPER')),
    digits: (arg) => pick(DIGITS, num(arg, 'digits')),
    pass: (arg) => pick(ALNUM + '!#%*-_', num(arg, 'pass')),
    uuid,
    // API Connect (v5) client secrets: 50 characters cycling lower, upper, digit.
    apicSecret: () => {
      const cycle = [LOWER, UPPER, DIGITS];
      const start = Math.floor(next() * 3);
      return Array.from({ length: 50 }, (_, i) => pick(cycle[(start + i) % 3], 1)).join('');
    },
    fernet: () => `${bytes(32).toString('base64url')}=`,
    b64bytes: (arg) => bytes(num(arg, 'b64bytes')).toString('base64'),
    b64: (arg) => {
      if (arg === 'ibmKey') return gen.base64(gen.ibmKey());
      if (arg === 'dockerconfig') {
        const password = gen.ibmKey();
        const auths = { 'us.icr.io': { username: 'iamapikey', password, auth: gen.base64(`iamapikey:${password}`) } };
        return gen.base64(JSON.stringify({ auths }));
      }
      if (!arg) throw new Error(`${path}: slot b64 needs an argument`);
      return gen.base64(arg);
    },
    basic: (arg) => {
      if (!arg) throw new Error(`${path}: slot basic needs a user`);
      const secret = arg === 'apikey' || arg === 'iamapikey' ? gen.ibmKey() : pick(ALNUM, 16);
      return gen.base64(`${arg}:${secret}`);
    },
    jwt: (arg) => {
      switch (arg) {
        case 'ibm':
          return gen.jwt(iamClaims(4102444800, false));
        case 'ibm-expired':
          return gen.jwt(iamClaims(1700000000, false));
        case 'ibm-user':
          return gen.jwt(iamClaims(1700003600, true));
        case 'other':
          return gen.jwt({ sub: 'svc-42', iss: 'https://auth.partner.example', aud: 'orders', exp: 4102444800 }, { alg: 'ES256', typ: 'JWT' });
        case 'appid': {
          // IBM App ID issues JWTs too, but not from IAM: a `jwt`, not an `ibm-iam-token`.
          const tenant = uuid();
          const header = { alg: 'RS256', typ: 'JOSE', kid: `appId-${tenant}-2024-05-08T10:01:09.372` };
          const payload = { iss: `https://us-south.appid.cloud.ibm.com/oauth/v4/${tenant}`, exp: 4102444800, aud: [uuid()], sub: uuid(), amr: ['cloud_directory'], iat: 4102441200, tenant, scope: 'openid appid_default' };
          return gen.jwt(payload, header);
        }
        case 'jwtio':
          return hs256({ sub: '1234567890', name: 'John Doe', iat: 1516239022 }, 'your-256-bit-secret');
        case 'fakesig':
          return `${b64json({ alg: 'HS256', typ: 'JWT' })}.${b64json({ sub: 'svc-42', exp: 4102444800 })}.${gen.base64url(20)}`;
        default:
          throw new Error(`${path}: unknown jwt slot "${arg}"`);
      }
    },
    apic: () => 'apiconnect',
    // A word that must not appear verbatim in the repository (an API Connect host next to a credential).
    lit: (arg) => {
      if (!arg) throw new Error(`${path}: slot lit needs a text`);
      return arg;
    },
  };
  const memo = new Map();
  return (template) =>
    template.replace(SLOT, (whole, kind, arg, name) => {
      const fill = kinds[kind];
      if (!fill) return whole;
      if (name === undefined) return fill(arg);
      const key = `${kind}:${arg ?? ''}#${name}`;
      if (!memo.has(key)) memo.set(key, fill(arg));
      return memo.get(key);
    });
}

/** True when the line holds at least one slot this scorer fills. */
const hasSlot = (line) => [...line.matchAll(SLOT)].some((m) => m[1] !== 'apic' && KNOWN_SLOTS.has(m[1]));
const KNOWN_SLOTS = new Set(['ibmKey', 'key', 'b64url', 'hex', 'HEX', 'alnum', 'lower', 'UPPER', 'digits', 'pass', 'uuid', 'apicSecret', 'fernet', 'b64bytes', 'b64', 'basic', 'jwt']);

// ---------------------------------------------------------------------------------------------------------
// The set

function walk(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? walk(p) : [p];
    });
}

/** The first 8 hex digits of the SHA-256 of the trimmed template line: catches labels that drift off their line. */
const lineSha = (line) => createHash('sha256').update(line.trim()).digest('hex').slice(0, 8);
/**
 * cases/fresh/** is the `fresh` split, cases/fresh2/** the `fresh2` split, cases/fresh3/** the `fresh3` split, cases/fresh4/** the `fresh4` split, cases/fresh5/** the `fresh5` split and cases/fresh6/** the `fresh6` split; the rest is `dev` or `held-out`
 * by the first byte of SHA-256 of the path.
 */
const UNSPLIT = ['fresh', 'fresh2', 'fresh3', 'fresh4', 'fresh5', 'fresh6'];
const splitOf = (path) => UNSPLIT.find((s) => path.startsWith(`${s}/`)) ?? (createHash('sha256').update(path).digest()[0] % 2 === 0 ? 'dev' : 'held-out');
const SPLITS = ['dev', 'held-out', 'fresh', 'fresh2', 'fresh3', 'fresh4', 'fresh5', 'fresh6'];
/** The splits the detail tables and `--verbose` may show; the others get two aggregate rows only. */
let DETAIL = ['dev', 'held-out'];

/** Loads the labels and the templates, and checks that they agree. Returns the problems found. */
function loadSet() {
  const doc = JSON.parse(readFileSync(join(EVAL, 'labels.json'), 'utf8'));
  const problems = [];
  const onDisk = walk(CASES).map((p) => relative(CASES, p).split(sep).join('/'));
  const templates = new Map();
  for (const path of onDisk) templates.set(path, readFileSync(join(CASES, path), 'utf8'));
  for (const path of onDisk) if (!doc.files[path]) problems.push(`${path}: case file without labels`);
  const labels = [];
  for (const [path, file] of Object.entries(doc.files)) {
    const text = templates.get(path);
    if (text === undefined) {
      problems.push(`${path}: labelled but missing from bench/eval/cases`);
      continue;
    }
    if (file.split !== splitOf(path)) problems.push(`${path}: split is "${file.split}", the hash says "${splitOf(path)}"`);
    if (!file.format) problems.push(`${path}: no format`);
    if (!Array.isArray(file.source) || file.source.length === 0) problems.push(`${path}: no provenance`);
    const lines = text.split('\n');
    const seen = new Map();
    for (const label of file.labels) {
      const at = `${path}:${label.line}`;
      const line = lines[label.line - 1];
      if (line === undefined) {
        problems.push(`${at}: no such line`);
        continue;
      }
      if (label.lineSha !== undefined && lineSha(line) !== label.lineSha) problems.push(`${at}: the line changed since it was labelled (lineSha)`);
      if (!KINDS.includes(label.kind)) problems.push(`${at}: unknown kind "${label.kind}"`);
      if (!label.why) problems.push(`${at}: no reason`);
      const positive = label.expect !== 'none';
      if (positive) {
        for (const r of [label.expect, ...(label.alt ?? [])]) if (!RULES.includes(r)) problems.push(`${at}: unknown rule "${r}"`);
        if (!label.noSlot && !hasSlot(line)) problems.push(`${at}: a positive line without a slot (mark it noSlot if the credential is a variable)`);
      }
      const prev = seen.get(label.line);
      if (prev && (prev === 'none') !== !positive) problems.push(`${at}: labelled both positive and negative`);
      if (prev && prev !== 'none' && prev === label.expect) problems.push(`${at}: duplicate label`);
      seen.set(label.line, label.expect);
      labels.push({ ...label, file: path, format: file.format, split: file.split });
    }
  }
  return { doc, templates, labels, problems };
}

function render(set, generators, dir) {
  for (const [path, text] of set.templates) {
    const dest = join(dir, ...path.split('/'));
    mkdirSync(dirname(dest), { recursive: true });
    writeFileSync(dest, makeRenderer(generators, set.doc.seed, path)(text));
  }
}

// ---------------------------------------------------------------------------------------------------------
// Running the build

function runScan(bin, dir) {
  const run = spawnSync(process.execPath, [bin, 'scan', '.', '--format', 'json'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (run.error) throw run.error;
  const why = () => run.stderr.trim().split('\n').slice(0, 5).join(' / ');
  if (run.status !== 0 && run.status !== 1) throw new Error(`the scan exited ${run.status}: ${why()}`);
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    throw new Error(`the scan (exit ${run.status}) printed no JSON report: ${why()}`);
  }
  return report.findings.map((f) => ({ file: f.path.split(sep).join('/'), line: f.line, rule: f.ruleId, severity: f.severity }));
}

async function runPlugin(pluginPath, dir, files) {
  const { ESLint } = await import('eslint');
  const tseslint = (await import('typescript-eslint')).default;
  const plugin = (await import(pathToFileURL(pluginPath).href)).default;
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'], languageOptions: { parser: tseslint.parser } },
      { files: ['**/*.jsx'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
      plugin.configs.recommended,
    ],
  });
  const results = await eslint.lintFiles(files);
  const messages = [];
  let parseErrors = 0;
  for (const r of results) {
    const file = relative(dir, r.filePath).split(sep).join('/');
    for (const m of r.messages) {
      if (m.fatal) parseErrors++;
      else if (String(m.ruleId).startsWith('secret-hygiene/')) messages.push({ file, line: m.line, rule: m.ruleId });
    }
  }
  return { messages, parseErrors };
}

// ---------------------------------------------------------------------------------------------------------
// Scoring

const at = (file, line) => `${file}\u0000${line}`;
const accepts = (label, rule) => label.expect === rule || (label.alt ?? []).includes(rule);
const ratio = (a, b) => (b === 0 ? null : a / b);

/** Compares findings with the labels of the files in `inScope`. */
function compare(labels, findings, inScope) {
  const scoped = labels.filter((l) => inScope(l.file));
  const positives = scoped.filter((l) => l.expect !== 'none');
  const negatives = scoped.filter((l) => l.expect === 'none');
  const posAt = new Map();
  for (const p of positives) posAt.set(at(p.file, p.line), [...(posAt.get(at(p.file, p.line)) ?? []), p]);
  const negAt = new Map(negatives.map((n) => [at(n.file, n.line), n]));
  const unique = new Map();
  for (const f of findings.filter((x) => inScope(x.file))) {
    const key = `${at(f.file, f.line)}\u0000${f.rule}`;
    if (!unique.has(key)) unique.set(key, f);
  }
  const found = [...unique.values()];
  const rulesAt = new Map();
  for (const f of found) rulesAt.set(at(f.file, f.line), [...(rulesAt.get(at(f.file, f.line)) ?? []), f]);
  const scoredFindings = found.map((f) => {
    const here = posAt.get(at(f.file, f.line)) ?? [];
    const ok = here.some((p) => accepts(p, f.rule));
    let why;
    if (!ok) {
      const neg = negAt.get(at(f.file, f.line));
      if (neg) why = `negative: ${neg.why}`;
      else if (here.length) why = `wrong rule (labelled ${here.map((p) => p.expect).join(', ')})`;
      else why = 'unlabelled line (must stay silent)';
    }
    return { ...f, ok, why };
  });
  const scoredPositives = positives.map((p) => {
    const match = (rulesAt.get(at(p.file, p.line)) ?? []).find((f) => accepts(p, f.rule));
    return { ...p, hit: Boolean(match), severityFound: match?.severity };
  });
  const flaggedNegatives = negatives.filter((n) => rulesAt.has(at(n.file, n.line)));
  return { positives: scoredPositives, negatives, flaggedNegatives, findings: scoredFindings };
}

function counts(result, rule) {
  const pos = result.positives.filter((p) => rule === undefined || p.expect === rule);
  const fnd = result.findings.filter((f) => rule === undefined || f.rule === rule);
  const hit = pos.filter((p) => p.hit).length;
  const tp = fnd.filter((f) => f.ok).length;
  const precision = ratio(tp, fnd.length);
  const recall = ratio(hit, pos.length);
  const f1 = precision === null || recall === null || precision + recall === 0 ? null : (2 * precision * recall) / (precision + recall);
  return { positives: pos.length, hit, recall, findings: fnd.length, truePositives: tp, falseAlarms: fnd.length - tp, precision, f1 };
}

function groupRecall(result, key, values) {
  const out = {};
  for (const v of values) {
    const pos = result.positives.filter((p) => p[key] === v);
    const neg = result.negatives.filter((n) => n[key] === v);
    const flagged = result.flaggedNegatives.filter((n) => n[key] === v).length;
    out[v] = { positives: pos.length, hit: pos.filter((p) => p.hit).length, recall: ratio(pos.filter((p) => p.hit).length, pos.length), negatives: neg.length, negativesFlagged: flagged };
  }
  return out;
}

/** Line-level comparison (any rule) on the given files. */
function lineLevel(labels, reported, files) {
  const inFiles = new Set(files);
  const posLines = new Set(labels.filter((l) => l.expect !== 'none' && inFiles.has(l.file)).map((l) => at(l.file, l.line)));
  const lines = new Set(reported.filter((r) => inFiles.has(r.file)).map((r) => at(r.file, r.line)));
  const tp = [...lines].filter((l) => posLines.has(l)).length;
  const hit = [...posLines].filter((l) => lines.has(l)).length;
  return { positiveLines: posLines.size, linesReported: lines.size, truePositives: tp, falseAlarms: lines.size - tp, precision: ratio(tp, lines.size), recall: ratio(hit, posLines.size), hit };
}

// ---------------------------------------------------------------------------------------------------------
// Output

const pct = (x) => (x === null ? '   n/a' : `${(100 * x).toFixed(1).padStart(5)}%`);
const pad = (s, n) => String(s).padEnd(n);
const num = (s, n) => String(s).padStart(n);

function table(title, rows, head, cells) {
  const out = [`\n${title}`, head];
  for (const [name, c] of rows) out.push(cells(name, c));
  return out.join('\n');
}

function ruleRow(name, c) {
  return `${pad(name, 28)}${num(c.positives, 5)}${num(c.hit, 5)} ${pct(c.recall)}   ${num(c.findings, 5)}${num(c.truePositives, 6)}${num(c.falseAlarms, 6)} ${pct(c.precision)}  ${pct(c.f1)}`;
}
const RULE_HEAD = `${pad('', 28)}${num('pos', 5)}${num('hit', 5)}  recall   ${num('found', 5)}${num('true', 6)}${num('false', 6)}  precis.      F1`;

// ---------------------------------------------------------------------------------------------------------

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  // --split NAME: the detail tables and --verbose cover that split alone (to read its misses once it is
  // measured; after that it counts as seen, like dev and held-out).
  if (opts.split !== undefined) {
    if (!SPLITS.includes(opts.split)) throw new Error(`--split: unknown split ${opts.split} (${SPLITS.join(', ')})`);
    DETAIL = [opts.split];
  }
  const set = loadSet();
  if (set.problems.length) {
    console.error(`bench/eval: ${set.problems.length} problem(s) in the set:\n  ${set.problems.join('\n  ')}`);
    process.exit(1);
  }
  const files = [...set.templates.keys()];
  const positives = set.labels.filter((l) => l.expect !== 'none');
  if (opts.check) {
    console.log(`bench/eval: ${files.length} case files, ${set.labels.length} labels (${positives.length} positive): consistent`);
    return;
  }
  if (!existsSync(opts.bin)) throw new Error(`no build at ${opts.bin} (run npm run build)`);

  const generators = await import(pathToFileURL(join(REPO, 'dist', 'rules', 'gen.js')).href);
  const dir = mkdtempSync(join(tmpdir(), 'secret-hygiene-eval-'));
  try {
    render(set, generators, dir);
    const t0 = Date.now();
    const findings = runScan(opts.bin, dir);
    const scanMs = Date.now() - t0;
    // The detail tables (per rule, kind, format, severity, ESLint) cover the dev and held-out files only:
    // broken down further, the fresh and fresh2 splits' numbers would point at their individual misses.
    const isTuning = (f) => DETAIL.includes(set.doc.files[f].split);
    const jsFiles = files.filter((f) => JS_TS.test(f) && isTuning(f));
    let plugin;
    let pluginError;
    try {
      const t1 = Date.now();
      plugin = await runPlugin(opts.plugin, dir, jsFiles);
      plugin.ms = Date.now() - t1;
    } catch (e) {
      pluginError = e instanceof Error ? e.message : String(e);
    }

    const inSplit = (s) => (f) => set.doc.files[f].split === s;
    const scopes = { all: () => true, ...Object.fromEntries(SPLITS.map((s) => [s, inSplit(s)])) };
    const results = Object.fromEntries(Object.entries(scopes).map(([k, fn]) => [k, compare(set.labels, findings, fn)]));
    const tuning = compare(set.labels, findings, isTuning);
    const rulesSeen = [...new Set([...RULES, ...findings.map((f) => f.rule)])];
    const byRule = Object.fromEntries(rulesSeen.map((r) => [r, counts(tuning, r)]));
    const bySplit = Object.fromEntries(Object.keys(scopes).map((k) => [k, counts(results[k])]));
    const apiKeyBySplit = Object.fromEntries(Object.keys(scopes).map((k) => [k, counts(results[k], 'ibm-cloud-api-key')]));
    const formats = [...new Set(set.labels.filter((l) => isTuning(l.file)).map((l) => l.format))].sort();
    const byKind = groupRecall(tuning, 'kind', KINDS);
    const byFormat = groupRecall(tuning, 'format', formats);
    // Severity is not part of a match (a finding of the right rule on the line is a true positive), but
    // where a label says what severity SPEC asks for (API Connect Basic auth: error for literals, warning
    // for credentials from variables), say how often the build agrees.
    const severity = Object.fromEntries(
      ['error', 'warning'].map((s) => {
        const ps = tuning.positives.filter((p) => p.severity === s);
        return [s, { labelled: ps.length, found: ps.filter((p) => p.hit).length, sameSeverity: ps.filter((p) => p.severityFound === s).length }];
      }),
    );
    const scanLines = lineLevel(set.labels, findings, jsFiles);
    const pluginLines = plugin ? lineLevel(set.labels, plugin.messages, jsFiles) : undefined;
    const listSplit = opts.split ?? 'dev';
    const devMisses = results[listSplit].positives.filter((p) => !p.hit).map((p) => ({ file: p.file, line: p.line, rule: p.expect, why: p.why }));
    const devFalseAlarms = results[listSplit].findings.filter((f) => !f.ok).map((f) => ({ file: f.file, line: f.line, rule: f.rule, why: f.why }));
    const splitCount = (s) => files.filter((f) => set.doc.files[f].split === s).length;

    if (opts.json) {
      const out = {
        set: { files: files.length, dev: splitCount('dev'), heldOut: splitCount('held-out'), fresh: splitCount('fresh'), fresh2: splitCount('fresh2'), fresh3: splitCount('fresh3'), fresh4: splitCount('fresh4'), fresh5: splitCount('fresh5'), fresh6: splitCount('fresh6'), labels: set.labels.length, positives: positives.length, negatives: set.labels.length - positives.length },
        build: { bin: relative(process.cwd(), opts.bin) || opts.bin, plugin: relative(process.cwd(), opts.plugin) || opts.plugin },
        // byRule, byKind, byFormat and severity cover dev and held-out only (detailScope); overall and ibmCloudApiKey have every split.
        scan: { ms: scanMs, byRule, overall: bySplit, ibmCloudApiKey: apiKeyBySplit, byKind, byFormat, severity, detailScope: DETAIL },
        jsTs: { files: jsFiles.length, scan: scanLines, plugin: pluginLines, pluginParseErrors: plugin?.parseErrors, pluginError },
      };
      if (opts.verbose) out[listSplit] = { misses: devMisses, falseAlarms: devFalseAlarms };
      console.log(JSON.stringify(out, null, 2));
      return;
    }

    const lines = [];
    lines.push(`secret-hygiene evaluation set: ${files.length} files (${splitCount('dev')} dev, ${splitCount('held-out')} held-out, ${splitCount('fresh')} fresh, ${splitCount('fresh2')} fresh2, ${splitCount('fresh3')} fresh3, ${splitCount('fresh4')} fresh4, ${splitCount('fresh5')} fresh5, ${splitCount('fresh6')} fresh6), ${set.labels.length} labels (${positives.length} positive, ${set.labels.length - positives.length} negative)`);
    lines.push(`build: ${relative(process.cwd(), opts.bin) || opts.bin}   scan ${scanMs} ms, ${findings.length} findings`);
    const scope = DETAIL.join(' and ');
    lines.push(table(`scan, per rule (${scope} files)`, Object.entries(byRule), RULE_HEAD, ruleRow));
    lines.push(ruleRow('overall', counts(tuning)));
    lines.push(table('overall, by split (dev, held-out, fresh, fresh2, fresh3, fresh4 and fresh5 were seen while tuning; fresh6 was not, as of its branch eval-fresh6)', Object.entries(bySplit), RULE_HEAD, ruleRow));
    lines.push(table('ibm-cloud-api-key, by split', Object.entries(apiKeyBySplit), RULE_HEAD, ruleRow));
    const groupHead = `${pad('', 28)}${num('pos', 5)}${num('hit', 5)}  recall   ${num('neg', 5)}${num('flagged', 9)}`;
    const groupRow = (name, c) => `${pad(name, 28)}${num(c.positives, 5)}${num(c.hit, 5)} ${pct(c.recall)}   ${num(c.negatives, 5)}${num(c.negativesFlagged, 9)}`;
    lines.push(table(`by kind (${scope} files)`, Object.entries(byKind).map(([k, c]) => [/^\d$/.test(k) ? `kind ${k}` : k, c]), groupHead, groupRow));
    lines.push(table(`by language / format (${scope} files)`, Object.entries(byFormat), groupHead, groupRow));
    lines.push(`\nseverity (API Connect Basic auth, ${scope}): ${severity.error.labelled} literal positives expect error: ${severity.error.found} found, ${severity.error.sameSeverity} as error; ${severity.warning.labelled} from variables expect warning: ${severity.warning.found} found, ${severity.warning.sameSeverity} as warning`);
    const llHead = `${pad('', 28)}${num('lines', 6)}${num('true', 6)}${num('false', 6)}  precis.   recall`;
    const llRow = (name, c) => (c ? `${pad(name, 28)}${num(c.linesReported, 6)}${num(c.truePositives, 6)}${num(c.falseAlarms, 6)} ${pct(c.precision)}  ${pct(c.recall)}` : `${pad(name, 28)}  did not run: ${pluginError}`);
    lines.push(table(`ESLint plugin vs scan, line level (any rule), on the ${jsFiles.length} JS/TS files of ${scope} (${scanLines.positiveLines} positive lines)`, [['scan', scanLines], ['plugin (configs.recommended)', pluginLines]], llHead, llRow));
    if (plugin?.parseErrors) lines.push(`  (${plugin.parseErrors} file(s) the parser could not read)`);
    if (opts.verbose) {
      lines.push(`\n${listSplit} misses (${devMisses.length}):`);
      for (const m of devMisses) lines.push(`  ${m.file}:${m.line} ${m.rule} (${m.why})`);
      lines.push(`\n${listSplit} false alarms (${devFalseAlarms.length}):`);
      for (const f of devFalseAlarms) lines.push(`  ${f.file}:${f.line} ${f.rule} (${f.why})`);
    }
    console.log(lines.join('\n'));
  } finally {
    if (opts.keep) console.error(`rendered set kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`bench/eval: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(2);
});
