import { describe, expect, it } from 'vitest';
import { isDns1123Subdomain, isQualifiedName } from '../../../../src/model/names.js';
import { podSpecFields } from '../../../../src/rules/api/pod/pod-spec-fields.js';
import { findingsOf, summary } from '../../helpers.js';
import { deployment, pod, web } from './builders.js';

const spec = (extra: string): string => pod(`${extra}\n${web()}`);

// Upstream: pkg/apis/core/validation/validation.go ValidatePodSpec (validation_test.go TestValidatePodSpec "bad
// activeDeadlineSeconds" → "must be between 1 and 2147483647, inclusive", "bad service account name", "bad nodeName",
// "bad priorityClassName", "bad RuntimeClassName"), validateReadinessGates, validateSchedulingGates
// (TestValidatePodSpec "duplicated scheduling gates"), validateOS, ValidatePodCreate ("nodeName ... cannot be set
// until all schedulingGates have been cleared") and pkg/api/pod/warnings.go (negative terminationGracePeriodSeconds).
describe('pod-spec-fields', () => {
  it.each([
    { name: 'valid names and a deadline pass', yaml: spec('activeDeadlineSeconds: 600\nserviceAccountName: builder\npriorityClassName: high\nos: {name: linux}'), out: [] },
    {
      name: 'an activeDeadlineSeconds of 0 is out of range',
      yaml: spec('activeDeadlineSeconds: 0'),
      out: ['pod-spec-fields 6:26 spec.activeDeadlineSeconds: Invalid value: 0: must be between 1 and 2147483647, inclusive'],
    },
    {
      name: 'an uppercase service account name is not a DNS subdomain',
      yaml: spec('serviceAccountName: Builder'),
      out: isDns1123Subdomain('Builder').map((m) => `pod-spec-fields 6:23 spec.serviceAccountName: Invalid value: "Builder": ${m}`),
    },
    {
      name: 'a readiness gate must be a qualified name',
      yaml: spec('readinessGates: [{conditionType: "a b"}]'),
      out: isQualifiedName('a b').map((m) => `pod-spec-fields 6:36 spec.readinessGates[0].conditionType: Invalid value: "a b": ${m}`),
    },
    {
      name: 'a repeated scheduling gate is a duplicate, named on the gate',
      yaml: spec('schedulingGates: [{name: example.com/quota}, {name: example.com/quota}]'),
      out: ['pod-spec-fields 6:55 spec.schedulingGates[1]: Duplicate value: "example.com/quota"'],
    },
    {
      name: 'a Pod bound to a node cannot keep scheduling gates',
      yaml: spec('nodeName: node-1\nschedulingGates: [{name: example.com/quota}]'),
      out: ['pod-spec-fields 6:13 spec.nodeName: Forbidden: cannot be set until all schedulingGates have been cleared'],
    },
    { name: 'an unknown OS is unsupported, named on os', yaml: spec('os: {name: plan9}'), out: ['pod-spec-fields 6:14 spec.os: Unsupported value: "plan9": supported values: "linux", "windows"'] },
  ])('$name', ({ yaml, out }) => {
    expect(summary(findingsOf(podSpecFields, yaml))).toEqual(out);
  });

  it('warns, as the API server does, about a negative terminationGracePeriodSeconds', () => {
    const ds = findingsOf(podSpecFields, deployment(`terminationGracePeriodSeconds: -1\n${web()}`));
    expect(ds.map((d) => [d.severity, d.message])).toEqual([
      ['warning', 'spec.template.spec.terminationGracePeriodSeconds: must be >= 0; negative values are invalid and will be treated as 1'],
    ]);
  });
});
