// --cluster for `kubeplan plan`: Node files and `kubectl get -A -o yaml` dumps as a ClusterState.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { clusterStateFromManifests, loadClusterState, loadModelCluster, type ClusterStateOptions } from '../../src/cluster/index.js';
import { UsageError } from '../../src/errors.js';
import { loadText } from '../../src/load/index.js';
import { getIn } from '../../src/model/fields.js';
import { SchemaRegistry } from '../../src/schema/index.js';

const DUMPS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'dumps');
const dump = (name: string): string => path.join(DUMPS, name);
const registry = SchemaRegistry.load();
const OPTIONS: ClusterStateOptions = { isNamespaced: (a, k) => registry.isNamespaced(a, k) };
const fromText = (yaml: string, options: Partial<ClusterStateOptions> = {}) => clusterStateFromManifests(loadText(yaml, 'cluster.yaml').manifests, { ...OPTIONS, ...options });

describe('loadClusterState on a kubectl dump', async () => {
  const { state, diagnostics, source } = await loadClusterState([dump('nodes-and-pods.yaml'), dump('workloads.yaml')]);

  it('reads every object without problems, and says it came from a file', () => {
    expect(diagnostics).toEqual([]);
    expect(source).toBe('file');
  });

  it.each([
    { name: 'a Deployment\'s pod', key: 'Pod/shop/web-5d8f7c9b6d-x2kqp', owner: 'Deployment/shop/web' },
    { name: 'the ReplicaSet between them', key: 'ReplicaSet/shop/web-5d8f7c9b6d', owner: 'Deployment/shop/web' },
    { name: 'a CronJob\'s pod, through its Job', key: 'Pod/shop/report-28950120-7bq2m', owner: 'CronJob/shop/report' },
    { name: 'an EndpointSlice', key: 'EndpointSlice/shop/web-8xk2p', owner: 'Service/shop/web' },
    { name: 'a static pod\'s mirror, owned by its Node', key: 'Pod/kube-system/kube-apiserver-cp-1', owner: 'Pod/kube-system/kube-apiserver-cp-1' },
    { name: 'a top-level workload', key: 'Deployment/shop/web', owner: 'Deployment/shop/web' },
    { name: 'a cluster-scoped object', key: 'PersistentVolume/pvc-5f0b8c1e-2d4a-4c6b-9e8f-0a1b2c3d4e5f', owner: 'PersistentVolume/pvc-5f0b8c1e-2d4a-4c6b-9e8f-0a1b2c3d4e5f' },
  ])('owner of $name', ({ key, owner }) => {
    expect(state.get(key)?.owner).toBe(owner);
    expect(state.get(key)?.origin).toBe('cluster');
  });

  it('keeps the input order as creation order, then adds what the dump lacks', () => {
    const dumped = state.all().filter((o) => o.seq < 21);
    expect(dumped.map((o) => o.kind)).toEqual([
      'Node', 'Node', 'Pod', 'Pod', 'Pod', 'Namespace', 'Deployment', 'ReplicaSet', 'CronJob', 'Job', 'Service', 'EndpointSlice',
      'PersistentVolumeClaim', 'PersistentVolume', 'StorageClass', 'PriorityClass', 'LimitRange', 'ResourceQuota', 'ServiceAccount', 'ConfigMap', 'Secret',
    ]);
    expect(state.all().filter((o) => o.seq >= 21).map((o) => o.key)).toEqual([
      'Namespace/default', 'Namespace/kube-system', 'Namespace/kube-public', 'Namespace/kube-node-lease',
      'ServiceAccount/default/default', 'ServiceAccount/kube-system/default', 'ServiceAccount/kube-public/default', 'ServiceAccount/kube-node-lease/default',
      'Service/default/kubernetes', 'Service/kube-system/kube-dns', 'PriorityClass/system-cluster-critical', 'PriorityClass/system-node-critical',
    ]);
  });

  it('leaves Events out', () => {
    expect(state.list('Event')).toEqual([]);
  });

  it('strips managedFields, selfLink and the last-applied annotation, and keeps status', () => {
    const node = state.get('Node/cp-1')?.object;
    expect(getIn(node, 'metadata', 'managedFields')).toBeUndefined();
    expect(getIn(node, 'metadata', 'uid')).toBe('4f2a1c7e-0d9b-4a43-9a55-1b2f0f8f2c11');
    const pod = state.get('Pod/shop/web-5d8f7c9b6d-x2kqp')?.object;
    expect(getIn(pod, 'metadata', 'selfLink')).toBeUndefined();
    expect(getIn(pod, 'metadata', 'annotations')).toBeUndefined();
    expect(getIn(pod, 'status', 'podIP')).toBe('10.244.1.14');
  });

  it('knows which pods run where, finished ones included', () => {
    expect(state.podsOnNode('worker-1').map((p) => `${p.name} ${String(getIn(p.object, 'status', 'phase'))}`)).toEqual(['web-5d8f7c9b6d-x2kqp Running', 'report-28950120-7bq2m Succeeded']);
    expect(state.podsOnNode('cp-1').map((p) => p.name)).toEqual(['kube-apiserver-cp-1']);
  });

  it('reads the nodes as the scheduler does', () => {
    expect(state.nodes().map((n) => [n.name, n.allocatable?.cpu, n.taints.length])).toEqual([['cp-1', 2000, 1], ['worker-1', 3920, 0]]);
  });
});

describe('clusterStateFromManifests', () => {
  it.each([
    {
      name: 'a namespaced object without a namespace goes to the default namespace',
      yaml: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n',
      options: {},
      want: ['ConfigMap/default/a'],
    },
    { name: '-n picks another default namespace', yaml: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n', options: { defaultNamespace: 'shop' }, want: ['ConfigMap/shop/a'] },
    { name: 'a cluster-scoped object loses a namespace written on it', yaml: 'apiVersion: v1\nkind: Node\nmetadata: {name: node-a, namespace: x}\n', options: {}, want: ['Node/node-a'] },
    {
      name: 'an object defined twice keeps its first definition',
      yaml: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata: {v: "1"}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata: {v: "2"}\n',
      options: {},
      want: ['ConfigMap/default/a data.v=1'],
    },
    { name: 'a kind the schema does not know is cluster-scoped without a namespace', yaml: 'apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n', options: {}, want: ['Widget/w'] },
    { name: 'and namespaced with one', yaml: 'apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w, namespace: shop}\n', options: {}, want: ['Widget/shop/w'] },
  ])('$name', ({ yaml, options, want }) => {
    const { state } = fromText(yaml, { ...options, builtIns: false });
    const v = (o: { object: unknown }): unknown => getIn(o.object, 'data', 'v');
    expect(state.all().map((o) => (v(o) === undefined ? o.key : `${o.key} data.v=${String(v(o))}`))).toEqual(want);
  });

  it('gives a hand-written Node its kubelet labels and allocatable from capacity', () => {
    const { state } = fromText('apiVersion: v1\nkind: Node\nmetadata: {name: n1, labels: {pool: a}}\nstatus:\n  capacity: {cpu: "2", memory: 4Gi, pods: "110"}\n');
    const node = state.get('Node/n1')?.object;
    expect(getIn(node, 'metadata', 'labels')).toEqual({ 'kubernetes.io/hostname': 'n1', 'kubernetes.io/os': 'linux', 'kubernetes.io/arch': 'amd64', pool: 'a' });
    expect(getIn(node, 'status', 'allocatable')).toEqual({ cpu: '2', memory: '4Gi', pods: '110' });
  });

  it('reports a nameless object and a malformed Node quantity, and keeps the rest', () => {
    const { state, diagnostics } = fromText('apiVersion: v1\nkind: ConfigMap\nmetadata: {generateName: x-}\n---\napiVersion: v1\nkind: Node\nmetadata: {name: n1}\nstatus:\n  allocatable: {cpu: four, memory: 4Gi}\n', { builtIns: false });
    expect(diagnostics.map((d) => [d.rule, d.severity, d.range.start.line + 1, d.message])).toEqual([
      ['schema-format', 'error', 9, 'invalid quantity "four": the node\'s cpu is left out of the cluster'],
      ['schema-required', 'warning', 3, 'metadata.name: Required value: the object is left out of the cluster'],
    ]);
    expect(state.all().map((o) => o.key)).toEqual(['Node/n1']);
  });

  it('stops an ownership cycle where it closes', () => {
    const yaml = ['a', 'b']
      .map((n, i) => `apiVersion: apps/v1\nkind: ReplicaSet\nmetadata:\n  name: ${n}\n  ownerReferences: [{apiVersion: apps/v1, kind: ReplicaSet, name: ${['b', 'a'][i]}, controller: true, uid: u}]\n`)
      .join('---\n');
    const { state } = fromText(yaml, { builtIns: false });
    expect(state.all().map((o) => `${o.name}→${o.owner}`)).toEqual(['a→ReplicaSet/default/b', 'b→ReplicaSet/default/b']);
  });

  it('owns a pod by its controller even when the dump leaves the controller out', () => {
    const { state } = fromText('apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: shop\n  ownerReferences: [{apiVersion: apps/v1, kind: ReplicaSet, name: web-1, controller: true, uid: u}]\n', { builtIns: false });
    expect(state.get('Pod/shop/p')?.owner).toBe('ReplicaSet/shop/web-1');
  });
});

describe('loadModelCluster', () => {
  it.each([
    { name: 'neither flag: the default cluster', input: {}, source: 'default', nodes: ['control-plane', 'worker-1', 'worker-2', 'worker-3'] },
    { name: '--nodes alone', input: { nodes: ['count=2'] }, source: 'flag', nodes: ['node-1', 'node-2'] },
    { name: '--cluster', input: { cluster: [dump('nodes-and-pods.yaml')] }, source: 'file', nodes: ['cp-1', 'worker-1'] },
    { name: '--cluster with --nodes adds the node groups', input: { cluster: [dump('nodes-and-pods.yaml')], nodes: ['count=1,prefix=extra'] }, source: 'file', nodes: ['cp-1', 'worker-1', 'extra-1'] },
  ])('$name', async ({ input, source, nodes }) => {
    const cluster = await loadModelCluster(input);
    expect(cluster.source).toBe(source);
    expect(cluster.state.nodes().map((n) => n.name)).toEqual(nodes);
    expect(cluster.state.get('Service/default/kubernetes')).toBeDefined();
    expect(cluster.diagnostics).toEqual([]);
  });

  it.each([
    { name: 'the default cluster', input: {}, want: true },
    { name: '--nodes, which only replaces the default cluster\'s nodes', input: { nodes: ['count=1'] }, want: true },
    { name: 'not --cluster: the files say which StorageClasses the cluster has', input: { cluster: [dump('nodes-and-pods.yaml')] }, want: false },
  ])('has the standard StorageClass with $name', async ({ input, want }) => {
    const { state } = await loadModelCluster(input);
    expect(state.get('StorageClass/standard') !== undefined).toBe(want);
  });

  it('numbers added nodes after the file\'s, for their IPs and pod ranges', async () => {
    const { state } = await loadModelCluster({ cluster: [dump('nodes-and-pods.yaml')], nodes: ['count=1,prefix=extra'] });
    expect(getIn(state.get('Node/extra-1')?.object, 'spec', 'podCIDR')).toBe('10.244.2.0/24');
  });

  it.each([
    { name: 'a missing path', input: { cluster: [dump('nope.yaml')] }, want: `--cluster: path not found: ${dump('nope.yaml')}` },
    { name: 'a cluster without nodes', input: { cluster: [dump('workloads.yaml')] }, want: `--cluster: no Node objects in ${dump('workloads.yaml')}` },
    { name: 'a --nodes node named like one of the file', input: { cluster: [dump('nodes-and-pods.yaml')], nodes: ['count=1,prefix=worker'] }, want: '--nodes: node worker-1 is already in the --cluster files: choose another prefix=' },
    { name: 'a --nodes mistake', input: { nodes: ['cpus=4'] }, want: '--nodes: unknown key "cpus"' },
  ])('$name is a usage error', async ({ input, want }) => {
    await expect(loadModelCluster(input)).rejects.toThrow(UsageError);
    await expect(loadModelCluster(input)).rejects.toThrow(want);
  });
});
