import type { DataSource } from 'typeorm';
import { byIdLoader } from '../../graphql/batch';
import type { Viewer } from '../accounts/viewer';
import { readEventsFor, recipientOf } from './event.reader';

export function createEventLoaders(dataSource: DataSource, viewer: Viewer | null) {
  return {
    /** The viewer's events by id, through the one reader: an event it may not receive loads null. */
    eventById: byIdLoader((ids) =>
      viewer ? readEventsFor(dataSource, recipientOf(viewer), { ids, limit: ids.length, newestFirst: false }) : Promise.resolve([]),
    ),
  };
}
