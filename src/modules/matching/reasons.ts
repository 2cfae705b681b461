import type { ConsortiumAlternative, FitExplanation, PartnerMatch, SlotInput } from '../../matching/types';
import { Language } from './matching.inputs';

/** Names of what reasons mention, in the requested language. */
export interface Names {
  lang: Language;
  domain(id: number): string;
  technology(id: number): string;
  industry(id: number): string;
  organization(id: number): string;
  city(id: number): string;
}

const n2 = (x: number) => x.toFixed(2);

function slotLabel(slot: SlotInput, position: number, names: Names): string {
  const techs = slot.technologyIds.map((id) => names.technology(id)).join(', ');
  const what = techs ? `${names.domain(slot.domainId)}; ${techs}` : names.domain(slot.domainId);
  return names.lang === Language.KO ? `슬롯 ${position} (${what})` : `slot ${position} (${what})`;
}

/** How one fit came about: the capability's level, the technologies it covers, the city bonus, the cap. */
export function fitReason(fit: FitExplanation, slot: SlotInput, cityId: number, names: Names): string {
  const ko = names.lang === Language.KO;
  if (fit.fit === 0) return ko ? '맞는 역량 없음' : 'no capability fits';
  const covered =
    slot.technologyIds.length === 0
      ? ko
        ? '기술 조건 없음'
        : 'no technology asked'
      : ko
        ? `기술 ${fit.matchedTechnologyIds.length}/${slot.technologyIds.length} 충족 (${fit.matchedTechnologyIds.map((id) => names.technology(id)).join(', ')})`
        : `covers ${fit.matchedTechnologyIds.length} of ${slot.technologyIds.length} technologies (${fit.matchedTechnologyIds.map((id) => names.technology(id)).join(', ')})`;
  const parts = ko
    ? [`레벨 ${fit.level} 역량, ${covered}: ${n2(fit.techCoverage)} × ${n2(fit.levelFactor)}`]
    : [`level-${fit.level} capability that ${covered}: ${n2(fit.techCoverage)} × ${n2(fit.levelFactor)}`];
  if (fit.cityBonus > 0) parts.push(ko ? `${names.city(cityId)} 실적 +${n2(fit.cityBonus)}` : `+${n2(fit.cityBonus)} for deployment in ${names.city(cityId)}`);
  if (fit.capped) parts.push(ko ? '최대 1로 제한' : 'capped at 1');
  return parts.join(ko ? ', ' : '; ');
}

export function partnerReasons(
  match: PartnerMatch,
  slots: readonly SlotInput[],
  cityId: number,
  seekerIndustryId: number,
  candidateIndustryId: number,
  mu: number,
  names: Names,
): string[] {
  const ko = names.lang === Language.KO;
  const reasons = match.gains.map((gain) => {
    const position = slots.findIndex((s) => s.id === gain.slotId) + 1;
    const slot = slots[position - 1];
    const label = slotLabel(slot, position, names);
    return ko
      ? `${label}: 적합도 ${n2(gain.fit.fit)} (${fitReason(gain.fit, slot, cityId, names)}), 요청 기업 ${n2(gain.seekerFit)}; 이득 ${n2(gain.gain)} × 가중치 ${slot.weight} = ${n2(gain.weightedGain)}`
      : `${label}: fit ${n2(gain.fit.fit)} (${fitReason(gain.fit, slot, cityId, names)}) against the seeker's ${n2(gain.seekerFit)}; gain ${n2(gain.gain)} × weight ${slot.weight} = ${n2(gain.weightedGain)}`;
  });
  if (match.crossIndustry) {
    reasons.push(
      ko
        ? `다른 산업 (${names.industry(candidateIndustryId)}, 요청 기업은 ${names.industry(seekerIndustryId)}): +${n2(mu)}`
        : `Another industry (${names.industry(candidateIndustryId)}; the seeker is in ${names.industry(seekerIndustryId)}): +${n2(mu)}`,
    );
  }
  return reasons;
}

export function consortiumReasons(
  alternative: ConsortiumAlternative,
  rank: number,
  slots: readonly SlotInput[],
  cityId: number,
  industryOf: (organizationId: number) => number,
  options: { mu: number; kappa: number },
  names: Names,
): string[] {
  const ko = names.lang === Language.KO;
  const reasons = alternative.assignments.map((a) => {
    const position = slots.findIndex((s) => s.id === a.slotId) + 1;
    const slot = slots[position - 1];
    const label = slotLabel(slot, position, names);
    return ko
      ? `${names.organization(a.organizationId)}: ${label}, 적합도 ${n2(a.fit.fit)} (${fitReason(a.fit, slot, cityId, names)}) × 가중치 ${slot.weight} = ${n2(a.weightedFit)}`
      : `${names.organization(a.organizationId)} fills ${label}: fit ${n2(a.fit.fit)} (${fitReason(a.fit, slot, cityId, names)}) × weight ${slot.weight} = ${n2(a.weightedFit)}`;
  });
  for (const slotId of alternative.gaps) {
    const position = slots.findIndex((s) => s.id === slotId) + 1;
    const label = slotLabel(slots[position - 1], position, names);
    reasons.push(ko ? `${label}: 채우지 못함 (0)` : `${label} stays unfilled (adds 0)`);
  }
  const b = alternative.breakdown;
  const industries = [...new Set(alternative.memberIds.map(industryOf))].map((id) => names.industry(id)).join(', ');
  reasons.push(
    ko
      ? `산업 ${b.distinctIndustries}개 (${industries}): ${n2(options.mu)} × (${b.distinctIndustries} − 1) = +${n2(b.diversityTerm)}`
      : `${b.distinctIndustries} industries (${industries}): ${n2(options.mu)} × (${b.distinctIndustries} − 1) = +${n2(b.diversityTerm)}`,
    ko
      ? `구성원 ${b.memberCount}곳: ${n2(options.kappa)} × ${b.memberCount} = −${n2(b.sizePenalty)}`
      : `${b.memberCount} members: ${n2(options.kappa)} × ${b.memberCount} = −${n2(b.sizePenalty)}`,
    ko
      ? `가치 ${n2(b.fitTerm)} + ${n2(b.diversityTerm)} − ${n2(b.sizePenalty)} = ${n2(alternative.value)}; ${alternative.optimality.proven ? (rank === 1 ? 'MIP 솔버가 최적임을 증명' : '앞선 대안을 제외한 최적임을 MIP 솔버가 증명') : `시간 제한 안의 최선 (갭 ${n2(alternative.optimality.gap * 100)}%)`}`
      : `Value ${n2(b.fitTerm)} + ${n2(b.diversityTerm)} − ${n2(b.sizePenalty)} = ${n2(alternative.value)}; ${alternative.optimality.proven ? (rank === 1 ? 'proven optimal by the MIP solver' : 'proven by the MIP solver the best team not listed above') : `best found within the time limit (gap ${n2(alternative.optimality.gap * 100)}%)`}`,
  );
  return reasons;
}
