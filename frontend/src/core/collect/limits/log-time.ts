/**
 * Timestamps at the start of log lines: Jira's `2026-11-20 09:14:03,512`, ISO 8601
 * (`2026-11-20T09:14:03.512Z`, Kubernetes prefixes), and Tomcat's `20-Nov-2026 09:14:03.512`.
 * Times without a zone are read as UTC: the window compares lines of one file with each
 * other, so the zone cancels out.
 */

// Optional docker-compose prefix (`jira  | `), then the timestamp.
const ISO_LIKE =
  /^(?:[\w.-]+\s+\|\s)?(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:[,.](\d{1,9}))?(Z|[+-]\d{2}:?\d{2})?/;
const TOMCAT = /^(\d{2})-([A-Z][a-z]{2})-(\d{4}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function millis(fraction: string | undefined): number {
  return fraction ? Number(fraction.padEnd(3, '0').slice(0, 3)) : 0;
}

function zoneOffsetMinutes(zone: string | undefined): number {
  if (!zone || zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

/** Milliseconds since the epoch for a line that starts with a timestamp, else undefined. */
export function parseLogTimestamp(line: string): number | undefined {
  const iso = ISO_LIKE.exec(line);
  if (iso) {
    const [, y, mo, d, h, mi, s, fraction, zone] = iso;
    const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
    return utc + millis(fraction) - zoneOffsetMinutes(zone) * 60_000;
  }
  const tomcat = TOMCAT.exec(line);
  if (tomcat) {
    const [, d, monthName, y, h, mi, s, fraction] = tomcat;
    const month = MONTHS.indexOf(monthName ?? '');
    if (month < 0) return undefined;
    return (
      Date.UTC(Number(y), month, Number(d), Number(h), Number(mi), Number(s)) + millis(fraction)
    );
  }
  return undefined;
}
