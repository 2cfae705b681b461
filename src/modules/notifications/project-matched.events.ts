import type { EntityManager } from 'typeorm';
import { projectMatches, type ProjectCandidate } from '../../matching/project-matches';
import { recordEvents, type EventDraft } from '../events/event-log';
import { EventType } from '../events/event.enums';
import { organizationNames, projectTitle } from '../events/names';
import { candidatesFor, type Pool } from '../matching/candidate-pool';
import type { Project } from '../projects/project.entity';
import { DEFAULT_PROJECT_MATCH_THRESHOLD } from './notification.enums';

/** Scores compare at this resolution, so a threshold of 0.6 is met by a score that prints as 0.6. */
const EPSILON = 1e-9;

/** The approved members with their capabilities, as matching keeps them in memory (CandidatePool). */
export type MatchingPool = () => Promise<Pool>;

/**
 * PROJECT_MATCHED (docs/events.md): when `project` opens, the approved organisations that can fit
 * one of its slots are scored with the projectMatches core (Σ_r w_r·fit(o, r) / Σ_r w_r,
 * docs/matching.md), and each organisation with a score above 0 gets one event, addressed to its
 * enabled accounts whose saved threshold the score meets. Written in the opening's transaction,
 * last (recordEvents). The organisations come from matching's in-memory candidate pool (the
 * database's committed state at its data version), so with 10,000 members this costs one pass
 * of the core and one indexed read of the scored organisations' accounts, not a read of every
 * capability.
 */
export async function recordProjectMatchedEvents(
  em: EntityManager,
  project: Pick<Project, 'id' | 'cityId'>,
  actorAccountId: number | null,
  matchingPool: MatchingPool,
): Promise<number[]> {
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
  const scores = new Map<number, number>();
  for (const organization of candidatesFor(await matchingPool(), candidate.slots)) {
    const [match] = projectMatches(organization, [candidate], 1);
    if (match) scores.set(organization.id, match.score);
  }
  if (scores.size === 0) return [];
  // The scored organisations' enabled accounts that want matches: no settings row means the default threshold.
  const listeners: { id: number; organization_id: number; threshold: number }[] = await em.query(
    `SELECT a.id, a.organization_id, coalesce(s.project_match_threshold, $2::float8) AS threshold
       FROM account a LEFT JOIN notification_settings s ON s.account_id = a.id
      WHERE a.organization_id = ANY($1::int[]) AND a.disabled_at IS NULL AND (s.account_id IS NULL OR s.project_match_threshold IS NOT NULL)
      ORDER BY a.organization_id, a.id`,
    [[...scores.keys()], DEFAULT_PROJECT_MATCH_THRESHOLD],
  );
  const audiences = new Map<number, number[]>();
  for (const listener of listeners) {
    if (scores.get(listener.organization_id)! + EPSILON < listener.threshold) continue;
    audiences.set(listener.organization_id, [...(audiences.get(listener.organization_id) ?? []), listener.id]);
  }
  if (audiences.size === 0) return [];
  const [names, title] = await Promise.all([organizationNames(em, [...audiences.keys()]), projectTitle(em, project.id)]);
  const drafts: EventDraft[] = [...audiences].map(([organizationId, accountIds]) => {
    const score = scores.get(organizationId)!;
    const percent = Math.round(score * 100);
    const name = names.get(organizationId) ?? { ko: '', en: '' };
    return {
      type: EventType.PROJECT_MATCHED,
      subject: { type: 'Project', id: project.id },
      actorAccountId,
      audience: { accountIds },
      summary: {
        ko: `${name.ko}에 맞는 새 사업이 공개되었습니다: ${title.ko} (적합도 ${percent}%).`,
        en: `A newly opened project matches ${name.en}: ${title.en} (${percent}% match).`,
      },
      data: { projectId: project.id, organizationId, score: Math.round(score * 1e4) / 1e4 },
    };
  });
  return recordEvents(em, drafts);
}
