import { UserFacingError } from '../../src/graphql/user-error';
import { MembershipErrorCode } from '../../src/modules/organizations/membership.errors';
import { assertTransition, canTransition } from '../../src/modules/organizations/membership.state';
import { MembershipStatus } from '../../src/modules/organizations/organization.enums';

const { APPLIED, APPROVED, REJECTED, SUSPENDED, WITHDRAWN } = MembershipStatus;
const ALL = Object.values(MembershipStatus);

const LEGAL: [MembershipStatus, MembershipStatus][] = [
  [APPLIED, APPROVED],
  [APPLIED, REJECTED],
  [APPLIED, WITHDRAWN],
  [APPROVED, SUSPENDED],
  [APPROVED, WITHDRAWN],
  [SUSPENDED, APPROVED],
  [SUSPENDED, WITHDRAWN],
];

describe('the membership state machine', () => {
  it.each(LEGAL)('allows %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
    expect(() => assertTransition(from, to)).not.toThrow();
  });

  const illegal = ALL.flatMap((from) => ALL.map((to) => [from, to] as [MembershipStatus, MembershipStatus])).filter(
    ([from, to]) => !LEGAL.some(([f, t]) => f === from && t === to),
  );

  it('refuses every other pair, staying put included', () => {
    expect(illegal).toHaveLength(ALL.length * ALL.length - LEGAL.length);
    expect(illegal).toContainEqual([APPROVED, APPROVED]);
    expect(illegal).toContainEqual([REJECTED, APPROVED]);
    expect(illegal).toContainEqual([WITHDRAWN, APPLIED]);
  });

  it.each(illegal)('refuses %s → %s with a CONFLICT naming both states', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
    let thrown: unknown;
    try {
      assertTransition(from, to);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UserFacingError);
    expect((thrown as UserFacingError).code).toBe(MembershipErrorCode.MEMBERSHIP_STATUS_FORBIDS);
    expect((thrown as UserFacingError).message).toContain(`${from} cannot become ${to}`);
  });
});
