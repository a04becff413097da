import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { RULES } from '../../../rules/index.js';
import type { Config } from '../../config.js';
import { detect } from '../../engine/detect.js';
import { redact } from '../../engine/redact.js';
import { allowedByConfig } from '../../filters/config-allowlist.js';
import { linearRegex, syntaxProblem } from '../../patterns/linear-regex.js';
import { RULE_IDS } from '../../../rules/index.js';
import type { Match, RuleId } from '../../types.js';
import { contextNamesOf } from '../ast-names.js';
import { createRule } from '../create-rule.js';
import { allowedAt, displayPath, engineMatches, locOf, overlaps } from '../file-scan.js';
import { templateElementStart } from '../static-string.js';

export type MessageIds = 'embedded' | 'useEnv';
export type Options = [
  {
    envVariable?: string;
    off?: RuleId[];
    allow?: string[];
  },
];

/** The variable the `ibmcloud` CLI and Terraform read a key from. */
const DEFAULT_ENV_VARIABLE = 'IBMCLOUD_API_KEY';

export const defaultOptions: Options = [{ envVariable: DEFAULT_ENV_VARIABLE, off: [], allow: [] }];

/** The catalog rules this rule reports: all but those about a request, which the request rules report. */
const REPORTED = new Map(RULES.filter((r) => r.carrier === undefined).map((r) => [r.id, r]));

/** Catalog rules whose verdict depends on the name a value is given: the AST knows names the text may hide. */
const NAMED_RULES = RULES.filter((r) => r.named);

type SourceCode = Readonly<TSESLint.SourceCode>;

/** The named rules' own patterns, without `g` (no lastIndex state): could one match this string at all? */
const NAMED_SHAPES = NAMED_RULES.map((rule) => new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '')));
const hasNamedShape = (raw: string): boolean => NAMED_SHAPES.some((shape) => shape.test(raw));

/**
 * Matches of the named rules in a string literal, given the names the AST sees: each name and the
 * literal's source are put side by side (`name = "…"`) and scanned by the catalog's own rules, so the
 * verdict (shape, entropy, placeholders, other vendors' names) is the engine's, not a second copy.
 */
function namedMatches(raw: string, rawStart: number, names: readonly string[], path: string): Match[] {
  for (const name of names) {
    const prefix = `${name.replace(/[^A-Za-z0-9_.$@-]/g, '_')} = "`;
    const found = detect(`${prefix}${raw}"`, path, NAMED_RULES).filter((m) => m.start >= prefix.length);
    if (found.length) return found.map((m) => ({ ...m, start: m.start - prefix.length + rawStart, end: m.end - prefix.length + rawStart }));
  }
  return [];
}

/** Where `process.env.X` cannot replace a literal: types, enums, module names, keys, a tag's template (`` sql`…` ``). */
function canReadFromEnv(node: TSESTree.Node): boolean {
  const parent = node.parent;
  if (!parent) return false;
  switch (parent.type) {
    case 'TSLiteralType':
    case 'TSEnumMember':
    case 'ImportDeclaration':
    case 'ExportAllDeclaration':
    case 'ExportNamedDeclaration':
    case 'ImportExpression':
    case 'TSExternalModuleReference':
    case 'TaggedTemplateExpression': // the tag would be called with a string, not a template: another call
      return false;
    case 'Property':
    case 'PropertyDefinition':
    case 'TSPropertySignature':
      return parent.key !== node;
    case 'ExpressionStatement':
      return parent.directive === undefined;
    default:
      return true;
  }
}

/** Where an expression may stand without parentheses: it is a whole value there, not an operand. */
const WHOLE_VALUE = new Set(['Property', 'PropertyDefinition', 'VariableDeclarator', 'AssignmentExpression', 'AssignmentPattern', 'CallExpression', 'NewExpression', 'ArrayExpression', 'ReturnStatement', 'ExportDefaultDeclaration']);

/**
 * What replaces the literal: the environment variable, with `?? ''` so that it is a `string` where strict
 * TypeScript wants one (an empty key fails at IAM with a clear error), in parentheses where it is an operand.
 */
function fromEnv(literal: TSESTree.Node, envVariable: string): string {
  const read = `process.env.${envVariable} ?? ''`;
  const parent = literal.parent;
  if (parent?.type === 'JSXAttribute') return `{${read}}`;
  return parent && WHOLE_VALUE.has(parent.type) ? read : `(${read})`;
}

/** The literal (or expression-free template) whose whole value is `secret`, starting at `start`. */
function wholeLiteralAt(sourceCode: SourceCode, start: number, secret: string): TSESTree.Node | undefined {
  const node = sourceCode.getNodeByRangeIndex(start);
  if (node?.type === 'Literal' && node.value === secret) return node;
  const template = node?.type === 'TemplateElement' ? node.parent : node;
  if (template?.type === 'TemplateLiteral' && template.expressions.length === 0 && template.quasis[0]?.value.cooked === secret) return template;
  return undefined;
}

function toConfig(options: Options[0]): Config {
  const allow = (options.allow ?? []).map((source, i) => {
    try {
      return linearRegex(source);
    } catch (error) {
      // Not RE2's error as the cause: its message quotes the pattern, which may hold the key it allows.
      // eslint-disable-next-line preserve-caught-error
      throw new Error(`secret-hygiene/no-embedded-credentials: allow[${i}] is not a valid regular expression in RE2 syntax (${syntaxProblem(error)})`);
    }
  });
  return { ignore: [], off: new Set(options.off), allow };
}

export const noEmbeddedCredentials = createRule<Options, MessageIds>({
  name: 'no-embedded-credentials',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow IBM Cloud API keys, IAM tokens, JWTs, COS HMAC secrets and other credentials in string literals, templates, JSX and comments',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      embedded: '{{what}}: {{redacted}}. A credential in source is a leak: read it at run time (for example from process.env) and rotate it.',
      useEnv: "Read the key from process.env.{{envVariable}} instead (with ?? '' where a string is required).",
    },
    schema: [
      {
        type: 'object',
        description: 'How credentials are found and reported.',
        properties: {
          envVariable: {
            type: 'string',
            pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
            description: 'The environment variable that the suggestion reads an IBM Cloud API key from.',
          },
          off: {
            type: 'array',
            description: 'Catalog rule ids not to report, as `"rules": { "<id>": "off" }` does in .secret-hygiene.json.',
            items: { type: 'string', enum: [...RULE_IDS] },
            uniqueItems: true,
          },
          allow: {
            type: 'array',
            description: 'Regular expressions: a finding whose secret or line matches one is not reported, as `allow` in .secret-hygiene.json.',
            items: { type: 'string' },
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions,
  },
  create(context, [options]) {
    const { sourceCode } = context;
    const config = toConfig(options);
    const envVariable = options.envVariable ?? DEFAULT_ENV_VARIABLE;
    const path = displayPath(context);
    const found: Match[] = [...engineMatches(context)];

    function report(m: Match): void {
      const rule = REPORTED.get(m.ruleId);
      if (!rule || allowedAt(sourceCode, m.start)) return;
      const line = sourceCode.lines[sourceCode.getLocFromIndex(m.start).line - 1] ?? '';
      if (allowedByConfig(config, m.ruleId, m.secret, line)) return;
      const literal = m.ruleId === 'ibm-cloud-api-key' ? wholeLiteralAt(sourceCode, m.start, m.secret) : undefined;
      // `'…' as const` becomes the variable alone: a const assertion takes literals only.
      const constAsserted = literal?.parent?.type === 'TSAsExpression' && literal.parent.typeAnnotation.type === 'TSTypeReference' && sourceCode.getText(literal.parent.typeAnnotation) === 'const';
      const target = constAsserted ? literal.parent : literal;
      const replacement = target ? fromEnv(target, envVariable) : '';
      context.report({
        loc: locOf(sourceCode, m.start, m.end),
        messageId: 'embedded',
        data: { what: m.detail ? `${rule.message} (${m.detail})` : rule.message, redacted: redact(m.secret) },
        suggest:
          target && literal && canReadFromEnv(literal)
            ? [{ messageId: 'useEnv', data: { envVariable }, fix: (fixer) => fixer.replaceText(target, replacement) }]
            : [],
      });
    }

    function checkNamed(node: TSESTree.Node, raw: string, rawStart: number | undefined): void {
      if (rawStart === undefined || !hasNamedShape(raw)) return;
      const names = contextNamesOf(node);
      if (!names.length) return;
      for (const m of namedMatches(raw, rawStart, names, path)) {
        if (!found.some((f) => overlaps([f.start, f.end], [m.start, m.end]))) found.push(m);
      }
    }

    return {
      Literal(node) {
        if (typeof node.value === 'string') checkNamed(node, node.raw.slice(1, -1), node.range[0] + 1);
      },
      TemplateElement(node) {
        checkNamed(node.parent, node.value.raw, templateElementStart(node, sourceCode));
      },
      'Program:exit'() {
        for (const m of found) report(m);
      },
    };
  },
});
