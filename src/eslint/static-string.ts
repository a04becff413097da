import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { findVariable } from '@typescript-eslint/utils/ast-utils';

// Strings as code builds them: `'Basic ' + btoa(x)`, `${BASE}/v1`, a `const` declared above. Each
// becomes pieces of static text and holes (whatever is known only at run time), so a rule can ask
// "does the static part say Basic?" or "is the token part a literal?" without guessing from text.

type SourceCode = Readonly<TSESLint.SourceCode>;

export interface Piece {
  /** The static text, or undefined for a hole: a variable, a call, anything known only at run time. */
  text: string | undefined;
  /** Where `text` starts in the source, when the source spells it exactly (no escapes). */
  start: number | undefined;
  node: TSESTree.Node;
}

/** How many `const` hops to follow (`const url = `${BASE}/x``, `const BASE = '…'`). */
const MAX_DEPTH = 4;

/**
 * How much one string may be taken apart into: pieces, and characters of static text. Each `const` it
 * reaches is expanded where it is used, so `const a1 = a0 + a0 + …` four levels deep made n⁴ pieces
 * (45 terms: 7 s and 1 GB for one header); beyond this, the rest is a hole, as if known only at run time.
 */
const MAX_PIECES = 1000;
const MAX_CHARS = 1 << 20;

interface Budget {
  pieces: number;
  chars: number;
}

/** Stands for a hole in `joined()`: a noncharacter, which no real string holds. */
export const HOLE = '\uffff';

const hole = (node: TSESTree.Node): Piece => ({ text: undefined, start: undefined, node });

/** The initialiser of the module- or function-level `const` an identifier refers to, if that is what it is. */
export function constInit(id: TSESTree.Identifier, sourceCode: SourceCode): TSESTree.Expression | undefined {
  const variable = findVariable(sourceCode.getScope(id), id);
  const def = variable && variable.defs.length === 1 ? variable.defs[0] : undefined;
  // A variable definition is its declarator within its declaration (asked by node type: the
  // DefinitionType enum would bring typescript-eslint's scope manager into the plugin's bundle).
  const declarator = def?.node;
  const declaration = def?.parent;
  if (declarator?.type !== 'VariableDeclarator' || declaration?.type !== 'VariableDeclaration') return undefined;
  if (declaration.kind !== 'const' || declarator.id.type !== 'Identifier') return undefined;
  return declarator.init ?? undefined;
}

/** Strips what TypeScript adds around an expression without changing its value. */
export function unwrap(node: TSESTree.Node): TSESTree.Node {
  let n = node;
  while (n.type === 'TSAsExpression' || n.type === 'TSNonNullExpression' || n.type === 'TSSatisfiesExpression' || n.type === 'TSTypeAssertion') {
    n = n.expression;
  }
  return n;
}

function literalStart(node: TSESTree.StringLiteral): number | undefined {
  return node.raw.slice(1, -1) === node.value ? node.range[0] + 1 : undefined;
}

/** Where a template element's raw text starts in the source. */
export function templateElementStart(quasi: TSESTree.TemplateElement, sourceCode: SourceCode): number | undefined {
  // Parsers differ on whether a template element's range includes its `\`` / `}` delimiter.
  const at = sourceCode.text.indexOf(quasi.value.raw, quasi.range[0]);
  return at >= 0 && at <= quasi.range[0] + 1 ? at : undefined;
}

/** A piece of static text, if the budget still has room for it; else a hole. */
function text(budget: Budget, value: string, start: number | undefined, node: TSESTree.Node): Piece {
  budget.chars -= value.length;
  return budget.chars < 0 ? hole(node) : { text: value, start, node };
}

/** The pieces of the string an expression evaluates to (at most `MAX_PIECES`, then a hole). */
export function stringPieces(node: TSESTree.Node, sourceCode: SourceCode, depth = 0, budget: Budget = { pieces: MAX_PIECES, chars: MAX_CHARS }): Piece[] {
  const n = unwrap(node);
  if (--budget.pieces < 0) return [hole(n)];
  switch (n.type) {
    case 'Literal':
      return typeof n.value === 'string' ? [text(budget, n.value, literalStart(n as TSESTree.StringLiteral), n)] : [hole(n)];
    case 'TemplateLiteral': {
      const out: Piece[] = [];
      n.quasis.forEach((quasi, i) => {
        const cooked = quasi.value.cooked;
        const start = quasi.value.raw === cooked ? templateElementStart(quasi, sourceCode) : undefined;
        out.push(cooked === null ? hole(quasi) : text(budget, cooked, start, quasi));
        const expression = n.expressions[i];
        if (expression) out.push(...stringPieces(expression, sourceCode, depth, budget));
      });
      return out;
    }
    case 'BinaryExpression':
      if (n.operator === '+') {
        return [...stringPieces(n.left, sourceCode, depth, budget), ...stringPieces(n.right, sourceCode, depth, budget)];
      }
      return [hole(n)];
    case 'Identifier': {
      const init = depth < MAX_DEPTH ? constInit(n, sourceCode) : undefined;
      return init ? stringPieces(init, sourceCode, depth + 1, budget) : [hole(n)];
    }
    default:
      return [hole(n)];
  }
}

/** The pieces as one string, each hole a `HOLE` character. */
export function joined(pieces: readonly Piece[]): string {
  return pieces.map((p) => p.text ?? HOLE).join('');
}

/**
 * The source range of `[from, to)` of the joined string, when it lies inside one piece that the
 * source spells exactly; otherwise undefined (the caller reports the whole expression instead).
 */
export function sourceRange(pieces: readonly Piece[], from: number, to: number): [number, number] | undefined {
  let at = 0;
  for (const piece of pieces) {
    const length = piece.text?.length ?? 1;
    if (from >= at && to <= at + length) {
      return piece.text !== undefined && piece.start !== undefined ? [piece.start + from - at, piece.start + to - at] : undefined;
    }
    at += length;
  }
  return undefined;
}

/** A property's or member's name when it is written out: `apikey`, `'api-key'`, `["apikey"]`. */
export function keyName(key: TSESTree.Node, computed: boolean): string | undefined {
  if (key.type === 'Identifier' && !computed) return key.name;
  if (key.type === 'Literal' && (typeof key.value === 'string' || typeof key.value === 'number')) return String(key.value);
  if (key.type === 'TemplateLiteral' && key.expressions.length === 0) return key.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** The name a call is made by: `fetch`, `IamAuthenticator`, `setApiKey` (of `builder.setApiKey`). */
export function calleeName(callee: TSESTree.Node): string | undefined {
  const n = unwrap(callee);
  if (n.type === 'Identifier') return n.name;
  if (n.type === 'MemberExpression') return keyName(n.property, n.computed);
  return undefined;
}
