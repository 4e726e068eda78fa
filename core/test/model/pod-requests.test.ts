// Table-driven tests of a pod's effective requests, from upstream
// staging/src/k8s.io/component-helpers/resource/helpers_test.go (TestPodRequestsAndLimits, the restartable init
// container cases of TestPodResourceRequests) and the worked examples of the sidecar KEP (753-sidecar-containers
// "Resources calculation for Scheduling and Pod Admission"); defaulting from pkg/apis/core/v1/defaults.go.
import { describe, expect, it } from 'vitest';
import { podRequests } from '../../src/model/pod-requests.js';
import { formatQuantity } from '../../src/model/quantity.js';

type Res = Record<string, string>;
const c = (requests: Res, extra: Record<string, unknown> = {}) => ({ name: 'c', image: 'i', resources: { requests }, ...extra });
const sidecar = (requests: Res) => c(requests, { restartPolicy: 'Always' });
const show = (spec: Record<string, unknown>): Record<string, string> => Object.fromEntries([...podRequests(spec)].map(([k, q]) => [k, formatQuantity(q)]));

describe('podRequests (PodRequests)', () => {
  it.each([
    { name: 'regular containers are summed', spec: { containers: [c({ cpu: '1', memory: '1Gi' }), c({ cpu: '500m', memory: '512Mi' })] }, want: { cpu: '1500m', memory: '1536Mi' } },
    { name: 'a larger init container raises the request', spec: { initContainers: [c({ cpu: '1' })], containers: [c({ cpu: '500m' })] }, want: { cpu: '1' } },
    {
      name: 'init containers define the minimum of each resource separately',
      spec: { initContainers: [c({ cpu: '2', memory: '1G' }), c({ cpu: '2', memory: '3G' })], containers: [c({ cpu: '2', memory: '1G' }), c({ cpu: '1', memory: '1G' })] },
      want: { cpu: '3', memory: '3G' },
    },
    {
      name: 'a sidecar runs beside the containers and the init containers after it',
      spec: { initContainers: [sidecar({ cpu: '500m' }), c({ cpu: '800m' })], containers: [c({ cpu: '700m' })] },
      want: { cpu: '1300m' },
    },
    {
      name: 'an init container before a sidecar does not run beside it',
      spec: { initContainers: [c({ cpu: '800m' }), sidecar({ cpu: '500m' })], containers: [c({ cpu: '700m' })] },
      want: { cpu: '1200m' },
    },
    { name: 'a container with only a limit requests its limit', spec: { containers: [{ name: 'c', resources: { limits: { cpu: '2', 'nvidia.com/gpu': '1' } } }] }, want: { cpu: '2', 'nvidia.com/gpu': '1' } },
    { name: 'a request below the limit stays the request', spec: { containers: [{ name: 'c', resources: { requests: { cpu: '1' }, limits: { cpu: '2' } } }] }, want: { cpu: '1' } },
    { name: 'the overhead is added', spec: { containers: [c({ cpu: '1' })], overhead: { cpu: '250m', memory: '120Mi' } }, want: { cpu: '1250m', memory: '120Mi' } },
    { name: 'pod-level requests replace the containers\' for cpu and memory', spec: { resources: { requests: { cpu: '4' } }, containers: [c({ cpu: '1', memory: '1Gi' })] }, want: { cpu: '4', memory: '1Gi' } },
    { name: 'a pod-level limit is the request when no container requests the resource', spec: { resources: { limits: { memory: '2Gi' } }, containers: [c({ cpu: '1' })] }, want: { cpu: '1', memory: '2Gi' } },
    { name: 'a pod-level limit leaves the containers\' requests when they have some', spec: { resources: { limits: { cpu: '4' } }, containers: [c({ cpu: '1' })] }, want: { cpu: '1' } },
    { name: 'quantities are summed exactly, rounded only when converted', spec: { containers: [c({ cpu: '0.5m' }), c({ cpu: '0.5m' })] }, want: { cpu: '1m' } },
    { name: 'malformed quantities are left to validation', spec: { containers: [c({ cpu: 'lots', memory: '1Gi' })] }, want: { memory: '1Gi' } },
    { name: 'ephemeral containers request nothing', spec: { containers: [c({ cpu: '1' })], ephemeralContainers: [c({ cpu: '8' })] }, want: { cpu: '1' } },
  ])('$name', ({ spec, want }) => {
    expect(show(spec)).toEqual(want);
  });
});
