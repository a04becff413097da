import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { EMPTY_CONFIG, parseConfig } from '../../src/config.js';
import { detect } from '../../src/engine/detect.js';
import { ScanError } from '../../src/errors.js';
import { parseBaseline } from '../../src/filters/baseline.js';
import { chunkFindings } from '../../src/pipeline/chunk.js';
import { withoutSecret } from '../../src/pipeline/run.js';
import type { Format } from '../../src/reporters/index.js';
import { REPORTERS } from '../reporters/all-reporters.js';
import type { Chunk, CommitInfo, ScanResult, SecretFinding } from '../../src/types.js';

// Property-based: random and mutated inputs through detect(), every reporter and the config and baseline
// parsers. Nothing may throw (but a ScanError, for the parsers), and no output may hold a secret planted
// in the input. The seed is fixed so that CI runs are reproducible; FUZZ_SEED and FUZZ_RUNS explore
// further (`FUZZ_SEED=$RANDOM FUZZ_RUNS=2000 npx vitest run test/fuzz`). Each property also stops at a
// time limit, so that two cores in CI keep the run bounded.

const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const settings = { seed: SEED, numRuns: RUNS, interruptAfterTimeLimit: 15_000, markInterruptAsFailure: false };

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.split('');
const HEX = '0123456789abcdef'.split('');
const chars = (alphabet: string[], length: number) => fc.array(fc.constantFrom(...alphabet), { minLength: length, maxLength: length }).map((a) => a.join(''));

/** Secrets of several rules' shapes, each in a line that names it, as a leak would. */
const planted = fc.oneof(
  chars(B64URL, 44).map((s) => ({ secret: s, line: `IBMCLOUD_API_KEY=${s}` })),
  chars(B64URL, 44).map((s) => ({ secret: s, line: `ibmcloud login --apikey ${s}` })),
  chars(HEX, 48).chain((s) => chars(HEX, 32).map((id) => ({ secret: s, line: `"access_key_id": "${id}",\n"secret_access_key": "${s}"` }))),
  chars(B64URL, 40).map((s) => ({ secret: s, line: `Authorization: Bearer ${s}` })),
  chars(HEX, 64).map((s) => ({ secret: s, line: `SOFTLAYER_API_KEY=${s} # softlayer classic infrastructure` })),
);

/** Text that may hold anything: control characters, lone surrogates, RTL overrides, ANSI, nothing. */
const noise = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: fc.constantFrom('\u001b[2J', '\u009b', '\n', '\r', '\u202e', '\u0000', '::error::', '%0A', 'apikey', '"', '\\', 'eyJ', '.'), maxLength: 20 }),
);

/** The planted line inside noise, then mutated: characters inserted, a range cut or doubled. */
const input = fc
  .record({ before: noise, after: noise, plant: planted, cut: fc.nat(), length: fc.nat({ max: 8 }), insert: noise, mode: fc.constantFrom('keep', 'cut', 'insert', 'double') })
  .map(({ before, after, plant, cut, length, insert, mode }) => {
    let text = `${before}\n${plant.line}\n${after}`;
    const at = cut % (text.length + 1);
    if (mode === 'cut') text = text.slice(0, at) + text.slice(at + length);
    if (mode === 'insert') text = text.slice(0, at) + insert + text.slice(at);
    if (mode === 'double') text = text.slice(0, at + length) + text.slice(at);
    return { text, secret: plant.secret };
  });

const hostileName = fc.oneof(fc.constantFrom('a\n::error file=README.md,line=1::All clear\nb.env', '.env', 'dir/\u001b[31mred.txt', 'x\u202eexe.md'), fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }));
const commit: fc.Arbitrary<CommitInfo> = fc.record({ sha: chars(HEX, 40), author: noise, email: noise, date: noise });

function result(findings: SecretFinding[], suppressed: SecretFinding[], path: string): ScanResult {
  return {
    findings: findings.map(withoutSecret),
    suppressed: suppressed.map(withoutSecret),
    warnings: [{ path, severity: 'warning', message: `${path} changed in this range` }],
    stats: {
      files: 1,
      bytes: 1,
      skipped: { binary: 0, files: [{ path, reason: 'vanished' }] },
      errors: [{ path, message: 'cannot read' }],
      notes: [`nothing to scan in ${path}`],
      baselined: 0,
      suppressed: suppressed.length,
      detectorErrors: 0,
      durationMs: 1,
    },
  };
}

describe('fuzz: hostile input', () => {
  it('detect() never throws, and no reporter prints a planted secret', () => {
    let reported = 0;
    let runs = 0;
    fc.assert(
      fc.property(input, hostileName, fc.option(commit, { nil: undefined }), ({ text, secret }, path, info) => {
        expect(() => detect(text, path, RULES)).not.toThrow();
        const chunk: Chunk = info ? { origin: { kind: 'commit', path, commit: info }, text, bytes: text.length } : { origin: { kind: 'file', path }, text, bytes: text.length };
        const found = chunkFindings(chunk, RULES, EMPTY_CONFIG, { debug: true });
        runs++;
        if (found.findings.length + found.suppressed.length) reported++;
        const scan = result(found.findings, found.suppressed, path);
        for (const format of Object.keys(REPORTERS) as Format[]) {
          for (const color of [false, true]) {
            const output = REPORTERS[format](scan, { color, mode: info ? 'history' : 'files' });
            expect(output).not.toContain(secret);
            for (const f of [...found.findings, ...found.suppressed]) expect(output).not.toContain(f.secret);
            // Text and github carry no raw control character but their own line ends (and colours when asked).
            if (format === 'github' || (format === 'text' && !color)) expect(output).not.toMatch(/(?!\n)\p{Cc}/u);
          }
        }
        for (const message of found.messages) expect(message).not.toContain(secret);
      }),
      settings,
    );
    // The property means something only if the planted secrets are found, and so reach the reporters.
    expect(reported / runs).toBeGreaterThan(0.3);
  });

  it('the config and baseline parsers take anything: a value, or a ScanError that holds no planted secret', () => {
    const configText = fc.oneof(
      fc.json(),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.record({ secret: chars(B64URL, 44), field: fc.constantFrom('ignore', 'allow', 'rules', 'maxFileSize', 'findings', 'files', 'salt', 'x'), shape: fc.nat({ max: 4 }) }).map(({ secret, field, shape }) => ({
        secret,
        text: [`{"${field}": "${secret}"}`, `{"${field}": ["${secret}", "("]}`, `{"rules": {"${secret}": "off"}}`, `{"${secret}": 1, "${secret}": 2}`, `{"${field}": ["${secret}"] ${secret}}`][shape] ?? '',
      })),
    );
    let refusedWithSecret = 0;
    fc.assert(
      fc.property(configText, fc.nat(), fc.string({ unit: 'binary', maxLength: 4 }), (raw, at, insert) => {
        const { text: original, secret } = typeof raw === 'string' ? { text: raw, secret: undefined } : raw;
        const mutated = original.slice(0, at % (original.length + 1)) + insert + original.slice(at % (original.length + 1));
        for (const text of [original, mutated, `\uFEFF${original}`]) {
          for (const parse of [parseConfig, parseBaseline]) {
            try {
              parse(text, '.secret-hygiene.json');
            } catch (error) {
              expect(error).toBeInstanceOf(ScanError);
              if (secret) {
                refusedWithSecret++;
                expect((error as Error).message).not.toContain(secret);
              }
            }
          }
        }
      }),
      settings,
    );
    expect(refusedWithSecret).toBeGreaterThan(RUNS / 10);
  });
});
