/** The two JSON media types of the GraphQL-over-HTTP spec. */
export const APPLICATION_JSON = 'application/json';
export const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';

export type ResponseMediaType = typeof APPLICATION_JSON | typeof GRAPHQL_RESPONSE_JSON;

/**
 * Which JSON media type a response gets for this Accept header, as Apollo Server decides it: the
 * one with the higher quality, application/json on a tie or when the header is missing (the
 * spec's legacy default). Null when neither is acceptable.
 */
export function responseMediaType(accept: string | undefined): ResponseMediaType | null {
  if (!accept?.trim()) return APPLICATION_JSON;
  const json = quality(accept, APPLICATION_JSON);
  const graphql = quality(accept, GRAPHQL_RESPONSE_JSON);
  if (json === 0 && graphql === 0) return null;
  return json >= graphql ? APPLICATION_JSON : GRAPHQL_RESPONSE_JSON;
}

/** The quality an Accept header gives a type: the most specific matching range wins (RFC 9110 §12.5.1). */
function quality(accept: string, mediaType: string): number {
  const [type] = mediaType.split('/');
  let best = { specificity: -1, q: 0 };
  for (const part of accept.split(',')) {
    const [range = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const specificity = range === mediaType ? 2 : range === `${type}/*` ? 1 : range === '*/*' ? 0 : -1;
    if (specificity <= best.specificity) continue;
    const qParam = params.find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    best = { specificity, q: Number.isFinite(q) && q >= 0 && q <= 1 ? q : 0 };
  }
  return best.q;
}
