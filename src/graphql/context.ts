import type { Logger } from 'pino';
import type { Language } from './language';

/** What this layer needs to know of who is asking; the accounts module's Viewer is one. */
export interface ViewerLike {
  accountId: number;
  role: string;
}

/**
 * What every resolver receives: the request's id and logger, who is asking, and its own
 * DataLoaders. The viewer's and the loaders' types are the modules' (src/modules/context.ts names
 * the application's Context), so this layer imports nothing of them.
 */
export interface RequestContext<Viewer extends ViewerLike = ViewerLike, Loaders = unknown> {
  requestId: string;
  log: Logger;
  loaders: Loaders;
  /** The signed-in account as its row stands now (src/http/authentication.ts); null for anonymous requests. */
  viewer: Viewer | null;
  /** The caller's address (X-Forwarded-For honoured only with TRUST_PROXY); for per-client limits. */
  clientIp: string;
  /** The request's language, from its Accept-Language header (src/graphql/language.ts): what error messages are said in. */
  lang: Language;
}
