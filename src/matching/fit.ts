// fit(o, r) of docs/matching.md: how well organisation o can fill requirement slot r.
//
//   fit(o, r) = min(1, max over eligible c of techCoverage(c, r) * (0.5 + 0.1 * c.level) + 0.1 * [city in c.cities])
//
// A capability c is eligible when c.domain = r.domain, c.level >= r.minLevel, o.kind is allowed by
// r.allowedKinds (when set), and techCoverage(c, r) > 0 — so the city bonus alone never earns a fit.
import type { CapabilityInput, FitExplanation, OrganizationInput, SlotInput } from './types';

const CITY_BONUS = 0.1;

/** |c.tech ∩ r.tech| / |r.tech| over distinct ids, or 1 when the slot names no technology. */
export function techCoverage(capability: CapabilityInput, slot: SlotInput): number {
  let wanted = 0;
  let matched = 0;
  // Nested loops rather than Sets: both lists hold a handful of ids, and fit runs for every
  // organisation × slot of a 10,000-member search.
  const r = slot.technologyIds;
  for (let i = 0; i < r.length; i++) {
    if (r.indexOf(r[i]) !== i) continue; // a repeated id counts once
    wanted++;
    if (capability.technologyIds.includes(r[i])) matched++;
  }
  return wanted === 0 ? 1 : matched / wanted;
}

export function levelFactor(level: number): number {
  return 0.5 + 0.1 * level;
}

function cityBonus(capability: CapabilityInput, cityId: number): number {
  return capability.cityIds.includes(cityId) ? CITY_BONUS : 0;
}

function kindAllowed(organization: OrganizationInput, slot: SlotInput): boolean {
  return slot.allowedKinds === null || slot.allowedKinds.length === 0 || slot.allowedKinds.includes(organization.kind);
}

/** The uncapped term of the formula for one eligible capability. */
function rawFit(coverage: number, capability: CapabilityInput, cityId: number): number {
  return coverage * levelFactor(capability.level) + cityBonus(capability, cityId);
}

/**
 * The capability that earns fit(o, r) and its uncapped value, or null when none is eligible.
 * Ties (e.g. two capabilities both capped at 1) go to the smaller capability id, so explanations
 * are stable.
 */
function bestCapability(
  organization: OrganizationInput,
  slot: SlotInput,
  cityId: number,
): { capability: CapabilityInput; coverage: number; raw: number } | null {
  if (!kindAllowed(organization, slot)) return null;
  let best: { capability: CapabilityInput; coverage: number; raw: number } | null = null;
  let bestFit = 0;
  for (const capability of organization.capabilities) {
    if (capability.domainId !== slot.domainId || capability.level < slot.minLevel) continue;
    const coverage = techCoverage(capability, slot);
    if (coverage === 0) continue;
    const raw = rawFit(coverage, capability, cityId);
    const capped = Math.min(1, raw);
    if (best === null || capped > bestFit || (capped === bestFit && capability.id < best.capability.id)) {
      best = { capability, coverage, raw };
      bestFit = capped;
    }
  }
  return best;
}

/**
 * fit(o, r) as a number: the same formula as fit() (the best capped term), without building the
 * explanation or any object, since it runs for every candidate × slot of a search.
 */
export function fitValue(organization: OrganizationInput, slot: SlotInput, cityId: number): number {
  if (!kindAllowed(organization, slot)) return 0;
  let best = 0;
  for (const capability of organization.capabilities) {
    if (capability.domainId !== slot.domainId || capability.level < slot.minLevel) continue;
    const coverage = techCoverage(capability, slot);
    if (coverage === 0) continue;
    const capped = Math.min(1, rawFit(coverage, capability, cityId));
    if (capped > best) best = capped;
  }
  return best;
}

const NO_FIT: Readonly<FitExplanation> = {
  fit: 0,
  capabilityId: null,
  techCoverage: 0,
  matchedTechnologyIds: [],
  levelFactor: 0,
  cityBonus: 0,
  capped: false,
  level: null,
};

/** fit(o, r) for a project in `cityId`, with the capability and terms that produced it. */
export function fit(organization: OrganizationInput, slot: SlotInput, cityId: number): FitExplanation {
  const best = bestCapability(organization, slot, cityId);
  if (best === null) return { ...NO_FIT, matchedTechnologyIds: [] };
  const { capability, coverage, raw } = best;
  const matched = [...new Set(slot.technologyIds.filter((t) => capability.technologyIds.includes(t)))].sort((a, b) => a - b);
  return {
    fit: Math.min(1, raw),
    capabilityId: capability.id,
    techCoverage: coverage,
    matchedTechnologyIds: matched,
    levelFactor: levelFactor(capability.level),
    cityBonus: cityBonus(capability, cityId),
    capped: raw > 1,
    level: capability.level,
  };
}
