import { describe, expect, it } from 'vitest';
import { tolerationMatchesNoTaint } from '../../../../src/rules/practices/scheduling/toleration-matches-no-taint.js';
import { deployment, oneContainer, pod } from '../builders.js';
import { at, check, node } from './scheduling-support.js';

const withTolerations = (...lines: string[]): string => pod(`tolerations:\n${lines.map((l) => `  - ${l}`).join('\n')}\n${oneContainer()}`);
const gpuNode = node({ name: 'gpu-1', taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }] });

describe('toleration-matches-no-taint without a cluster', () => {
  it.each([
    { name: 'a misspelt control-plane key is reported', toleration: '{key: node-role.kubernetes.io/controlplane, operator: Exists, effect: NoSchedule}', findings: 1 },
    { name: 'the control-plane taint is well known', toleration: '{key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoSchedule}', findings: 0 },
    { name: 'the legacy master taint is well known', toleration: '{key: node-role.kubernetes.io/master, operator: Exists}', findings: 0 },
    { name: 'a node condition taint is well known', toleration: '{key: node.kubernetes.io/not-ready, operator: Exists, effect: NoExecute, tolerationSeconds: 60}', findings: 0 },
    { name: 'the cloud provider taint is well known', toleration: '{key: node.cloudprovider.kubernetes.io/uninitialized, operator: Exists}', findings: 0 },
    { name: 'a key outside the Kubernetes namespaces is not checked', toleration: '{key: dedicated, operator: Equal, value: gpu}', findings: 0 },
    { name: 'a role the cluster operator chose is not reported', toleration: '{key: node-role.kubernetes.io/infra, operator: Exists}', findings: 0 },
    { name: 'another kubernetes.io key that Kubernetes never sets is reported', toleration: '{key: node.kubernetes.io/lifecycle, operator: Exists}', findings: 1 },
    { name: 'a k8s.io key that Kubernetes never sets is reported', toleration: '{key: example.k8s.io/thing, operator: Exists}', findings: 1 },
    { name: 'a toleration of everything is never reported', toleration: '{operator: Exists}', findings: 0 },
  ])('$name', ({ toleration, findings }) => {
    expect(check(tolerationMatchesNoTaint, withTolerations(toleration))).toHaveLength(findings);
  });

  it('points at the key and suggests the well-known one', () => {
    expect(at(check(tolerationMatchesNoTaint, withTolerations('key: node-role.kubernetes.io/controlplane\n    operator: Exists')))).toEqual([
      '7:12 toleration key "node-role.kubernetes.io/controlplane" is in a Kubernetes namespace, but Kubernetes sets no such taint (did you mean "node-role.kubernetes.io/control-plane"?)',
    ]);
  });

  it('is off in the recommended preset', () => {
    expect(check(tolerationMatchesNoTaint, withTolerations('{key: node.kubernetes.io/lifecycle, operator: Exists}'), undefined, { preset: 'recommended' })).toEqual([]);
  });
});

describe('toleration-matches-no-taint with a cluster', () => {
  it.each([
    { name: 'an Equal toleration of a node taint passes', toleration: '{key: dedicated, operator: Equal, value: gpu, effect: NoSchedule}', findings: 0 },
    { name: 'an Exists toleration of a node taint passes', toleration: '{key: dedicated, operator: Exists}', findings: 0 },
    { name: 'another value is reported', toleration: '{key: dedicated, operator: Equal, value: ml, effect: NoSchedule}', findings: 1 },
    { name: 'another effect is reported', toleration: '{key: dedicated, operator: Exists, effect: NoExecute}', findings: 1 },
    { name: 'a key no node has is reported, whatever its namespace', toleration: '{key: example.com/spot, operator: Exists}', findings: 1 },
    { name: 'a well-known taint passes although no node has it now', toleration: '{key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute}', findings: 0 },
    { name: 'a well-known key with an effect Kubernetes never uses is reported', toleration: '{key: node.kubernetes.io/unschedulable, operator: Exists, effect: NoExecute}', findings: 1 },
    { name: 'a toleration of everything is never reported', toleration: '{operator: Exists}', findings: 0 },
  ])('$name', ({ toleration, findings }) => {
    expect(check(tolerationMatchesNoTaint, withTolerations(toleration), [gpuNode, node({ name: 'plain' })])).toHaveLength(findings);
  });

  it('names the taints that have the key', () => {
    expect(at(check(tolerationMatchesNoTaint, withTolerations('{key: dedicated, operator: Equal, value: ml, effect: NoSchedule}'), [gpuNode]))).toEqual([
      '7:13 toleration "dedicated=ml:NoSchedule" tolerates no taint of the cluster\'s nodes and no taint Kubernetes sets (taints with this key: dedicated=gpu:NoSchedule)',
    ]);
  });

  it('checks the pod template of workloads', () => {
    const yaml = deployment(`tolerations:\n  - {key: dedicatd, operator: Exists}\n${oneContainer()}`);
    expect(at(check(tolerationMatchesNoTaint, yaml, [gpuNode]))).toEqual([
      '15:17 toleration "dedicatd op=Exists" tolerates no taint of the cluster\'s nodes and no taint Kubernetes sets (did you mean "dedicated"?)',
    ]);
  });
});
