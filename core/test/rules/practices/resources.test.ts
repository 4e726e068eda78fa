import { describe, expect, it } from 'vitest';
import { cpuLimitMissing } from '../../../src/rules/practices/resources/cpu-limit-missing.js';
import { cpuRequestMissing } from '../../../src/rules/practices/resources/cpu-request-missing.js';
import { ephemeralStorageMissing } from '../../../src/rules/practices/resources/ephemeral-storage-missing.js';
import { memoryLimitMissing } from '../../../src/rules/practices/resources/memory-limit-missing.js';
import { memoryRequestMissing } from '../../../src/rules/practices/resources/memory-request-missing.js';
import { requestsNotEqualLimits } from '../../../src/rules/practices/resources/requests-not-equal-limits.js';
import { findingsOf, summary } from '../helpers.js';
import { oneContainer, pod } from './builders.js';

const resources = (requests: string, limits: string): string =>
  pod(oneContainer(`resources:\n${requests === '' ? '' : `  requests: {${requests}}\n`}${limits === '' ? '' : `  limits: {${limits}}`}`));
const on = (id: string, params: Record<string, unknown> = {}) => ({ rules: { [id]: { level: 'info' as const, params } } });
const limitRange = (field: string, values: string): string =>
  `---\napiVersion: v1\nkind: LimitRange\nmetadata:\n  name: defaults\nspec:\n  limits:\n    - type: Container\n      ${field}: {${values}}\n`;

describe('missing requests and limits', () => {
  it.each([
    { name: 'a CPU request passes', rule: cpuRequestMissing, yaml: resources('cpu: 100m', ''), findings: 0 },
    { name: 'no CPU request is reported', rule: cpuRequestMissing, yaml: resources('memory: 64Mi', ''), findings: 1 },
    { name: 'a CPU limit defaults the request', rule: cpuRequestMissing, yaml: resources('', 'cpu: 500m'), findings: 0 },
    { name: 'a LimitRange defaultRequest of the namespace fills it', rule: cpuRequestMissing, yaml: pod(oneContainer()) + limitRange('defaultRequest', 'cpu: 50m'), findings: 0 },
    { name: 'a LimitRange default of another resource does not', rule: cpuRequestMissing, yaml: pod(oneContainer()) + limitRange('default', 'memory: 64Mi'), findings: 1 },
    { name: 'no memory request is reported', rule: memoryRequestMissing, yaml: resources('cpu: 100m', ''), findings: 1 },
    { name: 'a memory limit defaults the memory request', rule: memoryRequestMissing, yaml: resources('', 'memory: 64Mi'), findings: 0 },
    { name: 'no memory limit is reported, whatever the request', rule: memoryLimitMissing, yaml: resources('memory: 64Mi', ''), findings: 1 },
    { name: 'a LimitRange default fills the memory limit', rule: memoryLimitMissing, yaml: pod(oneContainer()) + limitRange('default', 'memory: 64Mi'), findings: 0 },
    { name: 'init containers that run once are not sized', rule: memoryLimitMissing, yaml: pod(`initContainers:\n  - name: init\n    image: busybox:1.36\n${oneContainer('resources:\n  limits: {memory: 64Mi}')}`), findings: 0 },
    { name: 'sidecars (restartable init containers) are', rule: memoryLimitMissing, yaml: pod(`initContainers:\n  - name: proxy\n    image: proxy:1.0\n    restartPolicy: Always\n${oneContainer('resources:\n  limits: {memory: 64Mi}')}`), findings: 1 },
  ])('$name', ({ rule, yaml, findings }) => {
    expect(findingsOf(rule, yaml)).toHaveLength(findings);
  });

  it('points at the resources list, or the container, where the value is missing', () => {
    expect(summary(findingsOf(cpuRequestMissing, resources('memory: 64Mi', '')))).toEqual(['cpu-request-missing 10:9 container "app" has no CPU request']);
    expect(summary(findingsOf(memoryLimitMissing, pod(oneContainer())))).toEqual(['memory-limit-missing 7:7 container "app" has no memory limit']);
  });

  it('keeps the contested CPU limit and ephemeral storage rules opt-in', () => {
    expect(findingsOf(cpuLimitMissing, resources('cpu: 100m', ''))).toEqual([]);
    expect(summary(findingsOf(cpuLimitMissing, resources('cpu: 100m', ''), on('cpu-limit-missing')))).toEqual(['cpu-limit-missing 9:7 container "app" has no CPU limit']);
    expect(findingsOf(ephemeralStorageMissing, resources('', 'memory: 64Mi'))).toEqual([]);
    expect(summary(findingsOf(ephemeralStorageMissing, resources('', 'memory: 64Mi'), on('ephemeral-storage-missing')))).toEqual([
      'ephemeral-storage-missing 10:9 container "app" has no ephemeral-storage limit',
    ]);
  });
});

describe('requests-not-equal-limits (opt-in)', () => {
  it.each([
    { name: 'equal requests and limits pass', requests: 'cpu: 100m, memory: 64Mi', limits: 'cpu: 100m, memory: 64Mi', findings: 0 },
    { name: 'equal quantities in other spellings pass', requests: 'cpu: "1", memory: 1Gi', limits: 'cpu: 1000m, memory: 1024Mi', findings: 0 },
    { name: 'limits alone default the requests to them', requests: '', limits: 'cpu: 100m, memory: 64Mi', findings: 0 },
    { name: 'a lower request is reported', requests: 'cpu: 100m, memory: 64Mi', limits: 'cpu: 200m, memory: 64Mi', findings: 1 },
    { name: 'missing limits are reported per resource', requests: 'cpu: 100m, memory: 64Mi', limits: '', findings: 2 },
  ])('$name', ({ requests, limits, findings }) => {
    expect(findingsOf(requestsNotEqualLimits, resources(requests, limits), on('requests-not-equal-limits'))).toHaveLength(findings);
  });

  it('points at the request with both values', () => {
    expect(summary(findingsOf(requestsNotEqualLimits, resources('cpu: 100m, memory: 64Mi', 'cpu: 200m, memory: 64Mi'), on('requests-not-equal-limits')))).toEqual([
      'requests-not-equal-limits 10:25 container "app" requests 100m cpu but is limited to 200m',
    ]);
  });

  it('checks the resources listed in the resources parameter', () => {
    const settings = on('requests-not-equal-limits', { resources: ['memory', 'ephemeral-storage'] });
    expect(summary(findingsOf(requestsNotEqualLimits, resources('cpu: 100m, memory: 64Mi', 'cpu: 200m, memory: 64Mi'), settings))).toEqual([
      'requests-not-equal-limits 11:9 container "app" has no ephemeral-storage limit to match its request',
    ]);
  });
});
