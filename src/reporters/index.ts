import type { Format, Reporter } from './reporter.js';

// Each format's reporter is imported when a run asks for it: a run prints one format, and a pre-commit
// hook's start-up pays for the text reporter only.
const LOADERS: Record<Format, () => Promise<Reporter>> = {
  text: async () => (await import('./text.js')).textReporter,
  json: async () => (await import('./json.js')).jsonReporter,
  sarif: async () => (await import('./sarif.js')).sarifReporter,
  github: async () => (await import('./github.js')).githubReporter,
  gitlab: async () => (await import('./gitlab.js')).gitlabReporter,
};

export const loadReporter = (format: Format): Promise<Reporter> => LOADERS[format]();

export { exitCode, FORMATS, failsGate, type Format, type ReportContext, type Reporter } from './reporter.js';
