import { beforeAll, describe, expect, it } from 'vitest';
import type { JsonPlanDocument } from '@kubeplan/core';
import { pendingReasons } from '../src/plan-view/pending-reasons.js';
import { planView } from '../src/plan-view/view-model.js';
import { imageBumpPlan, shopPlan } from './support/sample-plans.js';

describe('pendingReasons', () => {
  it.each([
    ['0/2 nodes are available: 1 Insufficient memory, 2 Insufficient cpu. preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod.', ['1 Insufficient memory', '2 Insufficient cpu']],
    ['0/3 nodes are available: 3 node(s) had untolerated taint {dedicated: gpu, x}.', ['3 node(s) had untolerated taint {dedicated: gpu, x}']],
    ['waiting for a volume', ['waiting for a volume']],
    ['', []],
  ])('splits %j into its reasons', (message, reasons) => {
    expect(pendingReasons(message)).toEqual(reasons);
  });
});

describe('planView of samples/shop on two small nodes', () => {
  let doc: JsonPlanDocument;
  beforeAll(async () => {
    doc = await shopPlan();
  });

  it('draws every node with cpu, memory and pod bars', () => {
    const view = planView(doc);
    expect(view.nodes.map((n) => n.name)).toEqual(['node-1', 'node-2']);
    expect(view.nodes[0]?.zone).toBe('a');
    expect(view.nodes[1]?.bars.map((b) => b.resource)).toEqual(['cpu', 'memory', 'pods']);
    expect(view.nodes[1]?.bars[0]?.fraction).toBe(1);
    expect(view.nodes[1]?.bars[0]?.label).toBe('cpu 1.5 / 1.5');
  });

  it('places the scheduled pods in their nodes, coloured by owner, with the owner manifest as location', () => {
    const view = planView(doc);
    const placed = view.nodes.flatMap((n) => n.pods);
    expect(placed).toHaveLength(6);
    const frontend = placed.filter((p) => p.owner === 'Deployment/shop/frontend');
    expect(frontend).toHaveLength(3);
    expect(new Set(frontend.map((p) => p.colour)).size).toBe(1);
    expect(frontend[0]?.location?.file).toMatch(/samples\/shop\/frontend\.yaml$/);
    expect(view.owners.map((o) => o.owner)).toContain('StatefulSet/shop/catalog-db');
  });

  it('lists the Pending pod with the scheduler reasons', () => {
    const view = planView(doc);
    expect(view.pending).toHaveLength(1);
    expect(view.pending[0]?.pod.id).toBe('shop/catalog-db-1');
    expect(view.pending[0]?.reasons).toEqual(['1 Insufficient memory', '2 Insufficient cpu']);
    expect(view.headline).toBe('7 pods · 1 pending · 0 errors');
  });

  it('lists Services with their endpoints and no changes without a base', () => {
    const view = planView(doc, 'Service/shop/frontend');
    const frontend = view.services.find((s) => s.id === 'Service/shop/frontend');
    expect(frontend?.endpoints.filter((e) => e.ready)).toHaveLength(3);
    expect(view.base).toBeNull();
    expect(view.changes).toEqual([]);
    expect(view.focus).toBe('Service/shop/frontend');
  });
});

describe('planView against a base (samples/changes/image-bump)', () => {
  it('has the update, its field and the rollout steps', async () => {
    const view = planView(await imageBumpPlan());
    expect(view.base).toMatch(/image-bump\/before$/);
    expect(view.changes).toContainEqual(expect.objectContaining({ action: 'update', object: 'Deployment/default/web', fields: ['spec.template.spec.containers[0].image'] }));
    expect(view.rollouts[0]?.object).toBe('Deployment/default/web');
    expect(view.rollouts[0]?.steps[0]).toMatchObject({ step: 0, old: 4, new: 0 });
    expect(view.nodes.some((n) => n.bars.some((b) => b.before !== undefined))).toBe(true);
  });
});
