import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Account } from '../accounts/account.entity';

/**
 * A create mutation an account ran with a `clientMutationId`, recorded in the same transaction as
 * its write: a retry with the same key finds it and answers the first result instead of writing
 * again (src/modules/write.ts). Kept CLIENT_MUTATION_TTL_HOURS; expired rows are purged on write.
 */
@Entity({ name: 'client_mutation' })
@Unique('UQ_client_mutation_key', ['accountId', 'clientMutationId'])
export class ClientMutation {
  @PrimaryGeneratedColumn()
  id: number;

  // Served by the unique (account_id, client_mutation_id) index, whose first column it is.
  @Column({ name: 'account_id', type: 'integer' })
  accountId: number;

  @ManyToOne(() => Account, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'FK_client_mutation_account' })
  account?: Account;

  @Column({ name: 'client_mutation_id', type: 'varchar', length: 100 })
  clientMutationId: string;

  /** The mutation field, e.g. `createProject`: the same key on another mutation is a CONFLICT. */
  @Column({ type: 'varchar', length: 60 })
  mutation: string;

  /** SHA-256 of the input (without the key): the same key with another input is a CONFLICT. */
  @Column({ name: 'input_hash', type: 'varchar', length: 64 })
  inputHash: string;

  /** What the write returned, as references to the rows it wrote (WrittenRef); null until the write's transaction sets it. */
  @Column({ type: 'jsonb', nullable: true })
  result: unknown;

  @Index('IDX_client_mutation_created_at')
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
