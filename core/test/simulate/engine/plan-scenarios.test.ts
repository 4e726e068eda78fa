// End-to-end simulations through the engine (load → lint → admission → controllers → scheduler → document) on
// small in-memory manifests and the built-in default cluster. Expectations follow upstream behaviour as cited.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planPaths, type PlanPathsOptions } from '../../../src/simulate/plan-paths.js';
import type { PlanDocument } from '../../../src/plan/plan-document.js';

const NOW = new Date('2026-01-15T10:00:00Z');

const DIR = mkdtempSync(path.join(tmpdir(), 'kubeplan-plan-'));

async function plan(yaml: string, options: PlanPathsOptions = {}): Promise<PlanDocument> {
  const file = path.join(DIR, 'manifests.yaml');
  writeFileSync(file, yaml);
  return (await planPaths([file], { now: NOW, ...options })).document;
}

function deployment(name: string, replicas: number, extra = ''): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  replicas: ${replicas}
  selector:
    matchLabels: { app: ${name} }
  template:
    metadata:
      labels: { app: ${name} }
    spec:
      containers:
        - name: app
          image: nginx:1.27
          resources:
            requests: { cpu: 500m, memory: 256Mi }
${extra}`;
}

describe('kubeplan plan on the default cluster', () => {
  it('a Deployment of three replicas gets a ReplicaSet and three pods spread over the three workers', async () => {
    const doc = await plan(deployment('web', 3));
    const kinds = doc.objects.map((o) => o.kind);
    expect(kinds).toEqual(['Deployment', 'ReplicaSet', 'Pod', 'Pod', 'Pod']);
    expect(doc.objects.every((o) => o.owner === 'Deployment/default/web')).toBe(true);
    const nodes = doc.pods.map((p) => p.node).sort();
    // The system default topology spread (hostname maxSkew 3, zone maxSkew 5, ScheduleAnyway) and
    // LeastAllocated both push replicas apart; the control-plane node's NoSchedule taint keeps them off it.
    expect(nodes).toEqual(['worker-1', 'worker-2', 'worker-3']);
    expect(doc.summary).toMatchObject({ podsScheduled: 3, podsPending: 0, rejected: 0 });
  });

  it('a pod whose nodeSelector matches no node stays Pending with the scheduler message', async () => {
    const doc = await plan(`apiVersion: v1
kind: Pod
metadata: { name: lost }
spec:
  nodeSelector: { zone: node1 }
  containers: [{ name: app, image: busybox:1.36 }]
`);
    const pod = doc.pods.find((p) => p.name === 'lost');
    expect(pod?.node).toBeNull();
    expect(pod?.phase).toBe('Pending');
    // schedule_one.go FitError: the control-plane node fails on its taint first (TaintToleration runs
    // before NodeAffinity in the default profile), the workers on the selector.
    expect(pod?.message).toBe(
      "0/4 nodes are available: 1 node(s) had untolerated taint(s), 3 node(s) didn't match Pod's node affinity/selector. preemption: 0/4 nodes are available: 4 Preemption is not helpful for scheduling.",
    );
    expect(doc.events.some((e) => e.reason === 'FailedScheduling' && e.object === 'Pod/default/lost')).toBe(true);
  });

  it('an object in a namespace that does not exist is rejected with the API server message', async () => {
    const doc = await plan(`apiVersion: v1
kind: ConfigMap
metadata: { name: cfg, namespace: nowhere }
data: { a: b }
`);
    const cm = doc.objects.find((o) => o.kind === 'ConfigMap');
    expect(cm).toMatchObject({ action: 'rejected', reason: 'namespaces "nowhere" not found' });
    expect(doc.summary.rejected).toBe(1);
  });

  it('a Namespace declared after its objects is created first (install order)', async () => {
    const doc = await plan(`apiVersion: v1
kind: ConfigMap
metadata: { name: cfg, namespace: shop }
data: { a: b }
---
apiVersion: v1
kind: Namespace
metadata: { name: shop }
`);
    expect(doc.objects.filter((o) => o.action === 'create').map((o) => o.kind)).toEqual(['Namespace', 'ServiceAccount', 'ConfigMap']);
  });

  it('an object with an API validation error is not applied', async () => {
    const doc = await plan(`apiVersion: v1
kind: Pod
metadata: { name: bad }
spec:
  restartPolicy: Alwayz
  containers: [{ name: app, image: busybox:1.36 }]
`);
    const pod = doc.objects.find((o) => o.name === 'bad');
    expect(pod?.action).toBe('rejected');
    expect(pod?.reason).toContain('Unsupported value: "Alwayz"');
    expect(doc.pods).toEqual([]);
  });

  it('pods over a ResourceQuota are not created and the ReplicaSet reports FailedCreate', async () => {
    const doc = await plan(`apiVersion: v1
kind: ResourceQuota
metadata: { name: compute }
spec:
  hard: { requests.cpu: "1" }
---
${deployment('web', 3)}`);
    expect(doc.pods).toHaveLength(2);
    const failed = doc.events.find((e) => e.reason === 'FailedCreate');
    expect(failed?.object.startsWith('ReplicaSet/default/web-')).toBe(true);
    expect(failed?.message).toMatch(/^Error creating: pods "web-[a-z0-9]+-[a-z0-9]{5}" is forbidden: exceeded quota: compute, requested: requests.cpu=500m, used: requests.cpu=1, limited: requests.cpu=1$/);
  });

  it('a Service gets a cluster IP and the ready pods it selects as endpoints', async () => {
    const doc = await plan(`${deployment('web', 2)}---
apiVersion: v1
kind: Service
metadata: { name: web }
spec:
  selector: { app: web }
  ports: [{ port: 80, targetPort: 8080 }]
`);
    const svc = doc.services.find((s) => s.name === 'web');
    expect(svc?.type).toBe('ClusterIP');
    expect(svc?.clusterIP).toMatch(/^10\.(9[6-9]|10[0-9]|11[01])\.\d+\.\d+$/);
    expect(svc?.endpoints.map((e) => e.port)).toEqual([8080, 8080]);
    expect(svc?.endpoints.every((e) => e.ready)).toBe(true);
    expect(svc?.dns).toContain('web.default.svc.cluster.local');
    expect(doc.objects.some((o) => o.kind === 'EndpointSlice' && o.owner === 'Service/default/web')).toBe(true);
  });

  it('a DaemonSet runs on every worker, and on the control-plane node only with a toleration', async () => {
    const ds = (name: string, tolerations: string): string => `apiVersion: apps/v1
kind: DaemonSet
metadata: { name: ${name} }
spec:
  selector: { matchLabels: { app: ${name} } }
  template:
    metadata: { labels: { app: ${name} } }
    spec:
${tolerations}      containers: [{ name: agent, image: fluent/fluent-bit:3.1 }]
`;
    const doc = await plan(
      `${ds('plain', '')}---\n${ds('everywhere', '      tolerations: [{ key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoSchedule }]\n')}`,
    );
    const nodesOf = (owner: string): (string | null)[] => doc.pods.filter((p) => p.owner === owner).map((p) => p.node).sort();
    expect(nodesOf('DaemonSet/default/plain')).toEqual(['worker-1', 'worker-2', 'worker-3']);
    expect(nodesOf('DaemonSet/default/everywhere')).toEqual(['control-plane', 'worker-1', 'worker-2', 'worker-3']);
  });

  it('a StatefulSet gets ordinal pods and one claim per pod and template, bound by dynamic provisioning', async () => {
    const doc = await plan(`apiVersion: apps/v1
kind: StatefulSet
metadata: { name: db }
spec:
  serviceName: db
  replicas: 3
  selector: { matchLabels: { app: db } }
  template:
    metadata: { labels: { app: db } }
    spec:
      containers:
        - name: db
          image: postgres:16
          volumeMounts: [{ name: data, mountPath: /var/lib/postgresql/data }]
  volumeClaimTemplates:
    - metadata: { name: data }
      spec:
        accessModes: [ReadWriteOnce]
        resources: { requests: { storage: 1Gi } }
`);
    expect(doc.pods.map((p) => p.name)).toEqual(['db-0', 'db-1', 'db-2']);
    expect(doc.pods.every((p) => p.node !== null)).toBe(true);
    expect(doc.volumeClaims.map((c) => [c.name, c.phase])).toEqual([
      ['data-db-0', 'Bound'],
      ['data-db-1', 'Bound'],
      ['data-db-2', 'Bound'],
    ]);
  });

  it('a higher-priority pod preempts a running lower-priority one when nothing else fits', async () => {
    // The bare pod is scheduled in the first round; the Deployment's pod only exists two rounds later
    // (Deployment → ReplicaSet → Pod), finds worker-1 full and preempts it (default_preemption.go).
    const doc = await plan(`apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
---
apiVersion: v1
kind: Pod
metadata: { name: low }
spec:
  nodeSelector: { kubernetes.io/hostname: worker-1 }
  containers: [{ name: app, image: busybox:1.36, resources: { requests: { cpu: "3" } } }]
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: urgent }
spec:
  selector: { matchLabels: { app: urgent } }
  template:
    metadata: { labels: { app: urgent } }
    spec:
      priorityClassName: high
      nodeSelector: { kubernetes.io/hostname: worker-1 }
      containers: [{ name: app, image: busybox:1.36, resources: { requests: { cpu: "3" } } }]
`);
    expect(doc.pods.map((p) => [p.owner, p.node])).toEqual([['Deployment/default/urgent', 'worker-1']]);
    expect(doc.events.some((e) => e.reason === 'Preempted' && e.object === 'Pod/default/low')).toBe(true);
  });

  it('two runs give the same document', async () => {
    const yaml = `${deployment('web', 4)}---\n${deployment('api', 2)}`;
    expect(JSON.stringify(await plan(yaml))).toBe(JSON.stringify(await plan(yaml)));
  });
});
