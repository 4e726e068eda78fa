import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { clusterNodesFromManifests, loadClusterNodes } from '../../src/cluster/index.js';
import { loadText } from '../../src/load/index.js';
import { formatResourceAmount, isScalarResourceName, resourceAmount } from '../../src/model/resource-units.js';
import { parseQuantity, type Quantity } from '../../src/model/quantity.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const fixture = (name: string): string => path.join(FIXTURES, name);
const nodesOf = (yaml: string) => clusterNodesFromManifests(loadText(yaml, 'nodes.yaml').manifests);

describe('loadClusterNodes', () => {
  it('reads the Nodes of a `kubectl get nodes -o yaml` List with labels, taints and allocatable', async () => {
    const { nodes, diagnostics } = await loadClusterNodes([fixture('nodes-list.yaml')]);
    expect(diagnostics).toEqual([]);
    expect(nodes.map((n) => n.name)).toEqual(['control-plane', 'worker-a', 'worker-b', 'gpu-1']);
    expect(nodes[0]?.taints).toEqual([{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }]);
    expect(nodes[3]?.allocatable).toEqual({ cpu: 7910, memory: 31981872 * 1024, pods: 110, ephemeralStorage: 94636958309, scalar: { 'nvidia.com/gpu': 1 } });
    expect(nodes[3]?.labels.accelerator).toBe('nvidia-l4');
  });

  it('ignores other kinds of a dump, defaults allocatable to capacity and keeps cordons', async () => {
    const { nodes } = await loadClusterNodes([fixture('dump.yaml')]);
    expect(nodes.map((n) => [n.name, n.unschedulable, n.allocatable?.cpu])).toEqual([
      ['small', true, 2000],
      ['labels-only', false, undefined],
    ]);
  });

  it('reports a malformed quantity on its field and leaves that resource out', async () => {
    const { nodes, diagnostics } = await loadClusterNodes([fixture('bad-quantity.yaml')]);
    expect(diagnostics.map((d) => [d.rule, d.range.start.line + 1, d.message])).toEqual([['schema-format', 7, 'invalid quantity "four": the node\'s cpu is left out of the cluster']]);
    expect(nodes[0]?.allocatable).toEqual({ memory: 8 * 1024 ** 3, scalar: {} });
  });

  it('reads a whole directory and reports unreadable paths as io-error', async () => {
    const { nodes } = await loadClusterNodes([FIXTURES]);
    expect(nodes.map((n) => n.name)).toEqual(['odd', 'small', 'labels-only', 'cp-1', 'worker-1', 'control-plane', 'worker-a', 'worker-b', 'gpu-1']);
    const missing = await loadClusterNodes([fixture('missing.yaml')]);
    expect(missing.diagnostics.map((d) => d.rule)).toEqual(['io-error']);
  });
});

describe('clusterNodesFromManifests', () => {
  it.each([
    { name: 'a node named twice keeps its first definition', yaml: 'apiVersion: v1\nkind: Node\nmetadata: {name: a, labels: {x: "1"}}\n---\napiVersion: v1\nkind: Node\nmetadata: {name: a}\n', want: ['a x=1 taints=0'] },
    { name: 'a Node of another apiVersion is not a core Node', yaml: 'apiVersion: example.com/v1\nkind: Node\nmetadata: {name: a}\n', want: [] },
    { name: 'malformed taints are left out', yaml: 'apiVersion: v1\nkind: Node\nmetadata: {name: a}\nspec:\n  taints: [{effect: NoSchedule}, {key: k, effect: Never}, {key: k, effect: NoExecute}]\n', want: ['a x=undefined taints=1'] },
  ])('$name', ({ yaml, want }) => {
    expect(nodesOf(yaml).nodes.map((n) => `${n.name} x=${n.labels.x} taints=${n.taints.length}`)).toEqual(want);
  });
});

describe('labels the kubelet sets', () => {
  it('gives a Node written by hand the hostname, os and arch labels a kubelet would set', () => {
    const [n] = nodesOf('apiVersion: v1\nkind: Node\nmetadata: {name: w1, labels: {pool: a}}\n').nodes;
    expect(n?.labels).toEqual({ 'kubernetes.io/hostname': 'w1', 'kubernetes.io/os': 'linux', 'kubernetes.io/arch': 'amd64', pool: 'a' });
  });

  it('keeps the values a Node states', () => {
    const [n] = nodesOf('apiVersion: v1\nkind: Node\nmetadata: {name: w1, labels: {kubernetes.io/arch: arm64, kubernetes.io/os: windows}}\n').nodes;
    expect([n?.labels['kubernetes.io/arch'], n?.labels['kubernetes.io/os']]).toEqual(['arm64', 'windows']);
  });
});

describe('scheduler units', () => {
  const q = (s: string): Quantity => parseQuantity(s) as Quantity;

  it.each([
    { name: 'cpu is in millicores', resource: 'cpu', value: '3920m', amount: 3920 },
    { name: 'whole cpus are thousands of millicores', resource: 'cpu', value: '4', amount: 4000 },
    { name: 'sub-millicore cpu rounds up', resource: 'cpu', value: '0.1m', amount: 1 },
    { name: 'memory is in bytes', resource: 'memory', value: '1Ki', amount: 1024 },
    { name: 'fractional bytes round up', resource: 'memory', value: '0.5', amount: 1 },
    { name: 'devices are counted', resource: 'nvidia.com/gpu', value: '2', amount: 2 },
  ])('$name', ({ resource, value, amount }) => {
    expect(resourceAmount(resource, q(value))).toBe(amount);
  });

  it.each([
    { name: 'cpu prints in cores or millicores', resource: 'cpu', amount: 6000, want: '6' },
    { name: 'cpu keeps millicores', resource: 'cpu', amount: 3920, want: '3920m' },
    { name: 'memory prints in binary units', resource: 'memory', amount: 15 * 1024 ** 3, want: '15Gi' },
    { name: 'memory that is no multiple of 1024 prints in decimal units', resource: 'memory', amount: 3e9, want: '3G' },
    { name: 'devices print as numbers', resource: 'nvidia.com/gpu', amount: 2, want: '2' },
  ])('$name', ({ resource, amount, want }) => {
    expect(formatResourceAmount(resource, amount)).toBe(want);
  });

  it.each([
    { name: 'an extended resource is scalar', resource: 'nvidia.com/gpu', want: true },
    { name: 'hugepages are scalar', resource: 'hugepages-2Mi', want: true },
    { name: 'a kubernetes.io resource is scalar', resource: 'kubernetes.io/batteries', want: true },
    { name: 'cpu is not scalar', resource: 'cpu', want: false },
    { name: 'an unprefixed unknown name is ignored', resource: 'storage', want: false },
    { name: 'a quota name is not an extended resource', resource: 'requests.nvidia.com/gpu', want: false },
  ])('$name', ({ resource, want }) => {
    expect(isScalarResourceName(resource)).toBe(want);
  });
});
