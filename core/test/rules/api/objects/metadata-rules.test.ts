import { describe, expect, it } from 'vitest';
import { annotationsInvalid } from '../../../../src/rules/api/objects/annotations-invalid.js';
import { finalizersInvalid } from '../../../../src/rules/api/objects/finalizers-invalid.js';
import { labelsInvalid } from '../../../../src/rules/api/objects/labels-invalid.js';
import { lint, manifest } from './object-builders.js';

const NAME_PART =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName', or 'my.name', or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const LABEL_VALUE =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue', or 'my_value', or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

const withMeta = (kind: string, apiVersion: string, lines: string, body = ''): string =>
  `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: demo\n${lines}\n${body}`;

const deployment = (templateLabels: string): string =>
  withMeta('Deployment', 'apps/v1', '', `spec:\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata:\n      labels:\n${templateLabels}\n    spec:\n      containers: [{name: web, image: nginx}]`);

// Upstream: staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation/validation.go ValidateLabels (IsQualifiedName keys,
// IsValidLabelValue values), called by ValidateObjectMetaAccessor and pkg/apis/core/validation ValidatePodTemplateSpec;
// validation_test.go TestValidateLabels ("1234567890123456789012345678901234567890123456789012345678901234" is too long).
describe('labels-invalid', () => {
  it.each([
    { name: 'qualified keys with a prefix and valid values pass', yaml: withMeta('ConfigMap', 'v1', '  labels:\n    app.kubernetes.io/name: web\n    tier: ""'), want: [] },
    {
      name: 'a key with a space fails on the key',
      yaml: withMeta('ConfigMap', 'v1', '  labels:\n    my app: web'),
      want: [`labels-invalid 6:5 metadata.labels: Invalid value: "my app": ${NAME_PART}`],
    },
    {
      name: 'a value with a space fails on the value',
      yaml: withMeta('ConfigMap', 'v1', '  labels:\n    app: my web'),
      want: [`labels-invalid 6:10 metadata.labels: Invalid value: "my web": ${LABEL_VALUE}`],
    },
    {
      name: 'a 64-character value is too long',
      yaml: withMeta('ConfigMap', 'v1', `  labels:\n    app: ${'a'.repeat(64)}`),
      want: [`labels-invalid 6:10 metadata.labels: Invalid value: "${'a'.repeat(64)}": must be no more than 63 characters`],
    },
    {
      name: 'pod template labels are checked with the template path',
      yaml: deployment('        app: web\n        version: v1.0-'),
      want: [`labels-invalid 12:18 spec.template.metadata.labels: Invalid value: "v1.0-": ${LABEL_VALUE}`],
    },
    { name: 'a custom resource only has its own labels checked', yaml: withMeta('Widget', 'example.com/v1', '  labels: {app: web}', 'spec:\n  template:\n    metadata:\n      labels: {"bad key": x}\n    spec: {}'), want: [] },
  ])('$name', ({ yaml, want }) => {
    expect(lint(labelsInvalid, yaml)).toEqual(want);
  });
});

// Upstream: staging/src/k8s.io/apimachinery/pkg/api/validation/objectmeta.go ValidateAnnotations (IsQualifiedName on the
// lower-cased key; TotalAnnotationSizeLimitB = 256 KiB of keys and values → field.TooLong).
describe('annotations-invalid', () => {
  it.each([
    { name: 'upper-case qualified keys pass (keys are lower-cased first)', yaml: withMeta('ConfigMap', 'v1', '  annotations:\n    Example.COM/Owner: team'), want: [] },
    {
      name: 'a key with two slashes fails',
      yaml: withMeta('ConfigMap', 'v1', '  annotations:\n    a/b/c: x'),
      want: [
        "annotations-invalid 6:5 metadata.annotations: Invalid value: \"a/b/c\": a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
      ],
    },
    { name: 'annotations of exactly 256 KiB pass', yaml: withMeta('ConfigMap', 'v1', `  annotations:\n    k: ${'x'.repeat(256 * 1024 - 1)}`), want: [] },
    {
      name: 'annotations over 256 KiB in total are too long',
      yaml: withMeta('ConfigMap', 'v1', `  annotations:\n    k: ${'x'.repeat(128 * 1024)}\n    l: ${'é'.repeat(64 * 1024)}`),
      want: ['annotations-invalid 5:3 metadata.annotations: Too long: must have at most 262144 bytes'],
    },
  ])('$name', ({ yaml, want }) => {
    expect(lint(annotationsInvalid, yaml)).toEqual(want);
  });
});

// Upstream: objectmeta.go ValidateFinalizers (qualified names; "finalizer orphan and foregroundDeletion cannot be both set")
// and pkg/apis/core/validation validateKubeFinalizerName ("name is neither a standard finalizer name nor is it fully qualified");
// ValidateNamespace runs validateFinalizerName on spec.finalizers.
describe('finalizers-invalid', () => {
  it.each([
    { name: 'qualified and standard finalizers pass', yaml: withMeta('ConfigMap', 'v1', '  finalizers: [example.com/cleanup, kubernetes]'), want: [] },
    {
      name: 'an unqualified custom finalizer on a built-in kind fails',
      yaml: withMeta('ConfigMap', 'v1', '  finalizers: [cleanup]'),
      want: ['finalizers-invalid 5:16 metadata.finalizers[0]: Invalid value: "cleanup": name is neither a standard finalizer name nor is it fully qualified'],
    },
    { name: 'an unqualified finalizer on a custom resource passes', yaml: withMeta('Widget', 'example.com/v1', '  finalizers: [cleanup]'), want: [] },
    {
      name: 'orphan and foregroundDeletion together fail',
      yaml: withMeta('ConfigMap', 'v1', '  finalizers: [orphan, foregroundDeletion]'),
      want: ['finalizers-invalid 5:15 metadata.finalizers: Invalid value: ["orphan","foregroundDeletion"]: finalizer orphan and foregroundDeletion cannot be both set'],
    },
    {
      name: 'a Namespace spec finalizer is checked too',
      yaml: withMeta('Namespace', 'v1', '', 'spec:\n  finalizers: [cleanup]'),
      want: ['finalizers-invalid 7:16 spec.finalizers: Invalid value: "cleanup": name is neither a standard finalizer name nor is it fully qualified'],
    },
  ])('$name', ({ yaml, want }) => {
    expect(lint(finalizersInvalid, yaml)).toEqual(want);
  });

  it('reports a malformed finalizer name with the qualified-name message', () => {
    expect(lint(finalizersInvalid, manifest('example.com/v1', 'Widget', 'metadata:\n  name: w\n  finalizers: [-bad]', null))).toEqual([
      `finalizers-invalid 5:16 metadata.finalizers: Invalid value: "-bad": ${NAME_PART}`,
    ]);
  });
});
