import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { createMailer, type Mailer } from './mail/mailer';
import { AccountAdminService } from './modules/accounts/account-admin.service';
import { AccountService } from './modules/accounts/account.service';
import { PasswordService } from './modules/accounts/password.service';
import { PasswordResetThrottle, type PasswordResetLimiters } from './modules/accounts/password-reset-throttle';
import { SignInThrottle, type SignInLimiters } from './modules/accounts/sign-in-throttle';
import { TokenService, type TokenSettings } from './modules/accounts/tokens';
import { AuditLogService } from './modules/audit/audit-log.service';
import { MembershipService } from './modules/organizations/membership.service';
import { ProfileService } from './modules/organizations/profile.service';
import { TaxonomyAdminService } from './modules/taxonomy/taxonomy-admin.service';
import { OrganizationService } from './modules/organizations/organization.service';
import { MatchingService } from './modules/matching/matching.service';
import type { MatchingRunner } from './modules/matching/solver-pool';
import { ProjectService } from './modules/projects/project.service';
import { ProjectEditingService } from './modules/projects/project-editing.service';
import { PartnershipService } from './modules/partnerships/partnership.service';
import { ConsortiumService } from './modules/consortia/consortium.service';
import { TaxonomyService } from './modules/taxonomy/taxonomy.service';
import { TeamService } from './modules/teams/team.service';
import { PartnerBlockService } from './modules/partner-blocks/partner-block.service';
import { ProjectInterestService } from './modules/project-interests/project-interest.service';
import { InvitationService } from './modules/invitations/invitation.service';
import { NotificationSettingsService } from './modules/notifications/notification-settings.service';
import { type Clock, systemClock } from './clock';
import { ExpiryPolicy, type ExpirySettings } from './modules/events/expiry';
import { EventService } from './modules/events/event.service';

/** The application's services, made once per process; they own queries and transactions. */
/** `signInLimiters`: shared (Redis) counters of failed sign-ins; in process memory when absent. */
/** `passwordResetLimiters`: the same for password-reset requests and refused reset links. */
/** `matchingRunner`: where solves run (the server's worker pool); on the calling thread when absent. */
/** `mail`: the mailer and the portal's address for links; when absent (tools, some tests) mails are written to a temporary outbox. */
/** `clock`: where expiry (and digests) read the time; the system clock unless a test moves its own. */
/** `expiry`: REQUEST_TTL_DAYS and INVITATION_TTL_DAYS; 14 days each when absent. */
export function createServices(
  dataSource: DataSource,
  auth: TokenSettings,
  options: {
    signInLimiters?: SignInLimiters;
    passwordResetLimiters?: PasswordResetLimiters;
    matchingRunner?: MatchingRunner;
    mail?: MailSettings;
    clock?: Clock;
    expiry?: ExpirySettings;
  } = {},
) {
  const mail = options.mail ?? {
    mailer: createMailer(
      { smtpUrl: undefined, from: 'Alliance Match <no-reply@alliance-match.invalid>', outboxDir: path.join(os.tmpdir(), 'alliance-match-outbox') },
      pino({ level: 'silent' }),
    ),
    publicUrl: 'http://localhost:4000',
  };
  const clock = options.clock ?? systemClock;
  const expiry = new ExpiryPolicy(clock, options.expiry);
  const taxonomy = new TaxonomyService(dataSource);
  const tokens = new TokenService(auth);
  const matching = new MatchingService(dataSource, taxonomy, options.matchingRunner);
  const projectEditing = new ProjectEditingService(dataSource, taxonomy, () => matching.pool.current());
  // One set of sign-in counters: a wrong current password in changePassword counts as a failed sign-in.
  const signInThrottle = new SignInThrottle(options.signInLimiters);
  const accounts = new AccountService(dataSource, tokens, signInThrottle);
  return {
    clock,
    expiry,
    mail,
    tokens,
    accounts,
    accountAdmin: new AccountAdminService(dataSource),
    teams: new TeamService(dataSource),
    partnerBlocks: new PartnerBlockService(dataSource),
    projectInterests: new ProjectInterestService(dataSource),
    passwords: new PasswordService(dataSource, accounts, mail, signInThrottle, new PasswordResetThrottle(options.passwordResetLimiters)),
    invitations: new InvitationService(dataSource, accounts, mail),
    membership: new MembershipService(dataSource),
    profile: new ProfileService(dataSource),
    taxonomyAdmin: new TaxonomyAdminService(dataSource),
    auditLog: new AuditLogService(dataSource),
    taxonomy,
    organizations: new OrganizationService(dataSource, taxonomy),
    projects: new ProjectService(dataSource, taxonomy),
    matching,
    projectEditing,
    partnerships: new PartnershipService(dataSource, expiry),
    consortia: new ConsortiumService(dataSource, matching, projectEditing, expiry),
    notificationSettings: new NotificationSettingsService(dataSource),
    events: new EventService(dataSource),
  };
}

export type Services = ReturnType<typeof createServices>;

/** Where mails go and the address their links point at (PUBLIC_URL). */
export interface MailSettings {
  mailer: Mailer;
  publicUrl: string;
}
