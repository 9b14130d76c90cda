/**
 * IPv4 pseudonyms that keep subnet grouping: every /24 network maps to one 10.x.y.0/24 and
 * the host part is permuted inside it, so two addresses in one /24 stay in one /24 and two
 * different addresses never share a token. Loopback, 0.0.0.0 and masks stay as they are.
 */
import type { HexDigest } from './hmac.ts';

export function isKeptIpv4(ip: string): boolean {
  return ip.startsWith('127.') || ip === '0.0.0.0' || ip.startsWith('255.');
}

export class Ipv4Mapper {
  private readonly networks = new Map<string, { prefix: string; hosts: number[] }>();
  private readonly usedPrefixes = new Set<string>();

  constructor(private readonly digest: HexDigest) {}

  async map(ip: string): Promise<string> {
    if (isKeptIpv4(ip)) return ip;
    const octets = ip.split('.');
    const network = octets.slice(0, 3).join('.');
    const host = Number(octets[3]);
    const mapped = await this.network(network);
    const hostOut = host === 0 || host === 255 ? host : (mapped.hosts[host - 1] ?? host);
    return `${mapped.prefix}.${hostOut}`;
  }

  private async network(network: string): Promise<{ prefix: string; hosts: number[] }> {
    const known = this.networks.get(network);
    if (known) return known;
    const hex = await this.digest(`ipv4-net\u0000${network}`);
    let n = parseInt(hex.slice(0, 4), 16);
    let prefix = `10.${n >> 8}.${n & 255}`;
    // Probing keeps two networks apart; the order of first sight makes it deterministic.
    while (this.usedPrefixes.has(prefix)) {
      n = (n + 1) & 0xffff;
      prefix = `10.${n >> 8}.${n & 255}`;
    }
    const entry = { prefix, hosts: permutation(hex.slice(4, 36)) };
    this.networks.set(network, entry);
    this.usedPrefixes.add(prefix);
    return entry;
  }
}

/** A keyed permutation of 1..254 (Fisher–Yates driven by xorshift seeded from the digest). */
function permutation(seedHex: string): number[] {
  const hosts = Array.from({ length: 254 }, (_, i) => i + 1);
  let s = [0, 8, 16, 24].map((o) => parseInt(seedHex.slice(o, o + 8), 16) >>> 0 || 1);
  const next = (): number => {
    const [a = 1, b = 1, c = 1, d = 1] = s;
    let t = a ^ (a << 11);
    t ^= t >>> 8;
    const r = (d ^ (d >>> 19) ^ t) >>> 0;
    s = [b, c, d, r];
    return r;
  };
  for (let i = hosts.length - 1; i > 0; i--) {
    const j = next() % (i + 1);
    const tmp = hosts[i] as number;
    hosts[i] = hosts[j] as number;
    hosts[j] = tmp;
  }
  return hosts;
}
