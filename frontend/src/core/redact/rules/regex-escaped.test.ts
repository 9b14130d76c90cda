/**
 * Addresses and host names written as regexes (Tomcat's RemoteIpValve / RemoteIpFilter,
 * RemoteAddrValve): pseudonymised with their escaping kept, so the value is still the same
 * regex; regex syntax and Tomcat's default pattern stay as written.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newRedactor } from '../test-support/harness.ts';

const TOMCAT_DEFAULT =
  String.raw`10\.\d{1,3}\.\d{1,3}\.\d{1,3}|192\.168\.\d{1,3}\.\d{1,3}|169\.254\.\d{1,3}\.\d{1,3}|` +
  String.raw`127\.\d{1,3}\.\d{1,3}\.\d{1,3}|172\.1[6-9]{1}\.\d{1,3}\.\d{1,3}|` +
  String.raw`172\.2[0-9]{1}\.\d{1,3}\.\d{1,3}|172\.3[0-1]{1}\.\d{1,3}\.\d{1,3}|0:0:0:0:0:0:0:1|::1`;

test('RemoteIpValve proxies: escaped addresses and hosts get escaped tokens', async () => {
  const r = newRedactor();
  const out = await r.redactText(
    'conf/server.xml',
    String.raw`<Valve className="org.apache.catalina.valves.RemoteIpValve" internalProxies="10\.0\.0\.1|192\.168\.250\.17" trustedProxies="proxy0[1-3]\.dmz\.example-fake\.net" />` +
      '\nplain 10.0.0.1 and proxy01.dmz.example-fake.net\n',
  );
  const esc = (token: string): string => token.replace(/\./g, '\\.');
  const ip1 = await r.pseudonym('ip', '10.0.0.1');
  const ip2 = await r.pseudonym('ip', '192.168.250.17');
  const dmz = await r.pseudonym('host', 'dmz.example-fake.net');
  assert.ok(out.includes(`internalProxies="${esc(ip1)}|${esc(ip2)}"`), out);
  // The regex syntax before the name stays: the value still matches the same three proxies.
  assert.ok(out.includes(`trustedProxies="proxy0[1-3]\\.${esc(dmz)}"`), out);
  // Written plainly, the same address has the same token.
  assert.ok(out.includes(`plain ${ip1} and`), out);
  assert.doesNotMatch(out, /example-fake|192\\?\.168\\?\.250|10\\\.0\\\.0\\\.1/, out);
});

test("Tomcat's default internalProxies, regex escapes and vendor domains stay as written", async () => {
  const r = newRedactor();
  const keep = [
    `<Valve className="org.apache.catalina.valves.RemoteIpValve" internalProxies="${TOMCAT_DEFAULT}" />`,
    String.raw`<Filter><param-name>allow</param-name><param-value>127\.\d+\.\d+\.\d+|::1|.*\.atlassian\.com</param-value></Filter>`,
  ].join('\n');
  assert.equal(await r.redactText('conf/server.xml', keep), keep);
  // After an escape such as `\w`, only the labels past it are the name.
  const out = await r.redactText('web.xml', String.raw`allow="\w+\.corp\.example-fake\.com"`);
  const corp = await r.pseudonym('host', 'corp.example-fake.com');
  assert.equal(out, String.raw`allow="\w+\.${corp.replace(/\./g, '\\.')}"`);
});
