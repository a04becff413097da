import { PACKAGE } from '../meta.js';

const DOCS = 'https://github.com/secret-hygiene/secret-hygiene#readme';
const EXIT_CODES = 'Exit codes: 0 no findings that fail the gate, 1 findings, 2 usage, config, git or I/O error.';

/** Report and run options: every scanning command takes them. */
const REPORT_OPTIONS = `  -f, --format text|json|sarif|github|gitlab
                                         output format (default: text)
  -o, --output FILE                      write the report to FILE instead of standard output
  -c, --config FILE                      config file (default: .secret-hygiene.json at the repository root)
      --baseline FILE                    baseline file (default: .secret-hygiene-baseline.json at the repository root)
      --no-baseline                      apply no baseline entry: report everything (scan, history)
      --max-file-size SIZE               scan text larger than SIZE in overlapping segments of SIZE (default: 10MiB,
                                         at least 1MiB); text of any size is scanned, only binary files are skipped
      --no-default-ignores               scan: outside a git work tree, also scan node_modules and .git
                                         directories (skipped by default, with a note)
      --verify                           ask IBM Cloud IAM whether each API key found is live (sends the key to IAM)
      --iam-url URL                      IAM endpoint for --verify (default: https://iam.cloud.ibm.com,
                                         or SECRET_HYGIENE_IAM_URL)
      --verify-timeout SECONDS           per-request timeout for --verify, 0.1 to 60 (default: 10)
      --verify-max-keys N                distinct keys sent to IAM per run at most (default: 100)
      --no-color                         no colours in text output (also NO_COLOR; FORCE_COLOR=1 forces them)
  -q, --quiet                            print findings only: no summary, no progress
      --debug                            say on stderr why candidates were dropped (never the secret)`;

/** The options of a scan that writes no report (baseline): the others say how to report, and where. */
const SCAN_OPTIONS = REPORT_OPTIONS.split(/\n(?= +-)/)
  .filter((entry) => !/--(format|output|no-baseline|verify|iam-url|verify-timeout|verify-max-keys)\b/.test(entry.split('\n')[0] ?? ''))
  .join('\n');

const HELP_OPTIONS = `  -h, --help                             this help
  -v, --version                          the version`;

export const USAGE = `secret-hygiene ${PACKAGE.version}: a secret-hygiene linter for IBM Cloud credentials

Usage:
  secret-hygiene scan [PATH...]          scan files (default: .); respects .gitignore inside a git work tree
  secret-hygiene scan --staged           scan exactly what the next commit will contain (the index)
  secret-hygiene scan -                  scan the text on standard input (name it with --stdin-path)
  secret-hygiene history [RANGE]         scan git history: all refs by default; RANGE like origin/main..HEAD
  secret-hygiene baseline [PATH...]      write the current findings to the baseline file (accept existing debt)
  secret-hygiene baseline --history [RANGE]
                                         the same, for the findings of git history
  secret-hygiene init                    install the pre-commit hook (husky or git's hooks) and a starter config
  secret-hygiene init --check            say whether a hook will run the scan on the next commit

  secret-hygiene <command> --help        what a command does, its options and examples

Options:
${REPORT_OPTIONS}
${HELP_OPTIONS}

${EXIT_CODES}
Docs: ${DOCS}
`;

const command = (usage: string, what: string, options: string, examples: string, exitCodes = EXIT_CODES): string =>
  `Usage:\n${usage}\n\n${what}\n\nOptions:\n${options ? `${options}\n` : ''}${HELP_OPTIONS}\n\nExamples:\n${examples}\n\n${exitCodes}\nDocs: ${DOCS}\n`;

/** `secret-hygiene <command> --help`. */
export const COMMAND_HELP: Record<'scan' | 'history' | 'baseline' | 'init', string> = {
  scan: command(
    `  secret-hygiene scan [PATH...] [options]
  secret-hygiene scan --staged [options]
  secret-hygiene scan - [--stdin-path NAME] [options]`,
    `Scans files and directories (default: the current directory) for IBM Cloud credentials. Inside a git work
tree, what git ignores is not scanned. --staged scans what the next commit will contain (the git index, not
the work tree), judging only the lines the commit adds: this is what the pre-commit hook runs. "-" scans the
text on standard input, for editors and pipes.`,
    `      --staged                           scan the git index: the lines the next commit adds
      --stdin-path NAME                  with "-": the name the text is reported under, and the path that path
                                         rules (apikey.json) and "ignore" globs see (default: (stdin))
${REPORT_OPTIONS}`,
    `  secret-hygiene scan
  secret-hygiene scan src config/app.env --format json
  secret-hygiene scan --staged
  git show HEAD:deploy/apikey.json | secret-hygiene scan - --stdin-path deploy/apikey.json`,
  ),
  history: command(
    '  secret-hygiene history [RANGE] [options]',
    `Scans git history: every commit of every branch and tag by default, or RANGE (anything git log takes, such
as origin/main..HEAD for a pull request). Each secret is reported once per path, at the commit that
introduced it; commit messages are scanned too. For a range A..B, the config and baseline come from A.`,
    REPORT_OPTIONS,
    `  secret-hygiene history
  secret-hygiene history origin/main..HEAD --format sarif --output results.sarif
  secret-hygiene history "$BASE..$HEAD" --format github`,
  ),
  baseline: command(
    `  secret-hygiene baseline [PATH...] [options]
  secret-hygiene baseline --history [RANGE] [options]`,
    `Writes every current finding to the baseline file (.secret-hygiene-baseline.json at the repository root, or
--baseline FILE): accepted debt that no longer fails the gate. Entries hold the rule, the fingerprint and
the path: no secret, no line number. --history records the findings of git history instead of files.`,
    `      --history                          baseline the findings of git history (RANGE optional)
${SCAN_OPTIONS}`,
    `  secret-hygiene baseline
  secret-hygiene baseline --history
  secret-hygiene baseline --baseline ci/secrets-baseline.json`,
  ),
  init: command(
    `  secret-hygiene init
  secret-hygiene init --check`,
    `Installs a pre-commit hook that runs "secret-hygiene scan --staged" with the scanner installed in this
project: into .husky/pre-commit when the project uses husky, otherwise into git's hooks directory
(core.hooksPath if set), keeping every line already there. Run it from the repository root or from the
package folder (in a monorepo) where secret-hygiene is installed. Also writes a starter .secret-hygiene.json
if there is none. It never says it is done when no hook will run: it fails with the fix instead.
--check changes nothing and says whether the next commit will run the scan.`,
    '      --check                            only check that a hook will run the scan on the next commit',
    `  npm install --save-dev secret-hygiene && npx secret-hygiene init
  npx secret-hygiene init --check`,
    'Exit codes: 0 the next commit runs the scan, 1 (--check) it would not, 2 init could not install a hook that\nwill run (the fix is on stderr), or a usage or git error.',
  ),
};
