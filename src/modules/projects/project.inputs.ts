import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType } from 'type-graphql';
import { describedEnum, type EnumValue } from '../../graphql/enum';
import { ConnectionArgs } from '../../graphql/connection';
import { SortDirection } from '../../graphql/sort-direction';
import { ProjectStatus } from './project.enums';

@InputType({ description: 'Narrows the project list; all given criteria must hold, a list matches any of its values.' })
export class ProjectFilter {
  @Field(() => [String], { nullable: true, description: 'Pilot-city slugs.' })
  @IsOptional()
  @ArrayMaxSize(10)
  cities?: string[] | null;

  @Field(() => [ProjectStatus], {
    nullable: true,
    description: 'Statuses. Default: every status but DRAFT. DRAFT projects are listed only to their owning planner and to admins.',
  })
  @IsOptional()
  @ArrayMaxSize(10)
  statuses?: ProjectStatus[] | null;

  @Field(() => [String], { nullable: true, description: 'Domain slugs; a project with a slot in any of them matches.' })
  @IsOptional()
  @ArrayMaxSize(50)
  domains?: string[] | null;
}

export const ProjectOrderField = describedEnum('ProjectOrderField', 'What to sort projects by; ties are broken by id.', {
  CREATED_AT: 'When the project was recorded.',
  TITLE_KO: 'Korean title.',
  TITLE_EN: 'English title.',
});
export type ProjectOrderField = EnumValue<typeof ProjectOrderField>;

@InputType({ description: 'Sort order of the project list.' })
export class ProjectOrder {
  @Field(() => ProjectOrderField, { description: 'What to sort by.' })
  field: ProjectOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Ascending or descending.' })
  direction: SortDirection;
}

@ArgsType()
export class ProjectsArgs extends ConnectionArgs {
  @Field(() => ProjectFilter, { nullable: true, description: 'Criteria the projects must meet.' })
  @IsOptional()
  @ValidateNested()
  filter?: ProjectFilter | null;

  @Field(() => ProjectOrder, { nullable: true, description: 'Sort order; default newest first.' })
  @IsOptional()
  orderBy?: ProjectOrder | null;
}
