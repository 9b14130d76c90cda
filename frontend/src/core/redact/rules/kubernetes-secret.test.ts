import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse as parseYaml, parseAllDocuments } from 'yaml';
import { kubernetesSecret } from './kubernetes-secret.ts';
import { runRule } from '../test-support/harness.ts';

const M = '[REDACTED:kubernetes-secret]';

test('Kubernetes Secrets: every data and stringData value goes, whatever its key; keys stay', () => {
  const manifest = `apiVersion: v1
kind: Secret
metadata:
  name: jira-db
  labels:
    password: not-a-secret-label
type: Opaque
data:
  username: amlyYV9GQUtF
  tls.key: LS0tLS1CRUdJTiBGQUtFIEtFWS0tLS0t
  .dockerconfigjson: eyJhdXRocyI6IkZBS0UifQ==
stringData:
  license: |
    AAABFAKEline1
    FAKEline2
  "quoted.key": FAKEplain
---
apiVersion: v1
kind: ConfigMap
data:
  pool.size: "20"
`;
  const { out, hits } = runRule(kubernetesSecret, manifest, 'yaml');
  assert.ok(!out.includes('FAKE') && !out.includes('LS0t') && !out.includes('eyJ'), out);
  assert.equal(hits['kubernetes-secret'], 5);
  const [secret, configMap] = parseAllDocuments(out).map((d) => d.toJS() as Record<string, never>);
  assert.deepEqual(secret?.data, { username: M, 'tls.key': M, '.dockerconfigjson': M });
  assert.deepEqual(secret?.stringData, { license: M, 'quoted.key': M });
  assert.deepEqual(secret?.metadata, {
    name: 'jira-db',
    labels: { password: 'not-a-secret-label' },
  });
  // A ConfigMap's data is configuration.
  assert.deepEqual(configMap?.data, { 'pool.size': '20' });
});

test('Kubernetes Secrets: other YAML and other formats are left to the other rules', () => {
  const values = 'data:\n  username: jira\nkind: Deployment\n';
  assert.equal(runRule(kubernetesSecret, values, 'yaml').out, values);
  const text = 'kind: Secret\ndata:\n  password: FAKE\n';
  assert.equal(runRule(kubernetesSecret, text, 'log').out, text);
  assert.deepEqual(parseYaml(runRule(kubernetesSecret, text, 'yaml').out), {
    kind: 'Secret',
    data: { password: M },
  });
});
