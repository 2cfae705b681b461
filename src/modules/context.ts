import type { RequestContext } from '../graphql/context';
import type { Viewer } from './accounts/viewer';
import type { Loaders } from './loaders';

/** What every resolver receives: the request's id and logger, the viewer, and the modules' DataLoaders. */
export type Context = RequestContext<Viewer, Loaders>;
