import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';
import type { TrustProxy } from '../config';

/** Whether the hop-th address from the server (0: the connection's peer) is a proxy we trust. */
export type ProxyTrust = (address: string, hop: number) => boolean;

/** TRUST_PROXY as Express reads 'trust proxy': no proxy, every one, the N nearest, or those listed. */
export function proxyTrust(trust: TrustProxy): ProxyTrust {
  if (trust === true) return () => true;
  if (trust === false) return () => false;
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return proxyAddr.compile([...trust]);
}

/**
 * The client's address for per-client limits: walking X-Forwarded-For from the server outwards,
 * the first address not vouched for by a trusted proxy. Only hops a trusted proxy added count,
 * so a client cannot choose its address by sending the header itself (unless every hop is trusted).
 */
export function clientAddress(req: IncomingMessage, trust: ProxyTrust): string {
  return proxyAddr(req, trust) ?? 'unknown';
}
