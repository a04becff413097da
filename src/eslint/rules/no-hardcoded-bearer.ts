import type { TSESTree } from '@typescript-eslint/utils';
import { RULES } from '../../../rules/index.js';
import { detect } from '../../engine/detect.js';
import { redact } from '../../engine/redact.js';
import type { Match } from '../../types.js';
import { createRule } from '../create-rule.js';
import { allowedAt, displayPath, engineMatches, locOf, mayHold, overlaps } from '../file-scan.js';
import { headerSite } from '../headers.js';
import { HOLE, joined, sourceRange, stringPieces } from '../static-string.js';

export type MessageIds = 'hardcodedBearer';
export type Options = [{ headerNames?: string[] }];

export const defaultOptions: Options = [{ headerNames: ['Authorization', 'Proxy-Authorization'] }];

/** The catalog rules about a literal token in an Authorization header: this rule reports their findings. */
const BEARER_RULES = RULES.filter((r) => r.carrier === 'authorization-header');
/** What the catalog's rule reads a header value after. */
const HEADER = 'Authorization: ';

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
    if (!mayHold(context, BEARER_RULES)) return {};
    const names = new Set((options.headerNames ?? []).map((n) => n.toLowerCase()));
    const path = displayPath(context);
    const engine = engineMatches(context);
    const found: Match[] = engine.filter((m) => BEARER_RULES.some((r) => r.id === m.ruleId));

    /**
     * The header's value as the catalog's bearer-token rule sees it: static text, and `$` (a reference, one
     * character like the hole it stands for, so offsets map back) where the value is known only at run time.
     */
    function check(node: TSESTree.Node): void {
      const site = headerSite(node, names);
      if (!site) return;
      const pieces = stringPieces(site.value, sourceCode);
      const synthetic = `${HEADER}${joined(pieces).replaceAll(HOLE, '$')}`;
      for (const m of detect(synthetic, path, BEARER_RULES)) {
        const from = m.start - HEADER.length;
        const [start, end] = sourceRange(pieces, from, from + m.secret.length) ?? site.value.range;
        // Once per secret: the engine may have it already, and a `const` token may be used by several headers.
        const seen = (f: Match): boolean => overlaps([f.start, f.end], site.value.range) || overlaps([f.start, f.end], [start, end]);
        if (engine.some(seen) || found.some(seen)) continue;
        found.push({ ...m, start, end });
      }
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
