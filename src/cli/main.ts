import { ScanError } from '../errors.js';
import { PACKAGE } from '../meta.js';
import { scanFiles } from './commands/scan.js';
import { loadContext, report } from './context.js';
import { USAGE } from './help.js';
import { COMMON_OPTIONS, commonOptions, parse } from './options.js';

export interface Io {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
}

const defaultIo = (): Io => ({
  cwd: process.cwd(),
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: process.stdout.isTTY === true,
});

const COMMANDS = ['scan', 'history', 'baseline', 'init'] as const;

async function run(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    // No command is a usage error: the help goes to standard error, where errors go.
    io.stderr(USAGE);
    return 2;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (command === '--version' || command === '-v') {
    io.stdout(`${PACKAGE.version}\n`);
    return 0;
  }
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new ScanError('bad-usage', `unknown command "${command}" (expected one of ${COMMANDS.join(', ')}; see --help)`);
  }
  const { values, positionals } = parse(rest, { ...COMMON_OPTIONS, staged: { type: 'boolean' } });
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (values.version) {
    io.stdout(`${PACKAGE.version}\n`);
    return 0;
  }
  const options = commonOptions(values, io.isTTY);
  const context = await loadContext(options, io.cwd, io.stderr);
  switch (command) {
    case 'scan': {
      if (values.staged) throw new ScanError('bad-usage', '--staged is not available yet');
      return report(await scanFiles(positionals, context), context, 'files', io.stdout);
    }
    default:
      throw new ScanError('bad-usage', `"${command}" is not available yet`);
  }
}

/** The CLI: returns the exit code; the bin sets it. Every ScanError is exit 2 with its message. */
export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof ScanError) {
      io.stderr(`secret-hygiene: ${error.message}\n`);
      return 2;
    }
    io.stderr(`secret-hygiene: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    return 2;
  }
}
