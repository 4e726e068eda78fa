// The built-in default cluster and the objects every cluster has.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClusterState, DEFAULT_CLUSTER_DESCRIPTION, clusterObject, defaultClusterState, withBuiltIns } from '../../src/cluster/index.js';
import { getIn } from '../../src/model/fields.js';
import { formatResourceAmount } from '../../src/model/resource-units.js';
import { REPO_ROOT } from '../support/shared.js';

const GI = 1024 ** 3;
const MI = 1024 ** 2;

describe('defaultClusterState', () => {
  const state = defaultClusterState();

  it.each([
    {
      name: 'control-plane',
      zone: 'us-east-1a',
      taints: ['node-role.kubernetes.io/control-plane:NoSchedule'],
      allocatable: { cpu: 4000, memory: 16 * GI - 100 * MI, pods: 110, ephemeralStorage: 90 * GI, scalar: {} },
    },
    ...[1, 2, 3].map((i) => ({
      name: `worker-${i}`,
      zone: `us-east-1${'abc'[i - 1]}`,
      taints: [],
      // 80m and 1465Mi kube-reserved, 100Mi and 10% eviction thresholds, 1Gi reserved disk.
      allocatable: { cpu: 3920, memory: 16 * GI - 1565 * MI, pods: 110, ephemeralStorage: 89 * GI, scalar: {} },
    })),
  ])('$name: zone $zone, its taints and allocatable', ({ name, zone, taints, allocatable }) => {
    const node = state.node(name);
    expect(node?.labels['topology.kubernetes.io/zone']).toBe(zone);
    expect(node?.labels['topology.kubernetes.io/region']).toBe('us-east-1');
    expect(node?.taints.map((t) => `${t.key}:${t.effect}`)).toEqual(taints);
    expect(node?.allocatable).toEqual(allocatable);
  });

  it('gives every node the well-known labels', () => {
    for (const node of state.nodes()) {
      expect(Object.keys(node.labels)).toEqual(expect.arrayContaining(['kubernetes.io/hostname', 'kubernetes.io/os', 'kubernetes.io/arch', 'topology.kubernetes.io/zone', 'topology.kubernetes.io/region', 'node.kubernetes.io/instance-type']));
    }
    expect(state.node('control-plane')?.labels['node-role.kubernetes.io/control-plane']).toBe('');
  });

  it.each([
    { kind: 'Namespace', want: ['default', 'kube-system', 'kube-public', 'kube-node-lease'] },
    { kind: 'ServiceAccount', want: ['default/default', 'kube-system/default', 'kube-public/default', 'kube-node-lease/default'] },
    { kind: 'Service', want: ['default/kubernetes', 'kube-system/kube-dns'] },
    { kind: 'PriorityClass', want: ['system-cluster-critical', 'system-node-critical'] },
    { kind: 'StorageClass', want: ['standard'] },
    { kind: 'Pod', want: [] },
  ])('has the $kind objects every cluster has', ({ kind, want }) => {
    expect(state.list(kind).map((o) => (o.namespace === undefined ? o.name : `${o.namespace}/${o.name}`))).toEqual(want);
    for (const o of state.list(kind)) expect(o.origin).toBe('cluster');
  });

  it.each([
    { key: 'Service/default/kubernetes', path: ['spec', 'clusterIP'], want: '10.96.0.1' },
    { key: 'Service/default/kubernetes', path: ['spec', 'ports', 0, 'port'], want: 443 },
    { key: 'Service/kube-system/kube-dns', path: ['spec', 'clusterIP'], want: '10.96.0.10' },
    { key: 'Service/kube-system/kube-dns', path: ['spec', 'ports'], want: [{ name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 }, { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 }, { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153 }] },
    { key: 'StorageClass/standard', path: ['metadata', 'annotations', 'storageclass.kubernetes.io/is-default-class'], want: 'true' },
    { key: 'StorageClass/standard', path: ['volumeBindingMode'], want: 'WaitForFirstConsumer' },
    { key: 'PriorityClass/system-cluster-critical', path: ['value'], want: 2000000000 },
    { key: 'PriorityClass/system-node-critical', path: ['value'], want: 2000001000 },
    { key: 'Node/worker-2', path: ['status', 'addresses', 0, 'address'], want: '10.0.0.12' },
    { key: 'Node/worker-2', path: ['spec', 'podCIDR'], want: '10.244.2.0/24' },
  ])('$key $path', ({ key, path, want }) => {
    expect(getIn(state.get(key)?.object, ...path)).toEqual(want);
  });

  it('gives the same cluster every time', () => {
    expect(defaultClusterState().all()).toEqual(state.all());
  });

  it('describes the figures it uses', () => {
    const text = DEFAULT_CLUSTER_DESCRIPTION.join('\n');
    const worker = state.node('worker-1')?.allocatable;
    expect(text).toContain(`cpu ${formatResourceAmount('cpu', worker?.cpu ?? 0)}, memory ${formatResourceAmount('memory', worker?.memory ?? 0)}`);
    expect(text).toContain('us-east-1a, us-east-1b, us-east-1c');
  });

  it.each(['control-plane', 'worker-1'])('the README states the allocatable of %s', (name) => {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const a = state.node(name)?.allocatable;
    const figures = `cpu ${formatResourceAmount('cpu', a?.cpu ?? 0)}, memory ${formatResourceAmount('memory', a?.memory ?? 0)}, pods ${a?.pods ?? 0}, ephemeral-storage ${formatResourceAmount('ephemeral-storage', a?.ephemeralStorage ?? 0)}`;
    expect(readme).toContain(figures);
  });
});

describe('withBuiltIns', () => {
  const nodeOnly = ClusterState.of([clusterObject({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'n1' } }, 0)]);
  const keys = (s: ClusterState): string[] => s.all().map((o) => o.key);

  it('adds namespaces, ServiceAccounts, the kubernetes and kube-dns Services and the system PriorityClasses after the nodes', () => {
    expect(keys(withBuiltIns(nodeOnly))).toEqual([
      'Node/n1',
      'Namespace/default',
      'Namespace/kube-system',
      'Namespace/kube-public',
      'Namespace/kube-node-lease',
      'ServiceAccount/default/default',
      'ServiceAccount/kube-system/default',
      'ServiceAccount/kube-public/default',
      'ServiceAccount/kube-node-lease/default',
      'Service/default/kubernetes',
      'Service/kube-system/kube-dns',
      'PriorityClass/system-cluster-critical',
      'PriorityClass/system-node-critical',
    ]);
  });

  /** Each key with the Service's ClusterIP, `present` for other kinds, or `absent`. */
  const look = (state: ClusterState, key: string): string => {
    const o = state.get(key)?.object;
    if (o === undefined) return 'absent';
    return o.kind === 'Service' ? String(getIn(o, 'spec', 'clusterIP')) : 'present';
  };

  it.each([
    {
      name: 'a namespace of the cluster gets its default ServiceAccount',
      objects: [{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' } }],
      want: { 'ServiceAccount/shop/default': 'present' },
    },
    {
      name: 'an existing object is kept as it is',
      objects: [{ apiVersion: 'v1', kind: 'Service', metadata: { name: 'kubernetes', namespace: 'default' }, spec: { clusterIP: '10.0.0.1' } }],
      want: { 'Service/default/kubernetes': '10.0.0.1', 'Service/kube-system/kube-dns': '10.96.0.10' },
    },
    {
      name: 'no kube-dns when another Service already holds its address',
      objects: [{ apiVersion: 'v1', kind: 'Service', metadata: { name: 'rke2-coredns', namespace: 'kube-system' }, spec: { clusterIP: '10.96.0.10' } }],
      want: { 'Service/kube-system/rke2-coredns': '10.96.0.10', 'Service/kube-system/kube-dns': 'absent' },
    },
  ])('$name', ({ objects, want }) => {
    const state = withBuiltIns(ClusterState.of(objects.map((o, i) => clusterObject(o, i))));
    expect(Object.fromEntries(Object.keys(want).map((key) => [key, look(state, key)]))).toEqual(want);
  });

  it('adds nothing to a cluster that has it all', () => {
    const full = defaultClusterState();
    expect(withBuiltIns(full)).toBe(full);
  });
});
