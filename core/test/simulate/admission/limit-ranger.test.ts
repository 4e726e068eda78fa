// LimitRanger, from plugin/pkg/admission/limitranger/admission_test.go (TestDefaultContainerResourceRequirements,
// TestMergePodResourceRequirements, TestPodLimitFunc, TestPersistentVolumeClaimLimitFunc, TestLimitRangerAdmitPod)
// and the LimitRange defaulting of pkg/apis/core/v1/defaults.go SetDefaults_LimitRangeItem.
import { describe, expect, it } from 'vitest';
import type { Obj } from '../../../src/model/fields.js';
import { admit } from '../../../src/simulate/admission/index.js';
import { ratioString } from '../../../src/simulate/admission/limit-ranger/limit-constraints.js';
import { parseQuantity, type Quantity } from '../../../src/model/quantity.js';
import { claim, container, limitRange, pod, spec, state, SHOP } from './builders.js';

type Res = Record<string, string>;
const containerItem = (fields: Record<string, Res>): Obj => ({ type: 'Container', ...fields });
const resourcesOf = (s: Obj, i = 0, field = 'containers'): Obj => ((s[field] as Obj[])[i] as Obj).resources as Obj;

describe('LimitRanger defaults', () => {
  it('gives a container without resources the default request and limit', () => {
    const s = spec(admit(state(SHOP, limitRange([containerItem({ default: { cpu: '1', memory: '512Mi' }, defaultRequest: { cpu: '250m', memory: '256Mi' } })])), pod(), 'CREATE'));
    expect(resourcesOf(s)).toEqual({ limits: { cpu: '1', memory: '512Mi' }, requests: { cpu: '250m', memory: '256Mi' } });
  });

  it('defaults the request to the default limit when no defaultRequest is given', () => {
    const s = spec(admit(state(SHOP, limitRange([containerItem({ default: { cpu: '500m' } })])), pod(), 'CREATE'));
    expect(resourcesOf(s)).toEqual({ limits: { cpu: '500m' }, requests: { cpu: '500m' } });
  });

  it('defaults the limit to max, and the request to min when neither default is given', () => {
    const s = spec(admit(state(SHOP, limitRange([containerItem({ min: { cpu: '100m' }, max: { cpu: '2' } })])), pod(), 'CREATE'));
    expect(resourcesOf(s)).toEqual({ limits: { cpu: '2' }, requests: { cpu: '2' } });
  });

  it('leaves what a container states, and a limit-only container requests its limit, not the default request', () => {
    const lr = limitRange([containerItem({ default: { cpu: '1', memory: '1Gi' }, defaultRequest: { cpu: '100m', memory: '128Mi' } })]);
    const s = spec(admit(state(SHOP, lr), pod({ containers: [container('app', { limits: { cpu: '800m' } })] }), 'CREATE'));
    expect(resourcesOf(s)).toEqual({ limits: { cpu: '800m', memory: '1Gi' }, requests: { cpu: '800m', memory: '128Mi' } });
  });

  it('defaults init containers too and records what it set in an annotation', () => {
    const lr = limitRange([containerItem({ default: { cpu: '1' }, defaultRequest: { cpu: '100m', memory: '64Mi' } })]);
    const result = admit(state(SHOP, lr), pod({ initContainers: [container('init')] }), 'CREATE');
    expect(result.allowed && (result.object.metadata as Obj).annotations).toEqual({
      'kubernetes.io/limit-ranger': 'LimitRanger plugin set: cpu, memory request for container app; cpu limit for container app; cpu, memory request for init container init; cpu limit for init container init',
    });
  });

  it('does not touch pods on update', () => {
    const s = spec(admit(state(SHOP, limitRange([containerItem({ default: { cpu: '1' } })])), pod(), 'UPDATE'));
    expect(resourcesOf(s)).toBeUndefined();
  });
});

describe('LimitRanger constraints', () => {
  const cases: { name: string; items: Obj[]; containers: Obj[]; want?: string }[] = [
    {
      name: 'a request under the container minimum is refused',
      items: [containerItem({ min: { cpu: '100m' } })],
      containers: [container('app', { requests: { cpu: '50m' } })],
      want: 'minimum cpu usage per Container is 100m, but request is 50m',
    },
    {
      name: 'several violations are listed together in brackets',
      items: [containerItem({ min: { cpu: '100m' }, max: { memory: '1Gi' } })],
      containers: [container('app', { requests: { cpu: '50m', memory: '1Gi' }, limits: { memory: '2Gi' } })],
      want: '[minimum cpu usage per Container is 100m, but request is 50m, maximum memory usage per Container is 1Gi, but limit is 2Gi]',
    },
    {
      name: 'a pod maximum without any limit in the pod is refused (a Container maximum would have defaulted one)',
      items: [{ type: 'Pod', max: { memory: '1Gi' } }],
      containers: [container('app', { requests: { memory: '100Mi' } })],
      want: 'maximum memory usage per Pod is 1Gi.  No limit is specified',
    },
    {
      name: 'a limit far above the request breaks the ratio',
      items: [containerItem({ maxLimitRequestRatio: { cpu: '2' } })],
      containers: [container('app', { requests: { cpu: '250m' }, limits: { cpu: '1' } })],
      want: 'cpu max limit to request ratio per Container is 2, but provided ratio is 4.000000',
    },
    {
      name: 'the pod maximum applies to the sum of the containers',
      items: [{ type: 'Pod', max: { cpu: '1' } }],
      containers: [container('a', { requests: { cpu: '600m' }, limits: { cpu: '600m' } }), container('b', { requests: { cpu: '600m' }, limits: { cpu: '600m' } })],
      want: 'maximum cpu usage per Pod is 1, but limit is 1200m',
    },
    {
      name: 'a pod within every bound is admitted',
      items: [containerItem({ min: { cpu: '100m' }, max: { cpu: '2' }, maxLimitRequestRatio: { cpu: '4' } })],
      containers: [container('app', { requests: { cpu: '500m' }, limits: { cpu: '2' } })],
    },
  ];
  it.each(cases)('$name', ({ items, containers, want }) => {
    const result = admit(state(SHOP, limitRange(items)), pod({ containers }), 'CREATE');
    if (want === undefined) expect(result.allowed).toBe(true);
    else expect(result).toEqual({ allowed: false, status: 'Forbidden', message: `pods "web" is forbidden: ${want}` });
  });

  it('checks init containers against the container bounds', () => {
    const result = admit(state(SHOP, limitRange([containerItem({ max: { cpu: '1' } })])), pod({ initContainers: [container('init', { limits: { cpu: '2' } })], containers: [container('app', { limits: { cpu: '1' } })] }), 'CREATE');
    expect(result).toMatchObject({ allowed: false, message: 'pods "web" is forbidden: maximum cpu usage per Container is 1, but limit is 2' });
  });

  it('makes a pod invalid when a default limit falls below its own request', () => {
    const result = admit(state(SHOP, limitRange([containerItem({ default: { cpu: '500m' } })])), pod({ containers: [container('app', { requests: { cpu: '1' } })] }), 'CREATE');
    expect(result).toEqual({ allowed: false, status: 'Invalid', message: 'Pod "web" is invalid: spec.containers[0].resources.requests: Invalid value: "1": must be less than or equal to cpu limit of 500m' });
  });
});

describe('LimitRanger on PersistentVolumeClaims', () => {
  const pvcLimits = limitRange([{ type: 'PersistentVolumeClaim', min: { storage: '1Gi' }, max: { storage: '10Gi' } }]);
  it.each([
    { name: 'a claim within the bounds is admitted', storage: '5Gi' },
    { name: 'a claim above the maximum is refused', storage: '20Gi', want: 'maximum storage usage per PersistentVolumeClaim is 10Gi, but request is 20Gi' },
    { name: 'a claim below the minimum is refused', storage: '500Mi', want: 'minimum storage usage per PersistentVolumeClaim is 1Gi, but request is 500Mi' },
    { name: 'a claim without a request is refused by both bounds', storage: undefined, want: '[minimum storage usage per PersistentVolumeClaim is 1Gi.  No request is specified, maximum storage usage per PersistentVolumeClaim is 10Gi.  No request is specified]' },
  ])('$name', ({ storage, want }) => {
    const result = admit(state(SHOP, pvcLimits), claim('data', storage), 'CREATE');
    if (want === undefined) expect(result.allowed).toBe(true);
    else expect(result).toEqual({ allowed: false, status: 'Forbidden', message: `persistentvolumeclaims "data" is forbidden: ${want}` });
  });

  it('does not re-check a request an update leaves unchanged', () => {
    expect(admit(state(SHOP, claim('data', '20Gi'), pvcLimits), claim('data', '20Gi'), 'UPDATE').allowed).toBe(true);
  });
});

describe('ratioString', () => {
  const q = (s: string): Quantity => parseQuantity(s) as Quantity;
  it.each([
    { limit: '1', request: '250m', want: '4.000000' },
    { limit: '1', request: '3', want: '0.333333' },
    { limit: '2Gi', request: '3Gi', want: '0.666667' },
  ])('prints $limit / $request as $want', ({ limit, request, want }) => {
    expect(ratioString(q(limit), q(request))).toBe(want);
  });
});
