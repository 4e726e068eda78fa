/**
 * The one piece of hand-written type knowledge in the schema: which fields are `resource.Quantity`.
 *
 * client-node's generator flattens Quantity to a plain `string` (no format), so the OpenAPI type is lost. Each
 * entry below names a client-node model and the JSON names of its Quantity fields, with the upstream Go
 * declaration it was checked against (kubernetes `staging/src/k8s.io/api/<group>/<version>/types.go`).
 * Whether a field is a single Quantity, a list or a map (`ResourceList`) comes from client-node's own type.
 * The generator fails when an entry names a model or field the client does not have, so renames upstream are
 * noticed instead of silently dropping the check.
 */
export interface QuantityFields {
  model: string;
  fields: readonly string[];
  /** The upstream Go declaration(s), for review. */
  upstream: string;
}

const CORE = 'core/v1/types.go';
const RESOURCE_V1 = 'resource/v1/types.go (same fields in v1beta1, v1beta2)';

export const QUANTITY_FIELDS: readonly QuantityFields[] = [
  // core/v1
  { model: 'V1ResourceRequirements', fields: ['limits', 'requests'], upstream: `${CORE} ResourceRequirements: Limits, Requests ResourceList` },
  {
    model: 'V1VolumeResourceRequirements',
    fields: ['limits', 'requests'],
    upstream: `${CORE} VolumeResourceRequirements: Limits, Requests ResourceList`,
  },
  { model: 'V1ResourceQuotaSpec', fields: ['hard'], upstream: `${CORE} ResourceQuotaSpec: Hard ResourceList` },
  { model: 'V1ResourceQuotaStatus', fields: ['hard', 'used'], upstream: `${CORE} ResourceQuotaStatus: Hard, Used ResourceList` },
  {
    model: 'V1LimitRangeItem',
    fields: ['max', 'min', 'default', 'defaultRequest', 'maxLimitRequestRatio'],
    upstream: `${CORE} LimitRangeItem: Max, Min, Default, DefaultRequest, MaxLimitRequestRatio ResourceList`,
  },
  { model: 'V1NodeStatus', fields: ['capacity', 'allocatable'], upstream: `${CORE} NodeStatus: Capacity, Allocatable ResourceList` },
  { model: 'V1PersistentVolumeSpec', fields: ['capacity'], upstream: `${CORE} PersistentVolumeSpec: Capacity ResourceList` },
  {
    model: 'V1PersistentVolumeClaimStatus',
    fields: ['capacity', 'allocatedResources'],
    upstream: `${CORE} PersistentVolumeClaimStatus: Capacity, AllocatedResources ResourceList`,
  },
  { model: 'V1EmptyDirVolumeSource', fields: ['sizeLimit'], upstream: `${CORE} EmptyDirVolumeSource: SizeLimit *resource.Quantity` },
  { model: 'V1PodSpec', fields: ['overhead'], upstream: `${CORE} PodSpec: Overhead ResourceList` },
  { model: 'V1ContainerStatus', fields: ['allocatedResources'], upstream: `${CORE} ContainerStatus: AllocatedResources ResourceList` },
  { model: 'V1PodStatus', fields: ['allocatedResources'], upstream: `${CORE} PodStatus: AllocatedResources ResourceList` },
  // node/v1
  { model: 'V1Overhead', fields: ['podFixed'], upstream: 'node/v1/types.go Overhead: PodFixed corev1.ResourceList' },
  // storage/v1
  {
    model: 'V1CSIStorageCapacity',
    fields: ['capacity', 'maximumVolumeSize'],
    upstream: 'storage/v1/types.go CSIStorageCapacity: Capacity, MaximumVolumeSize *resource.Quantity',
  },
  // autoscaling/v2
  {
    model: 'V2MetricTarget',
    fields: ['value', 'averageValue'],
    upstream: 'autoscaling/v2/types.go MetricTarget: Value, AverageValue *resource.Quantity',
  },
  {
    model: 'V2MetricValueStatus',
    fields: ['value', 'averageValue'],
    upstream: 'autoscaling/v2/types.go MetricValueStatus: Value, AverageValue *resource.Quantity',
  },
  // resource.k8s.io (dynamic resource allocation)
  ...['V1', 'V1beta1', 'V1beta2'].flatMap((v): QuantityFields[] => [
    { model: `${v}DeviceCapacity`, fields: ['value'], upstream: `${RESOURCE_V1} DeviceCapacity: Value resource.Quantity` },
    { model: `${v}Counter`, fields: ['value'], upstream: `${RESOURCE_V1} Counter: Value resource.Quantity` },
    {
      model: `${v}CapacityRequirements`,
      fields: ['requests'],
      upstream: `${RESOURCE_V1} CapacityRequirements: Requests map[QualifiedName]resource.Quantity`,
    },
    {
      model: `${v}CapacityRequestPolicy`,
      fields: ['default', 'validValues'],
      upstream: `${RESOURCE_V1} CapacityRequestPolicy: Default *resource.Quantity, ValidValues []resource.Quantity`,
    },
    {
      model: `${v}CapacityRequestPolicyRange`,
      fields: ['min', 'max', 'step'],
      upstream: `${RESOURCE_V1} CapacityRequestPolicyRange: Min, Max, Step *resource.Quantity`,
    },
    {
      model: `${v}DeviceRequestAllocationResult`,
      fields: ['consumedCapacity'],
      upstream: `${RESOURCE_V1} DeviceRequestAllocationResult: ConsumedCapacity map[QualifiedName]resource.Quantity`,
    },
  ]),
];
