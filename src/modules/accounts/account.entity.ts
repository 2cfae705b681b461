import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedRecord } from '../../db/versioned-record';
import { Organization } from '../organizations/organization.entity';
import { AccountRole, TeamRole } from './account.enums';

/** A person who signs in. Not an API type: the schema shows an account through `AccountType` (account.types.ts), so no query can ever return the password hash. */
@Entity({ name: 'account' })
export class Account extends VersionedRecord() {
  @PrimaryGeneratedColumn()
  id: number;

  /** Stored lower-cased, so the unique constraint makes addresses unique regardless of case. */
  @Column({ type: 'varchar', length: 320, unique: true })
  email: string;

  /** `scrypt$N$r$p$salt$hash` in base64url; see passwords.ts. */
  @Column({ name: 'password_hash', type: 'varchar', length: 300 })
  passwordHash: string;

  @Column({ type: 'enum', enum: AccountRole, enumName: 'account_role' })
  role: AccountRole;

  @Index()
  @Column({ name: 'organization_id', type: 'integer', nullable: true })
  organizationId: number | null;

  /** OWNER or MEMBER of its organisation's team; null exactly when `organizationId` is. */
  @Column({ name: 'team_role', type: 'enum', enum: TeamRole, enumName: 'team_role', nullable: true })
  teamRole: TeamRole | null;

  @ManyToOne(() => Organization, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization | null;

  /** Every access token carries the generation it was issued in; signOut moves it on, so all earlier tokens stop working. */
  @Column({ name: 'token_generation', type: 'integer', default: 0 })
  tokenGeneration: number;

  /** Set when the account is disabled: its tokens stop working at once and it cannot sign in. */
  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;
}
