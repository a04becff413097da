import type { Gen } from '../src/engine/rule.js';

export interface AdversarialInput {
  text: string;
  path: string;
  /** How many findings the catalog reports; none when absent. */
  findings?: number;
}

export function adversarial(size: number, gen: Gen): Record<string, AdversarialInput>;
export function adversarialCode(size: number, gen: Gen): Record<string, string>;
