import { describe, expect, it } from 'vitest';
import { ClusterState } from '../../../src/cluster/cluster-state.js';
import { getIn, type Obj } from '../../../src/model/fields.js';
import { horizontalPodAutoscalerController } from '../../../src/simulate/controllers/horizontal-pod-autoscaler.js';
import type { Action, SimObject } from '../../../src/simulate/types.js';
import { declared, node, reconcileOnce, runToFixedPoint, template } from './run-to-fixed-point.js';

function hpa(spec: Obj): SimObject {
  return declared({ apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name: 'web' }, spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }, maxReplicas: 5, ...spec } });
}

function deployment(replicas?: number): SimObject {
  return declared({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec: { ...(replicas === undefined ? {} : { replicas }), selector: { matchLabels: { app: 'web' } }, template: template() } });
}

const targetReplicas = (actions: readonly Action[]): unknown[] => actions.flatMap((a) => (a.type === 'update' && a.object.kind === 'Deployment' ? [getIn(a.object.object, 'spec', 'replicas')] : []));
const eventMessages = (actions: readonly Action[]): string[] => actions.flatMap((a) => (a.type === 'event' ? [`${a.event.reason}: ${a.event.message}`] : []));

// Upstream: pkg/controller/podautoscaler/horizontal.go reconcileAutoscaler (the branches before metrics are read);
// horizontal_test.go TestMinReplicas, TestMaxReplicas, TestZeroReplicas.
describe('horizontalPodAutoscalerController', () => {
  it.each([
    { name: 'a target below minReplicas is raised to it', spec: { minReplicas: 3 }, replicas: 1, update: [3], events: ['SuccessfulRescale: New size: 3; reason: Current number of replicas below Spec.MinReplicas'] },
    { name: 'a target without spec.replicas counts as 1', spec: { minReplicas: 2 }, replicas: undefined, update: [2], events: ['SuccessfulRescale: New size: 2; reason: Current number of replicas below Spec.MinReplicas'] },
    { name: 'a target above maxReplicas is lowered to it', spec: { minReplicas: 1 }, replicas: 8, update: [5], events: ['SuccessfulRescale: New size: 5; reason: Current number of replicas above Spec.MaxReplicas'] },
    { name: 'a target within the range is left alone', spec: { minReplicas: 2 }, replicas: 4, update: [], events: [] },
    { name: 'minReplicas defaults to 1', spec: {}, replicas: undefined, update: [], events: [] },
    { name: 'a target scaled to zero means autoscaling is disabled', spec: { minReplicas: 2 }, replicas: 0, update: [], events: [] },
  ])('$name', ({ spec, replicas, update, events }) => {
    const actions = reconcileOnce(horizontalPodAutoscalerController, ClusterState.of([deployment(replicas), { ...hpa(spec), seq: 1 }]), 'HorizontalPodAutoscaler/default/web');
    expect(targetReplicas(actions)).toEqual(update);
    expect(eventMessages(actions)).toEqual(events);
  });

  it('says in its status that metrics are not simulated', () => {
    const { state } = runToFixedPoint([deployment(4), hpa({ minReplicas: 2 })], { controllers: [horizontalPodAutoscalerController] });
    const status = getIn(state.get('HorizontalPodAutoscaler/default/web')?.object, 'status') as Obj;
    expect(status).toMatchObject({ currentReplicas: 4, desiredReplicas: 4 });
    expect((status.conditions as Obj[]).map((c) => [c.type, c.status, c.reason])).toEqual([
      ['AbleToScale', 'True', 'ReadyForNewScale'],
      ['ScalingActive', 'Unknown', 'MetricsNotSimulated'],
    ]);
  });

  it('reports a missing target once, as a FailedGetScale warning', () => {
    const { events } = runToFixedPoint([hpa({ minReplicas: 2 })], { controllers: [horizontalPodAutoscalerController] });
    expect(events).toEqual([{ type: 'Warning', reason: 'FailedGetScale', object: 'HorizontalPodAutoscaler/default/web', message: 'deployments.apps "web" not found' }]);
  });

  it('with the workload controllers, a Deployment of 1 under minReplicas 3 settles at 3 running pods', () => {
    const { state, events } = runToFixedPoint([node('node-1'), deployment(1), hpa({ minReplicas: 3 })]);
    expect(state.list('Pod')).toHaveLength(3);
    expect(getIn(state.get('Deployment/default/web')?.object, 'status', 'availableReplicas')).toBe(3);
    expect(events.filter((e) => e.reason === 'SuccessfulRescale')).toHaveLength(1);
    expect(getIn(state.get('HorizontalPodAutoscaler/default/web')?.object, 'status')).toMatchObject({ lastScaleTime: '2024-05-01T12:00:00Z', currentReplicas: 3, desiredReplicas: 3 });
  });
});
