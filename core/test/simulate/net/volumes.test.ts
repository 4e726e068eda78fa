import { describe, expect, it } from 'vitest';
import type { ClusterState } from '../../../src/cluster/cluster-state.js';
import { getIn, type Obj } from '../../../src/model/fields.js';
import { persistentVolumeController } from '../../../src/simulate/controllers/pv-phase.js';
import { defaultStorageClass } from '../../../src/simulate/controllers/volume-binding-classes.js';
import { claimInfo } from '../../../src/simulate/controllers/pv-claim-info.js';
import { volumeBindingController } from '../../../src/simulate/controllers/volume-binding.js';
import type { SimEvent } from '../../../src/simulate/types.js';
import { ctxOf, node, pod, pv, pvc, settle, storageClass, stateOf } from './fixtures.js';

const controllers = [volumeBindingController, persistentVolumeController];

function run(...objects: Obj[]): { state: ClusterState; events: SimEvent[] } {
  return settle(stateOf(...objects), controllers);
}

const claim = (state: ClusterState, name = 'data'): Obj => state.getObject('PersistentVolumeClaim', 'shop', name)?.object ?? {};
const volume = (state: ClusterState, name: string): Obj => state.getObject('PersistentVolume', undefined, name)?.object ?? {};
const boundTo = (state: ClusterState, name = 'data'): unknown => (getIn(claim(state, name), 'status', 'phase') === 'Bound' ? getIn(claim(state, name), 'spec', 'volumeName') : undefined);
const messages = (events: SimEvent[]): string[] => events.map((e) => `${e.type} ${e.reason}: ${e.message}`);
const selectedOn = (nodeName: string): Obj => ({ annotations: { 'volume.kubernetes.io/selected-node': nodeName } });

// Upstream: pkg/controller/volume/persistentvolume/index.go findByClaim, component-helpers storage/volume
// pv_helpers.go FindMatchingVolume; index_test.go TestMatchVolume / TestFindingPreboundVolumes, binder_test.go
// TestSync (sets 1 and 2).
describe('volumeBindingController static binding', () => {
  it.each([
    { name: 'binds the smallest volume that is big enough', pvs: [pv('small', { capacity: { storage: '512Mi' } }), pv('big', { capacity: { storage: '5Gi' } }), pv('fit', { capacity: { storage: '2Gi' } })], claim: pvc('data'), want: 'fit' },
    { name: 'skips volumes of another class', pvs: [pv('fast', { storageClassName: 'fast' })], claim: pvc('data', { storageClassName: '' }), want: undefined },
    { name: 'binds a classless claim only to a classless volume', pvs: [pv('fast', { storageClassName: 'fast' }), pv('plain')], claim: pvc('data', { storageClassName: '' }), want: 'plain' },
    { name: 'needs every requested access mode', pvs: [pv('rwo')], claim: pvc('data', { accessModes: ['ReadWriteMany'] }), want: undefined },
    { name: 'takes a volume with more access modes than asked', pvs: [pv('both', { accessModes: ['ReadWriteOnce', 'ReadWriteMany'] })], claim: pvc('data'), want: 'both' },
    {
      name: 'prefers the volumes with the fewest access modes over a smaller one with more',
      pvs: [pv('more-modes', { accessModes: ['ReadWriteOnce', 'ReadOnlyMany'] }), pv('exact', { capacity: { storage: '10Gi' } })],
      claim: pvc('data'),
      want: 'exact',
    },
    { name: 'needs the same volumeMode', pvs: [pv('block', { volumeMode: 'Block' })], claim: pvc('data'), want: undefined },
    { name: 'needs the labels the claim selects', pvs: [pv('ssd', { capacity: { storage: '5Gi' } }, { labels: { disk: 'ssd' } }), pv('hdd', {}, { labels: { disk: 'hdd' } })], claim: pvc('data', { selector: { matchLabels: { disk: 'ssd' } } }), want: 'ssd' },
    { name: 'binds a volume pre-bound to the claim even when a smaller one fits', pvs: [pv('small'), pv('reserved', { capacity: { storage: '9Gi' }, claimRef: { namespace: 'shop', name: 'data' } })], claim: pvc('data'), want: 'reserved' },
    { name: 'never takes a volume pre-bound to another claim', pvs: [pv('reserved', { claimRef: { namespace: 'shop', name: 'other' } })], claim: pvc('data'), want: undefined },
    { name: 'binds the volume the claim names', pvs: [pv('small'), pv('named', { capacity: { storage: '9Gi' } })], claim: pvc('data', { volumeName: 'named' }), want: 'named' },
  ])('$name', ({ pvs, claim: c, want }) => {
    expect(boundTo(run(...pvs, c).state)).toBe(want);
  });

  it('records the binding on both sides', () => {
    const { state } = run(pv('fit', { capacity: { storage: '2Gi' } }), pvc('data'));
    expect(claim(state)).toMatchObject({
      metadata: { annotations: { 'pv.kubernetes.io/bind-completed': 'yes', 'pv.kubernetes.io/bound-by-controller': 'yes' } },
      spec: { volumeName: 'fit' },
      status: { phase: 'Bound', capacity: { storage: '2Gi' }, accessModes: ['ReadWriteOnce'] },
    });
    expect(volume(state, 'fit')).toMatchObject({
      metadata: { annotations: { 'pv.kubernetes.io/bound-by-controller': 'yes' } },
      spec: { claimRef: { kind: 'PersistentVolumeClaim', namespace: 'shop', name: 'data', uid: 'uid-data', apiVersion: 'v1' } },
      status: { phase: 'Bound' },
    });
  });

  it('gives one volume to the older of two claims and tells the other why it waits', () => {
    const { state, events } = run(pv('only'), pvc('first'), pvc('second'));
    expect([boundTo(state, 'first'), boundTo(state, 'second')]).toEqual(['only', undefined]);
    expect(messages(events)).toEqual(['Normal FailedBinding: no persistent volumes available for this claim and no storage class is set']);
  });

  it.each([
    { name: 'a named volume that is too small', objects: [pv('tiny', { capacity: { storage: '1Mi' } }), pvc('data', { volumeName: 'tiny' })], want: 'Warning VolumeMismatch: Cannot bind to requested volume "tiny": requested PV is too small' },
    { name: 'a named volume of another class', objects: [pv('fast', { storageClassName: 'fast' }), pvc('data', { volumeName: 'fast', storageClassName: '' })], want: 'Warning VolumeMismatch: Cannot bind to requested volume "fast": storageClassName does not match' },
    {
      name: 'a named volume bound to another claim',
      objects: [pv('taken', { claimRef: { namespace: 'shop', name: 'other', uid: 'uid-other' } }, {}, 'Bound'), pvc('data', { volumeName: 'taken' })],
      want: 'Warning FailedBinding: volume "taken" already bound to a different claim.',
    },
  ])('leaves a claim naming $name Pending with upstream event', ({ objects, want }) => {
    const { state, events } = run(...objects);
    expect(getIn(claim(state), 'status', 'phase')).toBe('Pending');
    expect(messages(events)).toEqual([want]);
  });

  it('marks a new unclaimed volume Available', () => {
    expect(getIn(volume(run(pv('spare', {}, {}, 'Pending')).state, 'spare'), 'status', 'phase')).toBe('Available');
  });
});

// Upstream: pv_controller.go syncUnboundClaim, provisionClaim, findProvisionablePlugin, emitEventForUnboundDelayBindingClaim,
// assignDefaultStorageClass; provision_test.go TestProvisionSync, delay binding cases in binder_test.go.
describe('volumeBindingController dynamic provisioning', () => {
  it('provisions pvc-<uid> for an Immediate class and binds the claim to it', () => {
    const { state, events } = run(storageClass('fast', { reclaim: 'Retain' }), pvc('data', { storageClassName: 'fast' }));
    expect(boundTo(state)).toBe('pvc-uid-data');
    expect(volume(state, 'pvc-uid-data')).toMatchObject({
      metadata: { annotations: { 'pv.kubernetes.io/provisioned-by': 'ebs.csi.aws.com' } },
      spec: { capacity: { storage: '1Gi' }, accessModes: ['ReadWriteOnce'], storageClassName: 'fast', persistentVolumeReclaimPolicy: 'Retain', claimRef: { name: 'data', uid: 'uid-data' }, csi: { driver: 'ebs.csi.aws.com' } },
      status: { phase: 'Bound' },
    });
    expect(getIn(claim(state), 'metadata', 'annotations', 'volume.kubernetes.io/storage-provisioner')).toBe('ebs.csi.aws.com');
    expect(messages(events)).toEqual(['Normal ProvisioningSucceeded: Successfully provisioned volume pvc-uid-data']);
  });

  it.each([
    { name: 'a claim without class or volume', objects: [pvc('data', { storageClassName: '' })], want: 'Normal FailedBinding: no persistent volumes available for this claim and no storage class is set' },
    { name: 'a claim of a missing class', objects: [pvc('data', { storageClassName: 'fast' })], want: 'Warning ProvisioningFailed: storageclass.storage.k8s.io "fast" not found' },
    {
      name: 'a claim of an Immediate class without a provisioner',
      objects: [storageClass('local', { provisioner: 'kubernetes.io/no-provisioner' }), pvc('data', { storageClassName: 'local' })],
      want: 'Warning ProvisioningFailed: no volume plugin matched name: kubernetes.io/no-provisioner',
    },
    { name: 'a WaitForFirstConsumer claim nobody uses', objects: [storageClass('wait', { mode: 'WaitForFirstConsumer' }), pvc('data', { storageClassName: 'wait' })], want: 'Normal WaitForFirstConsumer: waiting for first consumer to be created before binding' },
    {
      name: 'a WaitForFirstConsumer claim whose pod is not scheduled',
      objects: [storageClass('wait', { mode: 'WaitForFirstConsumer' }), pvc('data', { storageClassName: 'wait' }), pod('db-0', { node: '', volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'data' } }] })],
      want: 'Normal WaitForPodScheduled: waiting for pod db-0 to be scheduled',
    },
  ])('leaves $name Pending with upstream event', ({ objects, want }) => {
    const { state, events } = run(...objects);
    expect(getIn(claim(state), 'status', 'phase')).toBe('Pending');
    expect(messages(events)).toEqual([want]);
  });

  it('gives a claim without class the default class and provisions it', () => {
    const { state } = run(storageClass('standard', { isDefault: true }), pvc('data'));
    expect(getIn(claim(state), 'spec', 'storageClassName')).toBe('standard');
    expect(boundTo(state)).toBe('pvc-uid-data');
  });

  it.each([
    { name: 'pins a local-path volume to the selected node', cls: storageClass('local-path', { provisioner: 'rancher.io/local-path', mode: 'WaitForFirstConsumer' }), key: 'kubernetes.io/hostname', value: 'node-b' },
    { name: 'pins a zonal volume to the selected node\'s zone', cls: storageClass('gp3', { mode: 'WaitForFirstConsumer' }), key: 'topology.kubernetes.io/zone', value: 'eu-1b' },
  ])('$name', ({ cls, key, value }) => {
    const { state } = run(node('node-b', { 'topology.kubernetes.io/zone': 'eu-1b' }), cls, pvc('data', { storageClassName: getIn(cls, 'metadata', 'name') }, { uid: 'uid-data', ...selectedOn('node-b') }));
    expect(getIn(volume(state, 'pvc-uid-data'), 'spec', 'nodeAffinity', 'required', 'nodeSelectorTerms')).toEqual([{ matchExpressions: [{ key, operator: 'In', values: [value] }] }]);
  });

  it('binds a local volume of the selected node for a WaitForFirstConsumer class without provisioner', () => {
    const onNode = (name: string, host: string, size: string): Obj =>
      pv(name, { storageClassName: 'local', capacity: { storage: size }, nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: [host] }] }] } } });
    const objects = [node('node-a'), node('node-b'), storageClass('local', { provisioner: 'kubernetes.io/no-provisioner', mode: 'WaitForFirstConsumer' }), onNode('on-a', 'node-a', '1Gi'), onNode('on-b', 'node-b', '5Gi')];
    expect(boundTo(run(...objects, pvc('data', { storageClassName: 'local' }, { uid: 'uid-data', ...selectedOn('node-b') })).state)).toBe('on-b');
    expect(boundTo(run(...objects, pvc('data', { storageClassName: 'local' })).state)).toBeUndefined();
  });
});

// Upstream: plugin/pkg/admission/storage/storageclass/setdefault/admission.go, pkg/volume/util/storageclass.go GetDefaultClass.
describe('defaultStorageClass', () => {
  it.each([
    { name: 'is undefined without a default class', classes: [storageClass('a')], claim: pvc('data'), want: undefined },
    { name: 'picks the newest of two defaults', classes: [storageClass('old', { isDefault: true, created: '2024-01-01T00:00:00Z' }), storageClass('new', { isDefault: true, created: '2024-06-01T00:00:00Z' })], claim: pvc('data'), want: 'new' },
    { name: 'picks by name between defaults as old', classes: [storageClass('b', { isDefault: true }), storageClass('a', { isDefault: true })], claim: pvc('data'), want: 'a' },
    { name: 'leaves an explicit empty class alone', classes: [storageClass('a', { isDefault: true })], claim: pvc('data', { storageClassName: '' }), want: undefined },
    { name: 'leaves a class set by the beta annotation alone', classes: [storageClass('a', { isDefault: true })], claim: pvc('data', {}, { annotations: { 'volume.beta.kubernetes.io/storage-class': 'x' } }), want: undefined },
  ])('$name', ({ classes, claim: c, want }) => {
    expect(defaultStorageClass(stateOf(...classes), c)).toBe(want);
  });
});

describe('claimInfo', () => {
  const affinityA = { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: ['node-a'] }] }] } };

  it('is undefined for a claim that does not exist', () => {
    expect(claimInfo(stateOf(), 'shop', 'data')).toBeUndefined();
  });

  it('gives a bound claim its volume node affinity and labels', () => {
    const { state } = run(pv('local', { nodeAffinity: affinityA }, { labels: { disk: 'ssd' } }), pvc('data'));
    const info = claimInfo(state, 'shop', 'data');
    expect(info).toMatchObject({ phase: 'Bound', provisionable: false, waitForFirstConsumer: false, labels: { disk: 'ssd' }, accessModes: ['ReadWriteOnce'] });
    expect(info?.nodeAffinity?.map((t) => t.matchExpressions)).toEqual([[{ key: 'kubernetes.io/hostname', operator: 'In', values: ['node-a'] }]]);
  });

  it('tells whether a pending claim can be provisioned and lists the volumes that could take it', () => {
    const state = stateOf(storageClass('local', { provisioner: 'kubernetes.io/no-provisioner', mode: 'WaitForFirstConsumer' }), pv('fits', { storageClassName: 'local', nodeAffinity: affinityA }), pv('tiny', { storageClassName: 'local', capacity: { storage: '1Mi' } }), pvc('data', { storageClassName: 'local' }));
    const info = claimInfo(state, 'shop', 'data');
    expect(info).toMatchObject({ phase: 'Pending', provisionable: false, waitForFirstConsumer: true });
    expect(info?.volumes?.map((v) => [v.name, v.nodeAffinity?.length])).toEqual([['fits', 1]]);
  });

  it('lists for an unbound Immediate claim the volume the PV controller will bind it to', () => {
    const info = claimInfo(stateOf(pv('spare'), pvc('data', { storageClassName: '' })), 'shop', 'data');
    expect(info).toMatchObject({ phase: 'Pending', provisionable: false, waitForFirstConsumer: false, volumes: [{ name: 'spare' }] });
  });

  it('turns a provisionable class\'s allowedTopologies into node affinity', () => {
    const cls = { ...storageClass('zonal'), allowedTopologies: [{ matchLabelExpressions: [{ key: 'topology.kubernetes.io/zone', values: ['eu-1a'] }] }] };
    const info = claimInfo(stateOf(cls, pvc('data', { storageClassName: 'zonal' })), 'shop', 'data');
    expect(info).toMatchObject({ phase: 'Pending', provisionable: true, waitForFirstConsumer: false });
    expect(info?.nodeAffinity?.map((t) => t.matchExpressions)).toEqual([[{ key: 'topology.kubernetes.io/zone', operator: 'In', values: ['eu-1a'] }]]);
  });
});

describe('volume controllers on a settled cluster', () => {
  it('return no actions', () => {
    const { state } = run(storageClass('fast'), pv('fit'), pv('spare', {}, {}, 'Pending'), pvc('data'), pvc('dynamic', { storageClassName: 'fast' }), pvc('lost', { storageClassName: 'missing' }));
    const ctx = ctxOf(state);
    const actions = [...state.list('PersistentVolumeClaim'), ...state.list('PersistentVolume')].flatMap((o) => (o.kind === 'PersistentVolume' ? persistentVolumeController : volumeBindingController).reconcile(ctx, o));
    expect(actions.filter((a) => a.type !== 'event')).toEqual([]);
  });
});
