import type { TSESTree } from '@typescript-eslint/utils';
import { calleeName, keyName } from './static-string.js';

// Where code sets an HTTP header: `{ Authorization: v }` (fetch, axios, got, `new Headers({...})`),
// `headers.set('Authorization', v)`, `xhr.setRequestHeader(…)`, `res.setHeader(…)`, superagent's
// `.set(…)`, `headers['Authorization'] = v`, and `[['Authorization', v]]` entries.

/** Methods whose first argument names a header and whose second is its value. */
const SETTERS = new Set(['set', 'append', 'setRequestHeader', 'setHeader', 'header']);

export interface HeaderSite {
  /** The node that sets the header: a property, call, assignment or entry. */
  site: TSESTree.Node;
  /** The header's value. */
  value: TSESTree.Node;
}

function stringValue(node: TSESTree.Node | null | undefined): string | undefined {
  return node?.type === 'Literal' && typeof node.value === 'string' ? node.value : undefined;
}

/** If `node` sets one of `names` (lower case), where and to what. */
export function headerSite(node: TSESTree.Node, names: ReadonlySet<string>): HeaderSite | undefined {
  const is = (name: string | undefined): boolean => name !== undefined && names.has(name.toLowerCase());
  switch (node.type) {
    case 'Property':
      return node.parent.type === 'ObjectExpression' && is(keyName(node.key, node.computed)) ? { site: node, value: node.value } : undefined;
    case 'AssignmentExpression':
      return node.left.type === 'MemberExpression' && is(keyName(node.left.property, node.left.computed)) ? { site: node, value: node.right } : undefined;
    case 'CallExpression': {
      const method = node.callee.type === 'MemberExpression' ? calleeName(node.callee) : undefined;
      const [name, value] = node.arguments;
      return method && SETTERS.has(method) && is(stringValue(name)) && value ? { site: node, value } : undefined;
    }
    case 'ArrayExpression': {
      const [name, value] = node.elements;
      return node.elements.length === 2 && is(stringValue(name)) && value && value.type !== 'SpreadElement' ? { site: node, value } : undefined;
    }
    default:
      return undefined;
  }
}
