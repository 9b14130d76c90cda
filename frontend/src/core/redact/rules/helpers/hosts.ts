/** Replacing one host (a name or an address) the same way wherever a rule finds it. */
import type { Scope } from '../../types.ts';
import { isKeptIpv4 } from '../../pseudonym/ipv4.ts';
import { isKeptHost } from './domains.ts';

const IPV4 = /^(?:\d{1,3}\.){3}\d{1,3}$/;

export function isIpv4(value: string): boolean {
  return IPV4.test(value) && value.split('.').every((o) => Number(o) <= 255);
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
