import type { Verification } from '../types.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What follows the status: for a live key the account and identity to rotate, else IAM's reason. */
export function verificationDetail(v: Verification): string {
  const identity = v.identity && `identity ${v.identity}${v.subType ? ` (${v.subType})` : ''}`;
  const who = [v.account && `account ${v.account}`, identity].filter(Boolean).join(', ');
  return `${who ? ` (${who})` : ''}${v.reason ? `: ${v.reason}` : ''}`;
}

/** The audit line of a verify run: every host that was sent a key, and how often. */
export function verifyRequestsLine(requests: Record<string, number>): string {
  const sent = Object.entries(requests).map(([host, n]) => `${plural(n, 'request')} to ${host}`);
  return `verify: ${sent.length ? sent.join(', ') : 'no requests sent'}`;
}
