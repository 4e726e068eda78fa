// Pod limits, from staging/src/k8s.io/component-helpers/resource/helpers_test.go (TestPodLimits: restartable init
// containers, pod-level limits, overhead added only to resources with a limit).
import { describe, expect, it } from 'vitest';
import { formatQuantity } from '../../../src/model/quantity.js';
import { podLimits } from '../../../src/simulate/admission/pod-limits.js';

type Res = Record<string, string>;
const c = (limits: Res, extra: Record<string, unknown> = {}) => ({ name: 'c', resources: { limits, requests: { cpu: '1m' } }, ...extra });
const show = (spec: Record<string, unknown>): Res => Object.fromEntries([...podLimits(spec)].map(([k, q]) => [k, formatQuantity(q)]));

describe('podLimits', () => {
  it.each([
    { name: 'containers are summed and requests are ignored', spec: { containers: [c({ cpu: '1' }), c({ cpu: '500m', memory: '1Gi' })] }, want: { cpu: '1500m', memory: '1Gi' } },
    { name: 'a larger init container raises the limit', spec: { initContainers: [c({ cpu: '3' })], containers: [c({ cpu: '1' })] }, want: { cpu: '3' } },
    { name: 'a sidecar adds to the containers and to later init containers', spec: { initContainers: [c({ cpu: '1' }, { restartPolicy: 'Always' }), c({ cpu: '2' })], containers: [c({ cpu: '1' })] }, want: { cpu: '3' } },
    { name: 'pod-level limits replace the containers\'', spec: { resources: { limits: { cpu: '4' } }, containers: [c({ cpu: '1', memory: '1Gi' })] }, want: { cpu: '4', memory: '1Gi' } },
    { name: 'overhead is added only where there is a limit', spec: { overhead: { cpu: '250m', memory: '100Mi' }, containers: [c({ cpu: '1' })] }, want: { cpu: '1250m' } },
  ])('$name', ({ spec, want }) => {
    expect(show(spec)).toEqual(want);
  });
});
