import type { EntityManager } from 'typeorm';
import { projectMatches, type ProjectCandidate } from '../../matching/project-matches';
import type { OrganizationInput } from '../../matching/types';
import { recordEvents, type EventDraft } from '../events/event-log';
import { EventType } from '../events/event.enums';
import { projectTitle } from '../events/names';
import { MembershipStatus } from '../organizations/organization.enums';
import type { Project } from '../projects/project.entity';
import { DEFAULT_PROJECT_MATCH_THRESHOLD } from './notification.enums';

/** Scores compare at this resolution, so a threshold of 0.6 is met by a score that prints as 0.6. */
const EPSILON = 1e-9;

interface CandidateRow {
  id: number;
  kind: string;
  industry_id: number;
  name_ko: string;
  name_en: string;
  /** [capability id, domain id, level, technology ids, city ids], only in the project's domains. */
  capabilities: [number, number, number, number[], number[]][];
  /** [account id, threshold] of the enabled accounts that want project matches. */
  accounts: [number, number][];
}

/**
 * PROJECT_MATCHED (docs/events.md): when `project` opens, every approved organisation is scored
 * against it with the projectMatches core (Σ_r w_r·fit(o, r) / Σ_r w_r, docs/matching.md), and one
 * event goes to each organisation's accounts whose saved threshold the score meets. Written in the
 * opening's transaction, last (recordEvents). Only organisations with a capability in one of the
 * project's domains can score above 0, and only those with an account that wants matches are read:
 * one statement and one pass of the core, also with 10,000 members.
 */
export async function recordProjectMatchedEvents(em: EntityManager, project: Pick<Project, 'id' | 'cityId'>, actorAccountId: number | null): Promise<number[]> {
  const slots: { id: number; domain_id: number; technology_ids: number[]; min_level: number; weight: number; allowed_kinds: string[] | null }[] =
    await em.query(
      `SELECT s.id, s.domain_id, s.min_level, s.weight, s.allowed_kinds,
              ARRAY(SELECT t.technology_id FROM requirement_slot_technology t WHERE t.requirement_slot_id = s.id ORDER BY 1) AS technology_ids
         FROM requirement_slot s WHERE s.project_id = $1 ORDER BY s.position`,
      [project.id],
    );
  if (slots.length === 0) return [];
  const candidate: ProjectCandidate = {
    id: project.id,
    cityId: project.cityId,
    slots: slots.map((s) => ({
      id: s.id,
      domainId: s.domain_id,
      technologyIds: s.technology_ids,
      minLevel: s.min_level,
      weight: s.weight,
      allowedKinds: s.allowed_kinds,
    })),
  };
  const domainIds = [...new Set(slots.map((s) => s.domain_id))];
  const rows: CandidateRow[] = await em.query(
    `WITH listening AS (
       SELECT a.id, a.organization_id, CASE WHEN s.account_id IS NULL THEN $3::float8 ELSE s.project_match_threshold END AS threshold
         FROM account a LEFT JOIN notification_settings s ON s.account_id = a.id
        WHERE a.organization_id IS NOT NULL AND a.disabled_at IS NULL)
     SELECT o.id, o.kind, o.industry_id, o.name_ko, o.name_en,
            (SELECT json_agg(json_build_array(c.id, c.domain_id, c.level,
                      ARRAY(SELECT ct.technology_id FROM capability_technology ct WHERE ct.capability_id = c.id ORDER BY 1),
                      ARRAY(SELECT cc.pilot_city_id FROM capability_city cc WHERE cc.capability_id = c.id ORDER BY 1)) ORDER BY c.id)
               FROM capability c WHERE c.organization_id = o.id AND c.domain_id = ANY($2)) AS capabilities,
            (SELECT json_agg(json_build_array(l.id, l.threshold) ORDER BY l.id) FROM listening l
              WHERE l.organization_id = o.id AND l.threshold IS NOT NULL) AS accounts
       FROM organization o
      WHERE o.membership_status = $1
        AND EXISTS (SELECT 1 FROM capability c WHERE c.organization_id = o.id AND c.domain_id = ANY($2))
        AND EXISTS (SELECT 1 FROM listening l WHERE l.organization_id = o.id AND l.threshold IS NOT NULL)
      ORDER BY o.id`,
    [MembershipStatus.APPROVED, domainIds, DEFAULT_PROJECT_MATCH_THRESHOLD],
  );
  const title = await projectTitle(em, project.id);
  const drafts: EventDraft[] = [];
  for (const row of rows) {
    const organization: OrganizationInput = {
      id: row.id,
      kind: row.kind,
      industryId: row.industry_id,
      capabilities: row.capabilities.map(([id, domainId, level, technologyIds, cityIds]) => ({ id, domainId, level, technologyIds, cityIds })),
    };
    const [match] = projectMatches(organization, [candidate], 1);
    if (!match) continue;
    const accountIds = row.accounts.filter(([, threshold]) => match.score + EPSILON >= threshold).map(([id]) => id);
    if (accountIds.length === 0) continue;
    const percent = Math.round(match.score * 100);
    drafts.push({
      type: EventType.PROJECT_MATCHED,
      subject: { type: 'Project', id: project.id },
      actorAccountId,
      audience: { accountIds },
      summary: {
        ko: `${row.name_ko}에 맞는 새 사업이 공개되었습니다: ${title.ko} (적합도 ${percent}%).`,
        en: `A newly opened project matches ${row.name_en}: ${title.en} (${percent}% match).`,
      },
      data: { projectId: project.id, organizationId: row.id, score: Math.round(match.score * 1e4) / 1e4 },
    });
  }
  return recordEvents(em, drafts);
}
