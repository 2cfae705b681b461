import { ArrayMaxSize, IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { describedEnum, type EnumValue } from '../../graphql/enum';
import { ConnectionArgs } from '../../graphql/connection';
import { SortDirection } from '../../graphql/sort-direction';
import { MembershipStatus, OrganizationKind, Region } from './organization.enums';

const MAX_LIST = 50;

@InputType({
  description:
    'Narrows the organisation list; all given criteria must hold. `domains`, `technologies`, `minLevel` and `pilotCities` ' +
    'apply to one same capability: "has a capability in one of these domains, using one of these technologies, ' +
    'at least this level, deployed in one of these cities".',
})
export class OrganizationFilter {
  @Field(() => [String], { nullable: true, description: 'Domain slugs; a capability in any of them matches.' })
  @IsOptional()
  @ArrayMaxSize(MAX_LIST)
  domains?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Technology slugs; a capability using any of them matches.' })
  @IsOptional()
  @ArrayMaxSize(MAX_LIST)
  technologies?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Lowest capability level (1–5) that matches.' })
  @IsOptional()
  @Min(1)
  @Max(5)
  minLevel?: number | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Pilot-city slugs; a capability already deployed in any of them matches (pilot-city experience).',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_LIST)
  pilotCities?: string[] | null;

  @Field(() => [OrganizationKind], { nullable: true, description: 'Kinds of organisation; any matches.' })
  @IsOptional()
  @ArrayMaxSize(MAX_LIST)
  kinds?: OrganizationKind[] | null;

  @Field(() => [String], { nullable: true, description: 'Industry slugs; any matches.' })
  @IsOptional()
  @ArrayMaxSize(MAX_LIST)
  industries?: string[] | null;

  @Field(() => [Region], { nullable: true, description: 'Regions (시·도) of the head office; any matches.' })
  @IsOptional()
  @ArrayMaxSize(MAX_LIST)
  regions?: Region[] | null;

  @Field(() => [MembershipStatus], {
    nullable: true,
    description: 'Membership states; any matches. Default: APPROVED members only.',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_LIST)
  membershipStatuses?: MembershipStatus[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Text search over Korean and English names and descriptions; every word must appear (case-insensitive substring), ' + 'e.g. `세종` or `mobility`.',
  })
  @IsOptional()
  @MaxLength(200)
  query?: string | null;
}

export const OrganizationOrderField = describedEnum('OrganizationOrderField', 'What to sort organisations by; ties are broken by id.', {
  NAME_KO: 'Korean name (가나다 order).',
  NAME_EN: 'English name.',
  EMPLOYEES: 'Number of employees.',
  CREATED_AT: 'When the organisation was recorded.',
});
export type OrganizationOrderField = EnumValue<typeof OrganizationOrderField>;

@InputType({ description: 'Sort order of the organisation list.' })
export class OrganizationOrder {
  @Field(() => OrganizationOrderField, { description: 'What to sort by.' })
  field: OrganizationOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Ascending or descending.' })
  direction: SortDirection;
}

@ArgsType()
export class OrganizationsArgs extends ConnectionArgs {
  @Field(() => OrganizationFilter, { nullable: true, description: 'Criteria the organisations must meet.' })
  @IsOptional()
  @ValidateNested()
  filter?: OrganizationFilter | null;

  @Field(() => OrganizationOrder, { nullable: true, description: 'Sort order; default Korean name ascending.' })
  @IsOptional()
  orderBy?: OrganizationOrder | null;
}
