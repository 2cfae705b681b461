import type { Logger } from 'pino';
import type { Viewer } from '../modules/accounts/tokens';
import type { Loaders } from './loaders';

/** What every resolver receives: the request's id and logger, who is asking, and its own DataLoaders. */
export interface Context {
  requestId: string;
  log: Logger;
  loaders: Loaders;
  /** The signed-in account as its row stands now (src/http/authentication.ts); null for anonymous requests. */
  viewer: Viewer | null;
  /** The caller's address (X-Forwarded-For honoured only with TRUST_PROXY); for per-client limits. */
  clientIp: string;
}
