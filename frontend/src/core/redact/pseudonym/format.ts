/**
 * How a token looks for each kind: it names the kind, keeps the shape a reader or parser
 * expects (an e-mail stays an e-mail, a project key stays a project key), and is clearly fake.
 */

/** `attempt` > 0 only after a collision: the token then takes more (or other) digest digits. */
export function formatToken(kind: string, original: string, hex: string, attempt: number): string {
  const h = hex.slice(0, 8 + 2 * attempt);
  switch (kind) {
    case 'email':
      return `email-${h}@example.invalid`;
    case 'host':
      return original.includes('.') ? `host-${h}.invalid` : `host-${h}`;
    case 'project':
      return `PRJ${h.toUpperCase()}`;
    case 'mac':
      return formatMac(original, hex.slice(attempt * 2));
    case 'ipv6':
      return formatIpv6(hex.slice(attempt * 2));
    default:
      return `${kind}-${h}`;
  }
}

/** A locally administered MAC (02:…) in the original's separator and letter case. */
function formatMac(original: string, hex: string): string {
  const sep = original.includes('-') ? '-' : ':';
  const pairs = ['02', '00', hex.slice(0, 2), hex.slice(2, 4), hex.slice(4, 6), hex.slice(6, 8)];
  const mac = pairs.join(sep);
  return original === original.toUpperCase() && /[A-F]/.test(original) ? mac.toUpperCase() : mac;
}

/** A unique-local address (fd00::/8), written in full. */
function formatIpv6(hex: string): string {
  const groups = ['fd' + hex.slice(0, 2)];
  for (let i = 0; i < 7; i++) groups.push(hex.slice(2 + i * 4, 6 + i * 4));
  return groups.join(':');
}
