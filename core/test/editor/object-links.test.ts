import { describe, expect, it } from 'vitest';
import { referenceKindAt, referencesOf, selectorAt, selectorsOf, type KubeObject } from '../../src/index.js';

const POD_SPEC = {
  serviceAccountName: 'runner',
  imagePullSecrets: [{ name: 'registry' }],
  containers: [{ name: 'c', envFrom: [{ configMapRef: { name: 'cfg' } }, { secretRef: { name: 'sec' } }], env: [{ name: 'X', valueFrom: { secretKeyRef: { name: 'sec2', key: 'k' } } }] }],
  volumes: [{ name: 'd', persistentVolumeClaim: { claimName: 'data' } }, { name: 'v', configMap: { name: 'cfg2' } }],
};

describe('references', () => {
  it('lists every object a workload names, with the path of the name', () => {
    const deployment: KubeObject = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'w', namespace: 'shop' }, spec: { template: { spec: POD_SPEC } } };
    expect(referencesOf(deployment).map((r) => `${r.kind}/${r.name}`)).toEqual([
      'Namespace/shop',
      'ServiceAccount/runner',
      'Secret/registry',
      'ConfigMap/cfg',
      'Secret/sec',
      'Secret/sec2',
      'PersistentVolumeClaim/data',
      'ConfigMap/cfg2',
    ]);
  });

  const cases: Array<[string, KubeObject, (string | number)[], string | undefined]> = [
    ['a StatefulSet serviceName', { kind: 'StatefulSet' }, ['spec', 'serviceName'], 'Service'],
    ['a Service has no serviceName reference', { kind: 'Service' }, ['spec', 'serviceName'], undefined],
    ['an HPA target, by its kind', { kind: 'HorizontalPodAutoscaler', spec: { scaleTargetRef: { kind: 'StatefulSet' } } }, ['spec', 'scaleTargetRef', 'name'], 'StatefulSet'],
    ['an Ingress backend', { kind: 'Ingress' }, ['spec', 'rules', 0, 'http', 'paths', 0, 'backend', 'service', 'name'], 'Service'],
    ['a RoleBinding roleRef', { kind: 'RoleBinding', roleRef: { kind: 'ClusterRole' } }, ['roleRef', 'name'], 'ClusterRole'],
    ['a key of ConfigMap data is not a reference', { kind: 'ConfigMap' }, ['data', 'storageClassName'], undefined],
  ];
  it.each(cases)('%s', (_name, object, path, kind) => {
    expect(referenceKindAt(object, path)).toBe(kind);
  });

  it('leaves ConfigMap data alone', () => {
    expect(referencesOf({ kind: 'ConfigMap', data: { storageClassName: 'x' } })).toEqual([]);
  });
});

describe('selectors', () => {
  it('reads the pod selectors of Services, workloads, budgets and policies, with where they are written', () => {
    expect(selectorsOf({ kind: 'Service', spec: { selector: { app: 'web' } } })).toEqual([{ path: ['spec', 'selector'], selector: { matchLabels: { app: 'web' }, matchExpressions: [] } }]);
    const policy: KubeObject = { kind: 'NetworkPolicy', spec: { podSelector: {}, ingress: [{ from: [{ podSelector: { matchLabels: { a: 'b' } } }, { namespaceSelector: {}, podSelector: {} }] }] } };
    expect(selectorsOf(policy).map((s) => s.path.join('.'))).toEqual(['spec.podSelector', 'spec.ingress.0.from.0.podSelector']);
    expect(selectorAt({ kind: 'Deployment', spec: { selector: { matchLabels: { app: 'web' } } } }, ['spec', 'selector', 'matchLabels', 'app'])?.path).toEqual(['spec', 'selector']);
  });
});
