// NodeName, cases after upstream pkg/scheduler/framework/plugins/nodename/node_name_test.go (TestNodeName).
import { describe, expect, it } from 'vitest';
import { PLUGIN } from '../../../src/simulate/scheduler/names.js';
import { node, pod, runFilter } from './builders.js';

describe('NodeName filter', () => {
  it.each([
    { name: 'a pod naming no node skips the filter', spec: {}, want: 'ok' },
    { name: 'a pod naming this node fits', spec: { nodeName: 'node-1' }, want: 'ok' },
    { name: 'a pod naming another node does not fit', spec: { nodeName: 'node-2' }, want: "[UAR] node(s) didn't match the requested node name" },
  ])('$name', ({ spec, want }) => {
    expect(runFilter(PLUGIN.NodeName, { nodes: [node()] }, pod({ spec }))['node-1']).toBe(want);
  });
});
