import { describe, expect, it } from 'vitest';
import { resources } from '../../../../src/rules/api/pod/resources.js';
import { findingsOf, summary } from '../../helpers.js';
import { deployment, web } from './builders.js';

const res = (r: string): string => deployment(web(`resources:\n${r}`));

// Upstream: pkg/apis/core/validation/validation.go validateResourceRequirements (validation_test.go
// TestValidateResourceRequirements / TestValidateContainers "Resource CPU invalid", "Request limit simple invalid" →
// `requests: Invalid value: "6": must be less than or equal to cpu limit of 5`, "Resource GPU invalid setting only
// request", "Resource can only have GPU limit"), validateContainerResourceName, ValidateResourceQuantityValue,
// validateResourceQuantityHugePageValue, and SetDefaults_ResourceList (values rounded up to milli units).
describe('resources', () => {
  it.each([
    { name: 'requests below limits pass', r: '  requests: {cpu: 500m, memory: 256Mi}\n  limits: {cpu: "1", memory: 512Mi}', out: [] },
    { name: 'equal requests and limits in different spellings pass', r: '  requests: {cpu: 1000m, memory: 1Gi}\n  limits: {cpu: 1, memory: 1024Mi}', out: [] },
    { name: 'a zero request is valid', r: '  requests: {cpu: "0"}', out: [] },
    {
      name: 'a request above its limit is invalid, named on the requests map',
      r: '  requests: {cpu: "2"}\n  limits: {cpu: "1"}',
      out: ['resources 16:29 spec.template.spec.containers[0].resources.requests: Invalid value: "2": must be less than or equal to cpu limit of 1'],
    },
    {
      name: 'quantities are compared and printed canonically',
      r: '  requests: {memory: 1.5Gi}\n  limits: {memory: 1000M}',
      out: ['resources 16:32 spec.template.spec.containers[0].resources.requests: Invalid value: "1536Mi": must be less than or equal to memory limit of 1G'],
    },
    {
      name: 'a negative quantity is invalid',
      r: '  limits: {memory: -1Gi}',
      out: ['resources 16:30 spec.template.spec.containers[0].resources.limits[memory]: Invalid value: "-1Gi": must be greater than or equal to 0'],
    },
    {
      name: 'an extended resource request without a limit requires one',
      r: '  requests: {nvidia.com/gpu: 1}',
      out: ['resources 15:11 spec.template.spec.containers[0].resources.limits: Required value: Limit must be set for non overcommitable resources'],
    },
    {
      name: 'an extended resource request different from its limit is invalid',
      r: '  requests: {nvidia.com/gpu: 1}\n  limits: {nvidia.com/gpu: 2}',
      out: ['resources 16:40 spec.template.spec.containers[0].resources.requests: Invalid value: "1": must be equal to nvidia.com/gpu limit of 2'],
    },
    {
      name: 'a fractional extended resource is not an integer',
      r: '  limits: {example.com/foo: 500m}',
      out: ['resources 16:39 spec.template.spec.containers[0].resources.limits[example.com/foo]: Invalid value: 500m: must be an integer'],
    },
    {
      name: 'an unqualified unknown resource is neither standard nor a container resource',
      r: '  limits: {gpu: 1}',
      out: [
        'resources 16:22 spec.template.spec.containers[0].resources.limits[gpu]: Invalid value: gpu: must be a standard resource type or fully qualified',
        'resources 16:22 spec.template.spec.containers[0].resources.limits[gpu]: Invalid value: gpu: must be a standard resource for containers',
      ],
    },
    {
      name: 'a quota resource is not a container resource',
      r: '  limits: {pods: 1}',
      out: ['resources 16:22 spec.template.spec.containers[0].resources.limits[pods]: Invalid value: pods: must be a standard resource for containers'],
    },
    {
      name: 'hugepages must come in whole pages and with cpu or memory',
      r: '  limits: {hugepages-2Mi: 3Mi}\n  requests: {hugepages-2Mi: 3Mi}',
      out: [
        'resources 16:37 spec.template.spec.containers[0].resources.limits[hugepages-2Mi]: Invalid value: "3Mi": 3Mi is not positive integer multiple of hugepages-2Mi',
        'resources 17:39 spec.template.spec.containers[0].resources.requests[hugepages-2Mi]: Invalid value: "3Mi": 3Mi is not positive integer multiple of hugepages-2Mi',
        'resources 15:11 spec.template.spec.containers[0].resources: Forbidden: HugePages require cpu or memory',
      ],
    },
    { name: 'sub-milli quantities round up before comparing', r: '  requests: {cpu: 1500u}\n  limits: {cpu: 2m}', out: [] },
  ])('$name', ({ r, out }) => {
    expect(summary(findingsOf(resources, res(r)))).toEqual(out);
  });
});
