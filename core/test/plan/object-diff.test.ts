// Field-level diffs of two stored versions of an object (core/src/plan/object-diff.ts): server-managed fields
// and values equal to the API defaults never make a change; what does change is named by JSON path and shown
// as a unified YAML diff, Secret values masked.
import { describe, expect, it } from 'vitest';
import type { Obj } from '../../src/model/fields.js';
import { objectDiff } from '../../src/plan/object-diff.js';
import { deployment, service } from './builders.js';

function withMeta(o: Obj, metadata: Obj): Obj {
  return { ...o, metadata: { ...(o.metadata as Obj), namespace: 'default', ...metadata } };
}

/** `o` with the value at `path` (keys and list indexes) set. */
function patch(o: Obj, path: readonly (string | number)[], value: unknown): Obj {
  const out = structuredClone(o);
  let at = out as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) at = (at[k] ??= {}) as Record<string | number, unknown>;
  at[path[path.length - 1] as string | number] = value;
  return out;
}

const web = withMeta(deployment('web'), {});

interface NoChangeCase {
  name: string;
  before: Obj;
  after: Obj;
}

const NO_CHANGE: NoChangeCase[] = [
  { name: 'replicas: 1 written against replicas omitted', before: web, after: patch(web, ['spec', 'replicas'], 1) },
  { name: 'the default RollingUpdate 25%/25% strategy written out', before: web, after: patch(web, ['spec', 'strategy'], { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } }) },
  { name: 'revisionHistoryLimit 10 and progressDeadlineSeconds 600', before: patch(patch(web, ['spec', 'revisionHistoryLimit'], 10), ['spec', 'progressDeadlineSeconds'], 600), after: web },
  {
    name: "a container's defaulted pull policy, termination message path and port protocol",
    before: web,
    after: patch(web, ['spec', 'template', 'spec', 'containers'], [{ name: 'app', image: 'nginx:1.27', imagePullPolicy: 'IfNotPresent', terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File', resources: { requests: { cpu: '100m', memory: '64Mi' } } }]),
  },
  { name: "the pod spec's dnsPolicy, restartPolicy, schedulerName and an empty securityContext", before: web, after: patch(web, ['spec', 'template', 'spec'], { ...((web.spec as Obj).template as { spec: Obj }).spec, dnsPolicy: 'ClusterFirst', restartPolicy: 'Always', schedulerName: 'default-scheduler', securityContext: {}, terminationGracePeriodSeconds: 30 }) },
  { name: "a dumped template's creationTimestamp: null", before: web, after: patch(web, ['spec', 'template', 'metadata', 'creationTimestamp'], null) },
  {
    name: 'server-managed metadata: uid, resourceVersion, generation, creationTimestamp, managedFields',
    before: web,
    after: withMeta(web, { uid: 'x', resourceVersion: '42', generation: 7, creationTimestamp: '2025-01-01T00:00:00Z', managedFields: [{ manager: 'kubectl' }] }),
  },
  { name: 'status', before: web, after: { ...web, status: { replicas: 3, availableReplicas: 3 } } },
  {
    name: 'the last-applied and revision annotations',
    before: web,
    after: withMeta(web, { annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '{}', 'deployment.kubernetes.io/revision': '4' } }),
  },
  { name: "a Service's ClusterIP type, TCP protocol, targetPort = port and session affinity", before: withMeta(service('web'), {}), after: withMeta(service('web', { type: 'ClusterIP', sessionAffinity: 'None', ports: [{ port: 80, targetPort: 80, protocol: 'TCP' }] }), {}) },
  { name: "a Secret's stringData against the same data in base64", before: { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's', namespace: 'default' }, stringData: { a: 'b' } }, after: { apiVersion: 'v1', kind: 'Secret', type: 'Opaque', metadata: { name: 's', namespace: 'default' }, data: { a: 'Yg==' } } },
];

describe('object diffs: what is no change', () => {
  it.each(NO_CHANGE)('$name', ({ before, after }) => {
    const { fields, diff } = objectDiff('Deployment/default/web', before, after);
    expect(fields).toEqual([]);
    expect(diff).not.toMatch(/^[+-][^+-]/m);
  });
});

describe('object diffs: what changes', () => {
  it('names the changed field by JSON path and shows it as a YAML line change', () => {
    const { fields, diff } = objectDiff('Deployment/default/web', web, patch(web, ['spec', 'template', 'spec', 'containers', 0, 'image'], 'nginx:1.28'));
    expect(fields).toEqual(['spec.template.spec.containers[0].image']);
    expect(diff).toContain('-          image: nginx:1.27\n+          image: nginx:1.28\n');
    expect(diff.split('\n').slice(0, 4)).toEqual(['Index: Deployment/default/web', '='.repeat(67), '--- Deployment/default/web\tbefore', '+++ Deployment/default/web\tafter']);
  });

  it('shows a field set back to its default at its default value (replicas 3 → omitted is replicas 1)', () => {
    const { fields, diff } = objectDiff('Deployment/default/web', patch(web, ['spec', 'replicas'], 3), web);
    expect(fields).toEqual(['spec.replicas']);
    expect(diff).toContain('-  replicas: 3\n+  replicas: 1\n');
  });

  it('orders paths and quotes keys that are not identifiers', () => {
    const before = withMeta(web, { labels: { 'app.kubernetes.io/name': 'web' } });
    const after = patch(withMeta(web, { labels: { 'app.kubernetes.io/name': 'shop' } }), ['spec', 'replicas'], 2);
    expect(objectDiff('x', before, after).fields).toEqual(['metadata.labels["app.kubernetes.io/name"]', 'spec.replicas']);
  });

  it('a create shows the object as written, without the defaults nobody wrote', () => {
    const { fields, diff } = objectDiff('Service/default/web', undefined, withMeta(service('web', { type: 'ClusterIP', clusterIP: '10.96.0.20', ports: [{ port: 80, protocol: 'TCP', targetPort: 80 }] }), { uid: 'u' }));
    expect(fields).toEqual([]);
    expect(diff).toContain('@@ -0,0 +1,');
    expect(diff).toContain('+  clusterIP: 10.96.0.20\n');
    expect(diff).not.toMatch(/protocol|sessionAffinity|type: ClusterIP|uid/);
  });

  it('a delete removes every line', () => {
    const { diff } = objectDiff('Deployment/default/web', web, undefined);
    expect(diff).toMatch(/@@ -1,\d+ \+0,0 @@/);
    expect(diff).toContain('-kind: Deployment\n');
  });
});

describe('Secret values are never shown', () => {
  const secret = (data: Obj): Obj => ({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'db', namespace: 'default' }, ...data });

  it('masks data on both sides and still says which keys changed', () => {
    const { fields, diff } = objectDiff('Secret/default/db', secret({ data: { password: 'aHVudGVyMg==', user: 'YWRtaW4=' } }), secret({ data: { password: 'aHVudGVyMw==', user: 'YWRtaW4=' } }));
    expect(fields).toEqual(['data.password']);
    expect(diff).toContain('-  password: (sensitive value)\n+  password: (sensitive value, changed)\n');
    expect(diff).toContain('   user: (sensitive value)\n');
    expect(diff).not.toMatch(/aHVudGVy|YWRtaW4|hunter|admin/);
  });

  it('masks stringData too (folded into data as the API server does)', () => {
    const { diff } = objectDiff('Secret/default/db', undefined, secret({ stringData: { password: 'hunter2' } }));
    expect(diff).toContain('+  password: (sensitive value)\n');
    expect(diff).not.toMatch(/hunter2|stringData/);
  });
});
