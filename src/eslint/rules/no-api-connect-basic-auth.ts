import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { APIC_HOST_IN_TEXT, apiConnectBasicAuth } from '../../../rules/api-connect-basic-auth.js';
import type { Match } from '../../types.js';
import { createRule } from '../create-rule.js';
import { allowedAt, engineMatches, locOf, mentionsKeywords } from '../file-scan.js';
import { headerSite } from '../headers.js';
import { constInit, HOLE, joined, keyName, sourceRange, stringPieces, unwrap } from '../static-string.js';

// IBM API Connect stopped accepting HTTP Basic auth on 2018-08-15. The scheme is the problem, not the
// credentials, so variables count as much as literals. The engine finds Basic auth near an API Connect
// host in the text (as the CLI does); the AST adds what text cannot see: the request a header or an
// `auth` option belongs to, and a host held in a `const` further up the module.

export type MessageIds = 'basicHeader' | 'authOption' | 'urlCredentials';
export type Options = [{ hosts?: string[] }];

export const defaultOptions: Options = [{ hosts: [] }];

type SourceCode = Readonly<TSESLint.SourceCode>;
type Call = TSESTree.CallExpression | TSESTree.NewExpression;

const AUTHORIZATION = new Set(['authorization']);
/** Option names that hold a request's URL or host (fetch, axios, got, node:http, request, superagent). */
const URL_KEYS = new Set(['url', 'uri', 'baseurl', 'prefixurl', 'host', 'hostname', 'origin', 'href', 'endpoint', 'serviceurl']);
const BASIC = /^\s*Basic(?=\s|\uffff|$)\s*/i;
/** base64 of `bx:bx`, the public client of the IBM Cloud CLI: not a credential. */
const PUBLIC_CLIENT = 'Yng6Yng=';
const URL_CREDENTIALS = /[a-z][a-z0-9+.-]*:\/\/(?<userinfo>[^\s/?#@]+)@(?<host>[^\s/?#]*)/gi;
const ABSOLUTE_URL = /^\s*(?:[a-z][a-z0-9+.-]*:)?\/\/[^\s/?#\uffff]/i;
const HOSTNAME = /[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
const MAX_CHAIN = 4;

const ADVICE =
  'API Connect rejects Basic auth since 2018-08-15: exchange an IBM Cloud API key at the API Connect token service and send Authorization: Bearer <token>.';

interface Evidence {
  messageId: MessageIds;
  /** The node that sets up Basic auth: its range is what the engine's match is compared with. */
  site: TSESTree.Node;
  /** What to underline. */
  at: readonly [number, number];
  /** The host, when the evidence names it itself (a URL with credentials). */
  host?: string;
}

/** Finds an API Connect host in a text: the catalog's pattern, then the user's extra host patterns. */
function hostFinder(extra: readonly RegExp[]): (text: string) => string | undefined {
  return (text) => {
    const builtin = APIC_HOST_IN_TEXT.exec(text);
    if (builtin) return builtin[0];
    if (!extra.length) return undefined;
    for (const name of text.matchAll(HOSTNAME)) if (extra.some((re) => re.test(name[0]))) return name[0];
    return undefined;
  };
}

/** The call that a header or option belongs to: `fetch(url, { headers: { … } })`, `axios.create({ … })`. */
function requestCall(node: TSESTree.Node): Call | undefined {
  let child = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if ((parent.type === 'CallExpression' || parent.type === 'NewExpression') && parent.arguments.includes(child as TSESTree.CallExpressionArgument)) {
      return parent;
    }
    if (parent.type !== 'Property' && parent.type !== 'ObjectExpression' && parent.type !== 'ArrayExpression') return undefined;
  }
  return undefined;
}

function objectOf(node: TSESTree.Node, sourceCode: SourceCode): TSESTree.ObjectExpression | undefined {
  const n = unwrap(node);
  if (n.type === 'ObjectExpression') return n;
  const init = n.type === 'Identifier' ? constInit(n, sourceCode) : undefined;
  return init?.type === 'ObjectExpression' ? init : undefined;
}

/** The expressions that may hold a call's URL: string arguments, URL options, and the calls it is chained on. */
function urlExpressions(call: Call, sourceCode: SourceCode, depth = 0): TSESTree.Node[] {
  const out: TSESTree.Node[] = [];
  for (const arg of call.arguments) {
    if (arg.type === 'SpreadElement') continue;
    const options = objectOf(arg, sourceCode);
    if (!options) {
      out.push(arg);
      continue;
    }
    for (const p of options.properties) {
      if (p.type === 'Property' && URL_KEYS.has(keyName(p.key, p.computed)?.toLowerCase() ?? '')) out.push(p.value);
    }
  }
  // `request.get(url).auth(…)`, and `api.get(…)` where `const api = axios.create({ baseURL })`.
  if (depth < MAX_CHAIN && call.callee.type === 'MemberExpression') {
    const target = unwrap(call.callee.object);
    const made = target.type === 'Identifier' ? constInit(target, sourceCode) : target;
    if (made && (made.type === 'CallExpression' || made.type === 'NewExpression')) out.push(...urlExpressions(made, sourceCode, depth + 1));
  }
  return out;
}

function rootName(node: TSESTree.Node): string | undefined {
  let n = unwrap(node);
  while (n.type === 'MemberExpression' || n.type === 'CallExpression') n = unwrap(n.type === 'MemberExpression' ? n.object : n.callee);
  return n.type === 'Identifier' ? n.name : undefined;
}

function keysOf(object: TSESTree.ObjectExpression): Set<string> {
  const keys = new Set<string>();
  for (const p of object.properties) {
    const name = p.type === 'Property' ? keyName(p.key, p.computed) : undefined;
    if (name) keys.add(name.toLowerCase());
  }
  return keys;
}

const hasBasicPair = (keys: Set<string>): boolean => (keys.has('username') || keys.has('user')) && (keys.has('password') || keys.has('pass'));

export const noApiConnectBasicAuth = createRule<Options, MessageIds>({
  name: 'no-api-connect-basic-auth',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow HTTP Basic auth in requests to IBM API Connect, which accepts only bearer tokens',
      recommended: true,
    },
    messages: {
      basicHeader: 'Authorization: Basic header in a request to IBM API Connect ({{host}}). ' + ADVICE,
      authOption: 'HTTP Basic credentials in a request to IBM API Connect ({{host}}). ' + ADVICE,
      urlCredentials: 'user:password@ credentials in a URL of IBM API Connect ({{host}}). ' + ADVICE,
    },
    schema: [
      {
        type: 'object',
        description: 'Which hosts are API Connect.',
        properties: {
          hosts: {
            type: 'array',
            description:
              'Regular expressions for more API Connect host names, such as an on-premises API Manager (`^apic\\.example\\.com$`); the public IBM Cloud hosts and `apimanager.*` are always included.',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions,
  },
  create(context, [options]) {
    const { sourceCode } = context;
    const extra = (options.hosts ?? []).map((source, i) => {
      try {
        return new RegExp(source, 'i');
      } catch (error) {
        throw new Error(`secret-hygiene/no-api-connect-basic-auth: hosts[${i}] is not a valid regular expression (${(error as Error).message})`, { cause: error });
      }
    });
    // Every finding needs an API Connect host spelled in this file, which the catalog rule's keywords cover.
    if (!extra.length && !mentionsKeywords(sourceCode.text, apiConnectBasicAuth)) return {};
    const findHost = hostFinder(extra);
    const evidence: Evidence[] = [];
    /** `auth` options the AST knows are not Basic (`auth: { bearer }`, superagent's `{ type: 'bearer' }`): the engine's text match there is wrong. */
    const notBasic: TSESTree.Node[] = [];
    /** String literals that name an API Connect host, for requests whose URL the AST cannot follow. */
    const hostLiterals: Array<{ range: readonly [number, number]; host: string }> = [];
    /** `const`s whose value names an API Connect host, by name. */
    const hostConsts = new Map<string, string>();

    const hostOf = (node: TSESTree.Node): string | undefined => findHost(joined(stringPieces(node, sourceCode)));

    /** The API Connect host of the request `node` belongs to; null when that request goes elsewhere. */
    function requestHost(node: TSESTree.Node, call: Call | undefined): string | null | undefined {
      let elsewhere = false;
      for (const expression of call ? urlExpressions(call, sourceCode) : []) {
        const text = joined(stringPieces(expression, sourceCode));
        const host = findHost(text);
        if (host) return host;
        if (ABSOLUTE_URL.test(text)) elsewhere = true;
      }
      if (elsewhere) return null;
      // The URL is out of the AST's sight (a parameter, a property): a host named in the same function, or at module level, decides.
      let scope: TSESTree.Node = node;
      while (scope.parent && scope.type !== 'FunctionDeclaration' && scope.type !== 'FunctionExpression' && scope.type !== 'ArrowFunctionExpression') {
        scope = scope.parent;
      }
      const [from, to] = scope.range;
      const literal = hostLiterals.find((h) => h.range[0] >= from && h.range[1] <= to);
      if (literal) return literal.host;
      const text = sourceCode.text.slice(from, to);
      for (const [name, host] of hostConsts) if (new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`).test(text)) return host;
      return undefined;
    }

    function checkHeader(node: TSESTree.Node): void {
      const header = headerSite(node, AUTHORIZATION);
      if (!header) return;
      const text = joined(stringPieces(header.value, sourceCode));
      const scheme = BASIC.exec(text);
      if (!scheme || text.slice(scheme[0].length).trim() === PUBLIC_CLIENT) return;
      evidence.push({ messageId: 'basicHeader', site: header.site, at: header.value.range });
    }

    /** `scheme://user:password@host` in a string; `source` is the node's text, or for a literal its value. */
    function checkUrl(node: TSESTree.Node, source = sourceCode.text.slice(node.range[0], node.range[1])): void {
      const parent = node.parent;
      if ((parent?.type === 'BinaryExpression' && parent.operator === '+') || parent?.type === 'TemplateLiteral') return;
      if (!source.includes('@') || !source.includes('//')) return;
      const pieces = stringPieces(node, sourceCode);
      for (const m of joined(pieces).matchAll(URL_CREDENTIALS)) {
        const { userinfo = '', host = '' } = m.groups ?? {};
        const apic = findHost(host.split(HOLE)[0] ?? '');
        if (!apic || !(userinfo.includes(':') || userinfo.includes(HOLE))) continue;
        const from = m.index + m[0].indexOf(userinfo);
        evidence.push({ messageId: 'urlCredentials', site: node, at: sourceRange(pieces, from, from + userinfo.length) ?? node.range, host: apic });
      }
    }

    return {
      Literal(node) {
        if (typeof node.value !== 'string') return;
        checkUrl(node, node.value);
        const host = /apiconnect|apimanager/i.test(node.value) || extra.length ? findHost(node.value) : undefined;
        if (host) hostLiterals.push({ range: node.range, host });
      },
      TemplateLiteral(node) {
        checkUrl(node);
        for (const quasi of node.quasis) {
          const host = quasi.value.cooked && findHost(quasi.value.cooked);
          if (host) hostLiterals.push({ range: quasi.range, host });
        }
      },
      BinaryExpression(node) {
        if (node.operator === '+') checkUrl(node);
      },
      VariableDeclarator(node) {
        if (node.parent.kind !== 'const' || node.id.type !== 'Identifier' || !node.init) return;
        const init = unwrap(node.init);
        if (init.type !== 'Literal' && init.type !== 'TemplateLiteral' && init.type !== 'BinaryExpression') return;
        const host = hostOf(init);
        if (host) hostConsts.set(node.id.name, host);
      },
      Property(node) {
        checkHeader(node);
        const name = keyName(node.key, node.computed)?.toLowerCase();
        if (name === 'auth') {
          const value = unwrap(node.value);
          const pair = value.type === 'ObjectExpression' && hasBasicPair(keysOf(value));
          // node:http's `auth: 'user:password'`, or a template of two variables
          const text = value.type === 'ObjectExpression' ? '' : joined(stringPieces(value, sourceCode));
          if (pair || /^[^:\s]+:/.test(text)) evidence.push({ messageId: 'authOption', site: node, at: node.key.range });
          else if (value.type === 'ObjectExpression') notBasic.push(node);
        } else if (name === 'password' || name === 'pass') {
          // got takes `username` and `password` as top-level options
          const object = node.parent;
          const call = object.type === 'ObjectExpression' ? requestCall(object) : undefined;
          const options = call?.arguments.includes(object as TSESTree.CallExpressionArgument);
          if (call && options && rootName(call.callee) === 'got' && object.type === 'ObjectExpression' && hasBasicPair(keysOf(object))) {
            evidence.push({ messageId: 'authOption', site: node, at: node.key.range });
          }
        }
      },
      AssignmentExpression: checkHeader,
      ArrayExpression: checkHeader,
      CallExpression(node) {
        checkHeader(node);
        // superagent: `.auth(user, password)`; `.auth(token, { type: 'bearer' })` is a bearer token
        const callee = node.callee;
        if (callee.type !== 'MemberExpression' || keyName(callee.property, callee.computed) !== 'auth' || node.arguments.length < 2) return;
        const bearer = node.arguments.some((a) => a.type === 'ObjectExpression' && /bearer/i.test(sourceCode.getText(a)));
        if (bearer) notBasic.push(node);
        else if (node.arguments[1]?.type !== 'ObjectExpression') evidence.push({ messageId: 'authOption', site: node, at: callee.property.range });
      },
      'Program:exit'() {
        const engine = engineMatches(context).filter((m) => m.ruleId === 'api-connect-basic-auth');
        const inside = (m: Match, node: TSESTree.Node): boolean => m.start >= node.range[0] && m.start < node.range[1];
        const elsewhere = new Set(engine.filter((m) => notBasic.some((n) => inside(m, n))));
        for (const e of evidence) {
          const host = e.host ?? requestHost(e.site, e.site.type === 'CallExpression' ? e.site : requestCall(e.site));
          const same = engine.filter((m) => inside(m, e.site));
          // The engine saw this too and reports it where the CLI does, unless the AST knows the request goes to another host.
          if (host === null) for (const m of same) elsewhere.add(m);
          else if (host && !same.length) report(e.messageId, e.at, host);
        }
        for (const m of engine) {
          if (!elsewhere.has(m)) report(engineMessage(m), [m.start, m.end], APIC_HOST_IN_TEXT.exec(m.detail ?? '')?.[0] ?? 'API Connect');
        }
      },
    };

    function engineMessage(m: Match): MessageIds {
      const before = sourceCode.text.slice(Math.max(0, m.start - 40), m.start);
      if (before.endsWith('://')) return 'urlCredentials';
      const header = /Basic[\s'"`+]*$/i.test(before) || /^Basic\b/i.test(sourceCode.text.slice(m.start, m.end));
      return header ? 'basicHeader' : 'authOption';
    }

    function report(messageId: MessageIds, [start, end]: readonly [number, number], host: string): void {
      if (!allowedAt(sourceCode, start)) context.report({ loc: locOf(sourceCode, start, end), messageId, data: { host } });
    }
  },
});
