import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { runMutation } from '../mutation';
import type { Services } from '../../services';
import { AccountRole } from '../accounts/account.enums';
import type { Viewer } from '../accounts/viewer';
import { CreateDomainInput, CreateTechnologyInput, UpdateDomainInput, UpdateTechnologyInput } from './taxonomy-admin.inputs';
import { DomainPayload, TechnologyPayload } from './taxonomy-admin.types';
import type { Domain } from './domain.entity';
import type { Technology } from './technology.entity';

/** Validated by runMutation, so failures come back as userErrors rather than a top-level error. */
const INPUT = 'What to do; invalid fields come back as `userErrors` naming them.';

/** Taxonomy edits, for the steering committee (ADMIN) only. */
@Resolver()
export class TaxonomyAdminResolver {
  constructor(private readonly services: Services) {}

  @Authorized(AccountRole.ADMIN)
  @Mutation(() => DomainPayload, { description: 'ADMIN: adds a service domain. A taken slug answers CONFLICT.' })
  createDomain(@Arg('input', () => CreateDomainInput, { validate: false, description: INPUT }) input: CreateDomainInput, @Ctx() ctx: Context) {
    return runMutation<DomainPayload, Domain>(ctx, input, {
      empty: { domain: null },
      perform: (write) => this.services.taxonomyAdmin.createDomain(ctx.viewer as Viewer, input, write),
      payload: (domain) => ({ domain }),
      idempotent: 'createDomain',
    });
  }

  @Authorized(AccountRole.ADMIN)
  @Mutation(() => DomainPayload, { description: "ADMIN: renames a domain or changes its description (its slug is permanent)." })
  updateDomain(@Arg('input', () => UpdateDomainInput, { validate: false, description: INPUT }) input: UpdateDomainInput, @Ctx() ctx: Context) {
    return runMutation<DomainPayload, Domain>(ctx, input, {
      empty: { domain: null },
      perform: (write) => this.services.taxonomyAdmin.updateDomain(ctx.viewer as Viewer, input, write),
      payload: (domain) => ({ domain }),
    });
  }

  @Authorized(AccountRole.ADMIN)
  @Mutation(() => TechnologyPayload, { description: 'ADMIN: adds a technology. A taken slug answers CONFLICT.' })
  createTechnology(@Arg('input', () => CreateTechnologyInput, { validate: false, description: INPUT }) input: CreateTechnologyInput, @Ctx() ctx: Context) {
    return runMutation<TechnologyPayload, Technology>(ctx, input, {
      empty: { technology: null },
      perform: (write) => this.services.taxonomyAdmin.createTechnology(ctx.viewer as Viewer, input, write),
      payload: (technology) => ({ technology }),
      idempotent: 'createTechnology',
    });
  }

  @Authorized(AccountRole.ADMIN)
  @Mutation(() => TechnologyPayload, { description: 'ADMIN: renames a technology (its slug is permanent).' })
  updateTechnology(@Arg('input', () => UpdateTechnologyInput, { validate: false, description: INPUT }) input: UpdateTechnologyInput, @Ctx() ctx: Context) {
    return runMutation<TechnologyPayload, Technology>(ctx, input, {
      empty: { technology: null },
      perform: (write) => this.services.taxonomyAdmin.updateTechnology(ctx.viewer as Viewer, input, write),
      payload: (technology) => ({ technology }),
    });
  }
}
