import { PACKAGE } from '../meta.js';

export const USAGE = `secret-hygiene ${PACKAGE.version}: a secret-hygiene linter for IBM Cloud credentials

Usage:
  secret-hygiene scan [PATH...]          scan files (default: .); respects .gitignore inside a git work tree
  secret-hygiene scan --staged           scan exactly what the next commit will contain (the index)
  secret-hygiene history [RANGE]         scan git history: all refs by default; RANGE like origin/main..HEAD
  secret-hygiene baseline [PATH...]      write the current findings to the baseline file (accept existing debt)
  secret-hygiene baseline --history [RANGE]
                                         the same, for the findings of git history
  secret-hygiene init                    install the pre-commit hook (husky) and a starter config

Options:
  -f, --format text|json|sarif|github    output format (default: text)
  -o, --output FILE                      write the report to FILE instead of standard output
  -c, --config FILE                      config file (default: .secret-hygiene.json at the repository root)
      --baseline FILE                    baseline file (default: .secret-hygiene-baseline.json at the repository root)
      --no-baseline                      apply no baseline entry: report everything (scan, history)
      --max-file-size SIZE               skip (and list) files larger than SIZE (default: 10MiB)
      --verify                           ask IBM Cloud IAM whether each API key found is live (sends the key to IAM)
      --iam-url URL                      IAM endpoint for --verify (default: https://iam.cloud.ibm.com,
                                         or SECRET_HYGIENE_IAM_URL)
      --verify-timeout SECONDS           per-request timeout for --verify, 0.1 to 60 (default: 10)
      --verify-max-keys N                distinct keys sent to IAM per run at most (default: 100)
      --no-color                         no colours in text output (also NO_COLOR; FORCE_COLOR=1 forces them)
  -q, --quiet                            print findings only: no summary, no progress
      --debug                            say on stderr why candidates were dropped (never the secret)
  -h, --help                             this help
  -v, --version                          the version

Exit codes: 0 no findings that fail the gate, 1 findings, 2 usage, config, git or I/O error.
Docs: https://github.com/secret-hygiene/secret-hygiene#readme
`;
