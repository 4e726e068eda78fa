// Without --base, the live objects of a --cluster dump are the current state: the manifests update them
// (kubectl diff against a snapshot), nothing is pruned. With --base-cluster, the nodes change under the pods.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../src/plan/plan-document.js';
import { planPaths, type PlanPathsOptions } from '../../src/simulate/plan-paths.js';
import { NOW } from './builders.js';

const DUMP = fileURLToPath(new URL('./fixtures/live-dump.yaml', import.meta.url));
const DIR = mkdtempSync(path.join(tmpdir(), 'kubeplan-live-'));

async function plan(name: string, yaml: string, options: PlanPathsOptions): Promise<PlanDocument> {
  const file = path.join(DIR, name);
  writeFileSync(file, yaml);
  return (await planPaths([file], { now: NOW, ...options })).document;
}

/** The `web` Deployment (as the dump's was written) with `replicas`, `image` and a cpu request. */
function webYaml(replicas: number, image: string, cpu: string): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  replicas: ${replicas}
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers:
        - name: web
          image: ${image}
          ports: [{ containerPort: 80 }]
          resources: { requests: { cpu: ${cpu} } }
`;
}

const web = (image: string): string => `${webYaml(2, image, '100m')}---
apiVersion: v1
kind: Service
metadata: { name: web }
spec:
  selector: { app: web }
  ports: [{ port: 80 }]
`;

describe('a plan against the live objects of a --cluster dump', () => {
  it('sees the manifest the dump came from as no change: defaults, server fields and statuses do not count', async () => {
    const doc = await plan('same.yaml', web('nginx:1.27'), { clusterPaths: [DUMP] });
    expect(doc.base).toBe('cluster');
    expect(doc.changes).toEqual([]);
    expect(doc.rollouts).toEqual([]);
    expect(doc.pods).toEqual([]);
    expect(doc.summary).toMatchObject({ add: 0, change: 0, destroy: 0 });
  });

  it('updates the live Deployment in place and rolls its pods out', async () => {
    const doc = await plan('bump.yaml', web('nginx:1.28'), { clusterPaths: [DUMP] });
    expect(doc.changes.map((c) => [c.action, c.object, c.fields])).toEqual([['update', 'Deployment/default/web', ['spec.template.spec.containers[0].image']]]);
    expect(doc.rollouts.map((r) => r.object)).toEqual(['Deployment/default/web']);
    expect(doc.placements.map((p) => [p.pod, p.from, p.to, p.reason])).toEqual([
      ['default/web-7c5ddbdf54-abcde', 'node-a', null, 'replaced by rollout'],
      ['default/web-7c5ddbdf54-fghij', 'node-a', null, 'replaced by rollout'],
    ]);
    expect(doc.nodes[0]?.requestedBefore).toMatchObject({ cpu: 200, pods: 2 });
  });

  it('prunes nothing: live objects the manifests do not name stay', async () => {
    const doc = await plan('other.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: flags }\ndata: { a: "1" }\n', { clusterPaths: [DUMP] });
    expect(doc.changes.map((c) => [c.action, c.object])).toEqual([['create', 'ConfigMap/default/flags']]);
  });
});

describe('a cluster that changes between base and head (--base-cluster)', () => {
  const nodes = (taint: string): string => `apiVersion: v1
kind: List
items:
${['node-a', 'node-b']
  .map(
    (n) => `- apiVersion: v1
  kind: Node
  metadata: { name: ${n}, labels: { kubernetes.io/hostname: ${n} } }
  spec: { taints: [${n === 'node-b' ? taint : ''}] }
  status: { allocatable: { cpu: "2", memory: 4Gi, pods: "110" } }`,
  )
  .join('\n')}
`;
  const app = webYaml(4, 'nginx:1.27', '400m');

  it('evicts the pods of a node that got a NoExecute taint and says where they go', async () => {
    writeFileSync(path.join(DIR, 'before-nodes.yaml'), nodes(''));
    writeFileSync(path.join(DIR, 'after-nodes.yaml'), nodes('{ key: dedicated, value: db, effect: NoExecute }'));
    const manifests = path.join(DIR, 'app.yaml');
    writeFileSync(manifests, app);
    const { document: doc, timings } = await planPaths([manifests], { now: NOW, base: manifests, baseClusterPaths: [path.join(DIR, 'before-nodes.yaml')], clusterPaths: [path.join(DIR, 'after-nodes.yaml')] });
    expect(Object.keys(timings ?? {})).toEqual(['loadMs', 'simulateBeforeMs', 'simulateAfterMs', 'diffMs']);
    expect(doc.changes).toEqual([]);
    expect(doc.placements.map((p) => [p.from, p.to, p.reason])).toEqual([
      ['node-b', 'node-a', 'evicted: node node-b got taint dedicated=db:NoExecute'],
      ['node-b', 'node-a', 'evicted: node node-b got taint dedicated=db:NoExecute'],
    ]);
    expect(doc.nodes.map((n) => [n.name, n.requestedBefore?.cpu, n.requested.cpu])).toEqual([
      ['node-a', 800, 1600],
      ['node-b', 800, 0],
    ]);
  });

  it('deletes the pods of a node that is gone (PodGC) and reschedules them', async () => {
    writeFileSync(path.join(DIR, 'one-node.yaml'), nodes('').split('\n- apiVersion').slice(0, 2).join('\n- apiVersion'));
    const manifests = path.join(DIR, 'app.yaml');
    const { document: doc } = await planPaths([manifests], { now: NOW, base: manifests, baseClusterPaths: [path.join(DIR, 'before-nodes.yaml')], clusterPaths: [path.join(DIR, 'one-node.yaml')] });
    expect(doc.nodes.map((n) => n.name)).toEqual(['node-a']);
    expect(doc.placements.map((p) => [p.from, p.to, p.reason])).toEqual([
      ['node-b', 'node-a', 'node node-b removed'],
      ['node-b', 'node-a', 'node node-b removed'],
    ]);
  });
});
