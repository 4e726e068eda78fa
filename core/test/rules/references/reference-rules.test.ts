import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../../src/rules/index.js';
import { REFERENCE_RULES } from '../../../src/rules/references/index.js';
import { check } from '../helpers.js';
import { deployment, service, yaml } from './builders.js';

describe('reference rules', () => {
  it.each(REFERENCE_RULES.map((r) => ({ id: r.meta.id, rule: r })))('$id has full metadata', ({ rule }) => {
    const { meta } = rule;
    expect(meta.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(meta).toMatchObject({ category: 'references', preset: 'recommended', defaultSeverity: 'warning' });
    for (const text of [meta.summary, meta.rationale, meta.howToFix]) expect(text.length).toBeGreaterThan(20);
    expect(meta.examples?.invalid).toBeTruthy();
    expect(meta.examples?.valid).toBeTruthy();
    expect(meta.peers).toBeDefined();
  });

  it('are registered once, in the set of all rules', () => {
    const ids = REFERENCE_RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(ALL_RULES.filter((r) => r.meta.id === id)).toHaveLength(1);
  });

  it('name their peers as tool:check', () => {
    for (const rule of REFERENCE_RULES) for (const peer of rule.meta.peers ?? []) expect(peer).toMatch(/^(kube-linter|kube-score|polaris):[A-Za-z-]+$/);
  });

  it('report nothing on a complete, consistent application, even with assume-complete', () => {
    const objects = [
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' } },
      { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'web', namespace: 'shop' } },
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'web', namespace: 'shop' }, data: { LOG_LEVEL: 'info' } },
      deployment('web', { app: 'web' }, {
        serviceAccountName: 'web',
        containers: [{ name: 'web', image: 'web:1', ports: [{ name: 'http', containerPort: 8080 }], envFrom: [{ configMapRef: { name: 'web' } }] }],
      }, { namespace: 'shop', replicas: 3 }),
      service('web', { selector: { app: 'web' }, ports: [{ name: 'http', port: 80, targetPort: 'http' }] }, 'shop'),
      { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'web', namespace: 'shop' }, spec: { maxUnavailable: 1, selector: { matchLabels: { app: 'web' } } } },
      { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name: 'web', namespace: 'shop' }, spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }, minReplicas: 3, maxReplicas: 6 } },
      { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'web', namespace: 'shop' }, spec: { defaultBackend: { service: { name: 'web', port: { name: 'http' } } } } },
      { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'web', namespace: 'shop' }, spec: { podSelector: { matchLabels: { app: 'web' } }, ingress: [{ from: [{ podSelector: { matchLabels: { app: 'web' } } }] }] } },
    ];
    expect(check(yaml(...objects), REFERENCE_RULES, { assumeComplete: true })).toEqual([]);
  });
});
