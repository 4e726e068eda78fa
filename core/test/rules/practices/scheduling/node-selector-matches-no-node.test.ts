import { describe, expect, it } from 'vitest';
import { nodeSelectorMatchesNoNode } from '../../../../src/rules/practices/scheduling/node-selector-matches-no-node.js';
import { deployment, indent, oneContainer, pod } from '../builders.js';
import { at, check, node } from './scheduling-support.js';

const ZONE = 'topology.kubernetes.io/zone';
const NODES = [
  node({ name: 'a1', labels: { [ZONE]: 'eu-1a', disk: 'ssd' } }),
  node({ name: 'b1', labels: { [ZONE]: 'eu-1b', gpu: 'l4' }, taints: [{ key: 'gpu', effect: 'NoSchedule' }] }),
  node({ name: 'b2', labels: { [ZONE]: 'eu-1b' }, unschedulable: true }),
];
const withSelector = (selector: string): string => pod(`nodeSelector:\n${indent(selector, 2)}\n${oneContainer()}`);
const withAffinity = (terms: string, extra = ''): string =>
  pod(`${extra}affinity:\n  nodeAffinity:\n    requiredDuringSchedulingIgnoredDuringExecution:\n      nodeSelectorTerms:\n${indent(terms, 8)}\n${oneContainer()}`);

describe('node-selector-matches-no-node', () => {
  it.each([
    { name: 'a nodeSelector that a node satisfies passes', yaml: withSelector(`${ZONE}: eu-1a`), findings: 0 },
    { name: 'a nodeSelector value no node has is reported', yaml: withSelector(`${ZONE}: eu-1c`), findings: 1 },
    { name: 'a label key no node has is reported', yaml: withSelector('zone: eu-1a'), findings: 1 },
    { name: 'labels that are on different nodes are reported', yaml: withSelector(`disk: ssd\ngpu: l4`), findings: 1 },
    { name: 'taints and cordons are not this rule\'s business', yaml: withSelector('gpu: l4'), findings: 0 },
    { name: 'a matching affinity term passes', yaml: withAffinity(`- matchExpressions:\n    - {key: ${ZONE}, operator: In, values: [eu-1b, eu-1c]}`), findings: 0 },
    { name: 'an affinity term no node satisfies is reported', yaml: withAffinity(`- matchExpressions:\n    - {key: ${ZONE}, operator: In, values: [eu-1c]}`), findings: 1 },
    { name: 'terms are ORed', yaml: withAffinity(`- matchExpressions: [{key: gpu, operator: In, values: [a100]}]\n- matchExpressions: [{key: disk, operator: Exists}]`), findings: 0 },
    { name: 'Gt compares integers', yaml: withAffinity(`- matchExpressions: [{key: cores, operator: Gt, values: ["4"]}]`), findings: 1 },
    { name: 'matchFields select nodes by name', yaml: withAffinity(`- matchFields: [{key: metadata.name, operator: In, values: [b2]}]`), findings: 0 },
    { name: 'an unparsable term is left to validation', yaml: withAffinity(`- matchExpressions: [{key: ${ZONE}, operator: In}]`), findings: 0 },
    { name: 'nodeSelector and affinity that match different nodes are reported', yaml: withAffinity(`- matchExpressions: [{key: gpu, operator: Exists}]`, 'nodeSelector: {disk: ssd}\n'), findings: 1 },
    { name: 'a pod bound with nodeName is not scheduled', yaml: pod(`nodeName: a1\nnodeSelector: {zone: x}\n${oneContainer()}`), findings: 0 },
    { name: 'a workload scaled to zero has no pods', yaml: deployment(`nodeSelector: {zone: x}\n${oneContainer()}`, { replicas: 0 }), findings: 0 },
  ])('$name', ({ yaml, findings }) => {
    expect(check(nodeSelectorMatchesNoNode, yaml, NODES)).toHaveLength(findings);
  });

  it('stays quiet without a cluster', () => {
    expect(check(nodeSelectorMatchesNoNode, withSelector(`${ZONE}: eu-1c`))).toEqual([]);
  });

  it('reports the scheduler\'s message on the label no node has, with the values the nodes have', () => {
    expect(at(check(nodeSelectorMatchesNoNode, withSelector(`${ZONE}: eu-1c`), NODES))).toEqual([
      `7:34 0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector. No node has the label ${ZONE}=eu-1c (the nodes have eu-1a, eu-1b).`,
    ]);
    expect(at(check(nodeSelectorMatchesNoNode, withSelector('zone: eu-1a'), NODES))[0]).toMatch(/^7:11 .* No node has the label zone=eu-1a \(no node has a label zone\)\.$/);
  });

  it('points at the nodeSelector when no single label is missing', () => {
    expect(at(check(nodeSelectorMatchesNoNode, withSelector('disk: ssd\ngpu: l4'), NODES))).toEqual([
      "6:3 0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector. Each label is on some node, but no node has them all.",
    ]);
  });

  it('points at the requirement of a term that no node satisfies', () => {
    const yaml = withAffinity(`- matchExpressions:\n    - {key: disk, operator: Exists}\n    - {key: ${ZONE}, operator: In, values: [eu-1c]}`);
    expect(at(check(nodeSelectorMatchesNoNode, yaml, NODES))).toEqual([
      `12:17 0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector. No node matches ${ZONE} in (eu-1c) (the nodes have eu-1a, eu-1b).`,
    ]);
  });

  it('says when nodeSelector and affinity each match, but never the same node', () => {
    const yaml = withAffinity(`- matchExpressions: [{key: gpu, operator: Exists}]`, 'nodeSelector: {disk: ssd}\n');
    expect(check(nodeSelectorMatchesNoNode, yaml, NODES)[0]?.message).toMatch(/The nodeSelector and the required node affinity each match some node, but never the same one\.$/);
  });

  it('says a DaemonSet would run no pods', () => {
    const yaml = `apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: agent}\nspec:\n  selector: {matchLabels: {app: agent}}\n  template:\n    metadata: {labels: {app: agent}}\n    spec:\n      nodeSelector: {role: logging}\n${indent(oneContainer(), 6)}\n`;
    expect(check(nodeSelectorMatchesNoNode, yaml, NODES)[0]?.message).toBe(
      "0/3 nodes match the DaemonSet's node selector/affinity: it would run no pods. No node has the label role=logging (no node has a label role).",
    );
  });
});
