// `kubectl apply --prune` on the model cluster (core/src/simulate/apply/): updates in place keep identity,
// refused updates replace, pruning deletes with the garbage collector's cascade, `--no-prune` keeps.
import { describe, expect, it } from 'vitest';
import { getIn } from '../../src/model/fields.js';
import { configMap, deployment, planChange, service } from './builders.js';

describe('an object present in the base and the change is updated in place', () => {
  const run = planChange([deployment('web', { replicas: 2 })], [deployment('web', { replicas: 2, image: 'nginx:1.28' })]);
  const before = run.simulation.initial.get('Deployment/default/web');
  const after = run.simulation.final.get('Deployment/default/web');

  it('keeps uid, creationTimestamp and creation order', () => {
    expect(getIn(after?.object, 'metadata', 'uid')).toBe(getIn(before?.object, 'metadata', 'uid'));
    expect(getIn(after?.object, 'metadata', 'creationTimestamp')).toBe(getIn(before?.object, 'metadata', 'creationTimestamp'));
    expect(after?.seq).toBe(before?.seq);
  });

  it('bumps metadata.generation because the spec changed, and the controller observes it', () => {
    expect(getIn(after?.object, 'metadata', 'generation')).toBe(2);
    expect(getIn(after?.object, 'status', 'observedGeneration')).toBe(2);
  });

  it('rolls out a new ReplicaSet and reports an update of the Deployment only', () => {
    expect(run.document.changes.map((c) => [c.action, c.object])).toEqual([['update', 'Deployment/default/web']]);
    expect(run.document.objects.filter((o) => o.kind === 'ReplicaSet').map((o) => o.action)).toEqual(['create']);
    expect(run.simulation.final.list('Pod').every((p) => String(getIn(p.object, 'spec', 'containers', 0, 'image')) === 'nginx:1.28')).toBe(true);
  });
});

describe('an unchanged object', () => {
  it('keeps its generation and makes no change, whatever defaults are written', () => {
    const run = planChange([deployment('web')], [deployment('web', { replicas: 1, spec: { revisionHistoryLimit: 10 } })]);
    expect(getIn(run.simulation.final.get('Deployment/default/web')?.object, 'metadata', 'generation')).toBeUndefined();
    expect(run.document.changes).toEqual([]);
    expect(run.document.placements).toEqual([]);
    expect(run.document.summary).toMatchObject({ add: 0, change: 0, destroy: 0 });
  });
});

describe('a refused update is a replacement', () => {
  const run = planChange([deployment('web', { replicas: 2 })], [deployment('web', { replicas: 2, labels: { app: 'web2' } })]);

  it('reports replace with the immutable field', () => {
    expect(run.document.changes).toHaveLength(1);
    expect(run.document.changes[0]).toMatchObject({ action: 'replace', object: 'Deployment/default/web', replaceReason: 'spec.selector: field is immutable' });
  });

  it('deletes and creates: a new uid, every pod made again', () => {
    const before = run.simulation.initial.get('Deployment/default/web');
    const after = run.simulation.final.get('Deployment/default/web');
    expect(getIn(after?.object, 'metadata', 'uid')).not.toBe(getIn(before?.object, 'metadata', 'uid'));
    const oldPods = run.simulation.initial.list('Pod').map((p) => p.key);
    expect(run.simulation.final.list('Pod').some((p) => oldPods.includes(p.key))).toBe(false);
    expect(run.document.placements.map((p) => p.reason)).toEqual(['replaced with Deployment/default/web: spec.selector: field is immutable', 'replaced with Deployment/default/web: spec.selector: field is immutable']);
  });

  it('counts as one to add and one to destroy, as terraform counts a replacement', () => {
    // add also counts the new ReplicaSet and its two pods, as objects[] has always counted creates.
    expect(run.document.summary).toMatchObject({ add: 4, change: 0, destroy: 1 });
  });
});

describe('pruning', () => {
  const base = [deployment('web', { replicas: 2 }), deployment('old', { replicas: 2 }), configMap('flags', { a: '1' })];

  it('deletes the base objects the change no longer declares, with what they own (Deployment → ReplicaSets → Pods)', () => {
    const run = planChange(base, [deployment('web', { replicas: 2 })]);
    const left = run.simulation.final.all().filter((o) => o.owner === 'Deployment/default/old' || o.key === 'ConfigMap/default/flags');
    expect(left).toEqual([]);
    expect(run.document.changes.map((c) => [c.action, c.object])).toEqual([
      ['delete', 'ConfigMap/default/flags'],
      ['delete', 'Deployment/default/old'],
    ]);
    expect(run.document.placements.map((p) => [p.owner, p.to, p.reason])).toEqual([
      ['Deployment/default/old', null, 'deleted with Deployment/default/old'],
      ['Deployment/default/old', null, 'deleted with Deployment/default/old'],
    ]);
    expect(run.document.objects.filter((o) => o.action === 'delete').map((o) => `${o.kind}/${o.name}`)).toEqual(['Deployment/old', 'ConfigMap/flags']);
    expect(run.document.summary.destroy).toBe(2);
  });

  it('keeps them with --no-prune', () => {
    const run = planChange(base, [deployment('web', { replicas: 2 })], { prune: false });
    expect(run.document.changes).toEqual([]);
    expect(run.simulation.final.list('Pod').filter((p) => p.owner === 'Deployment/default/old')).toHaveLength(2);
  });

  it('deletes everything in a pruned Namespace', () => {
    const ns = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' } };
    const inShop = { ...deployment('api', { replicas: 1 }), metadata: { name: 'api', namespace: 'shop' } };
    const run = planChange([ns, inShop], []);
    expect(run.simulation.final.all().filter((o) => o.namespace === 'shop')).toEqual([]);
    expect(run.document.changes.map((c) => c.object)).toEqual(['Deployment/shop/api', 'Namespace/shop']);
  });
});

describe('Services and bare Pods', () => {
  it('a Service keeps its allocated ClusterIP across an update', () => {
    const run = planChange([service('web')], [service('web', { ports: [{ port: 81 }] })]);
    const ip = (s: typeof run.simulation.initial): unknown => getIn(s.get('Service/default/web')?.object, 'spec', 'clusterIP');
    expect(ip(run.simulation.final)).toBe(ip(run.simulation.initial));
    expect(run.document.changes[0]).toMatchObject({ action: 'update', fields: ['spec.ports[0].port', 'spec.ports[0].targetPort'] });
  });

  const pod = (image: string, cpu = '100m'): Record<string, unknown> => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [{ name: 'c', image, resources: { requests: { cpu } } }] } });

  it("a Pod's new image is an update in place (same node, same pod)", () => {
    const run = planChange([pod('busybox:1.36')], [pod('busybox:1.37')]);
    expect(run.document.changes.map((c) => c.action)).toEqual(['update']);
    expect(run.simulation.final.get('Pod/default/p')?.seq).toBe(run.simulation.initial.get('Pod/default/p')?.seq);
    expect(run.document.placements).toEqual([]);
  });

  it("a Pod's new requests replace it", () => {
    const run = planChange([pod('busybox:1.36')], [pod('busybox:1.36', '200m')]);
    expect(run.document.changes.map((c) => c.action)).toEqual(['replace']);
    expect(run.document.placements[0]?.reason).toMatch(/^replaced: spec\.containers: pod updates may not change fields/);
  });
});

describe('a scale-down', () => {
  it("lists the ReplicaSet's victims as placements (from their node, to none)", () => {
    const run = planChange([deployment('web', { replicas: 4 })], [deployment('web', { replicas: 2 })]);
    expect(run.document.changes.map((c) => c.fields)).toEqual([['spec.replicas']]);
    const gone = run.document.placements;
    expect(gone.map((p) => [p.to, p.reason])).toEqual([
      [null, 'scaled down'],
      [null, 'scaled down'],
    ]);
    // ActivePodsWithRanks (ranked once per sync): the pods on the node with the most pods of the ReplicaSet go first.
    const onNode = (node: string | null): number => run.simulation.initial.list('Pod').filter((p) => getIn(p.object, 'spec', 'nodeName') === node).length;
    expect(gone.map((p) => onNode(p.from))).toEqual([2, 2]);
    expect(run.simulation.final.list('Pod')).toHaveLength(2);
  });
});
