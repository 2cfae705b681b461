import { Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * How many fields deep an operation goes: `{ organizations { totalCount } }` is 2. Fragments
 * count where they are spread. Introspection fields (`__schema`, `__type`, `__typename`) and what
 * they select are not counted: GraphiQL's introspection query alone is 13 deep, its size is fixed
 * by the schema, and introspection is off in production.
 */
export function operationDepth(operation: OperationDefinitionNode, document: DocumentNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  // A fragment is as deep wherever it is spread: computing it once keeps fragments that spread
  // others many times (a "fragment bomb") linear instead of exponential.
  const fragmentDepths = new Map<string, number>();

  const depthOf = (selectionSet: SelectionSetNode, spreading: Set<string>): number => {
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        deepest = Math.max(deepest, 1 + (selection.selectionSet ? depthOf(selection.selectionSet, spreading) : 0));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet, spreading));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // Unknown or cyclic spreads fail validation, which runs first; skip them here.
        if (!fragment || spreading.has(name)) continue;
        if (!fragmentDepths.has(name)) {
          spreading.add(name);
          fragmentDepths.set(name, depthOf(fragment.selectionSet, spreading));
          spreading.delete(name);
        }
        deepest = Math.max(deepest, fragmentDepths.get(name) ?? 0);
      }
    }
    return deepest;
  };
  return depthOf(operation.selectionSet, new Set());
}
