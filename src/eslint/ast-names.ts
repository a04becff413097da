import type { TSESTree } from '@typescript-eslint/utils';
import { calleeName, keyName } from './static-string.js';

// The names that give a literal its meaning, read from the AST: the property key, variable, class
// field, parameter default, JSX attribute or call it is the value of. The text-based engine reads
// names from the characters just before a value; the AST also knows them across a type annotation
// (`const apiKey: string = '…'`), `??`, a ternary or a comment in between.

/** Expressions that pass a value on unchanged, or pick one of several. */
function passesValueOn(parent: TSESTree.Node, child: TSESTree.Node): boolean {
  switch (parent.type) {
    case 'LogicalExpression':
    case 'TSAsExpression':
    case 'TSNonNullExpression':
    case 'TSSatisfiesExpression':
    case 'TSTypeAssertion':
    case 'TemplateLiteral':
    case 'JSXExpressionContainer':
      return true;
    case 'ConditionalExpression':
      return child !== parent.test;
    case 'BinaryExpression':
      return parent.operator === '+';
    default:
      return false;
  }
}

function assignedName(target: TSESTree.Node): string | undefined {
  if (target.type === 'Identifier') return target.name;
  if (target.type === 'MemberExpression') return keyName(target.property, target.computed);
  return undefined;
}

/** The call whose direct argument `node` is, if any. */
function callOf(node: TSESTree.Node): TSESTree.CallExpression | TSESTree.NewExpression | undefined {
  const parent = node.parent;
  if ((parent?.type === 'CallExpression' || parent?.type === 'NewExpression') && parent.arguments.includes(node as TSESTree.CallExpressionArgument)) {
    return parent;
  }
  return undefined;
}

/** Names that give the value `node` evaluates to its context, nearest first. */
export function contextNamesOf(node: TSESTree.Node): string[] {
  let child = node;
  let parent = node.parent;
  const names: Array<string | undefined> = [];
  while (parent && passesValueOn(parent, child)) {
    // `process.env.IBMCLOUD_API_KEY ?? '…'`: the fallback stands in for the variable it defaults.
    if (parent.type === 'LogicalExpression' && parent.right === child) names.push(assignedName(parent.left));
    child = parent;
    parent = parent.parent;
  }
  if (!parent) return [];
  switch (parent.type) {
    case 'Property': {
      if (parent.value !== child) break;
      names.push(keyName(parent.key, parent.computed));
      // `new IamAuthenticator({ apikey: '…' })`: the call names the object's purpose too.
      const call = callOf(parent.parent);
      if (call) names.push(calleeName(call.callee));
      break;
    }
    case 'PropertyDefinition':
    case 'AccessorProperty':
      if (parent.value === child) names.push(keyName(parent.key, parent.computed));
      break;
    case 'VariableDeclarator':
      if (parent.init === child) names.push(assignedName(parent.id));
      break;
    case 'AssignmentExpression':
      if (parent.right === child) names.push(assignedName(parent.left));
      break;
    case 'AssignmentPattern':
      if (parent.right === child) names.push(assignedName(parent.left));
      break;
    case 'CallExpression':
    case 'NewExpression':
      if (callOf(child)) names.push(calleeName(parent.callee));
      break;
    case 'JSXAttribute':
      names.push(parent.name.type === 'JSXIdentifier' ? parent.name.name : parent.name.name.name);
      break;
  }
  return [...new Set(names.filter((n): n is string => Boolean(n)))];
}
