import { describe, expect, it } from 'vitest';
import { dockerSocket } from '../../../src/rules/practices/security/docker-socket.js';
import { hostIpc } from '../../../src/rules/practices/security/host-ipc.js';
import { hostNetwork } from '../../../src/rules/practices/security/host-network.js';
import { hostPathVolume } from '../../../src/rules/practices/security/host-path-volume.js';
import { hostPid } from '../../../src/rules/practices/security/host-pid.js';
import { hostPort } from '../../../src/rules/practices/security/host-port.js';
import { sensitiveHostPath } from '../../../src/rules/practices/security/sensitive-host-path.js';
import { writableHostPath } from '../../../src/rules/practices/security/writable-host-path.js';
import { findingsOf, summary } from '../helpers.js';
import { oneContainer, pod } from './builders.js';

/** A pod mounting one hostPath volume "host" at /host; `mount` adds fields to the volumeMount. */
const hostPathPod = (path: string, mount = ''): string =>
  pod(`${oneContainer(`volumeMounts:\n  - name: host\n    mountPath: /host\n${mount.replace(/^/gm, '    ')}`)}\nvolumes:\n  - name: host\n    hostPath:\n      path: ${path}`);

describe('host namespaces', () => {
  it.each([
    { name: 'hostNetwork: true is reported', rule: hostNetwork, spec: 'hostNetwork: true', findings: 1 },
    { name: 'hostNetwork: false passes', rule: hostNetwork, spec: 'hostNetwork: false', findings: 0 },
    { name: 'hostPID: true is reported', rule: hostPid, spec: 'hostPID: true', findings: 1 },
    { name: 'hostIPC: true is reported', rule: hostIpc, spec: 'hostIPC: true', findings: 1 },
    { name: 'hostIPC is not hostPID', rule: hostPid, spec: 'hostIPC: true', findings: 0 },
  ])('$name', ({ rule, spec, findings }) => {
    expect(findingsOf(rule, pod(`${spec}\n${oneContainer()}`))).toHaveLength(findings);
  });

  it('points at the field with what sharing it allows', () => {
    expect(summary(findingsOf(hostPid, pod(`hostPID: true\n${oneContainer()}`)))).toEqual([
      "host-pid 6:12 the pod shares the node's process namespace: it sees and can signal every process on the node (hostPID: true)",
    ]);
  });
});

describe('host-port', () => {
  it('reports a hostPort on its value', () => {
    expect(summary(findingsOf(hostPort, pod(oneContainer('ports:\n  - containerPort: 8080\n    hostPort: 80'))))).toEqual([
      'host-port 11:21 container "app" binds port 80 on the node (hostPort)',
    ]);
  });

  it.each([
    { name: 'ports without hostPort pass', spec: oneContainer('ports:\n  - containerPort: 8080') },
    { name: 'hostNetwork pods are left to host-network', spec: `hostNetwork: true\n${oneContainer('ports:\n  - containerPort: 8080\n    hostPort: 8080')}` },
  ])('$name', ({ spec }) => {
    expect(findingsOf(hostPort, pod(spec))).toEqual([]);
  });
});

describe('hostPath volumes', () => {
  it.each([
    { name: 'docker.sock is a runtime socket', rule: dockerSocket, path: '/var/run/docker.sock', findings: 1 },
    { name: 'containerd.sock is a runtime socket', rule: dockerSocket, path: /* trailing slash normalised */ '/run/containerd/containerd.sock/', findings: 1 },
    { name: '/var/run holds the runtime socket', rule: dockerSocket, path: '/var/run', findings: 1 },
    { name: 'another socket is not a runtime socket', rule: dockerSocket, path: '/var/run/thing.sock', findings: 0 },
    { name: '/etc is sensitive', rule: sensitiveHostPath, path: '/etc', findings: 1 },
    { name: '/ is sensitive', rule: sensitiveHostPath, path: '/', findings: 1 },
    { name: 'a file under /etc is not', rule: sensitiveHostPath, path: '/etc/ssl/certs', findings: 0 },
    { name: 'runtime sockets are left to docker-socket', rule: sensitiveHostPath, path: '/var/run', findings: 0 },
  ])('$name', ({ rule, path, findings }) => {
    expect(findingsOf(rule, hostPathPod(path))).toHaveLength(findings);
  });

  it('reports the hostPath path with the volume name', () => {
    expect(summary(findingsOf(dockerSocket, hostPathPod('/var/run/docker.sock')))).toEqual([
      'docker-socket 16:15 hostPath volume "host" exposes the container runtime socket /var/run/docker.sock: it gives root on the node',
    ]);
    expect(summary(findingsOf(sensitiveHostPath, hostPathPod('/proc')))).toEqual(["sensitive-host-path 16:15 hostPath volume \"host\" mounts the node's /proc"]);
  });

  it('takes the sensitive paths from the paths parameter', () => {
    const settings = { rules: { 'sensitive-host-path': { params: { paths: ['/data'] } } } };
    expect(findingsOf(sensitiveHostPath, hostPathPod('/data/'), settings)).toHaveLength(1);
    expect(findingsOf(sensitiveHostPath, hostPathPod('/etc'), settings)).toHaveLength(0);
  });

  it('reports a writable mount of a hostPath volume on the volumeMount', () => {
    expect(summary(findingsOf(writableHostPath, hostPathPod('/config')))).toEqual([
      'writable-host-path 10:11 container "app" mounts hostPath volume "host" (/config) writable',
    ]);
    expect(findingsOf(writableHostPath, hostPathPod('/config', 'readOnly: true'))).toEqual([]);
  });

  it('reports every hostPath volume when host-path-volume is turned on', () => {
    expect(findingsOf(hostPathVolume, hostPathPod('/data'))).toEqual([]);
    const on = { rules: { 'host-path-volume': { level: 'warning' as const } } };
    expect(summary(findingsOf(hostPathVolume, hostPathPod('/data'), on))).toEqual(["host-path-volume 16:15 hostPath volume \"host\" mounts the node's /data"]);
  });
});
