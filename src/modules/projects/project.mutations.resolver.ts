import { Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { toGlobalId } from '../../graphql/global-id';
import { inputId } from '../../graphql/input-id';
import { returns, runMutation } from '../mutation';
import { MutationInput, signedIn } from '../../graphql/mutation-input';
import type { Services } from '../../services';
import { AccountRole } from '../accounts/account.enums';
import {
  AddRequirementSlotInput,
  CreateProjectInput,
  ProjectTransitionInput,
  RemoveRequirementSlotInput,
  TransferProjectInput,
  UpdateProjectInput,
  UpdateRequirementSlotInput,
} from './project-editing.inputs';
import { ProjectPayload, RemoveRequirementSlotPayload, RequirementSlotPayload } from './project-editing.types';
import type { Project } from './project.entity';
import type { RequirementSlot } from './requirement-slot.entity';

type SlotAndProject = { slot: RequirementSlot; project: Project };

const PLANNERS = [AccountRole.PLANNER, AccountRole.ADMIN];
const NO_SLOT = { slot: null, project: null };

/** Planners' project mutations; a planner changes only the projects it owns, an admin any (ProjectEditingService). */
@Resolver()
export class ProjectMutationResolver {
  constructor(private readonly services: Services) {}

  @Authorized(...PLANNERS)
  @Mutation(() => ProjectPayload, { description: 'Creates a DRAFT project owned by the signed-in planner, optionally with its slots. PLANNER or ADMIN.' })
  createProject(@MutationInput(() => CreateProjectInput) input: CreateProjectInput, @Ctx() ctx: Context) {
    return runMutation<ProjectPayload, Project>(ctx, input, {
      ...returns('project'),
      perform: (write) => this.services.projectEditing.create(signedIn(ctx), input, write),
      idempotent: 'createProject',
    });
  }

  @Authorized(...PLANNERS)
  @Mutation(() => ProjectPayload, { description: "Changes a project's titles and summaries. The owning planner or an admin; needs the current `version`." })
  updateProject(@MutationInput(() => UpdateProjectInput) input: UpdateProjectInput, @Ctx() ctx: Context) {
    return runMutation<ProjectPayload, Project>(ctx, input, {
      ...returns('project'),
      perform: (write) => this.services.projectEditing.update(signedIn(ctx), inputId(input.projectId, 'Project', ['input', 'projectId']), input, write),
    });
  }

  @Authorized(AccountRole.ADMIN)
  @Mutation(() => ProjectPayload, {
    description:
      'Hands a project to another planner, who may then edit it: how a seeded project gets an owner. The new owner must be an active PLANNER. ADMIN only.',
  })
  transferProject(@MutationInput(() => TransferProjectInput) input: TransferProjectInput, @Ctx() ctx: Context) {
    return runMutation<ProjectPayload, Project>(ctx, input, {
      ...returns('project'),
      perform: (write) =>
        this.services.projectEditing.transfer(
          signedIn(ctx),
          inputId(input.projectId, 'Project', ['input', 'projectId']),
          inputId(input.ownerId, 'Account', ['input', 'ownerId']),
          input.version,
          write,
        ),
    });
  }

  @Authorized(...PLANNERS)
  @Mutation(() => RequirementSlotPayload, { description: 'Appends a requirement slot to a DRAFT or OPEN project. The owning planner or an admin.' })
  addRequirementSlot(@MutationInput(() => AddRequirementSlotInput) input: AddRequirementSlotInput, @Ctx() ctx: Context) {
    return runMutation<RequirementSlotPayload, SlotAndProject>(ctx, input, {
      empty: NO_SLOT,
      perform: (write) => this.services.projectEditing.addSlot(signedIn(ctx), inputId(input.projectId, 'Project', ['input', 'projectId']), input, write),
      payload: (written) => written,
      idempotent: 'addRequirementSlot',
    });
  }

  @Authorized(...PLANNERS)
  @Mutation(() => RequirementSlotPayload, { description: "Changes a requirement slot of a DRAFT or OPEN project; needs the slot's current `version`." })
  updateRequirementSlot(@MutationInput(() => UpdateRequirementSlotInput) input: UpdateRequirementSlotInput, @Ctx() ctx: Context) {
    return runMutation<RequirementSlotPayload, SlotAndProject>(ctx, input, {
      empty: NO_SLOT,
      perform: (write) => this.services.projectEditing.updateSlot(signedIn(ctx), inputId(input.slotId, 'RequirementSlot', ['input', 'slotId']), input, write),
      payload: (written) => written,
    });
  }

  @Authorized(...PLANNERS)
  @Mutation(() => RemoveRequirementSlotPayload, { description: 'Removes a requirement slot of a DRAFT or OPEN project; the later slots move up.' })
  removeRequirementSlot(@MutationInput(() => RemoveRequirementSlotInput) input: RemoveRequirementSlotInput, @Ctx() ctx: Context) {
    return runMutation<RemoveRequirementSlotPayload, Project>(ctx, input, {
      empty: { removedSlotId: null, project: null },
      perform: (write) => this.services.projectEditing.removeSlot(signedIn(ctx), inputId(input.slotId, 'RequirementSlot', ['input', 'slotId']), input, write),
      payload: (project) => ({ removedSlotId: toGlobalId('RequirementSlot', inputId(input.slotId, 'RequirementSlot', ['input', 'slotId'])), project }),
    });
  }

  @Authorized(...PLANNERS)
  @Mutation(() => ProjectPayload, { description: 'Publishes a DRAFT project (it needs at least one slot): DRAFT → OPEN.' })
  openProject(@MutationInput(() => ProjectTransitionInput) input: ProjectTransitionInput, @Ctx() ctx: Context) {
    return runMutation<ProjectPayload, Project>(ctx, input, {
      ...returns('project'),
      perform: (write) => this.services.projectEditing.open(signedIn(ctx), inputId(input.projectId, 'Project', ['input', 'projectId']), input.version, write),
    });
  }

  @Authorized(...PLANNERS)
  @Mutation(() => ProjectPayload, { description: 'Closes a project from any status but CLOSED; its DRAFT and INVITING consortia are dissolved.' })
  closeProject(@MutationInput(() => ProjectTransitionInput) input: ProjectTransitionInput, @Ctx() ctx: Context) {
    return runMutation<ProjectPayload, Project>(ctx, input, {
      ...returns('project'),
      perform: (write) => this.services.projectEditing.close(signedIn(ctx), inputId(input.projectId, 'Project', ['input', 'projectId']), input.version, write),
    });
  }
}
