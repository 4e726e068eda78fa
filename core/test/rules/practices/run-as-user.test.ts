import { describe, expect, it } from 'vitest';
import { lowUserGroupId } from '../../../src/rules/practices/security/low-user-group-id.js';
import { runAsRoot } from '../../../src/rules/practices/security/run-as-root.js';
import { seccompProfileMissing } from '../../../src/rules/practices/security/seccomp-profile-missing.js';
import { windowsHostProcess } from '../../../src/rules/practices/security/windows-host-process.js';
import { findingsOf, summary } from '../helpers.js';
import { oneContainer, pod } from './builders.js';

/** A pod with pod-level securityContext lines and container-level ones. */
const withContexts = (podLines: string, containerLines: string): string =>
  pod(`${podLines === '' ? '' : `securityContext:\n${podLines.replace(/^/gm, '  ')}\n`}${oneContainer(containerLines === '' ? '' : `securityContext:\n${containerLines.replace(/^/gm, '  ')}`)}`);

const optIn = (id: string, params: Record<string, unknown> = {}) => ({ rules: { [id]: { level: 'info' as const, params } } });

describe('run-as-root', () => {
  it.each([
    { name: 'runAsNonRoot: true on the pod covers the container', pod: 'runAsNonRoot: true', container: '', findings: 0 },
    { name: 'a non-zero runAsUser on the container is enough', pod: '', container: 'runAsUser: 1000', findings: 0 },
    { name: 'nothing set may run as root', pod: '', container: '', findings: 1 },
    { name: 'runAsNonRoot: false without a user may run as root', pod: '', container: 'runAsNonRoot: false', findings: 1 },
    { name: 'the container overrides the pod\'s runAsNonRoot', pod: 'runAsNonRoot: true', container: 'runAsNonRoot: false', findings: 1 },
    { name: 'runAsUser: 0 runs as root', pod: 'runAsUser: 0', container: '', findings: 1 },
    { name: 'runAsGroup: 0 is root\'s group', pod: 'runAsNonRoot: true', container: 'runAsGroup: 0', findings: 1 },
    { name: 'runAsUser: 0 and runAsGroup: 0 are two findings', pod: '', container: 'runAsUser: 0\nrunAsGroup: 0', findings: 2 },
  ])('$name', ({ pod: p, container, findings }) => {
    expect(findingsOf(runAsRoot, withContexts(p, container))).toHaveLength(findings);
  });

  it('names the contradiction of runAsNonRoot with runAsUser: 0 on the user', () => {
    expect(summary(findingsOf(runAsRoot, withContexts('runAsNonRoot: true', 'runAsUser: 0')))).toEqual([
      'run-as-root 12:20 container "app" sets runAsNonRoot: true with runAsUser: 0: the kubelet refuses to start it',
    ]);
  });

  it('points at the container when no securityContext says anything', () => {
    expect(summary(findingsOf(runAsRoot, pod(oneContainer())))).toEqual(['run-as-root 7:7 container "app" may run as root: set runAsNonRoot: true or a non-zero runAsUser']);
  });

  it('skips Windows pods', () => {
    expect(findingsOf(runAsRoot, pod(`os:\n  name: windows\n${oneContainer()}`))).toEqual([]);
  });
});

describe('windows-host-process', () => {
  it('reports the pod-level and the container-level setting where they are written', () => {
    const yaml = withContexts('windowsOptions:\n  hostProcess: true', 'windowsOptions:\n  hostProcess: true');
    expect(summary(findingsOf(windowsHostProcess, yaml))).toEqual([
      "windows-host-process 8:20 the pod runs as a Windows HostProcess container, with the node's privileges",
      'windows-host-process 14:24 container "app" runs as a Windows HostProcess container, with the node\'s privileges',
    ]);
  });

  it('passes without hostProcess', () => {
    expect(findingsOf(windowsHostProcess, withContexts('windowsOptions:\n  runAsUserName: ContainerUser', ''))).toEqual([]);
  });
});

describe('seccomp-profile-missing (opt-in)', () => {
  it.each([
    { name: 'a pod-level RuntimeDefault profile covers the container', pod: 'seccompProfile:\n  type: RuntimeDefault', container: '', findings: 0 },
    { name: 'a container-level Localhost profile passes', pod: '', container: 'seccompProfile:\n  type: Localhost\n  localhostProfile: p.json', findings: 0 },
    { name: 'no profile is reported', pod: '', container: '', findings: 1 },
    { name: 'an Unconfined profile is reported', pod: '', container: 'seccompProfile:\n  type: Unconfined', findings: 1 },
  ])('$name', ({ pod: p, container, findings }) => {
    expect(findingsOf(seccompProfileMissing, withContexts(p, container), optIn('seccomp-profile-missing'))).toHaveLength(findings);
  });

  it('is off in the strict preset', () => {
    expect(findingsOf(seccompProfileMissing, pod(oneContainer()))).toEqual([]);
  });

  it('says which: missing or Unconfined', () => {
    expect(summary(findingsOf(seccompProfileMissing, withContexts('', 'seccompProfile:\n  type: Unconfined'), optIn('seccomp-profile-missing')))).toEqual([
      'seccomp-profile-missing 11:17 container "app" runs with seccomp profile Unconfined',
    ]);
  });
});

describe('low-user-group-id (opt-in)', () => {
  it.each([
    { name: 'ids above 10000 pass', pod: 'runAsUser: 10001\nrunAsGroup: 10001', params: {}, findings: 0 },
    { name: 'a low user id is reported', pod: 'runAsUser: 1000\nrunAsGroup: 10001', params: {}, findings: 1 },
    { name: 'unset ids are both reported', pod: '', params: {}, findings: 2 },
    { name: 'minId lowers the threshold', pod: 'runAsUser: 1000\nrunAsGroup: 1000', params: { minId: 1000 }, findings: 0 },
  ])('$name', ({ pod: p, params, findings }) => {
    expect(findingsOf(lowUserGroupId, withContexts(p, ''), optIn('low-user-group-id', params))).toHaveLength(findings);
  });

  it('names the id and the threshold', () => {
    expect(summary(findingsOf(lowUserGroupId, withContexts('runAsUser: 1000\nrunAsGroup: 10001', ''), optIn('low-user-group-id')))).toEqual([
      'low-user-group-id 7:16 container "app" runs with user id 1000, below 10000',
    ]);
  });
});
