import { describe, expect, it } from 'vitest';
import { isDns1123Subdomain } from '../../../../src/model/names.js';
import { envVars } from '../../../../src/rules/api/pod/env-vars.js';
import { findingsOf, summary } from '../../helpers.js';
import { pod, web } from './builders.js';

const env = (items: string): string => pod(web(`env:\n${items}`));
const envFrom = (items: string): string => pod(web(`envFrom:\n${items}`));

// Upstream: pkg/apis/core/validation/validation.go ValidateEnv (validation_test.go TestValidateEnv: "zero-length
// name", "value and valueFrom together", "missing FieldPath on ObjectFieldSelector", "unsupported fieldPath", "invalid
// fieldPath labels"), validateEnvVarValueFrom, validateObjectFieldSelector after ConvertDownwardAPIFieldLabel
// (pkg/apis/core/pods/helpers.go), validateContainerResourceFieldSelector / validateContainerResourceDivisor,
// validateConfigMapKeySelector and IsRelaxedEnvVarName (RelaxedEnvironmentVariableValidation, GA in 1.34).
describe('env-vars', () => {
  it.each([
    { name: 'a value and a downward-API field pass', yaml: env('  - {name: A, value: x}\n  - name: IP\n    valueFrom: {fieldRef: {fieldPath: status.podIP}}'), out: [] },
    { name: 'names with dots and dashes pass under the relaxed rule', yaml: env('  - {name: my.env-name, value: x}\n  - {name: "1ABC", value: y}'), out: [] },
    { name: 'an empty name is required', yaml: env('  - {name: "", value: x}'), out: ['env-vars 10:18 spec.containers[0].env[0].name: Required value'] },
    {
      name: "a name with '=' is invalid",
      yaml: env('  - {name: "A=B", value: x}'),
      out: ["env-vars 10:18 spec.containers[0].env[0].name: Invalid value: \"A=B\": a valid environment variable name must consist only of printable ASCII characters other than '='"],
    },
    {
      name: 'value together with valueFrom is invalid',
      yaml: env('  - name: IP\n    value: x\n    valueFrom: {fieldRef: {fieldPath: status.podIP}}'),
      out: ['env-vars 12:11 spec.containers[0].env[0].valueFrom: Invalid value: "": may not be specified when `value` is not empty'],
    },
    {
      name: 'an empty valueFrom must name a source',
      yaml: env('  - name: IP\n    valueFrom: {}'),
      out: ['env-vars 11:11 spec.containers[0].env[0].valueFrom: Invalid value: "": must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`'],
    },
    {
      name: 'two sources are one too many',
      yaml: env('  - name: X\n    valueFrom:\n      configMapKeyRef: {name: a, key: k}\n      secretKeyRef: {name: b, key: k}'),
      out: ['env-vars 11:11 spec.containers[0].env[0].valueFrom: Invalid value: "": may not have more than one field specified at a time'],
    },
    {
      name: 'a field path the downward API does not expose to env is unsupported',
      yaml: env('  - name: X\n    valueFrom: {fieldRef: {fieldPath: metadata.labels}}'),
      out: [
        'env-vars 11:45 spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Unsupported value: "metadata.labels": supported values: "metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName", "spec.serviceAccountName", "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs"',
      ],
    },
    {
      name: 'an unknown field path fails conversion',
      yaml: env('  - name: X\n    valueFrom: {fieldRef: {fieldPath: status.phases}}'),
      out: ['env-vars 11:45 spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Invalid value: "status.phases": error converting fieldPath: field label not supported: status.phases'],
    },
    { name: 'a label subscript passes', yaml: env("  - name: X\n    valueFrom: {fieldRef: {fieldPath: \"metadata.labels['app']\"}}"), out: [] },
    {
      name: 'an unsupported resource is named with the supported ones',
      yaml: env('  - name: X\n    valueFrom: {resourceFieldRef: {resource: limits.gpu}}'),
      out: [
        'env-vars 11:52 spec.containers[0].env[0].valueFrom.resourceFieldRef.resource: Unsupported value: "limits.gpu": supported values: "limits.cpu", "limits.ephemeral-storage", "limits.memory", "requests.cpu", "requests.ephemeral-storage", "requests.memory"',
      ],
    },
    {
      name: 'a cpu divisor other than 1 or 1m is invalid',
      yaml: env('  - name: X\n    valueFrom: {resourceFieldRef: {resource: limits.cpu, divisor: 1k}}'),
      out: ["env-vars 11:73 spec.containers[0].env[0].valueFrom.resourceFieldRef.divisor: Invalid value: \"limits.cpu\": only divisor's values 1m and 1 are supported with the cpu resource"],
    },
    { name: 'a memory divisor of 1024Ki is 1Mi and passes', yaml: env('  - name: X\n    valueFrom: {resourceFieldRef: {resource: limits.memory, divisor: 1024Ki}}'), out: [] },
    {
      name: 'a key selector with an empty key is required',
      yaml: env('  - name: X\n    valueFrom: {secretKeyRef: {name: db, key: ""}}'),
      out: ['env-vars 11:53 spec.containers[0].env[0].valueFrom.secretKeyRef.key: Required value'],
    },
    {
      name: 'a key selector without a name names no valid object',
      yaml: env('  - name: X\n    valueFrom: {configMapKeyRef: {key: k}}'),
      out: isDns1123Subdomain('').map((m) => `env-vars 11:23 spec.containers[0].env[0].valueFrom.configMapKeyRef.name: Invalid value: "": ${m}`),
    },
  ])('$name', ({ yaml, out }) => {
    expect(summary(findingsOf(envVars, yaml))).toEqual(out);
  });

  // Upstream: ValidateEnvFrom (TestValidateEnvFrom: "zero-length name", "invalid prefix", "no refs", "multiple refs");
  // the "no refs" error names the envFrom list itself.
  it.each([
    { name: 'a prefixed config map passes', yaml: envFrom('  - {prefix: APP_, configMapRef: {name: app}}'), out: [] },
    { name: 'a generated-name prefix with a trailing dash passes', yaml: envFrom('  - {secretRef: {name: app-}}'), out: [] },
    { name: 'an entry without a source must name one', yaml: envFrom('  - {prefix: APP_}'), out: ['env-vars 10:11 spec.containers[0].envFrom: Invalid value: "": must specify one of: `configMapRef` or `secretRef`'] },
    {
      name: 'an entry with both sources has one too many',
      yaml: envFrom('  - {configMapRef: {name: a}, secretRef: {name: b}}'),
      out: ['env-vars 10:11 spec.containers[0].envFrom: Invalid value: "": may not have more than one field specified at a time'],
    },
    { name: 'a source without a name is required to have one', yaml: envFrom('  - configMapRef: {}'), out: ['env-vars 10:11 spec.containers[0].envFrom[0].configMapRef.name: Required value'] },
  ])('envFrom: $name', ({ yaml, out }) => {
    expect(summary(findingsOf(envVars, yaml))).toEqual(out);
  });
});
