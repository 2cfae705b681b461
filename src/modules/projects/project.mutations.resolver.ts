import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { toGlobalId } from '../../graphql/global-id';
import { inputId } from '../../graphql/input-id';
import { runMutation } from '../mutation';
import { signedIn as viewer } from '../../graphql/mutation-input';
import type { Services } from '../../services';
import { AccountRole } from '../accounts/account.enums';
import {
  AddRequirementSlotInput,
  CreateProjectInput,
  ProjectTransitionInput,
  RemoveRequirementSlotInput,
  UpdateProjectInput,
  UpdateRequirementSlotInput,
} from './project-editing.inputs';
import { ProjectPayload, RemoveRequirementSlotPayload, RequirementSlotPayload } from './project-editing.types';
import type { Project } from './project.entity';
import type { RequirementSlot } from './requirement-slot.entity';

type SlotAndProject = { slot: RequirementSlot; project: Project };

const PLANNERS = [AccountRole.PLANNER, AccountRole.ADMIN];
const NO_PROJECT = { project: null };
const NO_SLOT = { slot: null, project: null };

/** Planners' project mutations; a planner changes only the projects it owns, an admin any (ProjectEditingService). */
@Resolver()
export class ProjectMutationResolver {
  constructor(private readonly services: Services) {}

  @Authorized(...PLANNERS)
  @Mutation(() => ProjectPayload, { description: 'Creates a DRAFT project owned by the signed-in planner, optionally with its slots. PLANNER or ADMIN.' })
  createProject(@Arg('input', () => CreateProjectInput, { validate: false, description: 'What to do; see the input type.' }) input: CreateProjectInput, @Ctx() ctx: Context) {
    return runMutation<ProjectPayload, Project>(ctx, input, {
      empty: NO_PROJECT,
      perform: (write) => this.services.projectEditing.create(viewer(ctx), input, write),
      payload: (project) => ({ project }),
      idempotent: 'createProject',
    });
  }

  @Authorized(...PLANNERS)
  @Mutation(() => ProjectPayload, { description: "Changes a project's titles and summaries. The owning planner or an admin; needs the current `version`." })
  updateProject(@Arg('input', () => UpdateProjectInput, { validate: false, description: 'What to do; see the input type.' }) input: UpdateProjectInput, @Ctx() ctx: Context) {
    return runMutation<ProjectPayload, Project>(ctx, input, {
      empty: NO_PROJECT,
      perform: (write) => this.services.projectEditing.update(viewer(ctx), inputId(input.projectId, 'Project', ['input', 'projectId']), input, write),
      payload: (project) => ({ project }),
    });
  }

  @Authorized(...PLANNERS)
  @Mutation(() => RequirementSlotPayload, { description: 'Appends a requirement slot to a DRAFT or OPEN project. The owning planner or an admin.' })
  addRequirementSlot(@Arg('input', () => AddRequirementSlotInput, { validate: false, description: 'What to do; see the input type.' }) input: AddRequirementSlotInput, @Ctx() ctx: Context) {
    return runMutation<RequirementSlotPayload, SlotAndProject>(ctx, input, {
      empty: NO_SLOT,
      perform: (write) => this.services.projectEditing.addSlot(viewer(ctx), inputId(input.projectId, 'Project', ['input', 'projectId']), input, write),
      payload: (written) => written,
      idempotent: 'addRequirementSlot',
    });
  }

  @Authorized(...PLANNERS)
  @Mutation(() => RequirementSlotPayload, { description: 'Changes a requirement slot of a DRAFT or OPEN project; needs the slot\'s current `version`.' })
  updateRequirementSlot(@Arg('input', () => UpdateRequirementSlotInput, { validate: false, description: 'What to do; see the input type.' }) input: UpdateRequirementSlotInput, @Ctx() ctx: Context) {
    return runMutation<RequirementSlotPayload, SlotAndProject>(ctx, input, {
      empty: NO_SLOT,
      perform: (write) => this.services.projectEditing.updateSlot(viewer(ctx), inputId(input.slotId, 'RequirementSlot', ['input', 'slotId']), input, write),
      payload: (written) => written,
    });
  }

  @Authorized(...PLANNERS)
  @Mutation(() => RemoveRequirementSlotPayload, { description: 'Removes a requirement slot of a DRAFT or OPEN project; the later slots move up.' })
  removeRequirementSlot(@Arg('input', () => RemoveRequirementSlotInput, { validate: false, description: 'What to do; see the input type.' }) input: RemoveRequirementSlotInput, @Ctx() ctx: Context) {
    return runMutation<RemoveRequirementSlotPayload, Project>(ctx, input, {
      empty: { removedSlotId: null, project: null },
      perform: (write) => this.services.projectEditing.removeSlot(viewer(ctx), inputId(input.slotId, 'RequirementSlot', ['input', 'slotId']), input, write),
      payload: (project) => ({ removedSlotId: toGlobalId('RequirementSlot', inputId(input.slotId, 'RequirementSlot', ['input', 'slotId'])), project }),
    });
  }

  @Authorized(...PLANNERS)
  @Mutation(() => ProjectPayload, { description: 'Publishes a DRAFT project (it needs at least one slot): DRAFT → OPEN.' })
  openProject(@Arg('input', () => ProjectTransitionInput, { validate: false, description: 'What to do; see the input type.' }) input: ProjectTransitionInput, @Ctx() ctx: Context) {
    return runMutation<ProjectPayload, Project>(ctx, input, {
      empty: NO_PROJECT,
      perform: (write) => this.services.projectEditing.open(viewer(ctx), inputId(input.projectId, 'Project', ['input', 'projectId']), input.version, write),
      payload: (project) => ({ project }),
    });
  }

  @Authorized(...PLANNERS)
  @Mutation(() => ProjectPayload, { description: 'Closes a project from any status but CLOSED; its DRAFT and INVITING consortia are dissolved.' })
  closeProject(@Arg('input', () => ProjectTransitionInput, { validate: false, description: 'What to do; see the input type.' }) input: ProjectTransitionInput, @Ctx() ctx: Context) {
    return runMutation<ProjectPayload, Project>(ctx, input, {
      empty: NO_PROJECT,
      perform: (write) => this.services.projectEditing.close(viewer(ctx), inputId(input.projectId, 'Project', ['input', 'projectId']), input.version, write),
      payload: (project) => ({ project }),
    });
  }
}
