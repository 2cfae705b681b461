import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedRecord } from '../../db/versioned-record';
import { Node } from '../../graphql/node';
import { Industry } from '../taxonomy/industry.entity';
import { MembershipStatus, OrganizationKind, ProfileVisibility, Region } from './organization.enums';

/**
 * What the text filter searches: both names and both descriptions, lower-cased, as stored by
 * PostgreSQL (migration OrganizationSearchText); compare with LIKE against a lower-cased pattern,
 * which is what ILIKE does, without lower-casing every row on every search. The trigram index is on it.
 */
export const SEARCH_TEXT = 'o.search_text';
/** The two-character pieces of SEARCH_TEXT, indexed for search words of two characters, which have no trigram (migration OrganizationSearchBigrams). */
export const SEARCH_BIGRAMS = 'search_bigrams(o.search_text)';
const SEARCH_TEXT_EXPRESSION = `lower(name_ko || ' ' || name_en || ' ' || description_ko || ' ' || description_en)`;

/**
 * A member or applicant. Contact details are stored but not exposed here: docs/workflows.md keeps them
 * hidden until a partnership request is accepted, which needs accounts (a later module).
 */
@ObjectType({ simpleResolvers: true, implements: Node, description: 'A member organisation of the alliance, or an applicant.' })
@Entity({ name: 'organization' })
@Check('CHK_organization_employees', '"employees" >= 0')
@Check('CHK_organization_max_concurrent_consortia', '"max_concurrent_consortia" BETWEEN 1 AND 50')
// The text filter's indexes, over SEARCH_TEXT's trigrams and its character pairs; TypeORM cannot express them, so migrations create them.
@Index('IDX_organization_search_trgm', { synchronize: false })
@Index('IDX_organization_search_bigrams', { synchronize: false })
// The default order (Korean name, then id) read off an index: a first page stops after `first`
// rows instead of sorting every match, and keyset cursors seek straight to their place.
@Index('IDX_organization_name_ko_id', ['nameKo', 'id'])
// Keyset pages by creation date (orderBy CREATED_AT) seek on this index.
@Index(['createdAt'])
export class Organization extends VersionedRecord() {
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String, { description: 'URL-friendly unique identifier, e.g. `hanbit-telecom`.' })
  @Column({ type: 'varchar', length: 100, unique: true })
  slug: string;

  @Field(() => String, { description: 'Korean name.' })
  @Column({ name: 'name_ko', type: 'varchar', length: 200 })
  nameKo: string;

  @Field(() => String, { description: 'English name.' })
  @Column({ name: 'name_en', type: 'varchar', length: 200 })
  nameEn: string;

  @Field(() => OrganizationKind, { description: 'Large enterprise, SME, start-up, university, …' })
  @Index()
  @Column({ type: 'enum', enum: OrganizationKind, enumName: 'organization_kind' })
  kind: OrganizationKind;

  @Index()
  @Column({ name: 'industry_id', type: 'integer' })
  industryId: number;

  @ManyToOne(() => Industry, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'industry_id' })
  industry?: Industry;

  @Field(() => Region, { description: 'The 시·도 of its head office.' })
  @Index()
  @Column({ type: 'enum', enum: Region, enumName: 'region' })
  region: Region;

  @Field(() => Int, { description: 'Number of employees.' })
  @Column({ type: 'integer' })
  employees: number;

  @Field(() => String, { nullable: true, description: 'Web site address.' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  website: string | null;

  @Field(() => String, { description: 'What the organisation does, in Korean.' })
  @Column({ name: 'description_ko', type: 'text', default: '' })
  descriptionKo: string;

  @Field(() => String, { description: 'What the organisation does, in English.' })
  @Column({ name: 'description_en', type: 'text', default: '' })
  descriptionEn: string;

  // SEARCH_TEXT: kept by PostgreSQL; the ORM never reads or writes it.
  @Column({
    name: 'search_text',
    type: 'text',
    nullable: true,
    generatedType: 'STORED',
    asExpression: SEARCH_TEXT_EXPRESSION,
    select: false,
    insert: false,
    update: false,
  })
  searchText?: string;

  @Field(() => MembershipStatus, { description: 'Membership state; only APPROVED members are matched.' })
  @Index()
  @Column({
    name: 'membership_status',
    type: 'enum',
    enum: MembershipStatus,
    enumName: 'membership_status',
    default: MembershipStatus.APPLIED,
  })
  membershipStatus: MembershipStatus;

  @Field(() => Date, { nullable: true, description: 'When the steering committee last decided on the membership.' })
  @Column({ name: 'membership_decided_at', type: 'timestamptz', nullable: true })
  membershipDecidedAt: Date | null;

  @Column({ name: 'membership_decided_by', type: 'varchar', length: 200, nullable: true })
  membershipDecidedBy: string | null;

  @Field(() => String, { nullable: true, description: 'Why the steering committee decided as it did.' })
  @Column({ name: 'membership_decision_reason', type: 'text', nullable: true })
  membershipDecisionReason: string | null;

  @Field(() => ProfileVisibility, { description: 'Who may see this profile.' })
  @Column({ type: 'enum', enum: ProfileVisibility, enumName: 'profile_visibility', default: ProfileVisibility.PUBLIC })
  visibility: ProfileVisibility;

  @Column({ name: 'contact_name', type: 'varchar', length: 200, nullable: true })
  contactName: string | null;

  @Column({ name: 'contact_email', type: 'varchar', length: 320, nullable: true })
  contactEmail: string | null;

  @Column({ name: 'contact_phone', type: 'varchar', length: 50, nullable: true })
  contactPhone: string | null;

  @Field(() => Boolean, {
    description: 'Whether the organisation takes part in matchmaking; when false it is never suggested (it can still be added by hand).',
  })
  @Column({ type: 'boolean', default: true })
  matchmaking: boolean;

  @Field(() => Int, {
    description:
      'In how many consortia (not DISSOLVED, on projects not CLOSED) the organisation takes part at once at most (1–50, default 3); beyond that it is not suggested.',
  })
  @Column({ name: 'max_concurrent_consortia', type: 'integer', default: 3 })
  maxConcurrentConsortia: number;
}
