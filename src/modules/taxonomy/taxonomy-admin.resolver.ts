import { Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { returns, runMutation } from '../mutation';
import { MutationInput, signedIn } from '../../graphql/mutation-input';
import type { Services } from '../../services';
import { AccountRole } from '../accounts/account.enums';
import { CreateDomainInput, CreateTechnologyInput, UpdateDomainInput, UpdateTechnologyInput } from './taxonomy-admin.inputs';
import { DomainPayload, TechnologyPayload } from './taxonomy-admin.types';
import type { Domain } from './domain.entity';
import type { Technology } from './technology.entity';

/** Validated by runMutation, so failures come back as userErrors rather than a top-level error. */

/** Taxonomy edits, for the steering committee (ADMIN) only. */
@Resolver()
export class TaxonomyAdminResolver {
  constructor(private readonly services: Services) {}

  @Authorized(AccountRole.ADMIN)
  @Mutation(() => DomainPayload, { description: 'ADMIN: adds a service domain. A taken slug answers CONFLICT.' })
  createDomain(@MutationInput(() => CreateDomainInput) input: CreateDomainInput, @Ctx() ctx: Context) {
    return runMutation<DomainPayload, Domain>(ctx, input, {
      ...returns('domain'),
      perform: (write) => this.services.taxonomyAdmin.createDomain(signedIn(ctx), input, write),
      idempotent: 'createDomain',
    });
  }

  @Authorized(AccountRole.ADMIN)
  @Mutation(() => DomainPayload, { description: 'ADMIN: renames a domain or changes its description (its slug is permanent).' })
  updateDomain(@MutationInput(() => UpdateDomainInput) input: UpdateDomainInput, @Ctx() ctx: Context) {
    return runMutation<DomainPayload, Domain>(ctx, input, {
      ...returns('domain'),
      perform: (write) => this.services.taxonomyAdmin.updateDomain(signedIn(ctx), input, write),
    });
  }

  @Authorized(AccountRole.ADMIN)
  @Mutation(() => TechnologyPayload, { description: 'ADMIN: adds a technology. A taken slug answers CONFLICT.' })
  createTechnology(@MutationInput(() => CreateTechnologyInput) input: CreateTechnologyInput, @Ctx() ctx: Context) {
    return runMutation<TechnologyPayload, Technology>(ctx, input, {
      ...returns('technology'),
      perform: (write) => this.services.taxonomyAdmin.createTechnology(signedIn(ctx), input, write),
      idempotent: 'createTechnology',
    });
  }

  @Authorized(AccountRole.ADMIN)
  @Mutation(() => TechnologyPayload, { description: 'ADMIN: renames a technology (its slug is permanent).' })
  updateTechnology(@MutationInput(() => UpdateTechnologyInput) input: UpdateTechnologyInput, @Ctx() ctx: Context) {
    return runMutation<TechnologyPayload, Technology>(ctx, input, {
      ...returns('technology'),
      perform: (write) => this.services.taxonomyAdmin.updateTechnology(signedIn(ctx), input, write),
    });
  }
}
