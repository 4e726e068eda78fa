// VolumeBinding basics, cases after upstream pkg/scheduler/framework/plugins/volumebinding/volume_binding_test.go
// (TestVolumeBinding: "pod has not bound immediate PVCs", "PVC does not exist", "bound and unbound unsatisfied").
import { describe, expect, it } from 'vitest';
import type { ClaimInfo } from '../../../src/simulate/scheduler/lookups.js';
import { requiredNodeAffinity } from '../../../src/model/node-affinity.js';
import { PLUGIN } from '../../../src/simulate/scheduler/names.js';
import { node, pod, runFilter } from './builders.js';

const zoneA = requiredNodeAffinity({
  affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'topology.kubernetes.io/zone', operator: 'In', values: ['a'] }] }] } } },
}).terms;
const claims: Record<string, ClaimInfo> = {
  bound: { phase: 'Bound', provisionable: false, waitForFirstConsumer: false },
  pinned: { phase: 'Bound', provisionable: false, waitForFirstConsumer: false, ...(zoneA === undefined ? {} : { nodeAffinity: zoneA }) },
  immediate: { phase: 'Pending', provisionable: false, waitForFirstConsumer: false },
  provisioned: { phase: 'Pending', provisionable: true, waitForFirstConsumer: false },
  wffc: { phase: 'Pending', provisionable: true, waitForFirstConsumer: true },
  stuck: { phase: 'Pending', provisionable: false, waitForFirstConsumer: true },
};
const lookups = { claim: (_ns: string, name: string) => claims[name] };
const mounting = (...names: string[]) => pod({ name: 'web-0', volumes: names.map((claimName, i) => ({ name: `v${i}`, persistentVolumeClaim: { claimName } })) });
const twoZones = [node({ name: 'in-a', zone: 'a' }), node({ name: 'in-b', zone: 'b' })];

describe('VolumeBinding', () => {
  it.each([
    { name: 'a pod without claims skips the plugin', pod: pod(), want: { 'in-a': 'ok', 'in-b': 'ok' } },
    { name: 'a bound claim without node affinity fits anywhere', pod: mounting('bound'), want: { 'in-a': 'ok', 'in-b': 'ok' } },
    { name: 'a missing claim rejects the pod before any node', pod: mounting('bound', 'nope'), want: { preFilter: '[UAR] persistentvolumeclaim "nope" not found' } },
    {
      name: 'a generic ephemeral volume waits for its claim',
      pod: pod({ name: 'web-0', volumes: [{ name: 'scratch', ephemeral: { volumeClaimTemplate: {} } }] }),
      want: { preFilter: '[UAR] waiting for ephemeral volume controller to create the persistentvolumeclaim "web-0-scratch"' },
    },
    { name: 'an unbound Immediate claim nothing can provision rejects the pod', pod: mounting('immediate'), want: { preFilter: '[UAR] pod has unbound immediate PersistentVolumeClaims' } },
    { name: 'an Immediate claim a provisioner will bind fits anywhere', pod: mounting('provisioned'), want: { 'in-a': 'ok', 'in-b': 'ok' } },
    { name: 'a bound volume pinned to a zone admits only nodes there', pod: mounting('pinned'), want: { 'in-a': 'ok', 'in-b': "[UAR] node(s) had volume node affinity conflict" } },
    { name: 'a WaitForFirstConsumer claim with a provisioner fits anywhere', pod: mounting('wffc'), want: { 'in-a': 'ok', 'in-b': 'ok' } },
    {
      name: 'a WaitForFirstConsumer claim nothing can satisfy finds no volume',
      pod: mounting('stuck'),
      want: { 'in-a': "[UAR] node(s) didn't find available persistent volumes to bind", 'in-b': "[UAR] node(s) didn't find available persistent volumes to bind" },
    },
    {
      name: 'a node conflict and an unsatisfiable claim are reported together',
      pod: mounting('pinned', 'stuck'),
      want: { 'in-a': "[UAR] node(s) didn't find available persistent volumes to bind", 'in-b': "[UAR] node(s) had volume node affinity conflict; node(s) didn't find available persistent volumes to bind" },
    },
  ])('$name', ({ pod: p, want }) => {
    expect(runFilter(PLUGIN.VolumeBinding, { nodes: twoZones, lookups }, p)).toEqual(want);
  });
});
