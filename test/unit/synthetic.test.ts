import { pilotCities } from '../../seeds/data/pilot-cities';
import { domains, industries, technologies } from '../../seeds/data/taxonomy';
import { workingGroups } from '../../seeds/data/working-groups';
import { generateOrganizations } from '../../seeds/synthetic';
import { MembershipStatus, OrganizationKind } from '../../src/modules/organizations/organization.enums';

const slugs = (rows: { slug: string }[]) => new Set(rows.map((row) => row.slug));

describe('generateOrganizations', () => {
  describe('determinism', () => {
    it('gives deep-equal output for the same arguments', () => {
      expect(generateOrganizations(100, 42)).toEqual(generateOrganizations(100, 42));
    });

    it('makes each organisation from its own sub-seed, so a longer run starts with a shorter one', () => {
      expect(generateOrganizations(200, 7).slice(0, 50)).toEqual(generateOrganizations(50, 7));
    });

    it('differs between seeds', () => {
      expect(generateOrganizations(20, 1)).not.toEqual(generateOrganizations(20, 2));
    });

    it('rejects a bad count or seed', () => {
      expect(() => generateOrganizations(-1, 42)).toThrow(RangeError);
      expect(() => generateOrganizations(10, 1.5)).toThrow(RangeError);
    });
  });

  describe('shape', () => {
    const orgs = generateOrganizations(500, 3);

    it('numbers slugs syn-000001… uniquely', () => {
      expect(orgs[0].slug).toBe('syn-000001');
      expect(orgs[499].slug).toBe('syn-000500');
      expect(new Set(orgs.map((o) => o.slug)).size).toBe(orgs.length);
      for (const o of orgs) expect(o.slug).toMatch(/^syn-\d{6}$/);
    });

    it('gives 2–6 capabilities with levels 1–5 and 1–4 technologies each', () => {
      for (const o of orgs) {
        expect(o.capabilities.length).toBeGreaterThanOrEqual(2);
        expect(o.capabilities.length).toBeLessThanOrEqual(6);
        for (const c of o.capabilities) {
          expect([1, 2, 3, 4, 5]).toContain(c.level);
          expect(c.technologies.length).toBeGreaterThanOrEqual(1);
          expect(c.technologies.length).toBeLessThanOrEqual(4);
          expect(new Set(c.technologies).size).toBe(c.technologies.length);
          expect(c.evidence.length).toBeLessThanOrEqual(2);
          for (const e of c.evidence) {
            expect(e.year).toBeGreaterThanOrEqual(2015);
            expect(e.year).toBeLessThanOrEqual(2025);
          }
        }
      }
    });

    it('uses only slugs that exist in the seed taxonomy', () => {
      const known = {
        domains: slugs(domains),
        technologies: slugs(technologies),
        industries: slugs(industries),
        cities: slugs(pilotCities),
        workingGroups: slugs(workingGroups),
      };
      for (const o of orgs) {
        expect(known.industries).toContain(o.industry);
        expect(o.workingGroups.length).toBeLessThanOrEqual(2);
        for (const g of o.workingGroups) expect(known.workingGroups).toContain(g);
        for (const c of o.capabilities) {
          expect(known.domains).toContain(c.domain);
          for (const t of c.technologies) expect(known.technologies).toContain(t);
          for (const city of c.cities) expect(known.cities).toContain(city);
        }
      }
    });

    it('uses fictional contact details', () => {
      for (const o of orgs) {
        expect(o.contact.email.endsWith(`@${o.slug}.example`)).toBe(true);
        expect(o.contact.phone).toMatch(/^0\d{1,2}-555-\d{4}$/);
      }
    });
  });

  describe('distribution of 2,000 organisations', () => {
    const orgs = generateOrganizations(2_000, 42);
    const capabilities = orgs.flatMap((o) => o.capabilities);

    it('approves about 90% of members', () => {
      const share = orgs.filter((o) => o.membershipStatus === MembershipStatus.APPROVED).length / orgs.length;
      expect(share).toBeGreaterThanOrEqual(0.85);
      expect(share).toBeLessThanOrEqual(0.95);
    });

    it('gives about four capabilities per organisation', () => {
      const mean = capabilities.length / orgs.length;
      expect(mean).toBeGreaterThanOrEqual(3.5);
      expect(mean).toBeLessThanOrEqual(4.5);
    });

    it('covers every kind of organisation and every domain', () => {
      expect(new Set(orgs.map((o) => o.kind))).toEqual(new Set(Object.values(OrganizationKind)));
      expect(new Set(capabilities.map((c) => c.domain))).toEqual(slugs(domains));
    });

    it('gives research institutes the research industry and universities education services', () => {
      for (const o of orgs) {
        if (o.kind === OrganizationKind.RESEARCH_INSTITUTE) expect(o.industry).toBe('research');
        if (o.kind === OrganizationKind.UNIVERSITY) expect(o.industry).toBe('education-services');
      }
    });
  });
});
