import { Args, Authorized, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType } from '../../graphql/connection';
import type { Context } from '../context';
import { toGlobalId } from '../../graphql/global-id';
import { pageConnection } from '../../graphql/paging';
import type { Services } from '../../services';
import { AccountType } from '../accounts/account.types';
import { AccountRole } from '../accounts/account.enums';
import { AuditEntry } from './audit-entry.entity';
import { AUDIT_LOG_ORDER } from './audit-log.service';
import { AuditLogArgs } from './audit-log.inputs';

@ObjectType({ description: 'A page of the audit log (Relay connection).' })
export class AuditEntryConnection extends ConnectionType(AuditEntry, 'AuditEntry') {}

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(private readonly services: Services) {}

  @Authorized(AccountRole.ADMIN)
  @Query(() => AuditEntryConnection, { description: 'ADMIN: who changed what and when (membership decisions, consortium and taxonomy changes), newest first.' })
  auditLog(@Args(() => AuditLogArgs) args: AuditLogArgs) {
    return pageConnection(args, AUDIT_LOG_ORDER, (plan) => this.services.auditLog.list(args, plan));
  }

  @FieldResolver(() => ID, { description: 'Global id of the changed object (pass it to `node`).' })
  subjectId(@Root() entry: AuditEntry): string {
    return toGlobalId(entry.subjectType, entry.subjectId);
  }

  @FieldResolver(() => AccountType, { nullable: true, description: 'Who made the change; null when the account was removed.' })
  actor(@Root() entry: AuditEntry, @Ctx() ctx: Context) {
    return entry.actorId === null ? null : ctx.loaders.accountById.load(entry.actorId);
  }
}
