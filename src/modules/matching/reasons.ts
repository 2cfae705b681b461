// Every sentence matching answers, in Korean or English (docs/matching.md, "Languages"): reasons
// behind scores, why no consortium exists, why an organisation is left out. Organisations are named
// by name and slots by role and domain, never by row id; numbers stay in the structured fields
// beside the sentences, so a sentence says what happened and the fields say how much.
import type { ExclusionCause, ExclusionConstraint } from '../../matching/explain-exclusion';
import type { ConsortiumAlternative, FitExplanation, Infeasibility, LeftOut, PartnerMatch, SlotInput, TeamSizeRule } from '../../matching/types';
import { OrganizationKind } from '../organizations/organization.enums';
import { SlotRole } from '../projects/project.enums';
import { Language, objectParticle, topicParticle } from '../../graphql/language';

/** Names of what reasons mention, in the requested language. */
export interface Names {
  lang: Language;
  domain(id: number): string;
  technology(id: number): string;
  industry(id: number): string;
  organization(id: number): string;
  city(id: number): string;
}

/** What sentences about one project need: its slots (with roles, when they are a project's) and city. */
export interface Scene {
  names: Names;
  slots: readonly SlotInput[];
  /** The role of a slot by id; null for a slot made from a domain. */
  roleOf(slotId: number): SlotRole | null;
  cityId: number;
}

const ROLE: Record<SlotRole, { ko: string; en: string }> = {
  LEAD: { ko: '주관', en: 'lead' },
  INTEGRATOR: { ko: '통합', en: 'integrator' },
  SOLUTION_PROVIDER: { ko: '솔루션 공급', en: 'solution provider' },
  RESEARCH_PARTNER: { ko: '연구 협력', en: 'research partner' },
  OPERATOR: { ko: '운영', en: 'operator' },
};

const KIND: Record<OrganizationKind, { ko: string; en: string }> = {
  LARGE_ENTERPRISE: { ko: '대기업', en: 'large enterprise' },
  MID_SIZED: { ko: '중견기업', en: 'mid-sized enterprise' },
  SME: { ko: '중소기업', en: 'SME' },
  STARTUP: { ko: '스타트업', en: 'start-up' },
  UNIVERSITY: { ko: '대학', en: 'university' },
  RESEARCH_INSTITUTE: { ko: '연구기관', en: 'research institute' },
  ASSOCIATION: { ko: '협회·단체', en: 'association' },
  PUBLIC_AGENCY: { ko: '공공기관', en: 'public agency' },
};

/** Capability levels 1–5 in words (the capability's `level` description). */
const LEVEL: { ko: string; en: string }[] = [
  { ko: '연구·개념 단계', en: 'at research or concept stage' },
  { ko: '시제품·PoC 단계', en: 'at prototype or proof-of-concept stage' },
  { ko: '현장 실증 단계', en: 'piloted on a real site' },
  { ko: '상용화 단계', en: 'in commercial use' },
  { ko: '도시 규모 검증 단계', en: 'proven at city scale' },
];

const isKo = (names: Names) => names.lang === Language.KO;

/** "a, b and c" / "a, b, c". */
function list(items: readonly string[], names: Names): string {
  if (isKo(names) || items.length < 2) return items.join(', ');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function kindName(kind: string, names: Names): string {
  const words = KIND[kind as OrganizationKind];
  return words ? (isKo(names) ? words.ko : words.en) : kind;
}

/** "스마트 물관리 주관 역할" / "the lead role in Smart water"; a domain slot: "스마트 물관리 분야" / "Smart water". */
export function slotLabel(slot: Pick<SlotInput, 'id' | 'domainId'>, scene: Scene): string {
  const { names } = scene;
  const domain = names.domain(slot.domainId);
  const role = scene.roleOf(slot.id);
  if (role === null) return isKo(names) ? `${domain} 분야` : domain;
  return isKo(names) ? `${domain} ${ROLE[role].ko} 역할` : `the ${ROLE[role].en} role in ${domain}`;
}

/** What earned a fit, in words: the capability's maturity, the technologies it has (and lacks), where it runs already. */
export function fitPhrase(fit: FitExplanation, slot: SlotInput, scene: Scene): string {
  const { names } = scene;
  const ko = isKo(names);
  if (fit.fit === 0) return ko ? '맞는 역량 없음' : 'no capability that fits';
  const level = fit.level !== null ? LEVEL[fit.level - 1] : undefined;
  const parts = [ko ? `${level?.ko ?? ''} 역량`.trim() : `a capability ${level?.en ?? ''}`.trim()];
  if (slot.technologyIds.length > 0) {
    const has = fit.matchedTechnologyIds.map((id) => names.technology(id));
    const lacks = slot.technologyIds.filter((id) => !fit.matchedTechnologyIds.includes(id)).map((id) => names.technology(id));
    if (ko) parts.push(lacks.length === 0 ? `${has.join('·')} 보유` : `${has.join('·')} 보유(${lacks.join('·')} 없음)`);
    else parts.push(lacks.length === 0 ? `with ${list(has, names)}` : `with ${list(has, names)} but not ${list(lacks, names)}`);
  }
  if (fit.cityBonus > 0) parts.push(ko ? `${names.city(scene.cityId)} 운영 실적` : `already deployed in ${names.city(scene.cityId)}`);
  return parts.join(', ');
}

const slotOf = (scene: Scene, slotId: number) => scene.slots.find((s) => s.id === slotId)!;

export function partnerReasons(match: PartnerMatch, scene: Scene, seeker: { id: number; industryId: number }, candidateIndustryId: number): string[] {
  const { names } = scene;
  const ko = isKo(names);
  const who = names.organization(match.organizationId);
  const seekerName = names.organization(seeker.id);
  const reasons = match.gains.map((gain) => {
    const slot = slotOf(scene, gain.slotId);
    const label = slotLabel(slot, scene);
    const how = fitPhrase(gain.fit, slot, scene);
    if (gain.seekerFit === 0) {
      return ko ? `${label}: ${seekerName}에 없는 역량을 갖췄습니다 (${how}).` : `${who} can take ${label}, which ${seekerName} cannot: ${how}.`;
    }
    return ko ? `${label}: ${seekerName}보다 역량이 앞섭니다 (${how}).` : `${who} is stronger than ${seekerName} in ${label}: ${how}.`;
  });
  if (match.crossIndustry) {
    const theirs = names.industry(candidateIndustryId);
    const ours = names.industry(seeker.industryId);
    reasons.push(
      ko ? `다른 산업의 파트너입니다: ${theirs} (${seekerName}: ${ours}).` : `${who} brings another industry: ${theirs} (${seekerName} is in ${ours}).`,
    );
  }
  return reasons;
}

/** Per organisation, what the rules knew of it (interest, ties); absent: nothing. */
export interface RuleFacts {
  interested(organizationId: number): boolean;
  tied(a: number, b: number): boolean;
}

export function consortiumReasons(
  alternative: ConsortiumAlternative,
  rank: number,
  scene: Scene,
  industryOf: (organizationId: number) => number,
  facts: RuleFacts,
  options: { maxLargeStake?: number | null; interestBonus?: number; tieBonus?: number },
): string[] {
  const { names } = scene;
  const ko = isKo(names);
  const reasons = alternative.assignments.map((a) => {
    const slot = slotOf(scene, a.slotId);
    const label = slotLabel(slot, scene);
    const who = names.organization(a.organizationId);
    const how = fitPhrase(a.fit, slot, scene);
    return ko ? `${who}: ${label}${objectParticle(label)} 맡습니다 (${how}).` : `${who} takes ${label}: ${how}.`;
  });
  for (const slotId of alternative.gaps) {
    const label = slotLabel(slotOf(scene, slotId), scene);
    reasons.push(ko ? `${label}${topicParticle(label)} 비어 있습니다.` : `Nobody takes ${label}.`);
  }
  const industries = [...new Set(alternative.memberIds.map(industryOf))].map((id) => names.industry(id));
  reasons.push(
    industries.length > 1
      ? ko
        ? `여러 산업이 함께합니다: ${list(industries, names)}.`
        : `The members come from several industries: ${list(industries, names)}.`
      : ko
        ? `구성원이 모두 같은 산업입니다: ${industries[0]}.`
        : `Every member is in ${industries[0]}.`,
  );
  if (options.maxLargeStake != null && alternative.largeStake > 0) {
    reasons.push(ko ? '대기업 지분 합계가 상한 안에 있습니다.' : "The large enterprises' combined stake stays within the cap.");
  }
  if ((options.interestBonus ?? 0) > 0) {
    for (const id of alternative.memberIds.filter((m) => facts.interested(m))) {
      reasons.push(ko ? `${names.organization(id)}: 이 사업에 관심을 표명했습니다.` : `${names.organization(id)} expressed interest in this project.`);
    }
  }
  if ((options.tieBonus ?? 0) > 0) {
    const ids = alternative.memberIds;
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        if (!facts.tied(ids[i], ids[j])) continue;
        const [a, b] = [names.organization(ids[i]), names.organization(ids[j])];
        reasons.push(ko ? `${a}, ${b}: 함께한 실적이 있습니다.` : `${a} and ${b} have worked together before.`);
      }
    }
  }
  const { proven } = alternative.optimality;
  reasons.push(
    ko
      ? proven
        ? rank === 1
          ? '주어진 조건에서 가장 좋은 구성임이 증명되었습니다.'
          : '위의 대안을 빼면 가장 좋은 구성임이 증명되었습니다.'
        : '제한 시간 안에 찾은 가장 좋은 구성이며, 최적임은 증명되지 않았습니다.'
      : proven
        ? rank === 1
          ? 'Proven the best team under these rules.'
          : 'Proven the best team apart from those above.'
        : 'The best team found within the time limit; not proven the best.',
  );
  return reasons;
}

const RULE: Record<TeamSizeRule | ExclusionConstraint, { ko: string; en: string }> = {
  includeOrganizations: { ko: '필수 기관', en: 'the required organisations' },
  excludeOrganizations: { ko: '제외 기관', en: 'the excluded organisations' },
  maxMembers: { ko: '최대 구성원 수', en: 'the member limit' },
  minSmes: { ko: '중소기업·스타트업 최소 수', en: 'the minimum of SMEs and start-ups' },
  minIndustries: { ko: '최소 산업 수', en: 'the minimum of industries' },
  requiredKinds: { ko: '필수 기관 유형', en: 'the required kinds' },
  maxLargeShare: { ko: '대기업 구성원 비율 상한', en: "the cap on large enterprises' share of members" },
  maxLargeStake: { ko: '대기업 지분 상한', en: "the cap on large enterprises' stake" },
  requireFullCoverage: { ko: '모든 역할 충족', en: 'filling every slot' },
};

const ruleName = (rule: TeamSizeRule | ExclusionConstraint, names: Names) => (isKo(names) ? RULE[rule].ko : RULE[rule].en);

/** "제외 기관, 참여 한도에 이른 기관을 빼면 " / "Leaving out the excluded organisations, "; empty when nobody was left out. */
function leftOutPrefix(left: LeftOut, names: Names): string {
  const ko = isKo(names);
  const groups = [
    left.excluded > 0 ? (ko ? '제외 기관' : 'the excluded organisations') : '',
    left.atCapacity > 0 ? (ko ? '참여 한도에 이른 기관' : 'those at capacity') : '',
    left.optedOut > 0 ? (ko ? '매칭을 원하지 않는 기관' : 'those that opted out of matchmaking') : '',
  ].filter((g) => g !== '');
  if (groups.length === 0) return '';
  return ko ? `${groups.join(', ')}${objectParticle(groups[groups.length - 1])} 빼면 ` : `Leaving out ${list(groups, names)}, `;
}

/** Capitalises the first letter of an English sentence (after an empty prefix). */
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Why no consortium exists, as a sentence a planner can act on. */
export function infeasibleSentence(reason: Infeasibility, scene: Scene): string {
  const { names } = scene;
  const ko = isKo(names);
  const org = (id: number) => names.organization(id);
  switch (reason.code) {
    case 'NO_SLOTS':
      return ko ? '이 사업에는 아직 요구 역할이 없습니다.' : 'The project has no requirement slots yet.';
    case 'NO_MEMBERS_ALLOWED':
      return ko ? '최대 구성원 수로는 구성원을 둘 수 없습니다.' : 'The member limit allows no member at all.';
    case 'INCLUDED_AND_EXCLUDED':
      return ko
        ? `${org(reason.organizationId)}: 필수 기관과 제외 기관에 모두 지정되었습니다.`
        : `${org(reason.organizationId)} is both required and excluded.`;
    case 'INCLUDED_NOT_APPROVED':
      return ko
        ? `${org(reason.organizationId)}: 승인된 회원사가 아니어서 포함할 수 없습니다.`
        : `${org(reason.organizationId)} is not an approved member, so it cannot be included.`;
    case 'TEAM_TOO_SMALL':
      return ko
        ? `${ruleName(reason.rule, names)}${objectParticle(ruleName(reason.rule, names))} 채울 만큼 ${reason.bySlots ? '사업의 역할이 많지 않습니다' : '최대 구성원 수가 크지 않습니다'}.`
        : `A team cannot be large enough for ${ruleName(reason.rule, names)}: ${reason.bySlots ? 'the project has too few slots' : 'the member limit is too low'}.`;
    case 'LARGE_NOT_ALLOWED': {
      const cap = ruleName(reason.rule, names);
      if (reason.because === 'requiredKinds') {
        return ko
          ? `${cap} 때문에 대기업을 둘 수 없는데, 필수 기관 유형에 대기업이 있습니다.`
          : `${sentence(cap)} leaves no room for a large enterprise, but one is required.`;
      }
      return ko ? `필수 기관에 대기업이 ${cap}보다 많습니다.` : `The required organisations include more large enterprises than ${cap} allows.`;
    }
    case 'INCLUDED_BLOCKED': {
      const [a, b] = reason.organizationIds.map(org);
      return ko
        ? `${a}, ${b}: 한쪽이 다른 쪽을 차단해 같은 컨소시엄에 넣을 수 없습니다.`
        : `${a} and ${b} cannot be in one consortium: one has blocked the other.`;
    }
    case 'INCLUDED_FITS_NO_SLOT':
      return ko
        ? `${org(reason.organizationId)}: 이 사업의 어느 역할에도 맞는 역량이 없습니다.`
        : `${org(reason.organizationId)} has no capability that fits any slot of this project.`;
    case 'NO_CANDIDATE':
      return ko
        ? `${leftOutPrefix(reason.leftOut, names)}어느 역할에도 맞는 승인 회원사가 없습니다.`
        : sentence(`${leftOutPrefix(reason.leftOut, names)}no approved member fits any slot.`);
    case 'NO_SMALL_CANDIDATE':
      return ko
        ? `${leftOutPrefix(reason.leftOut, names)}어느 역할에도 맞는 중소기업·스타트업이 없습니다.`
        : sentence(`${leftOutPrefix(reason.leftOut, names)}no approved SME or start-up fits any slot.`);
    case 'TOO_FEW_SMALL':
      return ko ? '역할에 맞는 중소기업·스타트업이 최소 수보다 적습니다.' : 'Fewer SMEs and start-ups fit a slot than the minimum asks for.';
    case 'REQUIRED_KIND_MISSING':
      return ko
        ? `필수 기관 유형인 ${kindName(reason.kind, names)} 중 역할에 맞는 기관이 없습니다.`
        : `No ${kindName(reason.kind, names)} fits any slot, but the kind is required.`;
    case 'TOO_FEW_INDUSTRIES':
      return ko
        ? '역할에 맞는 기관들의 산업 수가 최소 산업 수보다 적습니다.'
        : 'The organisations that fit come from fewer industries than the minimum asks for.';
    case 'SLOT_UNFILLABLE': {
      const label = slotLabel(slotOf(scene, reason.slotId), scene);
      return ko
        ? `모든 역할을 채워야 하지만, ${leftOutPrefix(reason.leftOut, names)}${label}에 맞는 승인 회원사가 없습니다.`
        : `Every slot must be filled, but ${leftOutPrefix(reason.leftOut, names).toLowerCase()}no approved member fits ${label}.`;
    }
    case 'ONLY_LARGE':
      return ko
        ? '역할에 맞는 기관이 모두 대기업인데, 대기업 구성원 비율에 상한이 있습니다.'
        : 'Every organisation that fits is a large enterprise, and their share of members is capped.';
    case 'JOINTLY_INFEASIBLE':
      return ko ? '모든 조건을 함께 만족하는 구성이 없습니다. 조건을 하나 완화해 보십시오.' : 'No team meets all the rules together; try relaxing one of them.';
    case 'TIME_LIMIT':
      return ko ? '제한 시간 안에 구성을 찾지 못했습니다.' : 'No team was found within the time limit.';
    case 'CAPACITY_TAKEN':
      return ko
        ? '이 사업만 보면 구성이 가능하지만, 필요한 기관들이 다른 사업에 배정되어 참여 한도가 찼습니다.'
        : 'This project could be staffed on its own, but the organisations it needs are taken by the other projects up to their limit.';
    case 'PORTFOLIO_INCOMPLETE':
      return ko
        ? '모든 사업을 함께 구성할 수 없어 어느 사업도 구성하지 않았습니다 (requireAll).'
        : 'Not every project can be staffed together, so none was assembled (requireAll).';
  }
}

/** Why organisation `organizationId` is not in the best consortium (cause null: it is). */
export function exclusionSentence(
  explained: { cause: ExclusionCause | null; constraint: ExclusionConstraint | null; blockedWith: readonly number[]; loss: number | null },
  organizationId: number,
  names: Names,
): string {
  const ko = isKo(names);
  const x = names.organization(organizationId);
  switch (explained.cause) {
    case null:
      return ko ? `${x}: 이미 최적 구성에 들어 있습니다.` : `${x} is already in the best consortium.`;
    case 'NO_FIT':
      return ko ? `${x}: 이 사업의 어느 역할에도 맞는 역량이 없습니다.` : `${x} has no capability that fits any slot of this project.`;
    case 'OPTED_OUT':
      return ko ? `${x}: 매칭 제안을 받지 않기로 해 후보에서 빠졌습니다.` : `${x} has opted out of matchmaking, so it is not suggested.`;
    case 'AT_CAPACITY':
      return ko ? `${x}: 이미 참여 한도만큼 컨소시엄에 들어 있습니다.` : `${x} is already in as many consortia as it takes on.`;
    case 'BLOCKED': {
      const others = list(
        explained.blockedWith.map((id) => names.organization(id)),
        names,
      );
      return ko
        ? `${x}, ${others}: 차단 관계라 같은 컨소시엄에 넣을 수 없습니다.`
        : `${x} and ${others} have a block between them, so they cannot be in one consortium.`;
    }
    case 'CONSTRAINT':
      if (explained.constraint === 'excludeOrganizations') return ko ? `${x}: 제외 기관으로 지정되어 있습니다.` : `${x} is among the excluded organisations.`;
      if (explained.constraint === null)
        return ko ? `${x}: 포함하면 모든 조건을 함께 만족하는 구성이 없습니다.` : `No team with ${x} meets all the rules together.`;
      return ko
        ? `${x}: ${ruleName(explained.constraint, names)} 조건 때문에 들어갈 수 없습니다.`
        : `${x} cannot join because of ${ruleName(explained.constraint, names)}; relaxing it would let it in.`;
    case 'OUTRANKED':
      if (explained.loss !== null && explained.loss <= 1e-9) {
        return ko
          ? `${x}: 포함해도 가치는 같지만, 같은 가치의 다른 구성이 먼저 골라졌습니다.`
          : `${x} could join at no loss, but another team of equal value came first.`;
      }
      return ko
        ? `${x}: 포함할 수는 있지만, 포함한 최선의 구성은 최적 구성보다 가치가 낮습니다.`
        : `${x} can join, but the best team with it is worth less than the best team.`;
  }
}
