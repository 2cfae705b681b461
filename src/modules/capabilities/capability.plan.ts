import type { DataSource, ObjectLiteral } from 'typeorm';
import { plainEntity } from '../../db/plain-rows';
import { type PlannedField, prefetched } from '../../graphql/prefetched';
import { child, type Selection } from '../../graphql/selection';
import { PilotCity } from '../cities/pilot-city.entity';
import type { Organization } from '../organizations/organization.entity';
import { Domain } from '../taxonomy/domain.entity';
import { Technology } from '../taxonomy/technology.entity';
import { Capability } from './capability.entity';

/**
 * An organisation's capabilities read in its planned statement (organization.plan.ts); the
 * `capabilities` field returns them instead of asking its loader.
 */
export const plannedCapabilities = prefetched<Organization, Capability[]>();

/** What a capability's plan attaches, answered before the field resolvers (capability.resolver.ts). */
export const plannedCapabilityFields: PlannedField[] = [
  { type: 'Capability', field: 'domain', value: (capability: Capability) => capability.domain },
  { type: 'Capability', field: 'technologies', value: (capability: Capability) => capability.technologies },
  { type: 'Capability', field: 'cities', value: (capability: Capability) => capability.cities },
];

/** What to read of capabilities for a selection: their columns, and those of each related list (null: not selected). */
export interface CapabilityPlan {
  columns: readonly string[];
  domain: readonly string[] | null;
  technologies: readonly string[] | null;
  cities: readonly string[] | null;
}

const RELATED = ['domain', 'technologies', 'cities'];

/**
 * Only the selected columns: a related list that is selected is planned too, so the fallback
 * resolvers (which read `id` and `domainId`) never run for these capabilities, and any selected
 * field that is neither a column nor planned (`organization`) makes `columnsFor` read every
 * column. The keys cost: a 50-row page built a third more JSON with them.
 */
export function planCapabilities(dataSource: DataSource, selection: Selection): CapabilityPlan {
  const related = (target: abstract new () => ObjectLiteral, field: string) => {
    const below = child(selection, field);
    return below ? plainEntity(dataSource, target).columnsFor(below.fields.keys(), []) : null;
  };
  return {
    columns: plainEntity(dataSource, Capability).columnsFor(selection.fields.keys(), [], RELATED),
    domain: related(Domain, 'domain'),
    technologies: related(Technology, 'technologies'),
    cities: related(PilotCity, 'cities'),
  };
}

/**
 * The capabilities of the organisation row `organization` as one JSON array, strongest first as
 * capabilitiesByOrganization reads them, each with its domain and its technologies and cities
 * (in id order, as loadThroughJoinTable reads them): a correlated subquery for the organisation's
 * statement, so a page of organisations with all of this is still one statement.
 */
export function capabilitiesJson(dataSource: DataSource, plan: CapabilityPlan, organization: string): string {
  const pairs = [plainEntity(dataSource, Capability).jsonPairs('c', plan.columns)];
  if (plan.domain) pairs.push(`'domain', json_build_object(${plainEntity(dataSource, Domain).jsonPairs('d', plan.domain)})`);
  if (plan.technologies) {
    pairs.push(
      `'technologies', (SELECT coalesce(json_agg(json_build_object(${plainEntity(dataSource, Technology).jsonPairs('t', plan.technologies)}) ORDER BY t.id), '[]')
         FROM capability_technology ct JOIN technology t ON t.id = ct.technology_id WHERE ct.capability_id = c.id)`,
    );
  }
  if (plan.cities) {
    pairs.push(
      `'cities', (SELECT coalesce(json_agg(json_build_object(${plainEntity(dataSource, PilotCity).jsonPairs('p', plan.cities)}) ORDER BY p.id), '[]')
         FROM capability_city cc JOIN pilot_city p ON p.id = cc.pilot_city_id WHERE cc.capability_id = c.id)`,
    );
  }
  return `(SELECT coalesce(json_agg(json_build_object(${pairs.join(', ')}) ORDER BY c.level DESC, c.id), '[]')
     FROM capability c${plan.domain ? ' JOIN domain d ON d.id = c.domain_id' : ''} WHERE c.organization_id = ${organization}."id")`;
}

/** Capabilities from the JSON `capabilitiesJson` read, with their related rows attached where the resolvers look for them. */
export function capabilitiesFromJson(dataSource: DataSource, plan: CapabilityPlan, json: Record<string, unknown>[]): Capability[] {
  const capability = plainEntity(dataSource, Capability);
  const domain = plainEntity(dataSource, Domain);
  const technology = plainEntity(dataSource, Technology);
  const city = plainEntity(dataSource, PilotCity);
  return json.map((object) => {
    const entity = capability.fromJson(object);
    // Plain objects from JSON become entities (their type names give their global ids).
    if (plan.domain) entity.domain = domain.fromJson(object.domain as Record<string, unknown>);
    if (plan.technologies) entity.technologies = (object.technologies as Record<string, unknown>[]).map((t) => technology.fromJson(t));
    if (plan.cities) entity.cities = (object.cities as Record<string, unknown>[]).map((c) => city.fromJson(c));
    return entity;
  });
}
