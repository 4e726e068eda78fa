import { describe, expect, it } from 'vitest';
import { labelSelectorInvalid } from '../../../../src/rules/api/objects/label-selector-invalid.js';
import { lint, manifest } from './object-builders.js';

const workload = (kind: string, selector: string, labels = '{app: web}'): string =>
  manifest('apps/v1', kind, `spec:\n  selector:\n${selector}\n  template:\n    metadata:\n      labels: ${labels}\n    spec:\n      containers: [{name: web, image: nginx}]`);

const LABEL_VALUE =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue', or 'my_value', or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

// Upstream: staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation/validation.go ValidateLabelSelectorRequirement
// (values required for In/NotIn, forbidden for Exists/DoesNotExist; keys qualified; values label values) and
// pkg/apis/apps/validation ValidateDeploymentSpec / ValidateStatefulSetSpec / ValidateDaemonSetSpec ("empty selector is
// invalid for deployment|statefulset|daemonset"); pkg/apis/core/validation ValidateService (ValidateLabels on spec.selector)
// and ValidateReplicationControllerSpec → ValidateNonEmptySelector.
describe('label-selector-invalid', () => {
  it.each([
    { name: 'matchLabels and a complete In expression pass', yaml: workload('Deployment', '    matchLabels: {app: web}\n    matchExpressions: [{key: tier, operator: NotIn, values: [db]}]'), want: [] },
    {
      name: 'an empty Deployment selector fails',
      yaml: workload('Deployment', '    matchLabels: {}'),
      want: ['label-selector-invalid 7:5 spec.selector: Invalid value: {"matchLabels":{}}: empty selector is invalid for deployment'],
    },
    {
      name: 'an empty StatefulSet selector fails with its noun',
      yaml: workload('StatefulSet', '    matchExpressions: []'),
      want: ['label-selector-invalid 7:5 spec.selector: Invalid value: {"matchExpressions":[]}: empty selector is invalid for statefulset'],
    },
    {
      name: 'In without values is a required value',
      yaml: workload('DaemonSet', '    matchExpressions: [{key: app, operator: In}]'),
      want: ["label-selector-invalid 7:24 spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'"],
    },
    {
      name: 'Exists with values is forbidden',
      yaml: workload('Deployment', '    matchLabels: {app: web}\n    matchExpressions: [{key: app, operator: Exists, values: [web]}]'),
      want: ["label-selector-invalid 8:61 spec.selector.matchExpressions[0].values: Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'"],
    },
    {
      name: 'a selector value that is not a label value fails',
      yaml: workload('Deployment', '    matchExpressions: [{key: app, operator: In, values: ["web app"]}]'),
      want: [`label-selector-invalid 7:58 spec.selector.matchExpressions[0].values[0]: Invalid value: "web app": ${LABEL_VALUE}`],
    },
    {
      name: 'a NetworkPolicy peer selector is checked',
      yaml: manifest('networking.k8s.io/v1', 'NetworkPolicy', 'spec:\n  podSelector: {}\n  ingress:\n    - from:\n        - namespaceSelector:\n            matchExpressions: [{key: team, operator: NotIn}]'),
      want: ["label-selector-invalid 10:32 spec.ingress[0].from[0].namespaceSelector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'"],
    },
    { name: 'a bare label map as selector is left to the schema validator (unknown fields)', yaml: workload('Deployment', '    app: web'), want: [] },
    { name: 'an empty NetworkPolicy podSelector passes (it selects all pods)', yaml: manifest('networking.k8s.io/v1', 'NetworkPolicy', 'spec:\n  podSelector: {}'), want: [] },
    {
      name: 'a Service selector value is checked as a label',
      yaml: manifest('v1', 'Service', 'spec:\n  selector: {app: "web app"}\n  ports: [{port: 80}]'),
      want: [`label-selector-invalid 6:19 spec.selector: Invalid value: "web app": ${LABEL_VALUE}`],
    },
    {
      name: 'a ReplicationController without selector or template labels fails',
      yaml: manifest('v1', 'ReplicationController', 'spec:\n  template:\n    spec:\n      containers: [{name: web, image: nginx}]'),
      want: ['label-selector-invalid 5:1 spec.selector: Required value'],
    },
    {
      name: 'a ReplicationController selector defaults from the template labels',
      yaml: manifest('v1', 'ReplicationController', 'spec:\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers: [{name: web, image: nginx}]'),
      want: [],
    },
  ])('$name', ({ yaml, want }) => {
    expect(lint(labelSelectorInvalid, yaml)).toEqual(want);
  });
});
