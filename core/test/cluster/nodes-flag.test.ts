// --nodes: node groups written on the command line.
import { describe, expect, it } from 'vitest';
import { ClusterState, parseNodesFlag } from '../../src/cluster/index.js';
import { UsageError } from '../../src/errors.js';
import { getIn } from '../../src/model/fields.js';

/** One line per node: name, zone, region, allocatable cpu/memory/pods, taints, extra labels. */
function summary(specs: string | string[]): string[] {
  const state = ClusterState.of(parseNodesFlag(specs));
  return state.nodes().map((n) => {
    const a = getIn(state.getObject('Node', undefined, n.name)?.object, 'status', 'allocatable') as Record<string, string>;
    const extra = Object.entries(n.labels)
      .filter(([k]) => !k.startsWith('kubernetes.io/') && !k.startsWith('topology.kubernetes.io/'))
      .map(([k, v]) => `${k}=${v}`);
    const taints = n.taints.map((t) => `${t.key}${t.value === undefined ? '' : `=${t.value}`}:${t.effect}`);
    return [n.name, n.labels['topology.kubernetes.io/zone'] ?? '-', n.labels['topology.kubernetes.io/region'] ?? '-', `${a.cpu}/${a.memory}/${a.pods}`, taints.join('|') || '-', extra.join('|') || '-'].join(' ');
  });
}

describe('parseNodesFlag', () => {
  it.each([
    { name: 'an empty spec gives three default nodes', specs: '', want: ['node-1 - - 4/16Gi/110 - -', 'node-2 - - 4/16Gi/110 - -', 'node-3 - - 4/16Gi/110 - -'] },
    {
      name: 'the issue\'s example: zones round-robin, taints and labels on every node',
      specs: 'count=3,cpu=4,memory=16Gi,pods=110,zones=a|b|c,taints=k=v:NoSchedule|k2:NoExecute,labels=k=v|k2=v2,prefix=node',
      want: [
        'node-1 a region-1 4/16Gi/110 k=v:NoSchedule|k2:NoExecute k=v|k2=v2',
        'node-2 b region-1 4/16Gi/110 k=v:NoSchedule|k2:NoExecute k=v|k2=v2',
        'node-3 c region-1 4/16Gi/110 k=v:NoSchedule|k2:NoExecute k=v|k2=v2',
      ],
    },
    { name: 'more nodes than zones wrap around', specs: 'count=3,zones=x|y', want: ['node-1 x region-1 4/16Gi/110 - -', 'node-2 y region-1 4/16Gi/110 - -', 'node-3 x region-1 4/16Gi/110 - -'] },
    { name: 'an AWS zone gives its region', specs: 'count=1,zones=us-east-1a', want: ['node-1 us-east-1a us-east-1 4/16Gi/110 - -'] },
    { name: 'a GCP zone gives its region', specs: 'count=1,zones=europe-west1-b', want: ['node-1 europe-west1-b europe-west1 4/16Gi/110 - -'] },
    { name: 'region= wins', specs: 'count=1,zones=1,region=eastus', want: ['node-1 1 eastus 4/16Gi/110 - -'] },
    { name: 'a label without a value is empty, spaces are trimmed', specs: ' count=1 , labels=node-role.kubernetes.io/infra ', want: ['node-1 - - 4/16Gi/110 - node-role.kubernetes.io/infra='] },
    { name: 'resources are taken as written', specs: 'count=1,cpu=3500m,memory=7.5Gi,pods=58', want: ['node-1 - - 3500m/7.5Gi/58 - -'] },
    { name: 'a trailing comma is fine', specs: 'count=1,', want: ['node-1 - - 4/16Gi/110 - -'] },
    {
      name: 'several groups, told apart by prefix',
      specs: ['count=2,prefix=general,zones=a|b', 'count=1,prefix=gpu,cpu=8,taints=nvidia.com/gpu=present:NoSchedule,labels=accelerator=nvidia-l4'],
      want: ['general-1 a region-1 4/16Gi/110 - -', 'general-2 b region-1 4/16Gi/110 - -', 'gpu-1 - - 8/16Gi/110 nvidia.com/gpu=present:NoSchedule accelerator=nvidia-l4'],
    },
  ])('$name', ({ specs, want }) => {
    expect(summary(specs)).toEqual(want);
  });

  it.each([
    { name: 'an unknown key names the known ones', specs: 'count=3,cpus=4', want: '--nodes: unknown key "cpus" (expected count, cpu, memory, pods, ephemeral-storage, zones, region, taints, labels, prefix)' },
    { name: 'a part without =', specs: 'count=3,gpu', want: '--nodes: "gpu" is not key=value' },
    { name: 'a key given twice', specs: 'cpu=4,cpu=8', want: '--nodes: "cpu" is given twice' },
    { name: 'a count of zero', specs: 'count=0', want: '--nodes: count=0: expected a whole number from 1 to 5000' },
    { name: 'a count that is not a number', specs: 'count=three', want: '--nodes: count=three: expected a whole number from 1 to 5000' },
    { name: 'too many nodes', specs: 'count=5001', want: '--nodes: count=5001: expected a whole number from 1 to 5000' },
    { name: 'a cpu that is not a quantity', specs: 'cpu=four', want: '--nodes: cpu=four: expected a positive quantity such as 4 or 3500m' },
    { name: 'a negative memory', specs: 'memory=-1Gi', want: '--nodes: memory=-1Gi: expected a positive quantity such as 16Gi' },
    { name: 'a fractional pod count', specs: 'pods=1.5', want: '--nodes: pods=1.5: expected a whole number from 1 to 1000000' },
    { name: 'a taint without effect', specs: 'taints=foo=bar', want: '--nodes: taint "foo=bar": expected key[=value]:effect with effect NoSchedule, PreferNoSchedule, NoExecute' },
    { name: 'a taint with an unknown effect', specs: 'taints=foo:NoScheduled', want: '--nodes: taint "foo:NoScheduled": expected key[=value]:effect with effect NoSchedule, PreferNoSchedule, NoExecute' },
    { name: 'a zone that is no label value', specs: 'zones=a b', want: '--nodes: zones: "a b" is not a valid label value: a valid label must be an empty string or consist of alphanumeric characters' },
    { name: 'an empty zone', specs: 'zones=a||b', want: '--nodes: zones=a||b: a zone name is empty' },
    { name: 'a bad label key', specs: 'labels=-x=1', want: '--nodes: label "-x=1": "-x" is not a valid label key' },
    { name: 'a prefix that makes bad node names', specs: 'prefix=Node_', want: '--nodes: prefix=Node_: node names must be DNS subdomains' },
    { name: 'the group is named when there are several', specs: ['count=1', 'count=1,cpu=0'], want: '--nodes (group 2): cpu=0: expected a positive quantity such as 4 or 3500m' },
    { name: 'two groups making the same names', specs: ['count=2', 'count=1,cpu=8'], want: '--nodes (group 2): node node-1 is also made by group 1: give each group its own prefix=' },
  ])('$name', ({ specs, want }) => {
    expect(() => parseNodesFlag(specs)).toThrow(UsageError);
    expect(() => parseNodesFlag(specs)).toThrow(want);
  });

  it('makes Ready nodes with an InternalIP and a pod CIDR, allocatable equal to capacity', () => {
    const [first, second] = parseNodesFlag('count=2,cpu=2', { firstIndex: 4 });
    expect(first?.origin).toBe('cluster');
    expect(getIn(first?.object, 'status', 'capacity')).toEqual(getIn(first?.object, 'status', 'allocatable'));
    expect(getIn(first?.object, 'status', 'addresses', 0)).toEqual({ type: 'InternalIP', address: '10.0.0.14' });
    expect(getIn(second?.object, 'spec', 'podCIDR')).toBe('10.244.5.0/24');
    expect(getIn(second?.object, 'status', 'conditions', 0, 'type')).toBe('Ready');
    expect(getIn(second?.object, 'status', 'allocatable', 'ephemeral-storage')).toBe('100Gi');
  });
});
