// NodeUnschedulable, cases after upstream pkg/scheduler/framework/plugins/nodeunschedulable/node_unschedulable_test.go
// (TestNodeUnschedulable).
import { describe, expect, it } from 'vitest';
import { PLUGIN } from '../../../src/simulate/scheduler/names.js';
import { node, pod, runFilter } from './builders.js';

const tolerateUnschedulable = { key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' };

describe('NodeUnschedulable filter', () => {
  it.each([
    { name: 'a schedulable node takes any pod', unschedulable: false, tolerations: [], want: 'ok' },
    { name: 'a cordoned node rejects a pod without the toleration', unschedulable: true, tolerations: [], want: '[UAR] node(s) were unschedulable' },
    { name: 'a cordoned node takes a pod tolerating node.kubernetes.io/unschedulable', unschedulable: true, tolerations: [tolerateUnschedulable], want: 'ok' },
    { name: 'a toleration for another effect does not help', unschedulable: true, tolerations: [{ ...tolerateUnschedulable, effect: 'NoExecute' }], want: '[UAR] node(s) were unschedulable' },
    { name: 'an Exists toleration without a key tolerates the cordon', unschedulable: true, tolerations: [{ operator: 'Exists' }], want: 'ok' },
  ])('$name', ({ unschedulable, tolerations, want }) => {
    expect(runFilter(PLUGIN.NodeUnschedulable, { nodes: [node({ unschedulable })] }, pod({ tolerations }))['node-1']).toBe(want);
  });
});
