import type { Config } from '../config.js';

// The config's allow-list, in two halves so that a caller can ask the line question once per line:
// a minified file may hold thousands of findings on one line of megabytes.

/** Is a finding's secret allowed by the config: its rule off, or an allow pattern matching the secret? */
export function allowedSecret(config: Config, ruleId: string, secret: string): boolean {
  if (config.off.has(ruleId as never)) return true;
  return config.allow.some((re) => re.test(secret));
}

/** Does an allow pattern match this line of text? */
export function allowedLine(config: Config, line: string): boolean {
  return config.allow.some((re) => re.test(line));
}

/** Is a finding allowed by the config: its rule off, or an allow pattern matching its secret or line? */
export function allowedByConfig(config: Config, ruleId: string, secret: string, line: string): boolean {
  return allowedSecret(config, ruleId, secret) || allowedLine(config, line);
}
