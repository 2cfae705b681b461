import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Node } from '../../graphql/node';
import { Organization } from '../organizations/organization.entity';
import { AccountRole } from './account.enums';

/** A person who signs in. The password hash has no GraphQL field, so no query can ever return it. */
@ObjectType({ implements: Node, description: 'A person who signs in: a member of an organisation, a planner or an admin.' })
@Entity({ name: 'account' })
export class Account {
  @PrimaryGeneratedColumn()
  id: number;

  /** Stored lower-cased, so the unique constraint makes addresses unique regardless of case. */
  @Field(() => String, { description: 'Sign-in address, lower-cased.' })
  @Column({ type: 'varchar', length: 320, unique: true })
  email: string;

  /** `scrypt$N$r$p$salt$hash` in base64url; see passwords.ts. */
  @Column({ name: 'password_hash', type: 'varchar', length: 300 })
  passwordHash: string;

  @Field(() => AccountRole, { description: 'What the account may do.' })
  @Column({ type: 'enum', enum: AccountRole, enumName: 'account_role' })
  role: AccountRole;

  @Index()
  @Column({ name: 'organization_id', type: 'integer', nullable: true })
  organizationId: number | null;

  @ManyToOne(() => Organization, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization | null;

  @Field(() => Date, { description: 'When the account was created.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;

  /** Every access token carries the generation it was issued in; signOut moves it on, so all earlier tokens stop working. */
  @Column({ name: 'token_generation', type: 'integer', default: 0 })
  tokenGeneration: number;

  /** Set when the account is disabled: its tokens stop working at once and it cannot sign in. */
  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;
}
