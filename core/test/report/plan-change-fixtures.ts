// Hand-built plans against a base (`kubeplan plan --base`): changes with diffs, rollouts, placements and nodes
// before → after, shaped as the diff engine and the rollout simulator fill them (core/src/plan/plan-document.ts).
import type { PlanChange, PlanDocument, PlanRollout, RolloutStep } from '../../src/plan/plan-document.js';
import { documentOf, gen, node, obj, pod, summary } from './plan-fixtures.js';

const Mi = 1024 * 1024;
const WEB = 'Deployment/shop/web';
const API = 'Deployment/shop/api';
const WORKER = 'Deployment/shop/worker';

/** A unified diff as the `diff` package writes it (`createTwoFilesPatch`), headers included. */
export function unifiedDiff(name: string, hunk: string, lines: readonly string[]): string {
  return [`Index: ${name}`, '='.repeat(67), `--- ${name}\tbefore`, `+++ ${name}\tafter`, hunk, ...lines, ''].join('\n');
}

export function change(action: PlanChange['action'], kind: string, name: string, extra: Partial<PlanChange> = {}): PlanChange {
  return { action, object: `${kind}/shop/${name}`, apiVersion: kind === 'Deployment' ? 'apps/v1' : 'v1', kind, namespace: 'shop', name, fields: [], diff: '', ...extra };
}

export function steps(rows: ReadonlyArray<readonly [number, number, number, number, string?]>): RolloutStep[] {
  return rows.map(([old, added, available, total, note], i) => ({ step: i, old, new: added, available, total, ...(note !== undefined ? { note } : {}) }));
}

export function rollout(object: string, extra: Partial<PlanRollout> = {}): PlanRollout {
  return {
    object,
    strategy: 'RollingUpdate',
    replicas: 4,
    maxSurge: 1,
    maxUnavailable: 1,
    steps: [],
    minAvailableDuring: 3,
    maxPodsDuring: 5,
    peakExtra: { cpu: 250, memory: 256 * Mi },
    downtimeServices: [],
    downtime: false,
    completed: true,
    stuck: false,
    ...extra,
  };
}

const IMAGE_DIFF = unifiedDiff('Deployment/shop/web', '@@ -18,7 +18,7 @@', [
  '     spec:',
  '       containers:',
  '         - name: web',
  '-          image: nginx:1.27.0',
  '+          image: nginx:1.27.1',
  '           ports:',
  '             - name: http',
  '               containerPort: 8080',
]);

const SELECTOR_DIFF = unifiedDiff('Deployment/shop/api', '@@ -6,9 +6,9 @@', [
  '   selector:',
  '     matchLabels:',
  '-      app: api',
  '+      app: api-v2',
  '   template:',
  '     metadata:',
  '       labels:',
  '-        app: api',
  '+        app: api-v2',
]);

/**
 * `kubeplan plan after/ --base before/`: an image bump rolled out 25%/25% on 4 replicas, a selector change
 * forcing replacement, a ConfigMap added and one removed, a worker Deployment whose surge pod does not fit
 * (stuck, one pod Pending), a pod rescheduled off a tainted node, nodes before → after.
 */
export function changesPlan(): PlanDocument {
  return documentOf({
    cluster: { source: 'default', nodes: 2 },
    base: 'before',
    objects: [
      obj('Deployment', 'shop', 'web', { action: 'update', file: 'after/web.yaml', line: 1 }),
      gen('ReplicaSet', 'shop', 'web-6d4f9b7c5c', WEB),
      gen('Pod', 'shop', 'web-6d4f9b7c5c-a1b2c', WEB),
      gen('Pod', 'shop', 'web-6d4f9b7c5c-d3e4f', WEB),
      { ...gen('ReplicaSet', 'shop', 'web-7d9c5b8f6d', WEB), action: 'update' },
      { ...gen('Pod', 'shop', 'web-7d9c5b8f6d-x2k9p', WEB), action: 'delete' },
      obj('Deployment', 'shop', 'api', { action: 'replace', file: 'after/api.yaml', line: 1 }),
      obj('ConfigMap', 'shop', 'flags', { file: 'after/flags.yaml', line: 1 }),
      obj('Deployment', 'shop', 'worker', { action: 'update', file: 'after/worker.yaml', line: 1 }),
      gen('Pod', 'shop', 'worker-5f6b7c8d9-zz9yx', WORKER),
      obj('Service', 'shop', 'web', { action: 'unchanged', file: 'after/web.yaml', line: 30 }),
    ],
    changes: [
      change('update', 'Deployment', 'web', { fields: ['spec.template.spec.containers[0].image'], diff: IMAGE_DIFF, file: 'after/web.yaml', line: 1 }),
      change('replace', 'Deployment', 'api', { fields: ['spec.selector.matchLabels.app', 'spec.template.metadata.labels.app'], diff: SELECTOR_DIFF, replaceReason: 'spec.selector: field is immutable', file: 'after/api.yaml', line: 1 }),
      change('create', 'ConfigMap', 'flags', { diff: unifiedDiff('ConfigMap/shop/flags', '@@ -0,0 +1,5 @@', ['+apiVersion: v1', '+kind: ConfigMap', '+metadata:', '+  name: flags', '+  namespace: shop']), file: 'after/flags.yaml', line: 1 }),
      change('update', 'Deployment', 'worker', { fields: ['spec.template.spec.containers[0].resources.requests.cpu'], diff: unifiedDiff('Deployment/shop/worker', '@@ -20,1 +20,1 @@', ['-              cpu: 500m', '+              cpu: "3"']), file: 'after/worker.yaml', line: 1 }),
      change('delete', 'ConfigMap', 'legacy', { diff: unifiedDiff('ConfigMap/shop/legacy', '@@ -1,3 +0,0 @@', ['-apiVersion: v1', '-kind: ConfigMap', '-metadata:']), file: 'before/legacy.yaml', line: 1 }),
    ],
    rollouts: [
      rollout(WEB, {
        cause: 'template',
        newRevision: 'web-6d4f9b7c5c',
        oldRevisions: ['web-7d9c5b8f6d'],
        progressDeadlineSeconds: 600,
        steps: steps([[4, 0, 4, 4], [4, 1, 3, 5, 'scaled up web-6d4f9b7c5c to 1; scaled down web-7d9c5b8f6d to 3'], [3, 2, 3, 5], [2, 3, 3, 5], [1, 4, 4, 5], [0, 4, 4, 4, 'scaled down web-7d9c5b8f6d to 0']]),
      }),
      rollout(WORKER, {
        replicas: 2,
        maxUnavailable: 0,
        minAvailableDuring: 2,
        maxPodsDuring: 3,
        peakExtra: { cpu: 3000, memory: 0 },
        steps: steps([[2, 0, 2, 2], [2, 1, 2, 3, 'worker-5f6b7c8d9-zz9yx Pending']]),
        completed: false,
        stuck: true,
        message: '0/2 nodes are available: 2 Insufficient cpu. preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod.',
      }),
      rollout('Deployment/shop/cache', {
        strategy: 'Recreate',
        replicas: 2,
        maxSurge: null,
        maxUnavailable: null,
        minAvailableDuring: 0,
        maxPodsDuring: 2,
        peakExtra: { cpu: 0, memory: 0 },
        steps: steps([[2, 0, 2, 2], [0, 0, 0, 0, 'scaled down cache-6b5d to 0'], [0, 2, 2, 2, 'scaled up cache-7c8e to 2']]),
        downtimeServices: ['shop/cache'],
        downtime: true,
        downtimeWindow: { fromStep: 1, toStep: 1 },
      }),
      rollout('Deployment/shop/batch', {
        cause: 'replicas',
        replicas: 1,
        maxSurge: 1,
        maxUnavailable: 0,
        minAvailableDuring: 1,
        maxPodsDuring: 3,
        peakExtra: { cpu: 0, memory: 0 },
        steps: steps([[3, 0, 3, 3], [1, 0, 1, 1, 'scaled batch-5d8f down to 1']]),
        scale: {
          from: 3,
          to: 1,
          added: [],
          removed: [
            { pod: 'shop/batch-5d8f-q7w2e', node: null, reason: 'unscheduled before scheduled' },
            { pod: 'shop/batch-5d8f-k3j9d', node: 'node-a', reason: 'more pods of the ReplicaSet on its node' },
          ],
        },
      }),
    ],
    placements: [
      { pod: 'shop/db-0', owner: 'StatefulSet/shop/db', from: 'node-a', to: 'node-b', reason: 'evicted: node-a has taint maintenance:NoExecute' },
      { pod: 'shop/batch-1', owner: 'Deployment/shop/batch', from: 'node-a', to: null, reason: 'evicted; Pending' },
    ],
    pods: [
      pod('shop', 'web-6d4f9b7c5c-a1b2c', WEB, 'node-a'),
      pod('shop', 'web-6d4f9b7c5c-d3e4f', WEB, 'node-b'),
      pod('shop', 'worker-5f6b7c8d9-zz9yx', WORKER, null, { requests: { cpu: 3000, memory: 0 }, message: '0/2 nodes are available: 2 Insufficient cpu.' }),
    ],
    nodes: [
      node('node-a', 'zone-a', { requested: { cpu: 1250, memory: 1280 * Mi, pods: 5 }, requestedBefore: { cpu: 1000, memory: 1024 * Mi, pods: 4 }, pods: ['shop/a', 'shop/b', 'shop/c', 'shop/d', 'shop/e'], taints: ['maintenance:NoExecute'] }),
      node('node-b', 'zone-b', { requested: { cpu: 500, memory: 512 * Mi, pods: 2 }, requestedBefore: { cpu: 500, memory: 512 * Mi, pods: 2 }, pods: ['shop/f', 'shop/g'] }),
    ],
    summary: summary({ add: 4, change: 3, destroy: 2, podsScheduled: 2, podsPending: 1, rollouts: 4, stuckRollouts: 1 }),
  });
}

/** The same plan with nothing changed against the base. */
export function noChangesPlan(): PlanDocument {
  return documentOf({ cluster: { source: 'default', nodes: 1 }, base: 'git:HEAD~1', nodes: [node('node-a', 'zone-a')], objects: [obj('Service', 'shop', 'web', { action: 'unchanged' })] });
}

/** A change set too big for one PR comment: `n` updated Deployments with long diffs, 60 rollouts, 500 nodes. */
export function largeChangesPlan(n = 2_000): PlanDocument {
  const diff = (i: number): string =>
    unifiedDiff(`Deployment/shop/app-${i}`, '@@ -1,80 +1,80 @@', Array.from({ length: 80 }, (_, l) => (l % 2 === 0 ? `-  key${l}: old-${i}` : `+  key${l}: new-${i}`)));
  const nodes = Array.from({ length: 500 }, (_, i) =>
    node(`node-${String(i).padStart(3, '0')}`, `zone-${i % 3}`, { requested: { cpu: 1000 + (i % 7) * 100, memory: 512 * Mi, pods: 3 }, requestedBefore: { cpu: 1000, memory: 512 * Mi, pods: 3 } }),
  );
  return documentOf({
    cluster: { source: 'flag', nodes: nodes.length },
    base: 'git:main',
    changes: Array.from({ length: n }, (_, i) => change(i % 10 === 9 ? 'create' : 'update', 'Deployment', `app-${i}`, { fields: ['spec.template.spec.containers[0].image'], diff: diff(i), file: `after/app-${i}.yaml`, line: 1 })),
    rollouts: Array.from({ length: 60 }, (_, i) =>
      rollout(`Deployment/shop/app-${i}`, { stuck: i === 42, completed: i !== 42, steps: steps(Array.from({ length: 40 }, (_, s) => [Math.max(0, 4 - s), Math.min(4, s), 4, 5] as const)) }),
    ),
    placements: Array.from({ length: 300 }, (_, i) => ({ pod: `shop/app-${i}-x`, owner: `Deployment/shop/app-${i}`, from: 'node-000', to: `node-${String(1 + (i % 400)).padStart(3, '0')}`, reason: 'rescheduled' })),
    nodes,
    summary: summary({ add: n / 10, change: n - n / 10, podsScheduled: 4 * n, rollouts: 60, stuckRollouts: 1 }),
  });
}

/**
 * Values from the manifests written to break out: a diff line that closes a ``` fence and opens HTML, a name
 * with `</details>` and a mention, a rollout note with a table pipe, terminal escapes in the text output.
 */
export function hostilePlan(): PlanDocument {
  const plan = changesPlan();
  const [web] = plan.changes;
  if (web === undefined) throw new Error('changesPlan has changes');
  plan.changes = [
    {
      ...web,
      name: 'web</details><img src=x>@org/team',
      object: 'Deployment/shop/web</details><img src=x>@org/team',
      diff: unifiedDiff('x', '@@ -1,3 +1,3 @@', ['   annotations:', '-    note: "```"', '+    note: "```\n</details>\n<script>alert(1)</script>\n````"', '+    evil: "\x1b[2J\x1b]0;pwned\x07"']),
    },
  ];
  const [first] = plan.rollouts;
  if (first !== undefined) first.steps = steps([[4, 0, 4, 4, 'a | b <b>bold</b> `code`']]);
  return plan;
}
