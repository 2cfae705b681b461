import {
  GraphQLError,
  Kind,
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { ErrorCode } from '../errors';
import { variablesTooDeep } from './limit-errors';

/**
 * How deep a request's variables may nest (objects and lists). Our deepest input,
 * `createProject(input: { slots: [{ technologies: [...] }] })`, nests 3 levels under the variable;
 * a client sending thousands would only make recursive code (JSON serialisation of the response
 * cache key, logging) overflow the stack.
 */
export const MAX_VARIABLE_DEPTH = 32;

/** Refused before anything recursive walks the variables: 400 VARIABLES_TOO_DEEP. */
export function assertVariablesDepth(variables: Record<string, unknown> | undefined, limit = MAX_VARIABLE_DEPTH): void {
  // An explicit stack: a recursive walk would overflow on exactly the input it is here to refuse.
  const stack: [unknown, number][] = [[variables, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > limit) throw variablesTooDeep(limit);
    for (const item of Array.isArray(value) ? value : Object.values(value)) stack.push([item, depth + 1]);
  }
}

// NUL, or a high surrogate not followed by a low one, or a low one not preceded by a high one.
const NUL = '\u0000';
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why PostgreSQL cannot hold this text (it rejects NUL; a lone surrogate is not Unicode), or undefined. */
function unstorable(text: string): string | undefined {
  if (text.includes(NUL)) return 'a NUL character (U+0000)';
  if (LONE_SURROGATE.test(text)) return 'an unpaired UTF-16 surrogate, which is not Unicode text';
  return undefined;
}

function unstorableInput(argument: string, what: string, node: ASTNode | undefined): GraphQLError {
  return new GraphQLError(`${argument} contains ${what}; text cannot hold it. Send it without.`, {
    nodes: node,
    // 400 like a variable that does not coerce (src/graphql/http-status-plugin.ts settles the media types).
    extensions: { code: ErrorCode.BAD_USER_INPUT, argument, http: { status: 400 } },
  });
}

/**
 * Refuses an operation whose arguments carry a string PostgreSQL cannot store or compare: a NUL
 * (PostgreSQL's text rejects it, so the statement would fail as an internal error) or a lone
 * surrogate (not Unicode; the driver would silently turn it into U+FFFD). Checked once for every
 * field of the operation, before any resolver runs: inline literals, variables (values and object
 * keys, as sent) and variables' default values, each named by its argument path (`filter.query`,
 * `input.slots.0.descriptionKo`) like any other BAD_USER_INPUT.
 */
export function assertStorableStrings(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): void {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const defaults = new Map<string, ValueNode | undefined>();
  for (const definition of operation.variableDefinitions ?? []) defaults.set(definition.variable.name.value, definition.defaultValue);

  const visited = new Set<string>();
  const selectionSets: SelectionSetNode[] = [operation.selectionSet];
  while (selectionSets.length > 0) {
    for (const selection of selectionSets.pop()!.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (fragment && !visited.has(fragment.name.value)) {
          visited.add(fragment.name.value);
          selectionSets.push(fragment.selectionSet);
        }
        continue;
      }
      if (selection.kind === Kind.FIELD) {
        for (const argument of selection.arguments ?? []) checkValue(argument.value, argument.name.value);
      }
      if (selection.selectionSet) selectionSets.push(selection.selectionSet);
    }
  }

  function checkValue(root: ValueNode, rootPath: string): void {
    const stack: [ValueNode, string][] = [[root, rootPath]];
    while (stack.length > 0) {
      const [node, path] = stack.pop()!;
      switch (node.kind) {
        case Kind.STRING: {
          const what = unstorable(node.value);
          if (what) throw unstorableInput(path, what, node);
          break;
        }
        // Pushed last first, so the first offending string in document order is the one named.
        case Kind.LIST:
          for (let i = node.values.length - 1; i >= 0; i -= 1) stack.push([node.values[i], `${path}.${i}`]);
          break;
        case Kind.OBJECT:
          for (const field of [...node.fields].reverse()) stack.push([field.value, `${path}.${field.name.value}`]);
          break;
        case Kind.VARIABLE: {
          const name = node.name.value;
          if (variables && Object.hasOwn(variables, name)) checkJson(variables[name], path, node);
          else {
            const fallback = defaults.get(name);
            if (fallback) stack.push([fallback, path]);
          }
          break;
        }
        default:
          break;
      }
    }
  }

  function checkJson(root: unknown, rootPath: string, node: ASTNode): void {
    const stack: [unknown, string][] = [[root, rootPath]];
    while (stack.length > 0) {
      const [value, path] = stack.pop()!;
      if (typeof value === 'string') {
        const what = unstorable(value);
        if (what) throw unstorableInput(path, what, node);
      } else if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i -= 1) stack.push([value[i], `${path}.${i}`]);
      } else if (typeof value === 'object' && value !== null) {
        const entries = Object.entries(value);
        for (const [key] of entries) {
          const what = unstorable(key);
          if (what) throw unstorableInput(path, `a field name with ${what}`, node);
        }
        for (const [key, item] of entries.reverse()) stack.push([item, `${path}.${key}`]);
      }
    }
  }
}
