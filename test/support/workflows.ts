// Helpers for the project, partnership and consortium tests: fixtures, operations and row counts.
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../src/modules/accounts/tokens';
import { toGlobalId } from '../../src/graphql/global-id';
import type { Result, TestApi } from './api';

export const USER_ERRORS = 'userErrors { field message code }';

/** The mutations under test, each with the fields the tests read back. */
export const OPS = {
  createProject: `mutation($input: CreateProjectInput!) { createProject(input: $input) {
    project { id slug status version titleEn slots { id position version role minLevel weight domain { slug } technologies { slug } } } ${USER_ERRORS} } }`,
  updateProject: `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { project { id version titleEn titleKo summaryEn } ${USER_ERRORS} } }`,
  addRequirementSlot: `mutation($input: AddRequirementSlotInput!) { addRequirementSlot(input: $input) {
    slot { id position version domain { slug } technologies { slug } } project { id version slots { id position } } ${USER_ERRORS} } }`,
  updateRequirementSlot: `mutation($input: UpdateRequirementSlotInput!) { updateRequirementSlot(input: $input) {
    slot { id version role minLevel weight allowedKinds domain { slug } technologies { slug } } project { version } ${USER_ERRORS} } }`,
  removeRequirementSlot: `mutation($input: RemoveRequirementSlotInput!) { removeRequirementSlot(input: $input) {
    removedSlotId project { id version slots { id position } } ${USER_ERRORS} } }`,
  transferProject: `mutation($input: TransferProjectInput!) { transferProject(input: $input) { project { id version owner { id } } ${USER_ERRORS} } }`,
  openProject: `mutation($input: ProjectTransitionInput!) { openProject(input: $input) { project { id status version } ${USER_ERRORS} } }`,
  closeProject: `mutation($input: ProjectTransitionInput!) { closeProject(input: $input) { project { id status version } ${USER_ERRORS} } }`,
  sendPartnershipRequest: `mutation($input: SendPartnershipRequestInput!) { sendPartnershipRequest(input: $input) {
    request { id status version message from { id } to { id } project { id } } ${USER_ERRORS} } }`,
  answerPartnershipRequest: `mutation($input: AnswerPartnershipRequestInput!) { answerPartnershipRequest(input: $input) {
    request { id status version answeredAt } ${USER_ERRORS} } }`,
  withdrawPartnershipRequest: `mutation($input: WithdrawPartnershipRequestInput!) { withdrawPartnershipRequest(input: $input) {
    request { id status version answeredAt } ${USER_ERRORS} } }`,
  createConsortium: `mutation($input: CreateConsortiumInput!) { createConsortium(input: $input) {
    consortium { id name status version project { id status }
      members { organization { id } role invitationStatus slots { id } }
      assignments { slot { id } organization { id } } } ${USER_ERRORS} } }`,
  createConsortiaFromPortfolio: `mutation($input: CreateConsortiaFromPortfolioInput!) { createConsortiaFromPortfolio(input: $input) {
    consortia { id name status project { id } } ${USER_ERRORS} } }`,
  inviteToConsortium: `mutation($input: ConsortiumTransitionInput!) { inviteToConsortium(input: $input) {
    consortium { id status version project { status } members { organization { id } invitationStatus } } ${USER_ERRORS} } }`,
  answerConsortiumInvitation: `mutation($input: AnswerConsortiumInvitationInput!) { answerConsortiumInvitation(input: $input) {
    consortium { id status version members { organization { id } invitationStatus } } ${USER_ERRORS} } }`,
  confirmConsortium: `mutation($input: ConsortiumTransitionInput!) { confirmConsortium(input: $input) {
    consortium { id status version project { status } } ${USER_ERRORS} } }`,
  dissolveConsortium: `mutation($input: DissolveConsortiumInput!) { dissolveConsortium(input: $input) {
    consortium { id status version } ${USER_ERRORS} } }`,
} as const;

export type OpName = keyof typeof OPS;

/** Runs one mutation with `input` as `viewer`. */
export function mutate(api: TestApi, op: OpName, input: Record<string, unknown>, viewer: Viewer | null): Promise<Result> {
  return api.query(OPS[op], { input }, viewer);
}

/** Runs one mutation that must succeed; returns its payload. */
export async function ok(api: TestApi, op: OpName, input: Record<string, unknown>, viewer: Viewer | null): Promise<Record<string, any>> {
  const result = await mutate(api, op, input, viewer);
  expect(result.errors).toBeUndefined();
  const payload = result.data![op];
  expect(payload.userErrors).toEqual([]);
  return payload;
}

/** Runs one mutation that must fail with a userError of `code`; returns the userErrors. */
export async function userError(api: TestApi, op: OpName, input: Record<string, unknown>, viewer: Viewer | null, code: string) {
  const result = await mutate(api, op, input, viewer);
  expect(result.errors).toBeUndefined();
  const payload = result.data![op];
  expect(payload.userErrors.map((e: { code: string }) => e.code)).toEqual([code]);
  return payload.userErrors as { field: string[] | null; message: string; code: string }[];
}

/** Row counts and version sums of every table these mutations write: equal snapshots mean nothing was written. */
export async function snapshot(dataSource: DataSource): Promise<Record<string, string>> {
  const [row] = await dataSource.query(`SELECT
    (SELECT count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(string_agg(status::text, ',' ORDER BY id), '') FROM project) AS project,
    (SELECT count(*) || ':' || coalesce(sum(version), 0) FROM requirement_slot) AS requirement_slot,
    (SELECT count(*) FROM requirement_slot_technology)::text AS requirement_slot_technology,
    (SELECT count(*) || ':' || coalesce(sum(version), 0) FROM partnership_request) AS partnership_request,
    (SELECT count(*) || ':' || coalesce(sum(version), 0) FROM consortium) AS consortium,
    (SELECT count(*) || ':' || coalesce(string_agg(invitation_status::text, ',' ORDER BY id), '') FROM consortium_member) AS consortium_member,
    (SELECT count(*) FROM consortium_assignment)::text AS consortium_assignment,
    (SELECT count(*) FROM audit_entry WHERE subject_type = 'Consortium')::text AS consortium_audit`);
  return row;
}

/** Ids of seeded APPROVED organisations with PUBLIC profiles, lowest first, skipping `offset`; each test file takes its own slice. */
export async function approvedOrganizations(dataSource: DataSource, count: number, offset: number): Promise<number[]> {
  const rows: { id: number }[] = await dataSource.query(
    `SELECT id FROM organization WHERE membership_status = 'APPROVED' AND visibility = 'PUBLIC' ORDER BY id OFFSET $1 LIMIT $2`,
    [offset, count],
  );
  if (rows.length < count) throw new Error(`only ${rows.length} approved organisations from offset ${offset}`);
  return rows.map((r) => r.id);
}

export const orgId = (id: number) => toGlobalId('Organization', id);

/** The pilot city of this test file's projects (see useTestCity). */
let testCity = 'sejong-5-1';

/**
 * Gives this test file's projects a pilot city of their own, so the tests that compare project
 * lists with the seeded projects never see them, even when test files run in parallel. Returns
 * the clean-up: it deletes the city with its projects (their slots and consortia go with them).
 */
export async function useTestCity(dataSource: DataSource): Promise<() => Promise<void>> {
  const slug = `test-city-${randomUUID().slice(0, 8)}`;
  await dataSource.query(`INSERT INTO pilot_city (slug, name_ko, name_en, region, area_km2) VALUES ($1, '시험 도시', 'Test city', 'SEJONG', 1)`, [slug]);
  testCity = slug;
  return async () => {
    await dataSource.query('DELETE FROM project WHERE city_id IN (SELECT id FROM pilot_city WHERE slug = $1)', [slug]);
    await dataSource.query('DELETE FROM pilot_city WHERE slug = $1', [slug]);
  };
}

/** A project input with a unique slug, in this file's test city. */
export function projectInput(slots: Record<string, unknown>[] = [SLOT], extra: Record<string, unknown> = {}) {
  return {
    city: testCity,
    slug: `test-${randomUUID().slice(0, 8)}`,
    titleKo: '시험 과제',
    titleEn: 'Test project',
    summaryEn: 'A project made by a test.',
    slots,
    ...extra,
  };
}

export const SLOT = { role: 'LEAD', domain: 'mobility', technologies: ['ai'], minLevel: 2, weight: 3 };

/** Deletes projects (their slots and consortia go with them) made by a test, so other tests see the seeded list again. */
export async function deleteProjects(dataSource: DataSource, projectIds: string[]): Promise<void> {
  const ids = projectIds.map((id) => Number(Buffer.from(id, 'base64url').toString('utf8').split(':')[1]));
  if (ids.length > 0) await dataSource.query('DELETE FROM project WHERE id = ANY($1)', [ids]);
}

/** Removes the partnership requests of these organisations (left by an earlier run on the same database). */
export async function deleteRequestsOf(dataSource: DataSource, organizationIds: number[]): Promise<void> {
  await dataSource.query('DELETE FROM partnership_request WHERE from_organization_id = ANY($1) OR to_organization_id = ANY($1)', [organizationIds]);
}
