import { describe, expect, it } from 'vitest';
import { hpaSpecInvalid } from '../../../../src/rules/api/objects/hpa-spec-invalid.js';
import { limitRangeSpecInvalid } from '../../../../src/rules/api/objects/limitrange-spec-invalid.js';
import { pdbSpecInvalid } from '../../../../src/rules/api/objects/pdb-spec-invalid.js';
import { resourceQuotaSpecInvalid } from '../../../../src/rules/api/objects/resourcequota-spec-invalid.js';
import { lint, manifest } from './object-builders.js';

const pdb = (spec: string): string => manifest('policy/v1', 'PodDisruptionBudget', `spec:\n  selector: {matchLabels: {app: web}}\n${spec}`);

// Upstream: pkg/apis/policy/validation/validation.go ValidatePodDisruptionBudgetSpec ("minAvailable and maxUnavailable
// cannot be both set") with apps ValidatePositiveIntOrPercent / IsNotMoreThan100Percent; validation_test.go
// TestValidateMinAvailablePodDisruptionBudgetSpec and TestValidatePodDisruptionBudgetSpec invalid values (-1, "1.1%", "101%").
describe('pdb-spec-invalid', () => {
  it.each([
    { name: 'a percentage minAvailable passes', yaml: pdb('  minAvailable: 50%'), want: [] },
    {
      name: 'both minAvailable and maxUnavailable fail',
      yaml: pdb('  minAvailable: 1\n  maxUnavailable: 1'),
      want: ['pdb-spec-invalid 8:19 spec: Invalid value: {"minAvailable":1,"maxUnavailable":1}: minAvailable and maxUnavailable cannot be both set'],
    },
    { name: 'a negative maxUnavailable fails', yaml: pdb('  maxUnavailable: -1'), want: ['pdb-spec-invalid 7:19 spec.maxUnavailable: Invalid value: -1: must be greater than or equal to 0'] },
    { name: 'a percentage over 100% fails', yaml: pdb('  minAvailable: 101%'), want: ['pdb-spec-invalid 7:17 spec.minAvailable: Invalid value: 101%: must not be greater than 100%'] },
  ])('$name', ({ yaml, want }) => {
    expect(lint(pdbSpecInvalid, yaml)).toEqual(want);
  });
});

const hpa = (spec: string, apiVersion = 'autoscaling/v2'): string =>
  manifest(apiVersion, 'HorizontalPodAutoscaler', `spec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n${spec}`);

// Upstream: pkg/apis/autoscaling/validation/validation.go validateHorizontalPodAutoscalerSpec ("must be greater than or
// equal to 1", "must be greater than or equal to `minReplicas`"), validateMetricSpec ("must populate information for the
// given metric source"), validateResourceSource, validateScalingRules; validation_test.go TestValidateHorizontalPodAutoscaler.
describe('hpa-spec-invalid', () => {
  it.each([
    { name: 'a CPU utilization target passes', yaml: hpa('  maxReplicas: 5\n  metrics: [{type: Resource, resource: {name: cpu, target: {type: Utilization, averageUtilization: 70}}}]'), want: [] },
    { name: 'minReplicas 0 fails (scale to zero is alpha)', yaml: hpa('  minReplicas: 0\n  maxReplicas: 5'), want: ['hpa-spec-invalid 7:16 spec.minReplicas: Invalid value: 0: must be greater than or equal to 1'] },
    {
      name: 'maxReplicas below minReplicas fails',
      yaml: hpa('  minReplicas: 5\n  maxReplicas: 2'),
      want: ['hpa-spec-invalid 8:16 spec.maxReplicas: Invalid value: 2: must be greater than or equal to `minReplicas`'],
    },
    {
      name: 'maxReplicas 0 fails twice (minReplicas defaults to 1)',
      yaml: hpa('  maxReplicas: 0'),
      want: ['hpa-spec-invalid 7:16 spec.maxReplicas: Invalid value: 0: must be greater than 0', 'hpa-spec-invalid 7:16 spec.maxReplicas: Invalid value: 0: must be greater than or equal to `minReplicas`'],
    },
    {
      name: 'a Resource metric without its source fails',
      yaml: hpa('  maxReplicas: 5\n  metrics: [{type: Resource, pods: {metric: {name: rps}, target: {type: AverageValue, averageValue: "10"}}}]'),
      want: ['hpa-spec-invalid 8:13 spec.metrics[0].resource: Required value: must populate information for the given metric source'],
    },
    {
      name: 'a resource target without utilization or value fails',
      yaml: hpa('  maxReplicas: 5\n  metrics: [{type: Resource, resource: {name: cpu, target: {type: Utilization}}}]'),
      want: ['hpa-spec-invalid 8:52 spec.metrics[0].resource.target.averageUtilization: Required value: must set either a target raw value or a target utilization'],
    },
    {
      name: 'a zero averageValue is not positive',
      yaml: hpa('  maxReplicas: 5\n  metrics: [{type: Pods, pods: {metric: {name: rps}, target: {type: AverageValue, averageValue: "0"}}}]'),
      want: ['hpa-spec-invalid 8:97 spec.metrics[0].pods.target.averageValue: Invalid value: 0: must be positive'],
    },
    {
      name: 'an explicitly empty policy list fails',
      yaml: hpa('  maxReplicas: 5\n  behavior:\n    scaleDown: {policies: []}'),
      want: ['hpa-spec-invalid 9:27 spec.behavior.scaleDown.policies: Required value: must specify at least one Policy'],
    },
    {
      name: 'a scaling period over 30 minutes fails',
      yaml: hpa('  maxReplicas: 5\n  behavior:\n    scaleUp:\n      policies: [{type: Pods, value: 4, periodSeconds: 3600}]'),
      want: ['hpa-spec-invalid 10:56 spec.behavior.scaleUp.policies[0].periodSeconds: Invalid value: 3600: must be less than or equal to 1800'],
    },
  ])('$name', ({ yaml, want }) => {
    expect(lint(hpaSpecInvalid, yaml)).toEqual(want);
  });
});

const quota = (spec: string): string => manifest('v1', 'ResourceQuota', `spec:\n${spec}`);

// Upstream: pkg/apis/core/validation/validation.go ValidateResourceQuotaSpec → ValidateResourceQuotaResourceName ("must be a
// standard resource for quota"), ValidateResourceQuantityValue ("must be an integer" for counts), validateResourceQuotaScopes
// ("unsupported scope applied to resource", "conflicting scopes"); validation_test.go TestValidateResourceQuota.
describe('resourcequota-spec-invalid', () => {
  it.each([
    { name: 'standard and object-count resources pass', yaml: quota('  hard: {requests.cpu: "4", pods: "10", count/deployments.apps: "5", requests.nvidia.com/gpu: "2"}'), want: [] },
    {
      name: 'an unknown unprefixed resource fails',
      yaml: quota('  hard: {cpus: "4"}'),
      want: [
        'resourcequota-spec-invalid 6:10 spec.hard[cpus]: Invalid value: "cpus": must be a standard resource type or fully qualified',
        'resourcequota-spec-invalid 6:10 spec.hard[cpus]: Invalid value: "cpus": must be a standard resource for quota',
      ],
    },
    { name: 'a fractional pod count fails', yaml: quota('  hard: {pods: 500m}'), want: ['resourcequota-spec-invalid 6:16 spec.hard[pods]: Invalid value: 500m: must be an integer'] },
    { name: 'a negative quantity fails', yaml: quota('  hard: {requests.memory: -1Gi}'), want: ['resourcequota-spec-invalid 6:27 spec.hard[requests.memory]: Invalid value: "-1Gi": must be greater than or equal to 0'] },
    {
      name: 'a BestEffort scope with a compute resource fails',
      yaml: quota('  hard: {requests.cpu: "1"}\n  scopes: [BestEffort]'),
      want: ['resourcequota-spec-invalid 7:11 spec.scopes: Invalid value: ["BestEffort"]: unsupported scope applied to resource'],
    },
    {
      name: 'Terminating and NotTerminating conflict',
      yaml: quota('  hard: {pods: "1"}\n  scopes: [Terminating, NotTerminating]'),
      want: ['resourcequota-spec-invalid 7:11 spec.scopes: Invalid value: ["Terminating","NotTerminating"]: conflicting scopes'],
    },
  ])('$name', ({ yaml, want }) => {
    expect(lint(resourceQuotaSpecInvalid, yaml)).toEqual(want);
  });
});

const limits = (items: string): string => manifest('v1', 'LimitRange', `spec:\n  limits:\n${items}`);

// Upstream: pkg/apis/core/validation/validation.go ValidateLimitRange (min/max/default/defaultRequest ordering, Pod items
// without defaults, PersistentVolumeClaim storage bounds) after SetDefaults_LimitRangeItem; validation_test.go
// TestValidateLimitRange "min value 2 is greater than max value 1", "default request value … is greater than default limit value".
describe('limitrange-spec-invalid', () => {
  it.each([
    { name: 'ordered container limits pass', yaml: limits('    - type: Container\n      min: {cpu: 100m}\n      defaultRequest: {cpu: 200m}\n      default: {cpu: 500m}\n      max: {cpu: "1"}'), want: [] },
    {
      name: 'min above max fails',
      yaml: limits('    - type: Pod\n      min: {cpu: "2"}\n      max: {cpu: "1"}'),
      want: ['limitrange-spec-invalid 8:18 spec.limits[0].min[cpu]: Invalid value: 2: min value 2 is greater than max value 1'],
    },
    {
      name: 'a default request above the default limit fails',
      yaml: limits('    - type: Container\n      default: {memory: 256Mi}\n      defaultRequest: {memory: 512Mi}'),
      want: ['limitrange-spec-invalid 9:32 spec.limits[0].defaultRequest[memory]: Invalid value: 512Mi: default request value 512Mi is greater than default limit value 256Mi'],
    },
    {
      name: 'a default request above max fails against the max-derived default too',
      yaml: limits('    - type: Container\n      max: {cpu: "1"}\n      defaultRequest: {cpu: "2"}'),
      want: [
        'limitrange-spec-invalid 9:29 spec.limits[0].defaultRequest[cpu]: Invalid value: 2: default request value 2 is greater than max value 1',
        'limitrange-spec-invalid 9:29 spec.limits[0].defaultRequest[cpu]: Invalid value: 2: default request value 2 is greater than default limit value 1',
      ],
    },
    {
      name: 'defaults on a Pod item are forbidden',
      yaml: limits('    - type: Pod\n      default: {cpu: "1"}'),
      want: ["limitrange-spec-invalid 8:16 spec.limits[0].default: Forbidden: may not be specified when `type` is 'Pod'"],
    },
    {
      name: 'a PersistentVolumeClaim item needs a storage bound',
      yaml: limits('    - type: PersistentVolumeClaim\n      max: {cpu: "1"}'),
      want: ['limitrange-spec-invalid 7:7 spec.limits[0].limits: Required value: either minimum or maximum storage value is required, but neither was provided'],
    },
    {
      name: 'storage is not a container resource',
      yaml: limits('    - type: Container\n      max: {storage: 1Gi}'),
      want: ['limitrange-spec-invalid 8:13 spec.limits[0].max[storage]: Invalid value: "storage": must be a standard resource for containers'],
    },
  ])('$name', ({ yaml, want }) => {
    expect(lint(limitRangeSpecInvalid, yaml)).toEqual(want);
  });
});
