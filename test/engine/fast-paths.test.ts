import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adversarial } from '../../bench/adversarial.mjs';
import { createGen, RULES } from '../../rules/index.js';
import { detect, type DetectOptions } from '../../src/engine/detect.js';
import type { ExampleText, Rule } from '../../src/engine/rule.js';
import { runStarts, type Run } from '../../src/engine/runs.js';
import { renderTemplate } from '../rules/templates.js';

// The engine's fast paths (words found in the text itself, key-shaped runs found before the pattern is tried)
// must give exactly what the reference search gives (words in the lower-cased text, every keyword window
// searched): the same matches and the same --debug verdicts, in the same order.
const gen = createGen(77);
const render = (t: ExampleText): string => (typeof t === 'string' ? t : t(gen));
const fixtures = fileURLToPath(new URL('../../fixtures/formats/', import.meta.url));

/** What detect() says of a text: its matches and every verdict it reports, in order. */
function said(text: string, path: string, reference: boolean): string[] {
  const lines: string[] = [];
  const options: DetectOptions = {
    onReject: (r) => lines.push(`rejected ${r.ruleId} ${r.start} ${r.reason}`),
    onAccept: (a) => lines.push(`accepted ${a.ruleId} ${a.start} ${a.evidence}`),
    reference,
  };
  for (const m of detect(text, path, RULES, options)) lines.push(`match ${m.ruleId} ${m.start} ${m.end} ${m.secret}`);
  return lines;
}

const samples = [
  ...RULES.flatMap((rule) => [...rule.examples.positive, ...rule.examples.negative].map((e) => ({ text: render(e.text), path: e.path ?? 'example.txt' }))),
  ...readdirSync(fixtures)
    .filter((f) => f !== 'expected.json')
    .map((f) => ({ text: renderTemplate(readFileSync(`${fixtures}${f}`, 'utf8'), gen), path: f })),
];

describe('the fast paths give what the reference search gives', () => {
  it('on every rule example and format fixture, as code and as prose', () => {
    for (const { text, path } of samples) {
      for (const as of [path, 'notes.md', 'a.go']) expect(said(text, as, false), `${as}: ${text}`).toEqual(said(text, as, true));
    }
  });

  it('and an İ (whose lower case is longer) in a line after it says what an I says', () => {
    // Once, such a text had each rule search all of it, ignoring how near its words must be.
    for (const { text, path } of samples) expect(said(`${text}\n\n# İstanbul\n`, path, false), `${path}: ${text}`).toEqual(said(`${text}\n\n# Istanbul\n`, path, false));
  });

  it('on the adversarial inputs', () => {
    for (const [name, { text, path }] of Object.entries(adversarial(1 << 14, gen))) expect(said(text, path, false), name).toEqual(said(text, path, true));
  });

  // Texts built from the pieces the rules react to: IBM's names and marks, loose anchors, prose, keys of
  // every shape and of lengths around them, separators that are and are not run boundaries.
  const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.split('');
  const HEX = '0123456789abcdef'.split('');
  const run = (alphabet: string[], lengths: number[]) =>
    fc.constantFrom(...lengths).chain((n) => fc.array(fc.constantFrom(...alphabet), { minLength: n, maxLength: n }).map((a) => a.join('')));
  const piece = fc.oneof(
    run(B64URL, [19, 20, 43, 44, 45, 128, 129]),
    run(HEX, [32, 47, 48, 49, 64]),
    fc.constantFrom(
      'import "github.com/IBM/go-sdk-core"\n', 'IBM', 'ibm', 'bluemix', 'apikey', 'API_KEY', 'ibmcloud_api_key', 'token', 'Token', 'key',
      'secret', 'SECRET', 'password', 'pwd', 'auth', 'cred', 'The old key was ', 'Schlüssel ', 'SCHLÜSSEL', 'キー', 'softlayer',
      'classic', 'hmac', 'secret_access_key', 'access_key_id', 'Bearer ', 'Basic ', '"auth": "', 'kind: Secret\ndata:\n  apikey: ',
      'x-ibm-client-secret: ', 'https://iam.cloud.ibm.com/identity/token', '.eyJ', ' = "', '": "', "='", '\n', ' ', '.', '+', '/', '=', '-',
      '\u0130', '\u212a', 'ä',
    ),
  );
  const texts = fc.oneof(fc.array(piece, { maxLength: 8 }), fc.array(piece, { maxLength: 40 })).map((pieces) => pieces.join(''));

  it('where an anchor is part of a longer word (pass in password, cred in credential)', () => {
    const key = gen.ibmKey();
    for (const word of ['password', 'credentials', 'tokens', 'authorization', 'keys']) {
      const text = `import "github.com/IBM/go-sdk-core"\n${word} = "${key}"\n`;
      for (const path of ['a.go', 'notes.md']) expect(said(text, path, false), `${path}: ${text}`).toEqual(said(text, path, true));
    }
  });

  it('on texts made of what the rules react to', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom('a.go', 'README.md', '(commit-message)', 'deploy.sh'), (text, path) => {
        expect(said(text, path, false)).toEqual(said(text, path, true));
      }),
      { seed: 1130, numRuns: 1000 },
    );
  });
});

describe('runs', () => {
  const withRuns = RULES.flatMap((rule: Rule) => [
    ...(rule.run ? [{ name: `${rule.id} pattern`, pattern: rule.pattern, run: rule.run }] : []),
    ...(rule.loose ? [{ name: `${rule.id} loose pattern`, pattern: rule.loose.pattern, run: rule.loose.run }] : []),
  ]);

  it.each(withRuns.map((r) => [r.name, r] as const))('every match of the %s starts a run it declares', (_name, { pattern, run }) => {
    const alphabet = fc.constantFrom(...'aZ9_-f0+/.=: "\n\u00e9'.split(''));
    const body = (n: number) => fc.array(fc.constantFrom(...'abcdef0123456789ABZxyz_-'.split('')), { minLength: n, maxLength: n }).map((a) => a.join(''));
    const text = fc.array(fc.oneof(alphabet, body(run.min), body(run.max), body(run.min + 1), body(Math.max(1, run.min - 1))), { maxLength: 12 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const starts = new Set(runStarts(t, run));
        for (const m of t.matchAll(new RegExp(pattern.source, pattern.flags))) expect(starts.has(m.index), `${m.index} in ${JSON.stringify(t)}`).toBe(true);
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it('finds the runs of the declared lengths, and only those', () => {
    const run: Run = { chars: 'a-f0-9', min: 4, max: 6 };
    expect(runStarts('abcd xabcdef abcdefa 0123456 ab-cd 9999', run)).toEqual([0, 6, 35]);
    expect(runStarts('', run)).toEqual([]);
    expect(runStarts('abcd', run)).toEqual([0]);
  });

  it('in ranges, finds the runs that start in them: those of the whole text, whatever the ranges', () => {
    const run: Run = { chars: 'a-f0-9', min: 4, max: 9 };
    const text = fc.array(fc.constantFrom('a', 'f', '0', '9', ' ', 'x', '-'), { maxLength: 80 }).map((a) => a.join(''));
    const cuts = fc.array(fc.nat(90), { maxLength: 8 });
    fc.assert(
      fc.property(text, cuts, (t, c) => {
        const points = [...new Set(c)].sort((a, b) => a - b);
        const ranges: Array<[number, number]> = [];
        for (let i = 0; i + 1 < points.length; i += 2) ranges.push([points[i] as number, points[i + 1] as number]);
        const inRanges = runStarts(t, run).filter((s) => ranges.some(([from, to]) => s >= from && s < to));
        expect(runStarts(t, run, ranges), `${JSON.stringify(t)} ${JSON.stringify(ranges)}`).toEqual(inRanges);
      }),
      { seed: 8, numRuns: 3000 },
    );
    // A run walked from one range that starts in the next.
    expect(runStarts('a aa aaa aaa  aaaa', { chars: 'a-z', min: 4, max: 8 }, [[3, 7], [11, 12], [14, 18]])).toEqual([14]);
  });
});
