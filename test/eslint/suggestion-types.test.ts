import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { createGen } from '../../rules/gen.js';
import plugin from '../../src/eslint/plugin.js';

// The suggestion replaces a key with the environment. Under strict TypeScript, `process.env.X` is
// `string | undefined`, which does not go where a `string` is required: the code it suggests must compile.
const key = createGen(4242).ibmKey();
const PRELUDE = `declare const process: { env: Record<string, string | undefined> };
declare class IamAuthenticator { constructor(options: { apikey: string }) }
`;

/** Diagnostics of each code under `strict`, each a module of its own, in one program (loading the libs once). */
function typeErrors(codes: readonly string[]): string[][] {
  const files = codes.map((_, i) => `/virtual/case${i}.ts`);
  const options: ts.CompilerOptions = { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, lib: ['lib.es2022.d.ts'], types: [] };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version) => {
    const i = files.indexOf(name);
    return i >= 0 ? ts.createSourceFile(name, codes[i] ?? '', version) : getSourceFile(name, version);
  };
  const program = ts.createProgram(files, options, host);
  return files.map((f) => ts.getPreEmitDiagnostics(program, program.getSourceFile(f)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')));
}

/** The code with the plugin's suggestion applied. */
function suggested(code: string): string {
  const linter = new Linter({ configType: 'flat' });
  const [message] = linter.verify(code, [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, plugin.configs.recommended], 'src/auth.ts');
  const fix = message?.suggestions?.[0]?.fix;
  if (!fix) throw new Error(`no suggestion for: ${code}`);
  return `${code.slice(0, fix.range[0])}${fix.text}${code.slice(fix.range[1])}`;
}

const CASES = [
  ['an SDK option', `export const auth = new IamAuthenticator({ apikey: '${key}' });`],
  ['a typed constant', `export const apiKey: string = '${key}';`],
  ['a parameter default', `export function connect(apikey: string = '${key}'): string { return apikey; }`],
  ['a const assertion', `export class Client { readonly apikey: string = '${key}' as const; }`],
  ['the fallback of an environment variable', `export const apiKey: string = process.env.IC_API_KEY ?? '${key}';`],
] as const;

describe('the useEnv suggestion type-checks under strict TypeScript', () => {
  const codes = CASES.map(([, line]) => `${PRELUDE}${line}\n`);
  const fixed = codes.map(suggested);
  const bare = `${PRELUDE}export const apiKey: string = process.env.IBMCLOUD_API_KEY;\n`;
  const errors = typeErrors([...codes, ...fixed, bare]);

  it.each(CASES.map(([name], i) => [name, i] as const))('%s', (_name, i) => {
    expect(errors[i], codes[i]).toEqual([]);
    expect(fixed[i]).not.toContain(key);
    expect(errors[CASES.length + i], fixed[i]).toEqual([]);
  });

  it('where the bare variable would not', () => {
    expect(errors.at(-1)?.join()).toContain("'string | undefined'");
  });
});
