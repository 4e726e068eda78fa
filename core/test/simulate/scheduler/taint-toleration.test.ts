// TaintToleration, cases after upstream pkg/scheduler/framework/plugins/tainttoleration/taint_toleration_test.go
// (TestTaintTolerationFilter, TestTaintTolerationScore). Reasons use the wording since kubernetes#134740 / #135023.
import { describe, expect, it } from 'vitest';
import type { Taint } from '../../../src/model/toleration.js';
import { PLUGIN } from '../../../src/simulate/scheduler/names.js';
import { node, pod, runFilter, runScore } from './builders.js';

const UNTOLERATED = '[UAR] node(s) had untolerated taint(s)';
const dedicated: Taint = { key: 'dedicated', value: 'user1', effect: 'NoSchedule' };

describe('TaintToleration filter', () => {
  it.each([
    { name: 'a pod without tolerations does not fit a NoSchedule-tainted node', taints: [dedicated], tolerations: [], want: UNTOLERATED },
    { name: 'a pod tolerating the taint fits', taints: [dedicated], tolerations: [{ key: 'dedicated', value: 'user1', effect: 'NoSchedule' }], want: 'ok' },
    { name: 'a toleration with another value does not tolerate', taints: [dedicated], tolerations: [{ key: 'dedicated', value: 'user2', effect: 'NoSchedule' }], want: UNTOLERATED },
    { name: 'an Exists toleration tolerates any value', taints: [dedicated], tolerations: [{ key: 'dedicated', operator: 'Exists', effect: 'NoSchedule' }], want: 'ok' },
    { name: 'a toleration without effect tolerates every effect', taints: [dedicated], tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'user1' }], want: 'ok' },
    { name: 'a toleration for NoExecute does not tolerate NoSchedule', taints: [dedicated], tolerations: [{ key: 'dedicated', value: 'user1', effect: 'NoExecute' }], want: UNTOLERATED },
    { name: 'a NoExecute taint blocks scheduling too', taints: [{ key: 'k', effect: 'NoExecute' as const }], tolerations: [], want: UNTOLERATED },
    { name: 'a PreferNoSchedule taint never blocks', taints: [{ key: 'k', effect: 'PreferNoSchedule' as const }], tolerations: [], want: 'ok' },
    {
      name: 'every NoSchedule taint must be tolerated',
      taints: [dedicated, { key: 'gpu', effect: 'NoSchedule' as const }],
      tolerations: [{ key: 'dedicated', operator: 'Exists' }],
      want: UNTOLERATED,
    },
  ])('$name', ({ taints, tolerations, want }) => {
    expect(runFilter(PLUGIN.TaintToleration, { nodes: [node({ taints })] }, pod({ tolerations }))['node-1']).toBe(want);
  });
});

describe('TaintToleration score (reverse-normalised count of untolerated PreferNoSchedule taints)', () => {
  const prefer = (key: string): Taint => ({ key, value: 'v', effect: 'PreferNoSchedule' });
  it.each([
    {
      name: 'nodes without taints all score 100',
      nodes: [node({ name: 'a' }), node({ name: 'b' })],
      tolerations: [],
      want: { a: 100, b: 100 },
    },
    {
      name: 'the node with the most untolerated PreferNoSchedule taints scores 0',
      nodes: [node({ name: 'a' }), node({ name: 'b', taints: [prefer('x')] }), node({ name: 'c', taints: [prefer('x'), prefer('y')] })],
      tolerations: [],
      want: { a: 100, b: 50, c: 0 },
    },
    {
      name: 'tolerated PreferNoSchedule taints do not count',
      nodes: [node({ name: 'a', taints: [prefer('x')] }), node({ name: 'b', taints: [prefer('y')] })],
      tolerations: [{ key: 'x', operator: 'Exists', effect: 'PreferNoSchedule' }],
      want: { a: 100, b: 0 },
    },
    {
      name: 'only tolerations with an empty or PreferNoSchedule effect are considered',
      nodes: [node({ name: 'a', taints: [prefer('x')] }), node({ name: 'b' })],
      tolerations: [{ key: 'x', operator: 'Exists', effect: 'NoSchedule' }],
      want: { a: 0, b: 100 },
    },
    {
      name: 'NoSchedule taints are not scored',
      nodes: [node({ name: 'a', taints: [{ key: 'x', effect: 'NoSchedule' }] }), node({ name: 'b' })],
      tolerations: [],
      want: { a: 100, b: 100 },
    },
  ])('$name', ({ nodes, tolerations, want }) => {
    expect(runScore(PLUGIN.TaintToleration, { nodes }, pod({ tolerations }))).toEqual(want);
  });
});
