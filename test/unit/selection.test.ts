import { buildSchema, execute, type GraphQLResolveInfo, parse } from 'graphql';
import { child, connectionNodes, type Selection, selectionOf } from '../../src/graphql/selection';

const schema = buildSchema(`
  type Query { organizations(first: Int): OrganizationConnection organization: Organization }
  type OrganizationConnection { totalCount: Int edges: [Edge] }
  type Edge { cursor: String node: Organization }
  type Organization { id: ID nameKo: String nameEn: String capabilities: [Capability] industry: Industry }
  type Capability { level: Int domain: Domain }
  type Domain { slug: String }
  type Industry { slug: String }
`);

/** The selection a resolver of the document's first root field sees. */
function selectionFor(document: string, variables: Record<string, unknown> = {}): Selection {
  let seen: Selection | undefined;
  // graphql-js's default resolver calls a function on the root value with (args, context, info).
  const capture = (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
    seen = selectionOf(info);
    return null;
  };
  execute({ schema, document: parse(document), rootValue: { organization: capture, organizations: capture }, variableValues: variables });
  return seen as Selection;
}

/** A selection as nested plain objects, for comparing. */
const plain = (selection: Selection | null): unknown =>
  selection && Object.fromEntries([...selection.fields].map(([name, below]) => [name, below.fields.size ? plain(below) : true]));

describe('selectionOf', () => {
  it('merges aliases, fragments and repeated fields by field name', () => {
    const selection =
      selectionFor(`{ organization { a: nameKo ...F capabilities { level } c: capabilities { domain { slug } } ... on Organization { industry { slug } } } }
      fragment F on Organization { nameEn capabilities { level } }`);
    expect(plain(selection)).toEqual({ nameKo: true, nameEn: true, capabilities: { level: true, domain: { slug: true } }, industry: { slug: true } });
  });

  it('applies @skip and @include, with literals and variables', () => {
    const document = `query($with: Boolean!) { organization { nameKo nameEn @skip(if: true) industry @include(if: $with) { slug } capabilities @skip(if: $with) { level } } }`;
    expect(plain(selectionFor(document, { with: true }))).toEqual({ nameKo: true, industry: { slug: true } });
    expect(plain(selectionFor(document, { with: false }))).toEqual({ nameKo: true, capabilities: { level: true } });
  });

  it("finds a connection's nodes and fields below", () => {
    const selection = selectionFor('{ organizations(first: 2) { totalCount edges { cursor node { id capabilities { level } } } } }');
    expect(child(selection, 'totalCount')).not.toBeNull();
    expect(plain(connectionNodes(selection))).toEqual({ id: true, capabilities: { level: true } });
    expect(connectionNodes(selectionFor('{ organizations { totalCount } }'))).toBeNull();
  });
});
