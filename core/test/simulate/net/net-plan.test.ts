// End-to-end: Services, EndpointSlices, claims and Ingress routes through the whole engine (load → admission →
// controllers → scheduler → plan document) on the built-in default cluster.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../../src/plan/plan-document.js';
import { planPaths } from '../../../src/simulate/plan-paths.js';

async function plan(yaml: string): Promise<PlanDocument> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kubeplan-net-'));
  const file = path.join(dir, 'manifests.yaml');
  writeFileSync(file, yaml);
  return (await planPaths([file], { now: new Date('2026-01-15T10:00:00Z') })).document;
}

const SHOP = `apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  replicas: 2
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers:
        - name: app
          image: nginx:1.27
          ports: [{ name: http, containerPort: 8080 }]
          resources: { requests: { cpu: 100m, memory: 64Mi } }
---
apiVersion: v1
kind: Service
metadata: { name: web }
spec:
  type: NodePort
  selector: { app: web }
  ports: [{ name: http, port: 80, targetPort: http }]
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: front }
spec:
  rules:
    - host: shop.example.com
      http:
        paths:
          - { path: /, pathType: Prefix, backend: { service: { name: web, port: { name: http } } } }
          - { path: /api, pathType: Prefix, backend: { service: { name: api, port: { number: 80 } } } }
---
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata: { name: local, annotations: { storageclass.kubernetes.io/is-default-class: "true" } }
provisioner: rancher.io/local-path
volumeBindingMode: WaitForFirstConsumer
reclaimPolicy: Delete
---
apiVersion: v1
kind: Service
metadata: { name: db }
spec:
  clusterIP: None
  selector: { app: db }
  ports: [{ port: 5432 }]
---
apiVersion: apps/v1
kind: StatefulSet
metadata: { name: db }
spec:
  serviceName: db
  replicas: 2
  selector: { matchLabels: { app: db } }
  template:
    metadata: { labels: { app: db } }
    spec:
      containers:
        - name: db
          image: postgres:16
          resources: { requests: { cpu: 100m, memory: 64Mi } }
  volumeClaimTemplates:
    - metadata: { name: data }
      spec: { accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
`;

describe('kubeplan plan: services, endpoints, claims and routes', () => {
  it('settles a web tier and a database with their addresses, volumes and routes', async () => {
    const doc = await plan(SHOP);
    const web = doc.services.find((s) => s.name === 'web');
    const db = doc.services.find((s) => s.name === 'db');
    expect(web).toMatchObject({ type: 'NodePort', ports: [{ name: 'http', port: 80, targetPort: 'http' }] });
    expect(web?.clusterIP).toMatch(/^10\.(9[6-9]|10\d|11[01])\./);
    expect(web?.ports[0]?.nodePort).toBeGreaterThanOrEqual(30086);
    expect(web?.endpoints.map((e) => [e.ready, e.port])).toEqual([
      [true, 8080],
      [true, 8080],
    ]);
    expect(db?.clusterIP).toBe('None');
    expect(db?.dns).toEqual(['db.default.svc.cluster.local', 'db-0.db.default.svc.cluster.local', 'db-1.db.default.svc.cluster.local']);
    // DefaultStorageClass gives the claims the default class; WaitForFirstConsumer provisions once the pod has a node.
    expect(doc.volumeClaims.map((c) => [c.name, c.phase, c.storageClass, c.capacity, c.volume?.startsWith('pvc-')])).toEqual([
      ['data-db-0', 'Bound', 'local', '1Gi', true],
      ['data-db-1', 'Bound', 'local', '1Gi', true],
    ]);
    expect(doc.events.filter((e) => e.reason === 'ProvisioningSucceeded').map((e) => e.object)).toEqual(['PersistentVolumeClaim/default/data-db-0', 'PersistentVolumeClaim/default/data-db-1']);
    expect(doc.ingresses.map((r) => [r.path, r.service, r.readyEndpoints, r.problem])).toEqual([
      ['/', 'web', 2, undefined],
      ['/api', 'api', 0, 'service "api" not found'],
    ]);
  });

  it('refuses a Service whose node port another Service of the plan holds', async () => {
    const svc = (name: string): string => `apiVersion: v1
kind: Service
metadata: { name: ${name} }
spec:
  type: NodePort
  selector: { app: ${name} }
  ports: [{ port: 80, nodePort: 30080 }]
`;
    const doc = await plan(`${svc('a')}---\n${svc('b')}`);
    expect(doc.objects.find((o) => o.kind === 'Service' && o.name === 'b')).toMatchObject({
      action: 'rejected',
      reason: 'Service "b" is invalid: spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated',
    });
  });
});
