import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * What a query asks of one field's result, by field name: aliases, fragments and repeated fields
 * merged into one tree, `@skip`/`@include` applied. A planner reads it to fetch a whole subtree in
 * one statement. It errs on the side of asking for more (type conditions are ignored), so a plan
 * built from it never misses a field the execution then reads.
 */
export interface Selection {
  /** The selected fields by name (not alias), each with what is selected below it. */
  readonly fields: ReadonlyMap<string, Selection>;
}

const EMPTY: Selection = { fields: new Map() };

/** The selection below the field being resolved. */
export function selectionOf(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'variableValues'>): Selection {
  const fields = new Map<string, MutableSelection>();
  for (const node of info.fieldNodes) collect(node.selectionSet, info, fields);
  return fields.size === 0 ? EMPTY : { fields };
}

/** The selection of `name` below `selection`, or null when it is not selected. */
export function child(selection: Selection | null, name: string): Selection | null {
  return selection?.fields.get(name) ?? null;
}

/** The nodes of a Relay connection's selection: `edges { node { … } }`. */
export function connectionNodes(selection: Selection): Selection | null {
  return child(child(selection, 'edges'), 'node');
}

interface MutableSelection extends Selection {
  readonly fields: Map<string, MutableSelection>;
}

type Document = Pick<GraphQLResolveInfo, 'fragments' | 'variableValues'>;

function collect(set: SelectionSetNode | undefined, document: Document, into: Map<string, MutableSelection>): void {
  if (!set) return;
  for (const selection of set.selections) {
    if (!included(selection, document)) continue;
    if (selection.kind === Kind.FIELD) {
      const name = (selection as FieldNode).name.value;
      let below = into.get(name);
      if (!below) into.set(name, (below = { fields: new Map() }));
      collect(selection.selectionSet, document, below.fields);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      collect(selection.selectionSet, document, into);
    } else {
      // Validation has already refused fragment cycles, so this ends.
      collect(document.fragments[selection.name.value]?.selectionSet, document, into);
    }
  }
}

/** What graphql-js decides for `@skip` and `@include` (variables already coerced). */
function included(node: SelectionNode, { variableValues }: Document): boolean {
  if (!node.directives?.length) return true;
  if (getDirectiveValues(GraphQLSkipDirective, node, variableValues)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variableValues)?.if !== false;
}
