import { ScanError } from '../errors.js';
import { PACKAGE } from '../meta.js';
import { escapeControl } from '../printable.js';
import { loadContext, report } from './context.js';
import { optimizeLater } from './optimize-later.js';
import { COMMON_OPTIONS, commonOptions, echoed, parse } from './options.js';
import { closest } from './suggest.js';

// A pre-commit hook starts the CLI on every commit, so each command, and the help, is imported only when
// it runs: `scan --staged` never loads init, history, the baseline writer or the help text.
const help = () => import('./help.js');

export interface Io {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  /** Whether stderr is a terminal: history shows progress there. */
  stderrIsTTY?: boolean;
  /** What `scan -` reads. */
  stdin?: AsyncIterable<Uint8Array | string>;
}

const defaultIo = (): Io => ({
  cwd: process.cwd(),
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  stdin: process.stdin,
});

const COMMANDS = ['scan', 'history', 'baseline', 'init'] as const;
type Command = (typeof COMMANDS)[number];
const isCommand = (word: string | undefined): word is Command => (COMMANDS as readonly string[]).includes(word ?? '');

async function run(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    // No command is a usage error: the help goes to standard error, where errors go.
    io.stderr((await help()).USAGE);
    return 2;
  }
  const unknown = (name: string): ScanError => {
    const near = closest(name, COMMANDS);
    return new ScanError('bad-usage', `unknown command ${echoed(name)}${near ? `: did you mean "${near}"?` : ''} (expected one of ${COMMANDS.join(', ')}; see --help)`);
  };
  if (command === '--help' || command === '-h' || command === 'help') {
    const { COMMAND_HELP, USAGE } = await help();
    const [about] = rest;
    if (about !== undefined && !isCommand(about)) throw unknown(about);
    io.stdout(about === undefined ? USAGE : COMMAND_HELP[about]);
    return 0;
  }
  if (command === '--version' || command === '-v') {
    io.stdout(`${PACKAGE.version}\n`);
    return 0;
  }
  if (!isCommand(command)) throw unknown(command);
  const { values, positionals } = parse(rest, { ...COMMON_OPTIONS, staged: { type: 'boolean' }, history: { type: 'boolean' }, 'stdin-path': { type: 'string' }, check: { type: 'boolean' } }, command);
  if (values.help) {
    io.stdout((await help()).COMMAND_HELP[command]);
    return 0;
  }
  if (values.version) {
    io.stdout(`${PACKAGE.version}\n`);
    return 0;
  }
  if (values.staged && command !== 'scan') throw new ScanError('bad-usage', '--staged goes with scan (scan --staged)');
  if (values.history && command !== 'baseline') throw new ScanError('bad-usage', '--history goes with baseline (baseline --history [RANGE])');
  if (values.check && command !== 'init') throw new ScanError('bad-usage', '--check goes with init (init --check)');
  // An empty value is a mistake (an unset variable in a script): '' would name the current directory.
  if (positionals.includes('')) throw new ScanError('bad-usage', `${command}: an empty argument (an unset variable?): name a path or a revision`);
  if (values['stdin-path'] === '') throw new ScanError('bad-usage', '--stdin-path needs a value (got an empty string)');
  const stdin = command === 'scan' && positionals.includes('-');
  if (typeof values['stdin-path'] === 'string' && !stdin) throw new ScanError('bad-usage', '--stdin-path goes with scan - (scan - --stdin-path NAME)');
  if (stdin && (positionals.length > 1 || values.staged)) throw new ScanError('bad-usage', 'scan - reads standard input alone: no paths, no --staged');
  if (command === 'init') {
    if (positionals.length) throw new ScanError('bad-usage', 'init takes no arguments');
    const { init } = await import('./commands/init.js');
    return init(io.cwd, io, values.check === true);
  }
  const options = commonOptions(values, io.isTTY);
  if (command === 'baseline') {
    // What the baseline is written from is the scan's, with no report to format or to send anywhere.
    const reportOnly = (['no-baseline', 'format', 'output', 'verify'] as const).find((flag) => values[flag] !== undefined);
    if (reportOnly) throw new ScanError('bad-usage', `--${reportOnly} goes with scan and history: baseline writes the baseline file (--baseline FILE names it)`);
  }
  const history = command === 'history' || (command === 'baseline' && values.history === true);
  const context = await loadContext(options, io.cwd, io.stderr, { ...(history ? { revs: positionals } : {}), writingBaseline: command === 'baseline' });
  context.onThreads = optimizeLater;
  const progress = io.stderrIsTTY ? io.stderr : undefined;
  switch (command) {
    case 'scan': {
      if (values.staged) {
        if (positionals.length) throw new ScanError('bad-usage', 'scan --staged takes no paths: it judges the whole index');
        const { scanStaged } = await import('./commands/staged.js');
        return report(await scanStaged(context), context, 'staged', io.stdout);
      }
      const { scanFiles, scanStdin } = await import('./commands/scan.js');
      if (stdin) return report(await scanStdin(io.stdin ?? process.stdin, values['stdin-path'] as string | undefined, context), context, 'files', io.stdout);
      return report(await scanFiles(positionals, context), context, 'files', io.stdout);
    }
    case 'history': {
      const { scanHistory } = await import('./commands/history.js');
      return report(await scanHistory(positionals, context, progress), context, 'history', io.stdout);
    }
    case 'baseline': {
      const [{ filesScope, writeBaselineFile }, { scanFiles }, { scanHistory }] = await Promise.all([
        import('./commands/baseline.js'),
        import('./commands/scan.js'),
        import('./commands/history.js'),
      ]);
      return values.history
        ? writeBaselineFile((c) => scanHistory(positionals, c, progress), context, 'history', positionals.length ? undefined : [''], io.stdout)
        : writeBaselineFile((c) => scanFiles(positionals, c), context, 'files', filesScope(positionals, context), io.stdout);
    }
    default:
      throw new ScanError('bad-usage', `unknown command "${command}"`);
  }
}

/** The CLI: returns the exit code; the bin sets it. Every ScanError is exit 2 with its message. */
export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof ScanError) {
      // Messages name paths and revisions the user did not write: one line, nothing a terminal or CI log obeys.
      io.stderr(`secret-hygiene: ${escapeControl(error.message)}\n`);
      return 2;
    }
    io.stderr(`secret-hygiene: unexpected error: ${escapeControl((error as Error).stack ?? String(error))}\n`);
    return 2;
  }
}
