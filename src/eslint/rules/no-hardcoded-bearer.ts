import type { TSESTree } from '@typescript-eslint/utils';
import { bearerToken } from '../../../rules/bearer-token.js';
import { detect } from '../../engine/detect.js';
import { redact } from '../../engine/redact.js';
import type { Match } from '../../types.js';
import { createRule } from '../create-rule.js';
import { allowedAt, displayPath, engineMatches, locOf, mentionsKeywords, overlaps } from '../file-scan.js';
import { headerSite } from '../headers.js';
import { HOLE, joined, sourceRange, stringPieces } from '../static-string.js';

export type MessageIds = 'hardcodedBearer';
export type Options = [{ headerNames?: string[] }];

export const defaultOptions: Options = [{ headerNames: ['Authorization', 'Proxy-Authorization'] }];

const BEARER_RULES = [bearerToken];
const SCHEME = /^\s*[Bb]earer\s+/;

export const noHardcodedBearer = createRule<Options, MessageIds>({
  name: 'no-hardcoded-bearer',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow Authorization header values that carry a literal bearer token',
      recommended: true,
    },
    messages: {
      hardcodedBearer:
        'Hard-coded bearer token in an Authorization header: {{redacted}}. Get the token at run time (for IBM Cloud, exchange an API key read from the environment at IAM) and revoke this one.',
    },
    schema: [
      {
        type: 'object',
        description: 'Which headers carry bearer tokens.',
        properties: {
          headerNames: {
            type: 'array',
            description: 'Header names (any case) whose values are checked for a literal bearer token.',
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
    // Every finding, the engine's or the AST's, needs the word Bearer in this file.
    if (!mentionsKeywords(sourceCode.text, bearerToken)) return {};
    const names = new Set((options.headerNames ?? []).map((n) => n.toLowerCase()));
    const path = displayPath(context);
    const engine = engineMatches(context);
    const found: Match[] = engine.filter((m) => m.ruleId === 'bearer-token');

    /** A literal token after `Bearer`, validated by the catalog's bearer-token rule; not when any of the token is a variable or an expression. */
    function check(node: TSESTree.Node): void {
      const site = headerSite(node, names);
      if (!site) return;
      const pieces = stringPieces(site.value, sourceCode);
      const text = joined(pieces);
      const scheme = SCHEME.exec(text);
      if (!scheme || text.includes(HOLE, scheme[0].length)) return;
      const token = text.slice(scheme[0].length).trimEnd();
      const synthetic = `Authorization: Bearer ${token}`;
      if (!detect(synthetic, path, BEARER_RULES).length) return;
      const [start, end] = sourceRange(pieces, scheme[0].length, scheme[0].length + token.length) ?? site.value.range;
      // Once per secret: the engine may have it already, and a `const` token may be used by several headers.
      const seen = (m: Match): boolean => overlaps([m.start, m.end], site.value.range) || overlaps([m.start, m.end], [start, end]);
      if (engine.some(seen) || found.some(seen)) return;
      found.push({ ruleId: 'bearer-token', start, end, secret: token });
    }

    return {
      Property: check,
      AssignmentExpression: check,
      CallExpression: check,
      ArrayExpression: check,
      'Program:exit'() {
        for (const m of found) {
          if (allowedAt(sourceCode, m.start)) continue;
          context.report({ loc: locOf(sourceCode, m.start, m.end), messageId: 'hardcodedBearer', data: { redacted: redact(m.secret) } });
        }
      },
    };
  },
});
