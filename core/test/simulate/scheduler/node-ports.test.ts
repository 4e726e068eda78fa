// NodePorts, cases after upstream pkg/scheduler/framework/plugins/nodeports/node_ports_test.go (TestNodePorts)
// and HostPortInfo tests in pkg/scheduler/framework/types_test.go.
import { describe, expect, it } from 'vitest';
import { PLUGIN } from '../../../src/simulate/scheduler/names.js';
import { node, pod, runFilter } from './builders.js';

const CONFLICT = "[U] node(s) didn't have free ports for the requested pod ports";
const port = (hostPort: number, protocol = 'TCP', hostIP?: string) => ({ containerPort: 80, hostPort, protocol, ...(hostIP === undefined ? {} : { hostIP }) });
const bound = (...ports: ReturnType<typeof port>[]) => pod({ name: 'existing', nodeName: 'node-1', ports });

describe('NodePorts filter', () => {
  it.each([
    { name: 'a pod without host ports skips the filter', existing: [bound(port(8080))], ports: undefined, want: 'ok' },
    { name: 'a free port fits', existing: [bound(port(8080))], ports: [port(8081)], want: 'ok' },
    { name: 'the same port and protocol conflicts', existing: [bound(port(8080))], ports: [port(8080)], want: CONFLICT },
    { name: 'the same port with another protocol fits', existing: [bound(port(8080, 'UDP'))], ports: [port(8080, 'TCP')], want: 'ok' },
    { name: 'different specific addresses do not conflict', existing: [bound(port(8080, 'TCP', '127.0.0.1'))], ports: [port(8080, 'TCP', '127.0.0.2')], want: 'ok' },
    { name: 'the same specific address conflicts', existing: [bound(port(8080, 'TCP', '127.0.0.1'))], ports: [port(8080, 'TCP', '127.0.0.1')], want: CONFLICT },
    { name: 'a wildcard request conflicts with a specific address', existing: [bound(port(8080, 'TCP', '127.0.0.1'))], ports: [port(8080, 'TCP', '0.0.0.0')], want: CONFLICT },
    { name: 'a specific request conflicts with a wildcard binding', existing: [bound(port(8080, 'TCP', '0.0.0.0'))], ports: [port(8080, 'TCP', '127.0.0.1')], want: CONFLICT },
    { name: 'an empty address is the wildcard', existing: [bound(port(8080))], ports: [port(8080, 'TCP', '10.0.0.1')], want: CONFLICT },
    { name: 'an empty protocol is TCP', existing: [bound(port(8080, 'TCP'))], ports: [{ containerPort: 80, hostPort: 8080 }], want: CONFLICT },
    {
      name: 'a host-network pod claims its container ports',
      existing: [pod({ name: 'net', nodeName: 'node-1', ports: [{ containerPort: 9100 }], spec: { hostNetwork: true } })],
      ports: [port(9100)],
      want: CONFLICT,
    },
  ])('$name', ({ existing, ports, want }) => {
    expect(runFilter(PLUGIN.NodePorts, { nodes: [node()], existing }, pod(ports === undefined ? {} : { ports }))['node-1']).toBe(want);
  });
});
