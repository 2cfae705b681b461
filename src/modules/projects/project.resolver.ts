import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { parseGlobalId } from '../../graphql/global-id';
import { pageConnection } from '../../graphql/paging';
import type { Services } from '../../services';
import { projectsOrder } from './project.service';
import { PilotCity } from '../cities/pilot-city.entity';
import { Domain } from '../taxonomy/domain.entity';
import { Technology } from '../taxonomy/technology.entity';
import { AccountType } from '../accounts/account.types';
import { canEditProject, loadVisibleProject } from './project.access';
import { Project } from './project.entity';
import { ProjectsArgs } from './project.inputs';
import { ProjectConnection } from './project.types';
import { RequirementSlot } from './requirement-slot.entity';

@Resolver(() => Project)
export class ProjectResolver {
  constructor(private readonly services: Services) {}

  @Query(() => Project, { nullable: true, description: 'One project by its global id; null when there is none, or when it is a DRAFT you may not see.' })
  project(@Arg('id', () => ID, { description: 'Global id of a Project.' }) id: string, @Ctx() ctx: Context) {
    return loadVisibleProject(ctx, parseGlobalId(id, 'Project', 'id'));
  }

  @Query(() => ProjectConnection, { description: 'Pilot-city projects, a page at a time; by default every published one, newest first.' })
  projects(@Args(() => ProjectsArgs) args: ProjectsArgs, @Ctx() ctx: Context) {
    return pageConnection(args, projectsOrder(args).order, (plan) => this.services.projects.list(args, plan, ctx.viewer));
  }

  @FieldResolver(() => PilotCity, { description: 'The pilot city the project is for.' })
  async city(@Root() project: Project, @Ctx() ctx: Context) {
    return ctx.loaders.pilotCityById.load(project.cityId);
  }

  @FieldResolver(() => AccountType, {
    nullable: true,
    description: 'The planner who owns the project; shown to that planner and to admins only (null to others, and for a project without an owner).',
  })
  async owner(@Root() project: Project, @Ctx() ctx: Context) {
    if (project.ownerId === null || !ctx.viewer || !canEditProject(ctx.viewer, project)) return null;
    return ctx.loaders.accountById.load(project.ownerId);
  }

  @FieldResolver(() => [RequirementSlot], { description: 'The roles a consortium must fill, in order.' })
  slots(@Root() project: Project, @Ctx() ctx: Context) {
    return ctx.loaders.slotsByProject.load(project.id);
  }
}

@Resolver(() => RequirementSlot)
export class RequirementSlotResolver {
  @FieldResolver(() => Domain, { description: 'The domain the slot needs.' })
  async domain(@Root() slot: RequirementSlot, @Ctx() ctx: Context) {
    return ctx.loaders.domainById.load(slot.domainId);
  }

  @FieldResolver(() => [Technology], { description: 'Technologies the slot asks for; empty means any.' })
  technologies(@Root() slot: RequirementSlot, @Ctx() ctx: Context) {
    return ctx.loaders.technologiesBySlot.load(slot.id);
  }

  @FieldResolver(() => Project, { description: 'The project the slot belongs to.' })
  async project(@Root() slot: RequirementSlot, @Ctx() ctx: Context) {
    return ctx.loaders.projectById.load(slot.projectId);
  }
}
