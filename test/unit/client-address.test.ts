import type { IncomingMessage } from 'node:http';
import { clientAddress, proxyTrust } from '../../src/http/client-address';

/** A request from `peer` carrying `forwardedFor` as its X-Forwarded-For header. */
const request = (peer: string | undefined, forwardedFor?: string) =>
  ({ headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor }, socket: { remoteAddress: peer } }) as unknown as IncomingMessage;

describe('clientAddress', () => {
  // The client sent "X-Forwarded-For: 6.6.6.6" itself; the load balancer (10.0.0.5) appended the address it saw.
  const spoofed = request('10.0.0.5', '6.6.6.6, 203.0.113.7');

  it('ignores X-Forwarded-For unless a proxy is trusted', () => {
    expect(clientAddress(spoofed, proxyTrust(false))).toBe('10.0.0.5');
  });

  it('with one trusted proxy takes the hop that proxy added, not what the client wrote', () => {
    expect(clientAddress(spoofed, proxyTrust(1))).toBe('203.0.113.7');
    expect(clientAddress(request('10.0.0.5', '203.0.113.7'), proxyTrust(1))).toBe('203.0.113.7');
    // Two proxies in front: the second one's hop is trusted too.
    expect(clientAddress(request('10.0.0.5', '203.0.113.7, 10.0.0.9'), proxyTrust(2))).toBe('203.0.113.7');
  });

  it('trusts listed addresses and subnets only', () => {
    const trust = proxyTrust(['10.0.0.0/8']);
    expect(clientAddress(spoofed, trust)).toBe('203.0.113.7');
    // A peer outside the list is the client, whatever it says.
    expect(clientAddress(request('198.51.100.1', '6.6.6.6'), trust)).toBe('198.51.100.1');
    // IPv4 peers written in IPv6 form match IPv4 subnets.
    expect(clientAddress(request('::ffff:10.0.0.5', '203.0.113.7'), trust)).toBe('203.0.113.7');
    expect(clientAddress(request('127.0.0.1', '203.0.113.7'), proxyTrust(['loopback']))).toBe('203.0.113.7');
  });

  it('with every proxy trusted takes the first hop, as Express does', () => {
    expect(clientAddress(spoofed, proxyTrust(true))).toBe('6.6.6.6');
  });

  it('falls back to the peer when the header is missing, and says unknown without a peer', () => {
    expect(clientAddress(request('10.0.0.5'), proxyTrust(1))).toBe('10.0.0.5');
    expect(clientAddress(request(undefined), proxyTrust(false))).toBe('unknown');
  });
});
