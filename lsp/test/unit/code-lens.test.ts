import { describe, expect, it } from 'vitest';
import { codeLenses } from '../../src/features/code-lens.js';
import { fitReasons, placementTitle, workloadPlacement } from '../../src/plan/placement.js';
import { DEPLOYMENT, planOf, SERVICE, workspaceOf } from './workspace-of.js';

const pod = { namespace: 'default', owner: 'Deployment/default/web', phase: 'Running', priority: 0, requests: { cpu: 0, memory: 0 } } as const;
const PLAN = planOf({
  pods: [
    { ...pod, name: 'web-1', node: 'node-b' },
    { ...pod, name: 'web-2', node: 'node-a' },
    { ...pod, name: 'web-3', node: null, phase: 'Pending', message: '0/2 nodes are available: 1 Insufficient cpu, 1 node(s) had untolerated taint(s). preemption: x' },
  ],
  services: [
    {
      namespace: 'default',
      name: 'web',
      type: 'ClusterIP',
      clusterIP: '10.0.0.1',
      ports: [],
      dns: [],
      endpoints: [
        { pod: 'default/web-1', node: 'node-b', ready: true, port: 80 },
        { pod: 'default/web-2', node: 'node-a', ready: true, port: 80 },
      ],
    },
  ],
});

describe('placement', () => {
  it('reads the reasons of a scheduler FitError without their node counts', () => {
    expect(fitReasons('0/3 nodes are available: 1 Insufficient cpu, 2 Insufficient memory. preemption: 0/3 nodes')).toEqual(['Insufficient cpu', 'Insufficient memory']);
    expect(fitReasons('container not ready')).toEqual(['container not ready']);
  });

  it('titles a workload as scheduled on sorted nodes, then its Pending pods and why', () => {
    const p = workloadPlacement(PLAN.document, 'Deployment/default/web');
    expect(p && placementTitle(p)).toBe('2/3 scheduled: node-a, node-b · 1 Pending: Insufficient cpu; node(s) had untolerated taint(s)');
  });
});

describe('codeLenses', () => {
  it('says where a workload lands and how many endpoints a Service has', async () => {
    const t = await workspaceOf({ 'd.yaml': DEPLOYMENT, 's.yaml': SERVICE });
    expect(codeLenses(t.ws, t.file('d.yaml')).map((l) => l.command?.title)).toEqual(['kubeplan: planning…']);
    t.ws.plan = PLAN;
    const lens = codeLenses(t.ws, t.file('d.yaml'))[0];
    expect(lens?.range.start).toEqual({ line: 0, character: 0 });
    expect(lens?.command).toMatchObject({ command: 'kubeplan.plan', arguments: [{ object: 'Deployment/default/web' }] });
    expect(codeLenses(t.ws, t.file('s.yaml')).map((l) => l.command?.title)).toEqual(['2 ready endpoints']);
  });
});
