/**
 * IPv4 pseudonyms that keep subnet grouping: every /24 network maps to one 10.x.y.0/24 and
 * the host part is permuted inside it, so two addresses in one /24 stay in one /24 and two
 * different addresses never share a token. Loopback, 0.0.0.0 and masks stay as they are.
 */
import type { HexDigest } from './hmac.ts';

export function isKeptIpv4(ip: string): boolean {
  return ip.startsWith('127.') || ip === '0.0.0.0' || ip.startsWith('255.') || isMulticast(ip);
}

/** 224.0.0.0/4: a multicast group (Ehcache's `230.0.0.1`) is a setting, not a machine. */
function isMulticast(ip: string): boolean {
  const c = ip.charCodeAt(0);
  if (c !== 50 || ip.charCodeAt(3) !== 46) return false; // `2xx.`
  const first = Number(ip.slice(0, 3));
  return first >= 224 && first <= 239;
}

interface Network {
  prefix: string;
  /** Keyed affine map modulo 257, a bijection of 0…256 (see `hostOf`). */
  a: number;
  b: number;
}

export class Ipv4Mapper {
  private readonly networks = new Map<string, Network>();
  private readonly usedPrefixes = new Set<string>();

  constructor(private readonly digest: HexDigest) {}

  /** Computes the digests of every new /24 among `ips` at once (WebCrypto runs them in parallel). */
  async prepare(ips: readonly string[]): Promise<void> {
    const fresh = [...new Set(ips.map(networkOf))].filter((n) => !this.networks.has(n));
    const digests = await Promise.all(fresh.map((n) => this.digest(`ipv4-net\u0000${n}`)));
    // Assigned in order of first sight, so probing stays deterministic.
    fresh.forEach((n, i) => this.addNetwork(n, digests[i] ?? ''));
  }

  /** The token of an address whose network was prepared. */
  map(ip: string): string {
    if (isKeptIpv4(ip)) return ip;
    const network = this.networks.get(networkOf(ip));
    if (!network) throw new Error('IPv4 network used before it was prepared.');
    return `${network.prefix}.${hostOf(network, Number(ip.slice(ip.lastIndexOf('.') + 1)))}`;
  }

  private addNetwork(network: string, hex: string): void {
    if (this.networks.has(network)) return;
    let n = parseInt(hex.slice(0, 4), 16);
    let prefix = `10.${n >> 8}.${n & 255}`;
    // Probing keeps two networks apart; the order of first sight makes it deterministic.
    while (this.usedPrefixes.has(prefix)) {
      n = (n + 1) & 0xffff;
      prefix = `10.${n >> 8}.${n & 255}`;
    }
    this.networks.set(network, {
      prefix,
      a: 1 + (parseInt(hex.slice(4, 12), 16) % 256),
      b: parseInt(hex.slice(12, 20), 16) % 257,
    });
    this.usedPrefixes.add(prefix);
  }
}

function networkOf(ip: string): string {
  return ip.slice(0, ip.lastIndexOf('.'));
}

/**
 * Host octets 1…254 permuted among themselves: x ↦ (a·x + b) mod 257 is a bijection of
 * 0…256 (257 is prime, a ≠ 0); "cycle walking" (applying it again while the result falls
 * outside 1…254) restricts it to a bijection of 1…254. Network (.0) and broadcast (.255) stay.
 */
function hostOf(network: Network, host: number): number {
  if (host === 0 || host === 255) return host;
  let x = host;
  do x = (network.a * x + network.b) % 257;
  while (x < 1 || x > 254);
  return x;
}
