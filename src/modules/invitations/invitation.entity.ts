import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../../graphql/node';
import { Account } from '../accounts/account.entity';
import { AccountRole, TeamRole } from '../accounts/account.enums';
import { Organization } from '../organizations/organization.entity';
import { InvitationKind } from './invitation.enums';

/**
 * A mailed invitation to create an account: staff (planner, admin), a colleague joining a team, or
 * the claim of an organisation that has no account yet. Only the token's hash is stored; the
 * token itself exists in the mail alone. Single use, expires, revocable. The class is also the
 * API's `Invitation`: only the decorated fields are in the schema, so the hash has no field to leak
 * through; `status`, `organization` and `invitedBy` are resolved in invitation.resolver.ts.
 */
@ObjectType({
  implements: Node,
  description: 'A mailed invitation to create an account: staff (planner, admin), a colleague, or the claim of an organisation.',
})
@Entity({ name: 'invitation' })
export class Invitation {
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => InvitationKind, { description: 'What accepting it makes of the invitee.' })
  @Column({ type: 'enum', enum: InvitationKind, enumName: 'invitation_kind' })
  kind: InvitationKind;

  /** Lower-cased, like account emails. */
  @Field(() => String, { description: 'The invited address, lower-cased: the account it creates signs in with it.' })
  @Index()
  @Column({ type: 'varchar', length: 320 })
  email: string;

  /** The role of the account it creates: PLANNER or ADMIN for STAFF, MEMBER otherwise. */
  @Field(() => AccountRole, { description: 'The role of the account it creates: PLANNER or ADMIN for STAFF, MEMBER otherwise.' })
  @Column({ type: 'enum', enum: AccountRole, enumName: 'account_role' })
  role: AccountRole;

  @Index()
  @Column({ name: 'organization_id', type: 'integer', nullable: true })
  organizationId: number | null;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization | null;

  /** The team role the invitee gets (TEAM, CLAIM); null for STAFF. */
  @Field(() => TeamRole, { nullable: true, description: "The invitee's team role in the organisation (OWNER for CLAIM); null for STAFF." })
  @Column({ name: 'team_role', type: 'enum', enum: TeamRole, enumName: 'team_role', nullable: true })
  teamRole: TeamRole | null;

  /** SHA-256 of the mailed token, hex (one-time-token.ts). */
  @Column({ name: 'token_hash', type: 'char', length: 64, unique: true })
  tokenHash: string;

  @Index()
  @Column({ name: 'invited_by_id', type: 'integer', nullable: true })
  invitedById: number | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'invited_by_id' })
  invitedBy?: Account | null;

  @Field(() => Date, { description: 'When it was sent.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field(() => Date, { description: 'Until when the link works (7 days after sending).' })
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Index()
  @Column({ name: 'account_id', type: 'integer', nullable: true })
  accountId: number | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'account_id' })
  account?: Account | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
