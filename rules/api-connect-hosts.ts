import { linesAround, statementRange } from '../src/engine/context.js';
import type { DetectInput } from '../src/engine/rule.js';
import { firstIndex } from '../src/engine/sorted.js';

// What both API Connect rules need: which hosts are API Connect (SPEC §2, reference §3.3), and which
// host a request written at some offset of a text goes to.

const APIC_HOST_NAME = String.raw`(?:(?:[A-Za-z0-9-]+\.)*(?:apiconnect\.(?:cloud\.ibm\.com|ibmcloud\.com|automation\.ibm\.com)|apimanager\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)|login\.service\.[A-Za-z0-9-]+\.apiconnect(?:\.[A-Za-z0-9-]+)+)`;
/** Is this host name an API Connect host? */
export const APIC_HOST = new RegExp(`^${APIC_HOST_NAME}$`, 'i');
/** An API Connect host anywhere in a text (the ESLint plugin reads hosts out of strings and templates). */
export const APIC_HOST_IN_TEXT = new RegExp(`(?<![A-Za-z0-9.-])${APIC_HOST_NAME}(?![A-Za-z0-9-])`, 'i');

/** Hosts named in text: after a scheme, or bare API Connect hosts (a base URL built from a host variable). */
const HOST = /(?<![A-Za-z0-9.-])(?:https?:\/\/(?:[^\s/@'"\x60]{1,256}@)?)?([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8})(?![A-Za-z0-9-])(\/[^\s'"\x60?#]{0,200})?/g;

/** The lines around a request that still belong to it. */
const WINDOW_LINES = 8;
const WINDOW_CHARS = 2048;

export interface HostAt {
  at: number;
  host: string;
  /** The path after the host, when a URL names one (`/oauth2/token`). */
  path: string;
}

/** Every host named in a text, in order: found once per text, however many candidates ask. */
const hostCache = new WeakMap<DetectInput, HostAt[]>();
function hostsIn(input: DetectInput): HostAt[] {
  let hosts = hostCache.get(input);
  if (!hosts) {
    hosts = [];
    for (const m of input.text.matchAll(HOST)) {
      const host = m[1] ?? '';
      if (m[0].includes('://') || APIC_HOST.test(host)) hosts.push({ at: m.index, host, path: m[2] ?? '' });
    }
    hostCache.set(input, hosts);
  }
  return hosts;
}

/** How many of `sorted` (in order of `at`) lie before `offset`. */
export const countBefore = (sorted: ReadonlyArray<{ at: number }>, offset: number): number =>
  firstIndex(sorted.length, (i) => (sorted[i] as { at: number }).at >= offset);

/**
 * The host in `[from, to)` nearest before `start`, else nearest after `end` (binary search in the sorted list):
 * a request names its URL first (`http.NewRequest(url)` then `SetBasicAuth`, a `.http` request line, a base
 * URL constant), while a URL on a later line most often belongs to the next request.
 */
function nearestHost(hosts: readonly HostAt[], from: number, to: number, start: number, end: number): HostAt | undefined {
  const lo = countBefore(hosts, start);
  const before = hosts[lo - 1];
  if (before && before.at >= from) return before;
  let next = lo;
  while (next < hosts.length && (hosts[next] as HostAt).at < end) next++;
  const after = hosts[next];
  return after && after.at < to ? after : undefined;
}

/**
 * The host a request at `[start, end)` goes to: a URL in its own statement (a curl command with its
 * continuation lines, the call it is an argument of), else a base-URL name the statement uses, else the URL or
 * API Connect host nearest before it within a few lines, else after it. So a request to another host beside an API Connect URL is not blamed
 * on API Connect, nor is one to a placeholder host.
 */
/** A URL whose host is a placeholder (`https://<APIC Management Server>/…`, `<host>/v1/…`): a request to a host the text does not spell. */
const PLACEHOLDER_HOST = /(?:https?:\/\/)?<[^<>\n]{1,60}>\//;

export function targetHost(input: DetectInput, start: number, end: number, lines = WINDOW_LINES): HostAt | undefined {
  const hosts = hostsIn(input);
  const [from, to] = statementRange(input.text, start, end);
  const placeholder = PLACEHOLDER_HOST.exec(input.text.slice(from, to));
  if (placeholder) return { at: from + placeholder.index, host: placeholder[0], path: '' };
  const [wideFrom, wideTo] = linesAround(input.text, start, end, lines, lines * 256);
  return nearestHost(hosts, from, to, start, end) ?? constantIn(input, from, to) ?? nearestHost(hosts, wideFrom, wideTo, start, end);
}

/** `NAME = "https://…"` (or `:=`): a base URL bound to a name, which requests then build on (`APIM + "/orgs"`, `f"{APIM}/orgs"`). */
const URL_CONSTANT = /(?<![\w$.])\$?([A-Za-z_]\w{0,63})[ \t]{0,8}:?=[ \t]{0,8}["'\x60](?=https?:\/\/)/g;
const HOST_AT = new RegExp(HOST.source, 'y');
/**
 * A name used to build a URL: an operand or argument (`APIM + "/orgs"`, `f"{APIM}/orgs"`, `` `${base}/v1` ``,
 * `get(URL, …)`), not a member (`options.url`) nor a word in a comment.
 */
const URL_USE = /(?<=[{(+,][ \t]?)[A-Za-z_]\w{0,63}(?![\w$])|(?<![\w$.])[A-Za-z_]\w{0,63}(?=[ \t]?[+},)])/g;
const constantCache = new WeakMap<DetectInput, Map<string, HostAt>>();
/** The hosts of a text's base-URL names, read once per text; the first binding of a name is the one kept. */
function urlConstants(input: DetectInput): Map<string, HostAt> {
  let constants = constantCache.get(input);
  if (!constants) {
    constants = new Map();
    for (const m of input.text.matchAll(URL_CONSTANT)) {
      const name = m[1] ?? '';
      HOST_AT.lastIndex = m.index + m[0].length;
      const url = HOST_AT.exec(input.text);
      if (url && !constants.has(name)) constants.set(name, { at: url.index, host: url[1] ?? '', path: url[2] ?? '' });
    }
    constantCache.set(input, constants);
  }
  return constants;
}

/** The host of the first base-URL name that the statement `[from, to)` uses. */
function constantIn(input: DetectInput, from: number, to: number): HostAt | undefined {
  const constants = urlConstants(input);
  if (constants.size === 0) return undefined;
  for (const m of input.text.slice(from, to).matchAll(URL_USE)) {
    const host = constants.get(m[0]);
    if (host) return host;
  }
  return undefined;
}

/** The request around `[start, end)`: its statement, widened to the lines that still belong to it. */
export function requestText(input: DetectInput, start: number, end: number): string {
  const [from, to] = linesAround(input.text, start, end, WINDOW_LINES, WINDOW_CHARS);
  return input.text.slice(from, to);
}
