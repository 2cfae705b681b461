import type { Logger } from 'pino';
import type { Loaders } from './loaders';

/** What every resolver receives: the request's id and logger, and its own DataLoaders. */
export interface Context {
  requestId: string;
  log: Logger;
  loaders: Loaders;
}
