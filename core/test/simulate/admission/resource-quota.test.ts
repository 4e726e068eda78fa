// ResourceQuota, from plugin/pkg/admission/resourcequota/admission_test.go (TestAdmitBelowQuotaLimit,
// TestAdmitExceedQuotaLimit, TestAdmitEnforceQuotaConstraints, TestAdmitBelowBestEffortQuotaLimit,
// TestAdmitBelowTerminatingQuotaLimit, TestAdmissionSetsMissingNamespace, TestAdmitRejectIncreaseUsageWithDeltaUsage)
// and pkg/quota/v1/evaluator/core/pods_test.go, services_test.go, persistent_volume_claims_test.go (usage).
import { describe, expect, it } from 'vitest';
import type { Obj } from '../../../src/model/fields.js';
import { admit, QuotaTracker } from '../../../src/simulate/admission/index.js';
import { claim, container, pod, priorityClass, quota, state, SHOP } from './builders.js';

const cpuPod = (name: string, cpu: string, extra: Obj = {}, meta: Obj = {}): Obj => pod({ containers: [container('app', { requests: { cpu, memory: '64Mi' }, limits: { cpu, memory: '64Mi' } })], ...extra }, { name, ...meta });
const bestEffort = (name: string): Obj => pod({}, { name });
const service = (name: string, type: string, ports = 1): Obj => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name, namespace: 'shop' },
  spec: { type, ports: Array.from({ length: ports }, (_, i) => ({ port: 80 + i })) },
});
const refused = (resource: string, name: string, reason: string) => ({ allowed: false, status: 'Forbidden', message: `${resource} "${name}" is forbidden: ${reason}` });

describe('ResourceQuota on pods', () => {
  const compute = quota('compute-quota', { 'requests.cpu': '2', 'limits.cpu': '4' });

  it('admits a pod that fits the quota', () => {
    expect(admit(state(SHOP, compute, cpuPod('a', '1')), cpuPod('web', '500m'), 'CREATE').allowed).toBe(true);
  });

  it('refuses a pod over the quota with what it requested, what is used and the limit', () => {
    const s = state(SHOP, compute, cpuPod('a', '1'), cpuPod('b', '500m'));
    expect(admit(s, cpuPod('web', '600m'), 'CREATE')).toEqual(refused('pods', 'web', 'exceeded quota: compute-quota, requested: requests.cpu=600m, used: requests.cpu=1500m, limited: requests.cpu=2'));
  });

  it('lists every exceeded resource, sorted', () => {
    const s = state(SHOP, quota('q', { 'requests.cpu': '1', 'limits.cpu': '1', pods: '10' }), cpuPod('a', '1'));
    expect(admit(s, cpuPod('web', '1'), 'CREATE')).toEqual(
      refused('pods', 'web', 'exceeded quota: q, requested: limits.cpu=1,requests.cpu=1, used: limits.cpu=1,requests.cpu=1, limited: limits.cpu=1,requests.cpu=1'),
    );
  });

  it('counts pods, but not pods that have finished', () => {
    const done = { ...cpuPod('done', '1'), status: { phase: 'Succeeded' } };
    const s = state(SHOP, quota('pod-count', { pods: '2' }), cpuPod('a', '1'), done);
    expect(admit(s, cpuPod('web', '1'), 'CREATE').allowed).toBe(true);
    expect(admit(state(SHOP, quota('pod-count', { pods: '1' }), cpuPod('a', '1')), cpuPod('web', '1'), 'CREATE')).toEqual(
      refused('pods', 'web', 'exceeded quota: pod-count, requested: pods=1, used: pods=1, limited: pods=1'),
    );
  });

  it('treats the bare cpu and memory names as requests', () => {
    const s = state(SHOP, quota('q', { memory: '100Mi' }), cpuPod('a', '1'));
    expect(admit(s, cpuPod('web', '1'), 'CREATE')).toEqual(refused('pods', 'web', 'exceeded quota: q, requested: memory=64Mi, used: memory=64Mi, limited: memory=100Mi'));
  });

  it('makes every container state a tracked cpu or memory resource', () => {
    const s = state(SHOP, quota('compute-quota', { 'limits.cpu': '4', 'requests.memory': '1Gi', pods: '5' }));
    const p = pod({ containers: [container('app'), container('sidecar', { requests: { memory: '10Mi' } })] });
    expect(admit(s, p, 'CREATE')).toEqual(refused('pods', 'web', 'failed quota: compute-quota: must specify limits.cpu for: app,sidecar; requests.memory for: app'));
  });

  it('does not ask containers for resources a pod states at pod level', () => {
    const s = state(SHOP, quota('q', { 'requests.cpu': '4' }));
    expect(admit(s, pod({ resources: { requests: { cpu: '1' } } }), 'CREATE').allowed).toBe(true);
  });

  it('applies a BestEffort quota to best-effort pods only', () => {
    const s = state(SHOP, quota('be', { pods: '1' }, { scopes: ['BestEffort'] }), bestEffort('a'));
    expect(admit(s, bestEffort('web'), 'CREATE')).toEqual(refused('pods', 'web', 'exceeded quota: be, requested: pods=1, used: pods=1, limited: pods=1'));
    expect(admit(s, cpuPod('web', '1'), 'CREATE').allowed).toBe(true);
  });

  it('applies a NotBestEffort quota to pods with requests only', () => {
    const s = state(SHOP, quota('nbe', { pods: '1' }, { scopes: ['NotBestEffort'] }), cpuPod('a', '1'));
    expect(admit(s, bestEffort('web'), 'CREATE').allowed).toBe(true);
    expect(admit(s, cpuPod('web', '1'), 'CREATE').allowed).toBe(false);
  });

  it('applies a PriorityClass scope selector to the pods of those classes, after Priority admission named them', () => {
    const high = quota('high', { pods: '0' }, { scopeSelector: { matchExpressions: [{ scopeName: 'PriorityClass', operator: 'In', values: ['high'] }] } });
    const s = state(SHOP, high, priorityClass('high', 1000), priorityClass('default', 0, { globalDefault: true }));
    expect(admit(s, cpuPod('web', '1', { priorityClassName: 'high' }), 'CREATE')).toEqual(refused('pods', 'web', 'exceeded quota: high, requested: pods=1, used: pods=0, limited: pods=0'));
    expect(admit(s, cpuPod('web', '1'), 'CREATE').allowed).toBe(true);
  });

  it('applies a Terminating quota to pods with an active deadline', () => {
    const s = state(SHOP, quota('jobs', { pods: '0' }, { scopes: ['Terminating'] }));
    expect(admit(s, cpuPod('web', '1', { activeDeadlineSeconds: 60 }), 'CREATE').allowed).toBe(false);
    expect(admit(s, cpuPod('web', '1'), 'CREATE').allowed).toBe(true);
  });

  it('ignores namespaces without quotas and other namespaces\' quotas', () => {
    expect(admit(state(SHOP, quota('q', { pods: '0' }, {}, 'other')), cpuPod('web', '1'), 'CREATE').allowed).toBe(true);
  });
});

describe('QuotaTracker', () => {
  const s = state(SHOP, quota('compute-quota', { 'requests.cpu': '1' }));

  it('makes two pods admitted against the same snapshot share the quota', () => {
    const tracker = new QuotaTracker();
    expect(admit(s, cpuPod('a', '600m'), 'CREATE', tracker).allowed).toBe(true);
    expect(admit(s, cpuPod('b', '600m'), 'CREATE', tracker)).toEqual(refused('pods', 'b', 'exceeded quota: compute-quota, requested: requests.cpu=600m, used: requests.cpu=600m, limited: requests.cpu=1'));
  });

  it('charges nothing for a refused pod', () => {
    const tracker = new QuotaTracker();
    expect(admit(s, cpuPod('big', '2'), 'CREATE', tracker).allowed).toBe(false);
    expect(admit(s, cpuPod('a', '1'), 'CREATE', tracker).allowed).toBe(true);
  });

  it('forgets its charges when handed the next snapshot, which holds the admitted objects', () => {
    const tracker = new QuotaTracker();
    admit(s, cpuPod('a', '600m'), 'CREATE', tracker);
    const next = state(SHOP, quota('compute-quota', { 'requests.cpu': '1' }), cpuPod('a', '600m'));
    expect(admit(next, cpuPod('b', '300m'), 'CREATE', tracker).allowed).toBe(true);
  });

  it('without a tracker, each admission sees only the snapshot', () => {
    expect(admit(s, cpuPod('a', '600m'), 'CREATE').allowed).toBe(true);
    expect(admit(s, cpuPod('b', '600m'), 'CREATE').allowed).toBe(true);
  });
});

describe('ResourceQuota on other objects', () => {
  it('counts load balancers and node ports of Services', () => {
    const s = state(SHOP, quota('svc', { 'services.loadbalancers': '1', 'services.nodeports': '3' }), service('lb', 'LoadBalancer'));
    expect(admit(s, service('api', 'LoadBalancer'), 'CREATE')).toEqual(
      refused('services', 'api', 'exceeded quota: svc, requested: services.loadbalancers=1, used: services.loadbalancers=1, limited: services.loadbalancers=1'),
    );
    expect(admit(s, service('np', 'NodePort', 3), 'CREATE')).toEqual(refused('services', 'np', 'exceeded quota: svc, requested: services.nodeports=3, used: services.nodeports=1, limited: services.nodeports=3'));
    expect(admit(s, service('internal', 'ClusterIP', 5), 'CREATE').allowed).toBe(true);
  });

  it('charges an update only what it adds', () => {
    const s = state(SHOP, quota('svc', { 'services.loadbalancers': '1', services: '1' }), service('api', 'ClusterIP'));
    expect(admit(s, service('api', 'LoadBalancer'), 'UPDATE').allowed).toBe(true);
  });

  it('counts claims and their storage, in total and per storage class', () => {
    const s = state(SHOP, quota('storage', { 'requests.storage': '10Gi', 'fast.storageclass.storage.k8s.io/requests.storage': '5Gi' }), claim('a', '4Gi', { storageClassName: 'fast' }));
    expect(admit(s, claim('b', '2Gi', { storageClassName: 'fast' }), 'CREATE')).toEqual(
      refused('persistentvolumeclaims', 'b', 'exceeded quota: storage, requested: fast.storageclass.storage.k8s.io/requests.storage=2Gi, used: fast.storageclass.storage.k8s.io/requests.storage=4Gi, limited: fast.storageclass.storage.k8s.io/requests.storage=5Gi'),
    );
    expect(admit(s, claim('b', '2Gi', { storageClassName: 'slow' }), 'CREATE').allowed).toBe(true);
  });

  it('counts objects of any kind by count/<resource>, and config maps and secrets by their old names', () => {
    const dep = (name: string): Obj => ({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name, namespace: 'shop' }, spec: {} });
    const cm = (name: string): Obj => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'shop' } });
    const s = state(SHOP, quota('objects', { 'count/deployments.apps': '1', configmaps: '1' }), dep('a'), cm('a'));
    expect(admit(s, dep('b'), 'CREATE')).toEqual(refused('deployments.apps', 'b', 'exceeded quota: objects, requested: count/deployments.apps=1, used: count/deployments.apps=1, limited: count/deployments.apps=1'));
    expect(admit(s, cm('b'), 'CREATE')).toEqual(refused('configmaps', 'b', 'exceeded quota: objects, requested: configmaps=1, used: configmaps=1, limited: configmaps=1'));
  });

  it('does not apply a scoped quota to objects other than pods', () => {
    const s = state(SHOP, quota('be', { 'count/configmaps': '0' }, { scopes: ['BestEffort'] }));
    expect(admit(s, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'shop' } }, 'CREATE').allowed).toBe(true);
  });
});
