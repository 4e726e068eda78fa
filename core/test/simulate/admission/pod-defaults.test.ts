// Pod defaulting before admission, from pkg/apis/core/v1/defaults.go (SetDefaults_Pod, SetDefaults_PodSpec,
// SetDefaults_Container, SetDefaults_Volume) and its table tests in pkg/apis/core/v1/defaults_test.go
// (TestSetDefaultPod, TestSetDefaultContainer, TestSetDefaultRequestsPod, TestDefaultRequestIsNotSetForReplicationController).
import { describe, expect, it } from 'vitest';
import type { Obj } from '../../../src/model/fields.js';
import { applyPodDefaults, imageTag } from '../../../src/simulate/admission/pod-defaults.js';
import { container, pod } from './builders.js';

function defaulted(p: Obj): Obj {
  const copy = structuredClone(p);
  applyPodDefaults(copy);
  return copy.spec as Obj;
}
const first = (spec: Obj, field = 'containers'): Obj => (spec[field] as Obj[])[0] as Obj;

describe('applyPodDefaults', () => {
  it('fills the pod spec fields the scheduler and kubelet read', () => {
    expect(defaulted(pod())).toMatchObject({
      restartPolicy: 'Always',
      dnsPolicy: 'ClusterFirst',
      schedulerName: 'default-scheduler',
      terminationGracePeriodSeconds: 30,
      enableServiceLinks: true,
      securityContext: {},
    });
  });

  it('keeps the fields that are written', () => {
    const spec = defaulted(pod({ restartPolicy: 'Never', dnsPolicy: 'Default', terminationGracePeriodSeconds: 0, enableServiceLinks: false, schedulerName: 'mine' }));
    expect(spec).toMatchObject({ restartPolicy: 'Never', dnsPolicy: 'Default', terminationGracePeriodSeconds: 0, enableServiceLinks: false, schedulerName: 'mine' });
  });

  it.each([
    { name: 'an image with a version tag pulls if not present', image: 'nginx:1.27', want: 'IfNotPresent' },
    { name: 'the latest tag always pulls', image: 'nginx:latest', want: 'Always' },
    { name: 'an image without a tag is latest and always pulls', image: 'registry:5000/team/nginx', want: 'Always' },
    { name: 'a digest without a tag pulls if not present', image: 'nginx@sha256:abc', want: 'IfNotPresent' },
  ])('$name', ({ image, want }) => {
    expect(first(defaulted(pod({ containers: [container('app', { image })] }))).imagePullPolicy).toBe(want);
  });

  it('reads a registry port as part of the name, not as a tag', () => {
    expect(imageTag('localhost:5000/app')).toBe('latest');
    expect(imageTag('localhost:5000/app:v2')).toBe('v2');
  });

  it('gives containers a termination message path and policy, and ports the TCP protocol', () => {
    const c = first(defaulted(pod({ containers: [container('app', { ports: [{ containerPort: 80 }] })] })));
    expect(c).toMatchObject({ terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File', ports: [{ containerPort: 80, protocol: 'TCP' }] });
  });

  it('makes a container with only a limit request its limit, for init containers too', () => {
    const spec = defaulted(pod({ containers: [container('app', { limits: { cpu: '1', memory: '1Gi' }, requests: { cpu: '500m' } })], initContainers: [container('init', { limits: { cpu: '2' } })] }));
    expect((first(spec).resources as Obj).requests).toEqual({ cpu: '500m', memory: '1Gi' });
    expect((first(spec, 'initContainers').resources as Obj).requests).toEqual({ cpu: '2' });
  });

  it('gives hostNetwork pods a hostPort equal to each containerPort', () => {
    const spec = defaulted(pod({ hostNetwork: true, containers: [container('app', { ports: [{ containerPort: 8080 }] })] }));
    expect((first(spec).ports as Obj[])[0]).toMatchObject({ containerPort: 8080, hostPort: 8080 });
  });

  it('defaults pod-level requests from the containers when only pod-level limits are set', () => {
    const spec = defaulted(pod({ resources: { limits: { cpu: '4', memory: '4Gi' } }, containers: [container('app', { requests: { cpu: '1' } })] }));
    expect((spec.resources as Obj).requests).toEqual({ cpu: '1', memory: '4Gi' });
  });

  it('turns a volume without a source into an emptyDir', () => {
    expect(defaulted(pod({ volumes: [{ name: 'scratch' }] })).volumes).toEqual([{ name: 'scratch', emptyDir: {} }]);
  });

  it('changes nothing the second time', () => {
    const once = defaulted(pod({ hostNetwork: true, containers: [container('app', { limits: { cpu: '1' }, ports: [{ containerPort: 80 }] })] }));
    const twice = structuredClone(once);
    applyPodDefaults({ spec: twice });
    expect(twice).toEqual(once);
  });
});
