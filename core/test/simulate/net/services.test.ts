import { describe, expect, it } from 'vitest';
import { getIn, type Obj } from '../../../src/model/fields.js';
import { allocateService } from '../../../src/simulate/controllers/service-allocation.js';
import { service, stateOf } from './fixtures.js';

const web = (spec: Obj = {}): Obj => service('web', { selector: { app: 'web' }, ports: [{ port: 80 }], ...spec });

function allocated(svc: Obj, others: Obj[] = [], options = {}): Obj {
  const r = allocateService(stateOf(...others), svc, options);
  if (!r.allowed) throw new Error(r.message);
  return r.object;
}

function refusal(svc: Obj, others: Obj[] = [], options = {}): string {
  const r = allocateService(stateOf(...others), svc, options);
  return r.allowed ? '<allowed>' : r.message;
}

const ipNumber = (ip: string): number => ip.split('.').reduce((n, p) => n * 256 + Number(p), 0);

// Upstream: pkg/apis/core/v1/defaults.go SetDefaults_Service (defaults_test.go TestSetDefaultService*), and
// pkg/registry/core/service/storage/alloc.go initIPFamilyFields (storage_test.go TestCreateInitIPFields).
describe('allocateService defaults', () => {
  it.each([
    { name: 'a plain Service becomes a single-stack ClusterIP Service', svc: web(), path: ['spec'], want: { type: 'ClusterIP', sessionAffinity: 'None', ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack', internalTrafficPolicy: 'Cluster' } },
    { name: 'a port without protocol or targetPort gets TCP and its own number', svc: web(), path: ['spec', 'ports', 0], want: { port: 80, protocol: 'TCP', targetPort: 80 } },
    { name: 'a named targetPort is kept', svc: web({ ports: [{ port: 80, targetPort: 'http' }] }), path: ['spec', 'ports', 0], want: { port: 80, protocol: 'TCP', targetPort: 'http' } },
    { name: 'ClientIP affinity gets the three-hour timeout', svc: web({ sessionAffinity: 'ClientIP' }), path: ['spec', 'sessionAffinityConfig'], want: { clientIP: { timeoutSeconds: 10800 } } },
    { name: 'a NodePort Service gets externalTrafficPolicy Cluster', svc: web({ type: 'NodePort' }), path: ['spec'], want: { externalTrafficPolicy: 'Cluster', internalTrafficPolicy: 'Cluster' } },
    { name: 'a LoadBalancer allocates node ports by default', svc: web({ type: 'LoadBalancer' }), path: ['spec'], want: { allocateLoadBalancerNodePorts: true, externalTrafficPolicy: 'Cluster' } },
    { name: 'a headless Service with a selector stays single-stack', svc: web({ clusterIP: 'None' }), path: ['spec'], want: { clusterIP: 'None', clusterIPs: ['None'], ipFamilyPolicy: 'SingleStack', ipFamilies: ['IPv4'] } },
    { name: 'a headless Service without a selector requires both families', svc: service('web', { clusterIP: 'None' }), path: ['spec'], want: { clusterIPs: ['None'], ipFamilyPolicy: 'RequireDualStack', ipFamilies: ['IPv4', 'IPv6'] } },
  ])('$name', ({ svc, path, want }) => {
    expect(getIn(allocated(svc), ...path)).toMatchObject(want);
  });

  it('leaves an ExternalName Service without address, families or traffic policy', () => {
    const spec = getIn(allocated(service('db', { type: 'ExternalName', externalName: 'db.example.com' })), 'spec') as Obj;
    expect(spec).toEqual({ type: 'ExternalName', externalName: 'db.example.com', sessionAffinity: 'None' });
  });
});

// Upstream: pkg/registry/core/service/ipallocator/ipallocator.go (allocateNextService, allocateService),
// interfaces.go (errors), storage/alloc.go allocIPs; ipallocator_test.go TestAllocateNextServiceRangeOffset.
describe('allocateService ClusterIP', () => {
  it('picks an address of the dynamic band, the same one every time', () => {
    const ip = allocated(web()).spec as Obj;
    expect(ipNumber(ip.clusterIP as string)).toBeGreaterThanOrEqual(ipNumber('10.96.1.1'));
    expect(ipNumber(ip.clusterIP as string)).toBeLessThanOrEqual(ipNumber('10.111.255.254'));
    expect(ip.clusterIPs).toEqual([ip.clusterIP]);
    expect((allocated(web()).spec as Obj).clusterIP).toBe(ip.clusterIP);
  });

  it('walks on to the next free address when another Service holds its pick', () => {
    const first = (allocated(web()).spec as Obj).clusterIP as string;
    const holder = service('other', { clusterIP: first, clusterIPs: [first] });
    const second = (allocated(web(), [holder]).spec as Obj).clusterIP as string;
    expect(ipNumber(second)).toBe(ipNumber(first) + 1);
  });

  it('keeps a requested free address of the static band', () => {
    expect(getIn(allocated(web({ clusterIP: '10.96.0.50' })), 'spec', 'clusterIPs')).toEqual(['10.96.0.50']);
  });

  it.each([
    {
      name: 'a requested address held by another Service is refused',
      svc: web({ clusterIP: '10.96.0.50' }),
      others: [service('db', { clusterIP: '10.96.0.50', clusterIPs: ['10.96.0.50'] })],
      message: 'Service "web" is invalid: spec.clusterIPs: Invalid value: []string{"10.96.0.50"}: failed to allocate IP 10.96.0.50: provided IP is already allocated',
    },
    {
      name: 'the kubernetes Service address is always taken',
      svc: web({ clusterIP: '10.96.0.1' }),
      others: [],
      message: 'Service "web" is invalid: spec.clusterIPs: Invalid value: []string{"10.96.0.1"}: failed to allocate IP 10.96.0.1: provided IP is already allocated',
    },
    {
      name: 'an address outside the service range matches no range',
      svc: web({ clusterIPs: ['192.168.0.10'] }),
      others: [],
      message: 'Service "web" is invalid: spec.clusterIPs: Invalid value: []string{"192.168.0.10"}: failed to allocate IP 192.168.0.10: the provided network does not match the current range',
    },
    {
      name: 'the network address is not in the valid range',
      svc: web({ clusterIP: '10.96.0.0' }),
      others: [],
      message: 'Service "web" is invalid: spec.clusterIPs: Invalid value: []string{"10.96.0.0"}: failed to allocate IP 10.96.0.0: the provided IP (10.96.0.0) is not in the valid range. The range of valid IPs is 10.96.0.0/12',
    },
    {
      name: 'RequireDualStack is refused on a single-stack cluster',
      svc: web({ ipFamilyPolicy: 'RequireDualStack' }),
      others: [],
      message: 'Service "web" is invalid: spec.ipFamilyPolicy: Invalid value: "RequireDualStack": this cluster is not configured for dual-stack services',
    },
    {
      name: 'an IPv6 family is refused on an IPv4 cluster',
      svc: web({ ipFamilies: ['IPv6'] }),
      others: [],
      message: 'Service "web" is invalid: spec.ipFamilies[0]: Invalid value: "IPv6": not configured on this cluster',
    },
  ])('$name', ({ svc, others, message }) => {
    expect(refusal(svc, others)).toBe(message);
  });

  it('reports a full range as an internal error', () => {
    // A /29 has six addresses (.1 to .6) and no static band; .1 is the kubernetes Service's.
    const others = [2, 3, 4, 5, 6].map((n) => service(`s${n}`, { clusterIP: `10.0.0.${n}` }));
    expect(refusal(web(), others, { serviceCIDR: '10.0.0.0/29' })).toBe('Internal error occurred: failed to allocate a serviceIP: range is full');
  });
});

// Upstream: pkg/registry/core/service/portallocator/allocator.go (ErrAllocated, ErrNotInRange, calculateRangeOffset),
// storage/alloc.go initNodePorts / allocHealthCheckNodePort; storage_test.go TestCreateInitNodePorts.
describe('allocateService node ports', () => {
  const nodePorts = (svc: Obj, others: Obj[] = []): unknown[] => ((allocated(svc, others).spec as Obj).ports as Obj[]).map((p) => p.nodePort);

  it('gives a NodePort Service a port of the dynamic band', () => {
    const [port] = nodePorts(web({ type: 'NodePort' })) as number[];
    expect(port).toBeGreaterThanOrEqual(30086);
    expect(port).toBeLessThanOrEqual(32767);
  });

  it('gives TCP and UDP on the same port one node port', () => {
    const ports = nodePorts(web({ type: 'NodePort', ports: [{ name: 'dns', port: 53, protocol: 'UDP' }, { name: 'dns-tcp', port: 53 }] }));
    expect(ports[0]).toBe(ports[1]);
  });

  it('lets a later port carry the request for an earlier port with the same number', () => {
    expect(nodePorts(web({ type: 'NodePort', ports: [{ name: 'a', port: 53, protocol: 'UDP' }, { name: 'b', port: 53, nodePort: 30053 }] }))).toEqual([30053, 30053]);
  });

  it('allocates no node ports for a LoadBalancer that opts out, but keeps requested ones', () => {
    const svc = web({ type: 'LoadBalancer', allocateLoadBalancerNodePorts: false, ports: [{ name: 'a', port: 80 }, { name: 'b', port: 81, nodePort: 30081 }] });
    expect(nodePorts(svc)).toEqual([undefined, 30081]);
  });

  it('gives a LoadBalancer with externalTrafficPolicy Local a health check node port of its own', () => {
    const spec = allocated(web({ type: 'LoadBalancer', externalTrafficPolicy: 'Local' })).spec as Obj;
    expect(spec.healthCheckNodePort).toEqual(expect.any(Number));
    expect(spec.healthCheckNodePort).not.toBe((spec.ports as Obj[])[0]?.nodePort);
  });

  it.each([
    {
      name: 'a requested node port held by another Service is refused',
      svc: web({ type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }] }),
      others: [service('db', { type: 'NodePort', clusterIP: '10.96.5.5', ports: [{ port: 5432, nodePort: 30080 }] })],
      message: 'Service "web" is invalid: spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated',
    },
    {
      name: 'a requested node port outside the range is refused',
      svc: web({ type: 'NodePort', ports: [{ port: 80, nodePort: 80 }] }),
      others: [],
      message: 'Service "web" is invalid: spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767',
    },
    {
      name: 'a requested health check node port already held is an internal error',
      svc: web({ type: 'LoadBalancer', externalTrafficPolicy: 'Local', healthCheckNodePort: 30080 }),
      others: [service('db', { type: 'NodePort', clusterIP: '10.96.5.5', ports: [{ port: 5432, nodePort: 30080 }] })],
      message: 'Internal error occurred: failed to allocate requested HealthCheck NodePort 30080: provided port is already allocated',
    },
  ])('$name', ({ svc, others, message }) => {
    expect(refusal(svc, others)).toBe(message);
  });
});
