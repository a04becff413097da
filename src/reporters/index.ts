import { githubReporter } from './github.js';
import { gitlabReporter } from './gitlab.js';
import { jsonReporter } from './json.js';
import type { Format, Reporter } from './reporter.js';
import { sarifReporter } from './sarif.js';
import { textReporter } from './text.js';

export const REPORTERS: Record<Format, Reporter> = {
  text: textReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  github: githubReporter,
  gitlab: gitlabReporter,
};

export { FORMATS, failsGate, type Format, type ReportContext } from './reporter.js';
