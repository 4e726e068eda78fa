// Hand-built PlanDocuments behind the plan renderer goldens: two-line builders, then four plans.
import type { Diagnostic } from '../../src/diagnostic.js';
import type {
  PlanDocument,
  PlanEndpoint,
  PlanNode,
  PlanObject,
  PlanPod,
  PlanService,
  PlanSummary,
} from '../../src/plan/plan-document.js';

const Mi = 1024 * 1024;
const Gi = 1024 * Mi;

export function obj(kind: string, namespace: string | undefined, name: string, extra: Partial<PlanObject> = {}): PlanObject {
  const key = namespace !== undefined ? `${kind}/${namespace}/${name}` : `${kind}/${name}`;
  return { apiVersion: kind === 'Deployment' || kind === 'ReplicaSet' || kind === 'StatefulSet' ? 'apps/v1' : 'v1', kind, ...(namespace !== undefined ? { namespace } : {}), name, owner: key, action: 'create', generated: false, ...extra };
}

/** A generated object belonging to `owner`. */
export function gen(kind: string, namespace: string, name: string, owner: string): PlanObject {
  return obj(kind, namespace, name, { owner, generated: true });
}

export function pod(namespace: string, name: string, owner: string, node: string | null, extra: Partial<PlanPod> = {}): PlanPod {
  return { namespace, name, owner, node, phase: node === null ? 'Pending' : 'Running', priority: 0, requests: { cpu: 250, memory: 256 * Mi }, ...extra };
}

export function node(name: string, zone: string, extra: Partial<PlanNode> = {}): PlanNode {
  return {
    name,
    labels: { 'kubernetes.io/hostname': name, 'topology.kubernetes.io/zone': zone },
    taints: [],
    unschedulable: false,
    allocatable: { cpu: 3920, memory: 15 * Gi, pods: 110 },
    requested: { cpu: 0, memory: 0, pods: 0 },
    pods: [],
    ...extra,
  };
}

export function endpoint(pod: string, nodeName: string | null, port: number, ready = true): PlanEndpoint {
  return { pod, node: nodeName, ready, port };
}

export function diagnostic(d: Partial<Diagnostic>): Diagnostic {
  return { rule: 'some-rule', severity: 'warning', message: 'something', file: 'app.yaml', range: { start: { line: 0, col: 0 }, end: { line: 0, col: 4 } }, ...d };
}

export function summary(s: Partial<PlanSummary>): PlanSummary {
  return { add: 0, change: 0, destroy: 0, rejected: 0, podsScheduled: 0, podsPending: 0, rollouts: 0, stuckRollouts: 0, ...s };
}

export function documentOf(d: Partial<PlanDocument>): PlanDocument {
  return {
    schemaVersion: 1,
    kubeplanVersion: '0.1.0',
    kubeVersion: '1.36',
    cluster: { source: 'default', nodes: 0 },
    now: '2025-01-01T00:00:00.000Z',
    objects: [],
    pods: [],
    nodes: [],
    services: [],
    volumeClaims: [],
    cronJobs: [],
    ingresses: [],
    events: [],
    changes: [],
    rollouts: [],
    placements: [],
    base: null,
    diagnostics: [],
    summary: summary({}),
    ...d,
  };
}

const WEB = 'Deployment/shop/web';

/** A Deployment of two replicas and its Service on a two-node cluster: everything fine. */
export function healthyPlan(): PlanDocument {
  return documentOf({
    cluster: { source: 'default', nodes: 2 },
    objects: [
      obj('Deployment', 'shop', 'web', { file: 'app.yaml', line: 1 }),
      gen('ReplicaSet', 'shop', 'web-7d9c5b8f6d', WEB),
      gen('Pod', 'shop', 'web-7d9c5b8f6d-x2k9p', WEB),
      gen('Pod', 'shop', 'web-7d9c5b8f6d-b4n7q', WEB),
      obj('Service', 'shop', 'web', { file: 'app.yaml', line: 30 }),
      gen('EndpointSlice', 'shop', 'web-8hzlr', 'Service/shop/web'),
    ],
    pods: [pod('shop', 'web-7d9c5b8f6d-x2k9p', WEB, 'node-a'), pod('shop', 'web-7d9c5b8f6d-b4n7q', WEB, 'node-b')],
    nodes: [
      node('node-a', 'zone-a', { requested: { cpu: 350, memory: 384 * Mi, pods: 2 }, pods: ['kube-system/coredns-0', 'shop/web-7d9c5b8f6d-x2k9p'] }),
      node('node-b', 'zone-b', { requested: { cpu: 250, memory: 256 * Mi, pods: 1 }, pods: ['shop/web-7d9c5b8f6d-b4n7q'] }),
    ],
    services: [
      {
        namespace: 'shop',
        name: 'web',
        type: 'ClusterIP',
        clusterIP: '10.96.0.10',
        ports: [{ name: 'http', protocol: 'TCP', port: 80, targetPort: 'http' }],
        endpoints: [endpoint('shop/web-7d9c5b8f6d-b4n7q', 'node-b', 8080), endpoint('shop/web-7d9c5b8f6d-x2k9p', 'node-a', 8080)],
        dns: ['web.shop.svc.cluster.local'],
      },
    ],
    summary: summary({ add: 6, podsScheduled: 2 }),
  });
}

const DB = 'StatefulSet/shop/db';
const BIG = 'Deployment/shop/big';

/**
 * A plan in trouble: lint errors, a Pod over quota (rejected), a Deployment too big for any node (Pending), a
 * StatefulSet with an unbound claim, a preempted pod, a cordoned and a tainted node, a CronJob and an Ingress
 * route to a Service port that does not exist.
 */
export function troubledPlan(): PlanDocument {
  return documentOf({
    cluster: { source: 'file', nodes: 3 },
    now: '2025-03-14T15:09:26.000Z',
    objects: [
      obj('Namespace', undefined, 'shop', { file: 'ns.yaml', line: 1 }),
      obj('ResourceQuota', 'shop', 'compute', { file: 'ns.yaml', line: 6 }),
      obj('Deployment', 'shop', 'big', { file: 'big.yaml', line: 1 }),
      gen('ReplicaSet', 'shop', 'big-6f7c9d4b8', BIG),
      gen('Pod', 'shop', 'big-6f7c9d4b8-k2m4t', BIG),
      obj('StatefulSet', 'shop', 'db', { file: 'db.yaml', line: 1 }),
      gen('Pod', 'shop', 'db-0', DB),
      gen('PersistentVolumeClaim', 'shop', 'data-db-0', DB),
      obj('Pod', 'shop', 'debug', { file: 'debug.yaml', line: 1, action: 'rejected', reason: 'pods "debug" is forbidden: exceeded quota: compute, requested: requests.cpu=2, used: requests.cpu=3500m, limited: requests.cpu=4' }),
      obj('CronJob', 'shop', 'report', { apiVersion: 'batch/v1', file: 'cron.yaml', line: 1 }),
      obj('Ingress', 'shop', 'shop', { apiVersion: 'networking.k8s.io/v1', file: 'ingress.yaml', line: 1 }),
      obj('Deployment', 'shop', 'cache', { file: 'cache.yaml', line: 1, action: 'update' }),
    ],
    pods: [
      pod('shop', 'big-6f7c9d4b8-k2m4t', BIG, null, {
        requests: { cpu: 8000, memory: 32 * Gi },
        message: '0/3 nodes are available: 1 node(s) were unschedulable, 1 node(s) had untolerated taint {dedicated: gpu}, 1 Insufficient cpu, 1 Insufficient memory. preemption: 0/3 nodes are available: 1 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling.',
      }),
      pod('shop', 'db-0', DB, null, { message: '0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.' }),
    ],
    nodes: [
      node('node-a', 'zone-a', { requested: { cpu: 3700, memory: 14 * Gi, pods: 12 }, pods: ['kube-system/coredns-0'] }),
      node('node-b', 'zone-b', { unschedulable: true, taints: ['node.kubernetes.io/unschedulable:NoSchedule'] }),
      node('gpu-1', 'zone-b', { taints: ['dedicated=gpu:NoSchedule'], allocatable: { cpu: 7910, memory: 62 * Gi, pods: 110, 'nvidia.com/gpu': 4 }, requested: { cpu: 9000, memory: 1536 * Mi, pods: 3, 'nvidia.com/gpu': 0 } }),
    ],
    volumeClaims: [{ namespace: 'shop', name: 'data-db-0', phase: 'Pending', volume: null, storageClass: 'fast', capacity: null, message: 'storageclass.storage.k8s.io "fast" not found' }],
    cronJobs: [{ namespace: 'shop', name: 'report', schedule: '0 3 * * *', timeZone: 'Europe/Paris', suspended: false, next: ['2025-03-15T02:00:00Z', '2025-03-16T02:00:00Z', '2025-03-17T02:00:00Z', '2025-03-18T02:00:00Z'] }],
    ingresses: [
      { namespace: 'shop', ingress: 'shop', host: 'shop.example.com', path: '/api', service: 'api', port: 'http', readyEndpoints: 0, problem: 'service "api" not found' },
      { namespace: 'shop', ingress: 'shop', host: '*', path: '/', service: 'cache', port: 6379, readyEndpoints: 1 },
    ],
    events: [
      { type: 'Normal', reason: 'SuccessfulCreate', object: 'ReplicaSet/shop/big-6f7c9d4b8', message: 'Created pod: big-6f7c9d4b8-k2m4t' },
      { type: 'Warning', reason: 'FailedScheduling', object: 'Pod/shop/big-6f7c9d4b8-k2m4t', message: '0/3 nodes are available' },
      { type: 'Warning', reason: 'FailedCreate', object: 'Pod/shop/debug', message: 'exceeded quota: compute' },
      { type: 'Normal', reason: 'Preempted', object: 'Pod/batch/low-1', message: 'Preempted by pod shop/cache-0 on node node-a' },
    ],
    diagnostics: [
      diagnostic({ file: 'big.yaml', range: { start: { line: 20, col: 10 }, end: { line: 20, col: 14 } }, severity: 'error', rule: 'schema-type', message: 'expected integer, got string "two"', object: BIG }),
      diagnostic({ file: 'db.yaml', range: { start: { line: 3, col: 2 }, end: { line: 3, col: 9 } }, rule: 'no-resource-limits', message: 'container "db" has no limits', object: DB }),
      diagnostic({ file: 'app.yaml', range: { start: { line: 1, col: 0 }, end: { line: 1, col: 5 } }, severity: 'info', rule: 'latest-tag', message: 'image tag' }),
    ],
    summary: summary({ add: 10, change: 1, rejected: 1, podsPending: 2 }),
  });
}

function service(name: string, s: Partial<PlanService>): PlanService {
  return { namespace: 'net', name, type: 'ClusterIP', clusterIP: '10.96.0.20', ports: [], endpoints: [], dns: [`${name}.net.svc.cluster.local`], ...s };
}

/** Services of every type: ClusterIP, headless (StatefulSet DNS names), NodePort, LoadBalancer, ExternalName, none ready. */
export function servicesPlan(): PlanDocument {
  const zk = (i: number): PlanEndpoint => endpoint(`net/zk-${i}`, `node-${i}`, 2181, i !== 2);
  return documentOf({
    cluster: { source: 'flag', nodes: 1 },
    objects: ['api', 'zk', 'edge', 'public', 'legacy', 'orphan'].map((n) => obj('Service', 'net', n, { file: 'svc.yaml' })),
    nodes: [node('node-1', 'zone-a')],
    services: [
      service('api', { ports: [{ protocol: 'TCP', port: 80, targetPort: 8080 }, { name: 'grpc', protocol: 'TCP', port: 9090, targetPort: 'grpc' }], endpoints: [endpoint('net/api-1', 'node-1', 8080)] }),
      service('zk', { clusterIP: 'None', ports: [{ protocol: 'TCP', port: 2181, targetPort: 2181 }], endpoints: [zk(0), zk(1), zk(2)], dns: ['zk.net.svc.cluster.local', 'zk-0.zk.net.svc.cluster.local', 'zk-1.zk.net.svc.cluster.local', 'zk-2.zk.net.svc.cluster.local'] }),
      service('edge', { type: 'NodePort', clusterIP: '10.96.0.21', ports: [{ protocol: 'UDP', port: 53, targetPort: 5353, nodePort: 30053 }], endpoints: [endpoint('net/edge-1', 'node-1', 5353)] }),
      service('public', { type: 'LoadBalancer', clusterIP: '10.96.0.22', externalIP: '<pending>', ports: [{ protocol: 'TCP', port: 443, targetPort: 'https', nodePort: 31443 }], endpoints: [endpoint('net/api-1', 'node-1', 8443)] }),
      service('legacy', { type: 'ExternalName', clusterIP: null, externalName: 'db.legacy.example.com', dns: ['legacy.net.svc.cluster.local'] }),
      service('orphan', { clusterIP: '10.96.0.23', ports: [{ protocol: 'TCP', port: 80, targetPort: 80 }] }),
    ],
    summary: summary({ add: 6 }),
  });
}

/** An empty plan on the built-in cluster: nothing to do. */
export function emptyPlan(): PlanDocument {
  return documentOf({ cluster: { source: 'default', nodes: 1 }, nodes: [node('kind-control-plane', 'zone-a')] });
}
