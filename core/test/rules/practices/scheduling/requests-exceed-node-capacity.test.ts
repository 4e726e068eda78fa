import { describe, expect, it } from 'vitest';
import { requestsExceedNodeCapacity } from '../../../../src/rules/practices/scheduling/requests-exceed-node-capacity.js';
import { indent, pod } from '../builders.js';
import { at, check, GiB, node } from './scheduling-support.js';

const worker = (name: string, labels: Record<string, string> = {}) => node({ name, labels, allocatable: { cpu: 3920, memory: 15 * GiB, pods: 110 } });
const big = node({ name: 'big', labels: { pool: 'big' }, allocatable: { cpu: 7910, memory: 31 * GiB, pods: 110, scalar: { 'nvidia.com/gpu': 1 } } });
const NODES = [worker('w1', { pool: 'small' }), worker('w2', { pool: 'small' })];

/** A container `name` with `resources` written at column 0 (its `requests:` ends up on line 10 of pod()). */
const container = (resources: string, name = 'app'): string => `- name: ${name}\n  image: app:1.0\n  resources:\n${indent(resources, 4)}`;
const withContainers = (containers: string, extra = ''): string => pod(`${extra}containers:\n${indent(containers, 2)}`);
const requesting = (requests: string, extra = ''): string => withContainers(container(`requests: {${requests}}`), extra);

describe('requests-exceed-node-capacity', () => {
  it.each([
    { name: 'requests that fit a node pass', yaml: requesting('cpu: "2", memory: 4Gi'), nodes: NODES, findings: 0 },
    { name: 'more cpu than any node has is reported', yaml: requesting('cpu: "6"'), nodes: NODES, findings: 1 },
    { name: 'a request equal to the allocatable fits', yaml: requesting('cpu: 3920m'), nodes: NODES, findings: 0 },
    { name: 'a larger node somewhere is enough', yaml: requesting('cpu: "6"'), nodes: [...NODES, big], findings: 0 },
    { name: 'containers are summed', yaml: withContainers(`${container('requests: {cpu: "2"}')}\n${container('requests: {cpu: "2"}', 'b')}`), nodes: NODES, findings: 1 },
    { name: 'sidecars count beside the containers', yaml: withContainers(container('requests: {cpu: "3"}'), `initContainers:\n${indent(`${container('requests: {cpu: "1"}', 'proxy')}\n  restartPolicy: Always`, 2)}\n`), nodes: NODES, findings: 1 },
    { name: 'an init container that runs alone is not summed', yaml: withContainers(container('requests: {cpu: "3"}'), `initContainers:\n${indent(container('requests: {cpu: "1"}', 'setup'), 2)}\n`), nodes: NODES, findings: 0 },
    { name: 'a limit alone is the request', yaml: withContainers(container('limits: {memory: 20Gi}')), nodes: NODES, findings: 1 },
    { name: 'an extended resource no node offers is reported', yaml: withContainers(container('limits: {nvidia.com/gpu: 1}')), nodes: NODES, findings: 1 },
    { name: 'a node with the extended resource is enough', yaml: withContainers(container('limits: {nvidia.com/gpu: 1}')), nodes: [...NODES, big], findings: 0 },
    { name: 'the pod overhead counts', yaml: requesting('cpu: 3800m', 'overhead: {cpu: 250m}\n'), nodes: NODES, findings: 1 },
    { name: 'nodes the nodeSelector excludes do not help', yaml: requesting('cpu: "6"', 'nodeSelector: {pool: small}\n'), nodes: [...NODES, big], findings: 1 },
    { name: 'a nodeSelector that matches nothing leaves all nodes in (another rule reports it)', yaml: requesting('cpu: "6"', 'nodeSelector: {pool: huge}\n'), nodes: [...NODES, big], findings: 0 },
    { name: 'a node that states no allocatable resources may fit', yaml: requesting('cpu: "6"'), nodes: [...NODES, node({ name: 'unknown' })], findings: 0 },
    { name: 'a resource the nodes do not state is not checked', yaml: requesting('ephemeral-storage: 500Gi'), nodes: NODES, findings: 0 },
    { name: 'a pod bound with nodeName is not scheduled', yaml: requesting('cpu: "6"', 'nodeName: w1\n'), nodes: NODES, findings: 0 },
    { name: 'a node that allows no pods is full', yaml: requesting('cpu: 100m'), nodes: [node({ allocatable: { cpu: 4000, pods: 0 } })], findings: 1 },
  ])('$name', ({ yaml, nodes, findings }) => {
    expect(check(requestsExceedNodeCapacity, yaml, nodes)).toHaveLength(findings);
  });

  it('stays quiet without a cluster', () => {
    expect(check(requestsExceedNodeCapacity, requesting('cpu: "6"'))).toEqual([]);
  });

  it('reports the scheduler\'s message and the numbers on the request', () => {
    expect(at(check(requestsExceedNodeCapacity, requesting('cpu: "6", memory: 20Gi'), NODES))).toEqual([
      '10:25 0/2 nodes are available: 2 Insufficient cpu, 2 Insufficient memory. Pod requests cpu 6, largest node allocatable 3920m; memory 20Gi, largest node allocatable 15Gi.',
    ]);
  });

  it('counts the nodes the nodeSelector excludes as the scheduler does', () => {
    expect(check(requestsExceedNodeCapacity, requesting('cpu: "6"', 'nodeSelector: {pool: small}\n'), [...NODES, big])[0]?.message).toBe(
      "0/3 nodes are available: 1 node(s) didn't match Pod's node affinity/selector, 2 Insufficient cpu. Pod requests cpu 6, largest node allocatable 3920m.",
    );
  });

  it('points at the container that asks most, and at a limit that stands for the request', () => {
    const yaml = withContainers(`${container('requests: {cpu: "1"}')}\n${container('limits: {cpu: "4"}', 'heavy')}`);
    const [finding] = check(requestsExceedNodeCapacity, yaml, NODES);
    expect(finding?.path).toBe('spec.containers[1].resources.limits.cpu');
    expect(finding?.message).toBe('0/2 nodes are available: 2 Insufficient cpu. Pod requests cpu 5, largest node allocatable 3920m.');
  });

  it('names an extended resource the nodes lack', () => {
    expect(check(requestsExceedNodeCapacity, withContainers(container('limits: {nvidia.com/gpu: 2}')), [...NODES, big])[0]?.message).toBe(
      '0/3 nodes are available: 3 Insufficient nvidia.com/gpu. Pod requests nvidia.com/gpu 2, largest node allocatable 1.',
    );
  });
});
