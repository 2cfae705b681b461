import { RateLimiterMemory } from 'rate-limiter-flexible';
import { SignInThrottle } from '../../src/modules/accounts/sign-in-throttle';

function throttle(perEmail: number, perIp: number) {
  return new SignInThrottle({
    byEmail: new RateLimiterMemory({ points: perEmail, duration: 60 }),
    byIp: new RateLimiterMemory({ points: perIp, duration: 600 }),
  });
}

describe('SignInThrottle', () => {
  it('allows attempts until an email has used up its failures, then asks to wait up to the window', async () => {
    const t = throttle(3, 100);
    for (let i = 0; i < 3; i += 1) {
      expect(await t.waitMs('a@x.example', '10.0.0.1')).toBe(0);
      await t.failed('a@x.example', '10.0.0.1');
    }
    const wait = await t.waitMs('a@x.example', '10.0.0.1');
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60_000);
    // Another address for the same email is refused too; another email from the same address is not.
    expect(await t.waitMs('a@x.example', '10.0.0.2')).toBeGreaterThan(0);
    expect(await t.waitMs('b@x.example', '10.0.0.1')).toBe(0);
  });

  it('limits one address across many emails', async () => {
    const t = throttle(100, 4);
    for (let i = 0; i < 4; i += 1) await t.failed(`user${i}@x.example`, '10.0.0.9');
    expect(await t.waitMs('fresh@x.example', '10.0.0.9')).toBeGreaterThan(0);
    expect(await t.waitMs('fresh@x.example', '10.0.0.10')).toBe(0);
  });

  it("clears an email's failures on success but keeps the address's", async () => {
    const t = throttle(2, 3);
    await t.failed('c@x.example', '10.0.0.5');
    await t.failed('c@x.example', '10.0.0.5');
    expect(await t.waitMs('c@x.example', '10.0.0.6')).toBeGreaterThan(0);
    await t.succeeded('c@x.example');
    expect(await t.waitMs('c@x.example', '10.0.0.6')).toBe(0);
    await t.failed('d@x.example', '10.0.0.5');
    expect(await t.waitMs('e@x.example', '10.0.0.5')).toBeGreaterThan(0);
  });
});
