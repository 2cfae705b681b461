import { Field, Int, ObjectType } from 'type-graphql';
import { CreateDateColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * A row clients change with optimistic locking: a change names the `version` it read, and
 * lockRow (row-lock.ts) refuses a stale one with CONFLICT; TypeORM adds one on every save.
 */
@ObjectType()
export abstract class Versioned {
  @Field(() => Int, { description: 'Optimistic-locking version; grows by one on every change.' })
  @VersionColumn({ default: 1 })
  version: number;
}

/**
 * The base of a versioned record with its timestamps (`created_at`, `updated_at`, `version`).
 * `created_at` keeps millisecond precision so a keyset cursor (a JavaScript date) names a row
 * exactly; `millisecondCreatedAt: false` keeps PostgreSQL's default microseconds for tables that
 * were created so and are not paged by date (changing it would need a migration).
 */
export function VersionedRecord(options: { millisecondCreatedAt?: boolean } = {}) {
  const precision = options.millisecondCreatedAt === false ? {} : { precision: 3 };

  @ObjectType()
  abstract class Record extends Versioned {
    @Field(() => Date, { description: 'When the record was created.' })
    @CreateDateColumn({ name: 'created_at', type: 'timestamptz', ...precision })
    createdAt: Date;

    @Field(() => Date, { description: 'When the record last changed.' })
    @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
    updatedAt: Date;
  }
  return Record;
}
