import { describe, expect, it } from 'vitest';
import { isQualifiedName, isValidLabelValue } from '../../../../src/model/names.js';
import { nodeAffinity } from '../../../../src/rules/api/pod/node-affinity.js';
import { podAffinity } from '../../../../src/rules/api/pod/pod-affinity.js';
import { tolerations } from '../../../../src/rules/api/pod/tolerations.js';
import { topologySpread } from '../../../../src/rules/api/pod/topology-spread.js';
import { findingsOf, summary } from '../../helpers.js';
import { pod, web } from './builders.js';

const spec = (extra: string): string => pod(`${extra}\n${web()}`);

// Upstream: pkg/apis/core/validation/validation.go ValidateTolerations (validation_test.go TestValidateTolerations:
// "operator must be Exists when `key` is empty", "value must be empty when `operator` is 'Exists'", "effect must be
// 'NoExecute' when `tolerationSeconds` is set"; value errors are named on `operator`).
describe('tolerations', () => {
  it.each([
    { name: 'a keyed Equal toleration passes', t: '  - {key: dedicated, operator: Equal, value: gpu, effect: NoSchedule}', out: [] },
    { name: 'tolerate-everything passes', t: '  - operator: Exists', out: [] },
    {
      name: 'an empty key needs operator Exists',
      t: '  - {operator: Equal, value: x}',
      out: ['tolerations 7:18 spec.tolerations[0].operator: Invalid value: "Equal": operator must be Exists when `key` is empty, which means "match all values and all keys"'],
    },
    {
      name: 'operator Exists takes no value',
      t: '  - {key: k, operator: Exists, value: v}',
      out: ["tolerations 7:41 spec.tolerations[0].operator: Invalid value: \"v\": value must be empty when `operator` is 'Exists'"],
    },
    {
      name: 'tolerationSeconds needs effect NoExecute',
      t: '  - {key: k, operator: Exists, effect: NoSchedule, tolerationSeconds: 60}',
      out: ["tolerations 7:42 spec.tolerations[0].effect: Invalid value: \"NoSchedule\": effect must be 'NoExecute' when `tolerationSeconds` is set"],
    },
    {
      name: 'an Equal value must be a label value',
      t: '  - {key: k, value: "a b"}',
      out: [`tolerations 7:23 spec.tolerations[0].operator: Invalid value: "a b": ${isValidLabelValue('a b').join(';')}`],
    },
    {
      name: 'a key must be a qualified name',
      t: '  - {key: "a/b/c", operator: Exists}',
      out: isQualifiedName('a/b/c').map((m) => `tolerations 7:13 spec.tolerations[0].key: Invalid value: "a/b/c": ${m}`),
    },
    { name: 'Lt is not supported by a default API server', t: '  - {key: k, operator: Lt, value: "5"}', out: ['tolerations 7:26 spec.tolerations[0].operator: Unsupported value: "Lt": supported values: "Equal", "Exists"'] },
  ])('$name', ({ t, out }) => {
    expect(summary(findingsOf(tolerations, spec(`tolerations:\n${t}`)))).toEqual(out);
  });
});

// Upstream: ValidatePodSpec → ValidateLabels(nodeSelector) (named on the map), validateNodeAffinity /
// ValidateNodeSelector (TestValidateAffinity "invalid requiredDuringSchedulingIgnoredDuringExecution node selector,
// nodeSelectorTerms must have at least one term", "missing values for In", "invalid matchFields key",
// "invalid preferredSchedulingTerm weight").
describe('node-affinity', () => {
  const required = (req: string): string => spec(`affinity:\n  nodeAffinity:\n    requiredDuringSchedulingIgnoredDuringExecution:\n      nodeSelectorTerms:\n${req}`);
  it.each([
    { name: 'a valid nodeSelector and In requirement pass', yaml: required('        - matchExpressions: [{key: zone, operator: In, values: [a]}]'), out: [] },
    {
      name: 'a nodeSelector value with a space is invalid, named on the map',
      yaml: spec('nodeSelector: {disk: "fast ssd"}'),
      out: isValidLabelValue('fast ssd').map((m) => `node-affinity 6:24 spec.nodeSelector: Invalid value: "fast ssd": ${m}`),
    },
    {
      name: 'an empty term list is required to have a term',
      yaml: required('        []'),
      out: ['node-affinity 10:11 spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms: Required value: must have at least one node selector term'],
    },
    {
      name: 'In without values is required to have some',
      yaml: required('        - matchExpressions: [{key: zone, operator: In}]'),
      out: ["node-affinity 10:32 spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'"],
    },
    {
      name: 'Exists with values is forbidden',
      yaml: required('        - matchExpressions: [{key: zone, operator: Exists, values: [a]}]'),
      out: ["node-affinity 10:70 spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values: Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'"],
    },
    {
      name: 'Gt needs exactly one value',
      yaml: required('        - matchExpressions: [{key: cores, operator: Gt, values: ["2", "4"]}]'),
      out: ["node-affinity 10:67 spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values: Required value: must be specified single value when `operator` is 'Lt' or 'Gt'"],
    },
    {
      name: 'matchFields only knows metadata.name',
      yaml: required('        - matchFields: [{key: metadata.namespace, operator: In, values: [a]}]'),
      out: ['node-affinity 10:33 spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchFields[0].key: Invalid value: "metadata.namespace": not a valid field selector key'],
    },
    {
      name: 'a preferred weight of 0 is out of range',
      yaml: spec('affinity:\n  nodeAffinity:\n    preferredDuringSchedulingIgnoredDuringExecution:\n      - {weight: 0, preference: {matchExpressions: [{key: zone, operator: In, values: [a]}]}}'),
      out: ['node-affinity 9:20 spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight: Invalid value: 0: must be in the range 1-100'],
    },
  ])('$name', ({ yaml, out }) => {
    expect(summary(findingsOf(nodeAffinity, yaml))).toEqual(out);
  });
});

// Upstream: validatePodAffinityTerm (TestValidateAffinity "invalid topologyKey", "invalid weight", "matchLabelKeys
// without labelSelector", "key exists in both matchLabelKeys and mismatchLabelKeys").
describe('pod-affinity', () => {
  const anti = (term: string): string => spec(`affinity:\n  podAntiAffinity:\n    requiredDuringSchedulingIgnoredDuringExecution:\n      - ${term}`);
  it.each([
    { name: 'a term with a selector and a topology key passes', yaml: anti('{labelSelector: {matchLabels: {app: web}}, topologyKey: kubernetes.io/hostname}'), out: [] },
    {
      name: 'an empty topologyKey is required',
      yaml: anti('{labelSelector: {matchLabels: {app: web}}, topologyKey: ""}'),
      out: [
        'pod-affinity 9:67 spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey: Required value: can not be empty',
        ...isQualifiedName('').map((m) => `pod-affinity 9:67 spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey: Invalid value: "": ${m}`),
      ],
    },
    {
      name: 'matchLabelKeys without a labelSelector is forbidden',
      yaml: anti('{matchLabelKeys: [pod-template-hash], topologyKey: kubernetes.io/hostname}'),
      out: ['pod-affinity 9:12 spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].matchLabelKeys: Forbidden: must not be specified when labelSelector is not set'],
    },
    {
      name: 'a key in both matchLabelKeys and mismatchLabelKeys is invalid',
      yaml: anti('{labelSelector: {}, matchLabelKeys: [a], mismatchLabelKeys: [a], topologyKey: zone}'),
      out: ['pod-affinity 9:48 spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].matchLabelKeys[0]: Invalid value: "a": exists in both matchLabelKeys and mismatchLabelKeys'],
    },
    {
      name: 'a selector requirement with In and no values is required to have some',
      yaml: anti('{labelSelector: {matchExpressions: [{key: app, operator: In}]}, topologyKey: zone}'),
      out: ["pod-affinity 9:47 spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].labelSelector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'"],
    },
    {
      name: 'a preferred weight above 100 is out of range',
      yaml: spec('affinity:\n  podAffinity:\n    preferredDuringSchedulingIgnoredDuringExecution:\n      - {weight: 101, podAffinityTerm: {labelSelector: {}, topologyKey: zone}}'),
      out: ['pod-affinity 9:20 spec.affinity.podAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight: Invalid value: 101: must be in the range 1-100'],
    },
  ])('$name', ({ yaml, out }) => {
    expect(summary(findingsOf(podAffinity, yaml))).toEqual(out);
  });
});

// Upstream: validateTopologySpreadConstraints (TestValidateTopologySpreadConstraints: "invalid MaxSkew", "empty
// topologyKey", "duplicate constraints" → `{topologyKey, whenUnsatisfiable}: Duplicate value: "{k1, DoNotSchedule}"`,
// "invalid minDomains", "minDomains with ScheduleAnyway", "key exists in both matchLabelKeys and labelSelector").
describe('topology-spread', () => {
  const tsc = (c: string): string => spec(`topologySpreadConstraints:\n${c}`);
  it.each([
    { name: 'a zone spread passes', c: '  - {maxSkew: 1, topologyKey: zone, whenUnsatisfiable: DoNotSchedule, minDomains: 2, labelSelector: {matchLabels: {app: web}}}', out: [] },
    { name: 'maxSkew 0 is not positive', c: '  - {maxSkew: 0, topologyKey: zone, whenUnsatisfiable: DoNotSchedule}', out: ['topology-spread 7:17 spec.topologySpreadConstraints[0].maxSkew: Invalid value: 0: must be greater than zero'] },
    { name: 'an empty topologyKey is required', c: '  - {maxSkew: 1, topologyKey: "", whenUnsatisfiable: DoNotSchedule}', out: ['topology-spread 7:33 spec.topologySpreadConstraints[0].topologyKey: Required value: can not be empty'] },
    {
      name: 'a repeated key and action is a duplicate, reported on the first',
      c: '  - {maxSkew: 1, topologyKey: zone, whenUnsatisfiable: DoNotSchedule}\n  - {maxSkew: 2, topologyKey: zone, whenUnsatisfiable: DoNotSchedule}',
      out: ['topology-spread 7:7 spec.topologySpreadConstraints[0].{topologyKey, whenUnsatisfiable}: Duplicate value: "{zone, DoNotSchedule}"'],
    },
    {
      name: 'minDomains needs DoNotSchedule',
      c: '  - {maxSkew: 1, topologyKey: zone, whenUnsatisfiable: ScheduleAnyway, minDomains: 2}',
      out: ['topology-spread 7:86 spec.topologySpreadConstraints[0].minDomains: Invalid value: 2: can only use minDomains if whenUnsatisfiable=DoNotSchedule, not ScheduleAnyway'],
    },
    {
      name: 'a matchLabelKeys key already in the selector is invalid',
      c: '  - {maxSkew: 1, topologyKey: zone, whenUnsatisfiable: DoNotSchedule, labelSelector: {matchLabels: {app: web}}, matchLabelKeys: [app]}',
      out: ['topology-spread 7:132 spec.topologySpreadConstraints[0].matchLabelKeys[0]: Invalid value: "app": exists in both matchLabelKeys and labelSelector'],
    },
  ])('$name', ({ c, out }) => {
    expect(summary(findingsOf(topologySpread, tsc(c)))).toEqual(out);
  });
});
