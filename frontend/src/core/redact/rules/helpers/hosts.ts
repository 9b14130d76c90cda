/** Replacing one host (a name or an address) the same way wherever a rule finds it. */
import type { Scope } from '../../types.ts';
import { isKeptIpv4 } from '../../pseudonym/ipv4.ts';
import { isKeptHost } from './domains.ts';

/** Four decimal octets, each 0–255 without a leading zero (`01.02.03.04` is a date, not an address). */
export function isIpv4(value: string): boolean {
  let octets = 0;
  let digits = 0;
  let n = 0;
  for (let i = 0; i <= value.length; i++) {
    const c = i < value.length ? value.charCodeAt(i) : 46;
    if (c === 46) {
      if (digits === 0 || n > 255 || (digits > 1 && value.charCodeAt(i - digits) === 48))
        return false;
      octets++;
      digits = 0;
      n = 0;
    } else if (c >= 48 && c <= 57 && digits < 3) {
      n = n * 10 + (c - 48);
      digits++;
    } else return false;
  }
  return octets === 4;
}

/** The replacement for a host as written; kept names and loopback come back unchanged. */
export function replaceHost(host: string, scope: Scope): string {
  if (host === '' || /^\d+$/.test(host)) return host;
  if (isIpv4(host)) return isKeptIpv4(host) ? host : scope.token('ip', host);
  if (host.startsWith('[') && host.endsWith(']')) {
    const inner = host.slice(1, -1);
    return inner === '::1' || inner === '::' ? host : `[${scope.token('ipv6', inner)}]`;
  }
  if (isKeptHost(host) || !/^[A-Za-z0-9._-]+$/.test(host)) return host;
  return scope.token('host', host);
}
