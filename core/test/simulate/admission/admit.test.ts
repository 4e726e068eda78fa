// The admission chain as a whole: kube-apiserver's order (pkg/kubeapiserver/options/plugins.go AllOrderedPlugins;
// mutating plugins, then validation of the object, then validating plugins, ResourceQuota last), the error
// formats of k8s.io/apimachinery/pkg/api/errors and util/errors (aggregate), and GroupResource names.
import { describe, expect, it } from 'vitest';
import type { Obj } from '../../../src/model/fields.js';
import { admit } from '../../../src/simulate/admission/index.js';
import { pluralOf, qualifiedResource } from '../../../src/simulate/admission/qualified-resource.js';
import { aggregateMessages } from '../../../src/simulate/admission/status-errors.js';
import { container, limitRange, ns, pod, quota, spec, state, SHOP } from './builders.js';

const restricted = ns('shop', { labels: { 'pod-security.kubernetes.io/enforce': 'restricted' } });

describe('admit', () => {
  it('returns a defaulted copy and leaves the given object alone', () => {
    const input = pod();
    const before = structuredClone(input);
    const result = admit(state(SHOP), input, 'CREATE');
    expect(input).toEqual(before);
    expect(result).toMatchObject({ allowed: true, warnings: [] });
    expect(spec(result)).toMatchObject({ serviceAccountName: 'default', priority: 0, restartPolicy: 'Always' });
  });

  it('refuses in the mutating phase before PodSecurity looks at the pod', () => {
    expect(admit(state(restricted), pod({ serviceAccountName: 'ghost' }), 'CREATE')).toMatchObject({ message: 'pods "web" is forbidden: error looking up service account shop/ghost: serviceaccount "ghost" not found' });
  });

  it('reports an invalid object before the validating plugins', () => {
    expect(admit(state(restricted), pod({ containers: [container('app', { requests: { cpu: '2' }, limits: { cpu: '1' } })] }), 'CREATE')).toMatchObject({ status: 'Invalid' });
  });

  it('lets LimitRanger defaults satisfy a quota that asks containers to state their resources', () => {
    const s = state(SHOP, limitRange([{ type: 'Container', default: { cpu: '500m' }, defaultRequest: { cpu: '250m' } }]), quota('compute', { 'requests.cpu': '1', 'limits.cpu': '2' }));
    expect(admit(s, pod(), 'CREATE').allowed).toBe(true);
  });

  it('charges LimitRanger defaults to the quota', () => {
    const s = state(SHOP, limitRange([{ type: 'Container', defaultRequest: { cpu: '750m' } }]), quota('compute', { 'requests.cpu': '1' }));
    expect(admit(s, pod({ containers: [container('a'), container('b')] }), 'CREATE')).toMatchObject({
      message: 'pods "web" is forbidden: exceeded quota: compute, requested: requests.cpu=1500m, used: requests.cpu=0, limited: requests.cpu=1',
    });
  });

  it('admits objects it has no plugin for untouched', () => {
    const cm: Obj = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'shop' }, data: { a: '1' } };
    expect(admit(state(SHOP), cm, 'CREATE')).toEqual({ allowed: true, object: cm, warnings: [] });
  });
});

describe('error formats', () => {
  it.each([
    { name: 'one message stands alone', messages: ['a'], want: 'a' },
    { name: 'several are bracketed and joined', messages: ['a', 'b'], want: '[a, b]' },
    { name: 'duplicates collapse', messages: ['a', 'a'], want: 'a' },
  ])('$name', ({ messages, want }) => {
    expect(aggregateMessages(messages)).toBe(want);
  });

  it.each([
    { kind: 'Pod', apiVersion: 'v1', want: 'pods' },
    { kind: 'Deployment', apiVersion: 'apps/v1', want: 'deployments.apps' },
    { kind: 'Ingress', apiVersion: 'networking.k8s.io/v1', want: 'ingresses.networking.k8s.io' },
    { kind: 'NetworkPolicy', apiVersion: 'networking.k8s.io/v1', want: 'networkpolicies.networking.k8s.io' },
    { kind: 'Endpoints', apiVersion: 'v1', want: 'endpoints' },
  ])('names $kind $want', ({ kind, apiVersion, want }) => {
    expect(qualifiedResource(apiVersion, kind)).toBe(want);
  });

  it('pluralises as the API server guesses', () => {
    expect([pluralOf('StorageClass'), pluralOf('PriorityClass'), pluralOf('Service')]).toEqual(['storageclasses', 'priorityclasses', 'services']);
  });
});
