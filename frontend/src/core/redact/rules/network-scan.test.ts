/**
 * Edge cases of how the network rules (and e-mail) find their candidates: they scan with
 * `indexOf` and char-code checks, and must find exactly what their original regexes found.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { email } from './email.ts';
import { hostname } from './hostname.ts';
import { ipv4 } from './ipv4.ts';
import { ipv6 } from './ipv6.ts';
import { url } from './url.ts';
import { runRule } from '../test-support/harness.ts';

test('IPv4: digit runs, dotted runs, lists and leading zeros', () => {
  const run = runRule(
    ipv4,
    'ids 1234.5.6.7 and 1.2.3.4567, run 1.2.3.4.5.6.7.8, pair 10.0.0.1,10.0.0.2 and 300.1.1.1 10.1.1.10',
  );
  assert.equal(
    run.out,
    'ids 1234.5.6.7 and 1.2.3.4567, run 1.2.3.4.5.6.7.8, pair ⟨ip#10.0.0.1⟩,⟨ip#10.0.0.2⟩ and 300.1.1.1 ⟨ip#10.1.1.10⟩',
  );
  assert.deepEqual(run.hits, { ipv4: 3 });
  assert.equal(
    runRule(ipv4, 'x=10.1.2.3;y=010.1.2.3 z=10.01.2.3 [10.9.8.7]').out,
    'x=⟨ip#10.1.2.3⟩;y=010.1.2.3 z=10.01.2.3 [⟨ip#10.9.8.7⟩]',
  );
});

test('e-mail: plain and encoded at-signs mixed; no TLD or a numeric domain stays', () => {
  const run = runRule(
    email,
    'to a%40b.example.test, cc x@y.example.test and %40%40 c@d.e1 f@2.example.test',
  );
  assert.equal(
    run.out,
    'to ⟨email#a%40b.example.test⟩, cc ⟨email#x@y.example.test⟩ and %40%40 c@d.e1 f@2.example.test',
  );
  assert.deepEqual(run.hits, { email: 2 });
});

test('URLs: TNS hosts after other parentheses, upper-case JDBC, lower-case escapes', () => {
  assert.equal(
    runRule(url, 'pool (size=2) (DESCRIPTION=(ADDRESS=(host = db01.acme.test)(PORT=1521)))').out,
    'pool (size=2) (DESCRIPTION=(ADDRESS=(host = ⟨host#db01.acme.test⟩)(PORT=1521)))',
  );
  const run = runRule(
    url,
    'JDBC:ORACLE:THIN:@//ORADB.ACME.TEST:1521/ORCL and next=https%3a%2f%2fjira.acme.test%2fx',
  );
  assert.equal(
    run.out,
    'JDBC:ORACLE:THIN:@//⟨host#ORADB.ACME.TEST⟩:1521/ORCL and next=https%3A%2F%2F%E2%9F%A8host%23jira.acme.test%E2%9F%A9%2Fx',
  );
  assert.deepEqual(run.hits, { url: 2 });
});

test('IPv6: a time is skipped whole; a `::` right after a time-like pair still counts', () => {
  assert.equal(
    runRule(ipv6, 'at 12:34:56,789 peer 1:2::3 and a:bcdef:1:2:3:4:5:6 done').out,
    'at 12:34:56,789 peer ⟨ipv6#1:2:0:0:0:0:0:3⟩ and a:bcdef:1:2:3:4:5:6 done',
  );
});

test('host names after URL-encoded separators, in upper case, not in mixed case', () => {
  assert.equal(
    runRule(hostname, 'go %2Fjira.acme.test and %3adb.acme.test or DB01.ACME.COM not Db.Acme.Com')
      .out,
    'go %2F⟨host#jira.acme.test⟩ and %3a⟨host#db.acme.test⟩ or ⟨host#DB01.ACME.COM⟩ not Db.Acme.Com',
  );
});
