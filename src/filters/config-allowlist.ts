import type { Config } from '../config.js';

/** Is a finding allowed by the config: its rule off, or an allow pattern matching its secret or line? */
export function allowedByConfig(config: Config, ruleId: string, secret: string, line: string): boolean {
  if (config.off.has(ruleId as never)) return true;
  return config.allow.some((re) => re.test(secret) || re.test(line));
}
