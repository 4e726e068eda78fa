import { describe, expect, it } from 'vitest';
import { automountServiceAccountToken } from '../../../src/rules/practices/security/automount-service-account-token.js';
import { defaultServiceAccount } from '../../../src/rules/practices/security/default-service-account.js';
import { secretInEnv } from '../../../src/rules/practices/security/secret-in-env.js';
import { unsafeSysctls } from '../../../src/rules/practices/security/unsafe-sysctls.js';
import { findingsOf, summary } from '../helpers.js';
import { oneContainer, pod } from './builders.js';

const sysctls = (...names: string[]): string => pod(`securityContext:\n  sysctls:\n${names.map((n) => `    - name: ${n}\n      value: "1"`).join('\n')}\n${oneContainer()}`);
const env = (name: string, value: string): string => pod(oneContainer(`env:\n  - name: ${name}\n    value: ${value}`));
const serviceAccount = (automount: string): string => `---\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: web\n${automount}`;

describe('unsafe-sysctls', () => {
  it.each([
    { name: 'a safe sysctl passes', names: ['net.ipv4.ip_local_port_range'], params: {}, findings: 0 },
    { name: 'the slash form of a safe sysctl passes', names: ['net/ipv4/tcp_syncookies'], params: {}, findings: 0 },
    { name: 'kernel.sem is unsafe', names: ['kernel.sem'], params: {}, findings: 1 },
    { name: 'each unsafe sysctl is reported', names: ['kernel.msgmax', 'net.core.somaxconn', 'kernel.shm_rmid_forced'], params: {}, findings: 2 },
    { name: 'the allowed parameter accepts exact names', names: ['kernel.sem'], params: { allowed: ['kernel.sem'] }, findings: 0 },
    { name: 'the allowed parameter accepts prefixes with *', names: ['kernel.msgmax', 'kernel.msgmnb'], params: { allowed: ['kernel.msg*'] }, findings: 0 },
  ])('$name', ({ names, params, findings }) => {
    expect(findingsOf(unsafeSysctls, sysctls(...names), { rules: { 'unsafe-sysctls': { params } } })).toHaveLength(findings);
  });

  it('points at the sysctl name', () => {
    expect(summary(findingsOf(unsafeSysctls, sysctls('kernel.sem')))).toEqual([
      "unsafe-sysctls 8:15 sysctl \"kernel.sem\" is not in the kubelet's safe set: the pod is rejected unless the node allows it (--allowed-unsafe-sysctls)",
    ]);
  });
});

describe('automount-service-account-token', () => {
  it.each([
    { name: 'a pod that says nothing mounts the token', yaml: pod(oneContainer()), findings: 1 },
    { name: 'automountServiceAccountToken: false on the pod passes', yaml: pod(`automountServiceAccountToken: false\n${oneContainer()}`), findings: 0 },
    { name: 'an explicit true is a decision, not an oversight', yaml: pod(`automountServiceAccountToken: true\n${oneContainer()}`), findings: 0 },
    { name: 'a ServiceAccount of the set that disables it passes', yaml: pod(`serviceAccountName: web\n${oneContainer()}`) + serviceAccount('automountServiceAccountToken: false'), findings: 0 },
    { name: 'a ServiceAccount of the set that says nothing does not', yaml: pod(`serviceAccountName: web\n${oneContainer()}`) + serviceAccount(''), findings: 1 },
  ])('$name', ({ yaml, findings }) => {
    expect(findingsOf(automountServiceAccountToken, yaml)).toHaveLength(findings);
  });

  it('names the service account', () => {
    expect(summary(findingsOf(automountServiceAccountToken, pod(oneContainer())))).toEqual([
      'automount-service-account-token 5:1 the pod mounts a token of service account "default": set automountServiceAccountToken: false unless it calls the Kubernetes API',
    ]);
  });
});

describe('secret-in-env', () => {
  it.each([
    { name: 'a password literal is reported', name_: 'DB_PASSWORD', value: 'hunter2', findings: 1 },
    { name: 'an API key literal is reported', name_: 'STRIPE_API_KEY', value: 'sk_live_123', findings: 1 },
    { name: 'a name that does not look secret passes', name_: 'LOG_LEVEL', value: 'debug', findings: 0 },
    { name: 'a path to a secret file passes', name_: 'DB_PASSWORD_FILE', value: '/run/secrets/db', findings: 0 },
    { name: 'the name of a Secret passes', name_: 'TLS_SECRET_NAME', value: 'web-tls', findings: 0 },
    { name: 'a boolean switch passes', name_: 'TOKEN_AUTH', value: '"true"', findings: 0 },
    { name: 'a duration passes', name_: 'TOKEN_TTL_SECONDS', value: '"3600"', findings: 0 },
    { name: 'an empty value passes', name_: 'SECRET', value: '""', findings: 0 },
    { name: 'a $(VAR) reference passes', name_: 'PASSWORD', value: '$(DB_PASSWORD)', findings: 0 },
  ])('$name', ({ name_, value, findings }) => {
    expect(findingsOf(secretInEnv, env(name_, value))).toHaveLength(findings);
  });

  it('ignores values read from a Secret', () => {
    expect(findingsOf(secretInEnv, pod(oneContainer('env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef: {name: db, key: password}')))).toEqual([]);
  });

  it('points at the literal value', () => {
    expect(summary(findingsOf(secretInEnv, env('DB_PASSWORD', 'hunter2')))).toEqual([
      'secret-in-env 11:18 environment variable DB_PASSWORD of container "app" holds a literal value: read it from a Secret (valueFrom.secretKeyRef)',
    ]);
  });

  it('takes the name pattern from the pattern parameter', () => {
    const settings = { rules: { 'secret-in-env': { params: { pattern: '^PIN$' } } } };
    expect(findingsOf(secretInEnv, env('PIN', 'x7-q9'), settings)).toHaveLength(1);
    expect(findingsOf(secretInEnv, env('DB_PASSWORD', 'hunter2'), settings)).toHaveLength(0);
  });
});

describe('default-service-account (opt-in)', () => {
  const on = { rules: { 'default-service-account': { level: 'info' as const } } };
  it.each([
    { name: 'no serviceAccountName means default', spec: oneContainer(), findings: 1 },
    { name: 'serviceAccountName: default is reported', spec: `serviceAccountName: default\n${oneContainer()}`, findings: 1 },
    { name: 'a named service account passes', spec: `serviceAccountName: web\n${oneContainer()}`, findings: 0 },
    { name: 'the deprecated serviceAccount field counts', spec: `serviceAccount: web\n${oneContainer()}`, findings: 0 },
  ])('$name', ({ spec, findings }) => {
    expect(findingsOf(defaultServiceAccount, pod(spec), on)).toHaveLength(findings);
  });
});
