import type { DataSource, EntitySubscriberInterface, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';
import { WRITTEN_EVENT_IDS } from '../event-log';
import type { EventBus } from './event-bus';

/**
 * After COMMIT of a transaction that recorded events (recordEvents notes their ids on its query
 * runner), publishes the newest id on the bus, so every instance's hub reads the log at once.
 * Only after COMMIT: a subscriber woken earlier would read nothing, or an event that rolls back.
 */
export function wakeOnCommit(dataSource: DataSource, bus: EventBus): void {
  const subscriber: EntitySubscriberInterface = {
    afterTransactionCommit(event: TransactionCommitEvent) {
      const data = event.queryRunner.data as Record<string, unknown>;
      const ids = data[WRITTEN_EVENT_IDS] as number[] | undefined;
      delete data[WRITTEN_EVENT_IDS];
      if (ids && ids.length > 0) bus.publish(Math.max(...ids));
    },
    afterTransactionRollback(event: TransactionRollbackEvent) {
      delete (event.queryRunner.data as Record<string, unknown>)[WRITTEN_EVENT_IDS];
    },
  };
  dataSource.subscribers.push(subscriber);
}
