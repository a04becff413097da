import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { APIC_HOST_IN_TEXT, type BasicAuthForm } from '../../../rules/api-connect-basic-auth.js';
import { RULES } from '../../../rules/index.js';
import { detect } from '../../engine/detect.js';
import { firstIndex } from '../../engine/sorted.js';
import type { Match } from '../../types.js';
import { createRule } from '../create-rule.js';
import { allowedAt, displayPath, engineMatches, locOf, mayHold } from '../file-scan.js';
import { headerSite } from '../headers.js';
import { constInit, HOLE, joined, keyName, sourceRange, stringPieces, unwrap, type Piece } from '../static-string.js';

// IBM API Connect stopped accepting HTTP Basic auth on 2018-08-15. Whether something is Basic auth, in which
// form and with literal credentials or variables, is the catalog rule's verdict: this rule asks it, about the
// engine's matches in the text and about what the AST alone can see, and adds only what the AST knows: the
// request a header or an `auth` option belongs to, and a host held in a `const` further up the module.

export type MessageIds = 'basicHeader' | 'authOption' | 'urlCredentials';
export type Options = [{ hosts?: string[] }];

export const defaultOptions: Options = [{ hosts: [] }];

type SourceCode = Readonly<TSESLint.SourceCode>;
type Call = TSESTree.CallExpression | TSESTree.NewExpression;

/** The catalog rules about Basic auth in a request: this rule reports their findings. */
const BASIC_AUTH_RULES = RULES.filter((r) => r.carrier === 'basic-auth');
const MESSAGE: Record<BasicAuthForm, MessageIds> = {
  url: 'urlCredentials',
  header: 'basicHeader',
  curl: 'authOption',
  call: 'authOption',
  'auth-object': 'authOption',
  postman: 'authOption',
};

/**
 * The request line put before a snippet the catalog is asked about. Its host is one the catalog takes for API
 * Connect: it stands for the host the AST found (the built-in hosts, or one of the `hosts` option).
 */
const STAND_IN_HOST = ['api', 'apiconnect', 'ibmcloud', 'com'].join('.');
const STAND_IN = `GET https://${STAND_IN_HOST}/\n`;

const AUTHORIZATION = new Set(['authorization']);
/** Option names that hold a request's URL or host (fetch, axios, got, node:http, request, superagent). */
const URL_KEYS = new Set(['url', 'uri', 'baseurl', 'prefixurl', 'host', 'hostname', 'origin', 'href', 'endpoint', 'serviceurl']);
const ABSOLUTE_URL = /^\s*(?:[a-z][a-z0-9+.-]*:)?\/\/[^\s/?#\uffff]/i;
// Starts only where a name starts: from inside a long run of letters every start would re-read it (quadratic).
const HOSTNAME = /(?<![A-Za-z0-9-])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
const MAX_CHAIN = 4;

const ADVICE =
  'API Connect rejects Basic auth since 2018-08-15: exchange an IBM Cloud API key at the API Connect token service and send Authorization: Bearer <token>.';

/** Something the AST found that may set up Basic auth, as the text the catalog is asked about. */
interface Site {
  /** The node that sets it up: its range is what the engine's matches are compared with. */
  node: TSESTree.Node;
  /** What the catalog reads (after `STAND_IN`): the node's own source text, or a rendering of its static pieces. */
  snippet: string;
  /** Maps an offset of `snippet` to the source, when the snippet's text stands in the source. */
  toSource: (from: number, to: number) => [number, number] | undefined;
  /** What to underline when the verdict names no place of its own. */
  at: readonly [number, number];
  /** The host, when the site names it itself (a URL with credentials). */
  host?: string;
  /** The message, when the form the catalog sees is not the one the code shows (node:http's `auth: 'user:pass'`). */
  messageId?: MessageIds;
}

interface Verdict {
  form: BasicAuthForm;
  at: readonly [number, number];
}

/** The catalog's verdict on a site, if any: its form, and where to report it. */
function ask(site: Site, path: string): Verdict | undefined {
  const [m] = detect(`${STAND_IN}${site.snippet}\n`, path, BASIC_AUTH_RULES);
  const form = m?.attributes?.form as BasicAuthForm | undefined;
  if (!m || !form) return undefined;
  // A literal credential is reported where it is written; credentials from variables, where the AST sets up the auth.
  const literal = m.attributes?.credential === 'literal' ? site.toSource(m.start - STAND_IN.length, m.end - STAND_IN.length) : undefined;
  return { form, at: literal ?? site.at };
}

/** A site whose snippet is the node's own source text. */
function sourceSite(node: TSESTree.Node, sourceCode: SourceCode, at: readonly [number, number], prefix = ''): Site {
  const start = node.range[0] - prefix.length;
  return {
    node,
    snippet: `${prefix}${sourceCode.getText(node)}`,
    toSource: (from, to) => (from >= prefix.length ? [start + from, start + to] : undefined),
    at,
  };
}

/** A site rendered from static pieces, each hole a `$` (one character: a reference to the catalog, offsets unchanged). */
function piecesSite(node: TSESTree.Node, pieces: readonly Piece[], prefix: string, at: readonly [number, number], host?: string): Site {
  const site: Site = {
    node,
    snippet: `${prefix}${joined(pieces).replaceAll(HOLE, '$')}`,
    toSource: (from, to) => (from >= prefix.length ? sourceRange(pieces, from - prefix.length, to - prefix.length) : undefined),
    at,
  };
  if (host) site.host = host;
  return site;
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
    // Every finding needs an API Connect host spelled in this file, which the catalog rule's words cover.
    if (!extra.length && !mayHold(context, BASIC_AUTH_RULES)) return {};
    const path = displayPath(context);
    const findHost = hostFinder(extra);
    const sites: Site[] = [];
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
      if (header) sites.push({ ...piecesSite(header.value, stringPieces(header.value, sourceCode), 'Authorization: ', header.value.range), node: header.site });
    }

    /** `scheme://user:password@host` in a string: the host is the site's own (the user's extra hosts stand in as API Connect). */
    function checkUrl(node: TSESTree.Node, source: string): void {
      const parent = node.parent;
      if ((parent?.type === 'BinaryExpression' && parent.operator === '+') || parent?.type === 'TemplateLiteral') return;
      if (!source.includes('@') || !source.includes('//')) return;
      const pieces = stringPieces(node, sourceCode);
      const host = findHost(joined(pieces).slice(joined(pieces).indexOf('@')));
      if (!host) return;
      const site = piecesSite(node, pieces, '', node.range, host);
      // The catalog knows API Connect's own hosts; a host of the `hosts` option is shown to it as one of them.
      site.snippet = site.snippet.replace(`@${host}`, `@${STAND_IN_HOST}`);
      sites.push(site);
    }

    return {
      Literal(node) {
        if (typeof node.value !== 'string') return;
        checkUrl(node, node.value);
        const host = /apiconnect|apimanager/i.test(node.value) || extra.length ? findHost(node.value) : undefined;
        if (host) hostLiterals.push({ range: node.range, host });
      },
      TemplateLiteral(node) {
        checkUrl(node, sourceCode.getText(node));
        for (const quasi of node.quasis) {
          const host = quasi.value.cooked && findHost(quasi.value.cooked);
          if (host) hostLiterals.push({ range: quasi.range, host });
        }
      },
      BinaryExpression(node) {
        if (node.operator === '+') checkUrl(node, sourceCode.getText(node));
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
          // node:http's `auth: 'user:password'` is the userinfo of a URL; an object is an auth option.
          if (value.type === 'ObjectExpression') sites.push(sourceSite(node, sourceCode, node.key.range));
          else {
            const site = piecesSite(value, stringPieces(value, sourceCode), 'https://', node.key.range);
            sites.push({ ...site, node, snippet: `${site.snippet}@${STAND_IN_HOST}/`, toSource: () => undefined, messageId: 'authOption' });
          }
        } else if (name === 'password' || name === 'pass') {
          // got takes `username` and `password` as top-level options
          const object = node.parent;
          const call = object.type === 'ObjectExpression' ? requestCall(object) : undefined;
          if (call && rootName(call.callee) === 'got' && call.arguments.includes(object as TSESTree.CallExpressionArgument)) {
            sites.push({ ...sourceSite(object, sourceCode, node.key.range, 'auth: '), node });
          }
        }
      },
      AssignmentExpression: checkHeader,
      ArrayExpression: checkHeader,
      CallExpression(node) {
        checkHeader(node);
        // superagent: `.auth(user, password)`; `.auth(token, { type: 'bearer' })` is a bearer token
        const callee = node.callee;
        if (callee.type === 'MemberExpression' && keyName(callee.property, callee.computed) === 'auth' && node.arguments.length >= 2) {
          sites.push(sourceSite(node, sourceCode, callee.property.range));
        }
      },
      'Program:exit'() {
        const engine = engineMatches(context)
          .filter((m) => BASIC_AUTH_RULES.some((r) => r.id === m.ruleId))
          .sort((a, b) => a.start - b.start);
        // The engine's matches that start inside a node: two binary searches, so many sites cost n log n, not n².
        const startingFrom = (at: number): number => firstIndex(engine.length, (i) => (engine[i] as Match).start >= at);
        const inside = (node: TSESTree.Node): Match[] => engine.slice(startingFrom(node.range[0]), startingFrom(node.range[1]));
        const elsewhere = new Set<Match>();
        for (const site of sites) {
          const same = inside(site.node);
          const verdict = ask(site, path);
          // Not Basic auth (a bearer option, `{ type: 'oauth2' }`): the engine's text match there is wrong.
          if (!verdict) {
            for (const m of same) elsewhere.add(m);
            continue;
          }
          const host = site.host ?? requestHost(site.node, site.node.type === 'CallExpression' ? site.node : requestCall(site.node));
          // The engine saw this too and reports it where the CLI does, unless the AST knows the request goes to another host.
          if (host === null) for (const m of same) elsewhere.add(m);
          else if (host && !same.length) report(site.messageId ?? MESSAGE[verdict.form], verdict.at, host);
        }
        for (const m of engine) {
          if (elsewhere.has(m)) continue;
          report(MESSAGE[(m.attributes?.form as BasicAuthForm | undefined) ?? 'header'], [m.start, m.end], m.attributes?.host ?? 'API Connect');
        }
      },
    };

    function report(messageId: MessageIds, [start, end]: readonly [number, number], host: string): void {
      if (!allowedAt(sourceCode, start)) context.report({ loc: locOf(sourceCode, start, end), messageId, data: { host } });
    }
  },
});
