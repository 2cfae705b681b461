import { Args, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { inputId } from '../../graphql/input-id';
import { pageConnection } from '../../graphql/paging';
import { returns, runMutation } from '../mutation';
import { MutationInput, signedIn } from '../../graphql/mutation-input';
import type { Services } from '../../services';
import { AccountRole } from '../accounts/account.enums';
import { Organization } from '../organizations/organization.entity';
import { loadVisibleOrganization } from '../organizations/organization.access';
import { loadVisibleProject } from '../projects/project.access';
import { Project } from '../projects/project.entity';
import { PartnershipRequest } from './partnership-request.entity';
import { PartnershipRequestStatus } from './partnership-request.enums';
import { AnswerPartnershipRequestInput, MyPartnershipRequestsArgs, SendPartnershipRequestInput, WithdrawPartnershipRequestInput } from './partnership.inputs';
import { REQUESTS_ORDER } from './partnership.service';
import { PartnershipRequestConnection, PartnershipRequestPayload } from './partnership.types';

/** Partnership requests between member organisations; only MEMBER accounts act for an organisation. */
@Resolver(() => PartnershipRequest)
export class PartnershipRequestResolver {
  constructor(private readonly services: Services) {}

  @Authorized(AccountRole.MEMBER)
  @Query(() => PartnershipRequestConnection, {
    description: "The viewer's organisation's partnership requests, newest first. MEMBER accounts only.",
  })
  myPartnershipRequests(@Args(() => MyPartnershipRequestsArgs) args: MyPartnershipRequestsArgs, @Ctx() ctx: Context) {
    return pageConnection(args, REQUESTS_ORDER, (plan) => this.services.partnerships.listMine(signedIn(ctx), args, plan));
  }

  @Authorized(AccountRole.MEMBER)
  @Query(() => Int, {
    description: "How many partnership requests sent to the viewer's organisation await its answer (PENDING). MEMBER accounts only; 0 without an organisation.",
  })
  myPendingPartnershipRequestCount(@Ctx() ctx: Context) {
    return this.services.partnerships.countPendingReceived(signedIn(ctx));
  }

  @Authorized(AccountRole.MEMBER)
  @Mutation(() => PartnershipRequestPayload, {
    description:
      "Asks another APPROVED member to partner, for the viewer's (APPROVED) organisation. At most 20 pending outgoing requests per " +
      'organisation (PENDING_LIMIT_REACHED) and one pending request per pair of organisations, either direction (DUPLICATE_REQUEST). An organisation ' +
      'you may not see answers NOT_FOUND, exactly as an id that does not exist.',
  })
  sendPartnershipRequest(@MutationInput(() => SendPartnershipRequestInput) input: SendPartnershipRequestInput, @Ctx() ctx: Context) {
    return runMutation<PartnershipRequestPayload, PartnershipRequest>(ctx, input, {
      ...returns('request'),
      perform: (write) => this.services.partnerships.send(signedIn(ctx), input, write),
      idempotent: 'sendPartnershipRequest',
    });
  }

  @Authorized(AccountRole.MEMBER)
  @Mutation(() => PartnershipRequestPayload, {
    description: "The receiver's member accepts or declines a PENDING request; once accepted, both sides see each other's contacts.",
  })
  answerPartnershipRequest(@MutationInput(() => AnswerPartnershipRequestInput) input: AnswerPartnershipRequestInput, @Ctx() ctx: Context) {
    return runMutation<PartnershipRequestPayload, PartnershipRequest>(ctx, input, {
      ...returns('request'),
      perform: (write) =>
        this.services.partnerships.answer(
          signedIn(ctx),
          inputId(input.requestId, 'PartnershipRequest', ['input', 'requestId']),
          input.answer,
          input.version,
          write,
        ),
    });
  }

  @Authorized(AccountRole.MEMBER)
  @Mutation(() => PartnershipRequestPayload, { description: "The sender's member withdraws a PENDING request." })
  withdrawPartnershipRequest(@MutationInput(() => WithdrawPartnershipRequestInput) input: WithdrawPartnershipRequestInput, @Ctx() ctx: Context) {
    return runMutation<PartnershipRequestPayload, PartnershipRequest>(ctx, input, {
      ...returns('request'),
      perform: (write) =>
        this.services.partnerships.withdraw(signedIn(ctx), inputId(input.requestId, 'PartnershipRequest', ['input', 'requestId']), input.version, write),
    });
  }

  @FieldResolver(() => PartnershipRequestStatus, {
    description: 'Where the request stands. A PENDING request left unanswered for REQUEST_TTL_DAYS (14 days by default) reads EXPIRED.',
  })
  status(@Root() request: PartnershipRequest): PartnershipRequestStatus {
    return this.services.partnerships.statusOf(request);
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When the request expires if nobody answers it; null once it is no longer PENDING.' })
  expiresAt(@Root() request: PartnershipRequest): Date | null {
    return this.services.partnerships.expiresAt(request);
  }

  // The request is visible to its two organisations and admins, but each side's profile only to
  // whoever may see it (organization.access.ts): a PRIVATE or no longer APPROVED party reads null, as if unknown.
  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation that sent the request; null when you may not see it.' })
  from(@Root() request: PartnershipRequest, @Ctx() ctx: Context) {
    return loadVisibleOrganization(ctx, request.fromOrganizationId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation asked to partner; null when you may not see it.' })
  to(@Root() request: PartnershipRequest, @Ctx() ctx: Context) {
    return loadVisibleOrganization(ctx, request.toOrganizationId);
  }

  @FieldResolver(() => Project, { nullable: true, description: 'The project the partnership is for, if any (and if visible to you).' })
  project(@Root() request: PartnershipRequest, @Ctx() ctx: Context) {
    return request.projectId != null ? loadVisibleProject(ctx, request.projectId) : null;
  }
}
