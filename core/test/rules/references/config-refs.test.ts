import { describe, expect, it } from 'vitest';
import { configMapRefNotFound } from '../../../src/rules/references/configmap-ref-not-found.js';
import { secretRefNotFound } from '../../../src/rules/references/secret-ref-not-found.js';
import { findingsOf, summary } from '../helpers.js';
import { configMap, deployment, findings, secret } from './builders.js';

const env = (...e: Record<string, unknown>[]) => deployment('web', { app: 'web' }, { containers: [{ name: 'app', image: 'web:1', env: e }] });
const envFrom = (...e: Record<string, unknown>[]) => deployment('web', { app: 'web' }, { containers: [{ name: 'app', image: 'web:1', envFrom: e }] });
const volumes = (...v: Record<string, unknown>[]) => deployment('web', { app: 'web' }, { volumes: v });
const cmKey = (name: string, key: string, optional?: boolean) => ({ name: 'LOG_LEVEL', valueFrom: { configMapKeyRef: { name, key, ...(optional === undefined ? {} : { optional }) } } });
const C = 'spec.template.spec.containers[0]';
const V = 'spec.template.spec.volumes[0]';
const cfg = configMap('app-config', { LOG_LEVEL: 'info' });

describe('configmap-ref-not-found', () => {
  it.each([
    { name: 'a configMapKeyRef to an existing key passes', objects: [cfg, env(cmKey('app-config', 'LOG_LEVEL'))], expected: [] },
    {
      name: 'a configMapKeyRef to a missing key warns',
      objects: [cfg, env(cmKey('app-config', 'LOG_LEVL'))],
      expected: [`warning ${C}.env[0].valueFrom.configMapKeyRef.key configMapKeyRef: ConfigMap "app-config" has no key "LOG_LEVL"`],
    },
    {
      name: 'a configMapKeyRef to a missing ConfigMap warns',
      objects: [cfg, env(cmKey('app-cfg', 'LOG_LEVEL'))],
      expected: [`warning ${C}.env[0].valueFrom.configMapKeyRef.name configMapKeyRef: ConfigMap "app-cfg" not found in namespace "default"`],
    },
    { name: 'an optional configMapKeyRef is never reported', objects: [cfg, env(cmKey('app-cfg', 'x', true), cmKey('app-config', 'x', true))], expected: [] },
    {
      name: 'an envFrom configMapRef to a missing ConfigMap warns',
      objects: [cfg, envFrom({ configMapRef: { name: 'other' } }, { configMapRef: { name: 'maybe', optional: true } })],
      expected: [`warning ${C}.envFrom[0].configMapRef.name envFrom: ConfigMap "other" not found in namespace "default"`],
    },
    {
      name: 'a configMap volume and its item keys are checked',
      objects: [cfg, volumes({ name: 'config', configMap: { name: 'app-config', items: [{ key: 'LOG_LEVEL', path: 'a' }, { key: 'app.yaml', path: 'b' }] } })],
      expected: [`warning ${V}.configMap.items[1].key volume "config": ConfigMap "app-config" has no key "app.yaml"`],
    },
    {
      name: 'a missing volume ConfigMap is reported once, not once per item',
      objects: [cfg, volumes({ name: 'config', configMap: { name: 'gone', items: [{ key: 'a', path: 'a' }, { key: 'b', path: 'b' }] } })],
      expected: [`warning ${V}.configMap.name volume "config": ConfigMap "gone" not found in namespace "default"`],
    },
    {
      name: 'projected sources are checked',
      objects: [cfg, volumes({ name: 'all', projected: { sources: [{ configMap: { name: 'gone' } }, { downwardAPI: { items: [] } }] } })],
      expected: [`warning ${V}.projected.sources[0].configMap.name volume "all": ConfigMap "gone" not found in namespace "default"`],
    },
    { name: 'kube-root-ca.crt exists in every namespace', objects: [cfg, volumes({ name: 'ca', configMap: { name: 'kube-root-ca.crt' } })], expected: [] },
    { name: 'binaryData keys count', objects: [{ ...configMap('bin'), binaryData: { 'logo.png': 'AA==' } }, env(cmKey('bin', 'logo.png'))], expected: [] },
    {
      name: 'a namespace with no ConfigMap at all gives info',
      objects: [env(cmKey('app-config', 'LOG_LEVEL'))],
      expected: [`info ${C}.env[0].valueFrom.configMapKeyRef.name configMapKeyRef: ConfigMap "app-config" not found in namespace "default"`],
    },
  ])('$name', ({ objects, expected }) => {
    expect(findings(configMapRefNotFound, objects)).toEqual(expected);
  });

  it('is an error with assume-complete, missing ConfigMap and missing key alike', () => {
    expect(findings(configMapRefNotFound, [cfg, env(cmKey('app-config', 'X'), cmKey('nope', 'Y'))], true).map((f) => f.split(' ')[0])).toEqual(['error', 'error']);
  });

  it('is positioned on the key', () => {
    const text = `apiVersion: v1
kind: ConfigMap
metadata: {name: app-config}
data: {log_level: info}
---
apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  containers:
    - name: web
      image: web:1
      env:
        - name: LOG_LEVEL
          valueFrom:
            configMapKeyRef:
              name: app-config
              key: LOG_LEVEL
`;
    expect(summary(findingsOf(configMapRefNotFound, text))).toEqual(['configmap-ref-not-found 18:20 configMapKeyRef: ConfigMap "app-config" has no key "LOG_LEVEL"']);
  });
});

const secretKey = (name: string, key: string) => ({ name: 'PASSWORD', valueFrom: { secretKeyRef: { name, key } } });
const db = secret('db', { password: 'x' });
const role = (rules: Record<string, unknown>[]) => ({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'certgen' }, rules });
const binding = { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: { name: 'certgen' }, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'certgen' }, subjects: [{ kind: 'ServiceAccount', name: 'certgen' }] };
const certgenJob = { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'certgen' }, spec: { template: { spec: { serviceAccountName: 'certgen', restartPolicy: 'OnFailure', containers: [{ name: 'c', image: 'certgen:1' }] } } } };

describe('secret-ref-not-found', () => {
  it.each([
    { name: 'a secretKeyRef to an existing key passes', objects: [db, env(secretKey('db', 'password'))], expected: [] },
    { name: 'data keys count as well as stringData', objects: [secret('tls', {}, { data: { 'tls.crt': 'AA==' } }), env(secretKey('tls', 'tls.crt'))], expected: [] },
    {
      name: 'a secretKeyRef to a missing key warns',
      objects: [db, env(secretKey('db', 'pass'))],
      expected: [`warning ${C}.env[0].valueFrom.secretKeyRef.key secretKeyRef: Secret "db" has no key "pass"`],
    },
    {
      name: 'a secret volume uses secretName',
      objects: [db, volumes({ name: 'certs', secret: { secretName: 'web-tls' } })],
      expected: [`warning ${V}.secret.secretName volume "certs": Secret "web-tls" not found in namespace "default"`],
    },
    { name: 'an optional secret volume is never reported', objects: [db, volumes({ name: 'certs', secret: { secretName: 'web-tls', optional: true } })], expected: [] },
    {
      name: 'a Secret made by a cert-manager Certificate counts as present',
      objects: [db, { apiVersion: 'cert-manager.io/v1', kind: 'Certificate', metadata: { name: 'web' }, spec: { secretName: 'web-tls' } }, volumes({ name: 'certs', secret: { secretName: 'web-tls' } })],
      expected: [],
    },
    {
      name: 'a service-account-token Secret has its keys filled in by the cluster',
      objects: [secret('token', {}, { type: 'kubernetes.io/service-account-token' }), env(secretKey('token', 'token'))],
      expected: [],
    },
    {
      name: 'a namespace with no Secret at all gives info',
      objects: [envFrom({ secretRef: { name: 'db' } })],
      expected: [`info ${C}.envFrom[0].secretRef.name envFrom: Secret "db" not found in namespace "default"`],
    },
    {
      name: 'a workload allowed to create Secrets in the namespace makes a missing one info',
      objects: [db, role([{ apiGroups: [''], resources: ['secrets'], verbs: ['get', 'create'] }]), binding, certgenJob, volumes({ name: 'certs', secret: { secretName: 'webhook-cert' } })],
      expected: [`info ${V}.secret.secretName volume "certs": Secret "webhook-cert" not found in namespace "default"`],
    },
    {
      name: 'a role that only reads Secrets does not',
      objects: [db, role([{ apiGroups: [''], resources: ['secrets'], verbs: ['get'] }]), binding, certgenJob, volumes({ name: 'certs', secret: { secretName: 'webhook-cert' } })],
      expected: [`warning ${V}.secret.secretName volume "certs": Secret "webhook-cert" not found in namespace "default"`],
    },
    { name: 'a ConfigMap reference is not this rule’s business', objects: [db, env(cmKey('nope', 'x'))], expected: [] },
  ])('$name', ({ objects, expected }) => {
    expect(findings(secretRefNotFound, objects)).toEqual(expected);
  });

  it('is an error with assume-complete', () => {
    expect(findings(secretRefNotFound, [envFrom({ secretRef: { name: 'db' } })], true)).toEqual([`error ${C}.envFrom[0].secretRef.name envFrom: Secret "db" not found in namespace "default"`]);
  });
});
