/**
 * Closed sets of values the API server enforces in validation ("Unsupported value") for common fields. The
 * OpenAPI spec does not carry these as enums (client-node drops them), so they are listed here, each with the
 * upstream place that enforces it (kubernetes `pkg/apis/<group>/validation/validation.go` unless noted).
 * Keys are client-node model names and JSON field names; for list fields the values apply to each item.
 * Only fields whose set is closed and stable are listed: a value added upstream must be added here.
 */
export interface EnumField {
  model: string;
  field: string;
  values: readonly string[];
  upstream: string;
}

const CORE = 'pkg/apis/core/validation/validation.go';
const APPS = 'pkg/apis/apps/validation/validation.go';
const PROTOCOLS = ['TCP', 'UDP', 'SCTP'] as const;
const SELECTOR_OPS = ['In', 'NotIn', 'Exists', 'DoesNotExist'] as const;
const TAINT_EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'] as const;
const PROFILE_TYPES = ['RuntimeDefault', 'Unconfined', 'Localhost'] as const;
const CONTAINER_MODELS = ['V1Container', 'V1EphemeralContainer'] as const;

export const ENUM_FIELDS: readonly EnumField[] = [
  ...CONTAINER_MODELS.flatMap((model) => [
    { model, field: 'imagePullPolicy', values: ['Always', 'IfNotPresent', 'Never'], upstream: `${CORE} validatePullPolicy` },
    {
      model,
      field: 'terminationMessagePolicy',
      values: ['File', 'FallbackToLogsOnError'],
      upstream: `${CORE} validateContainerCommon (terminationMessagePolicy)`,
    },
  ]),
  { model: 'V1PodSpec', field: 'restartPolicy', values: ['Always', 'OnFailure', 'Never'], upstream: `${CORE} validateRestartPolicy` },
  {
    model: 'V1PodSpec',
    field: 'dnsPolicy',
    values: ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'],
    upstream: `${CORE} validateDNSPolicy`,
  },
  { model: 'V1PodSpec', field: 'preemptionPolicy', values: ['PreemptLowerPriority', 'Never'], upstream: `${CORE} validatePreemptionPolicy` },
  {
    model: 'V1ServiceSpec',
    field: 'type',
    values: ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'],
    upstream: `${CORE} ValidateService (supportedServiceType)`,
  },
  {
    model: 'V1ServiceSpec',
    field: 'sessionAffinity',
    values: ['ClientIP', 'None'],
    upstream: `${CORE} ValidateService (supportedSessionAffinityType)`,
  },
  { model: 'V1ServiceSpec', field: 'externalTrafficPolicy', values: ['Cluster', 'Local'], upstream: `${CORE} validateServiceExternalTrafficPolicy` },
  {
    model: 'V1ServiceSpec',
    field: 'internalTrafficPolicy',
    values: ['Cluster', 'Local'],
    upstream: `${CORE} validateServiceInternalTrafficFieldsValue`,
  },
  {
    model: 'V1ServiceSpec',
    field: 'ipFamilyPolicy',
    values: ['SingleStack', 'PreferDualStack', 'RequireDualStack'],
    upstream: `${CORE} validateIPFamilyPolicy (supportedServiceIPFamilyPolicy)`,
  },
  { model: 'V1ServiceSpec', field: 'ipFamilies', values: ['IPv4', 'IPv6'], upstream: `${CORE} validateServiceIPFamily` },
  ...['V1ServicePort', 'V1ContainerPort', 'CoreV1EndpointPort', 'DiscoveryV1EndpointPort', 'V1NetworkPolicyPort'].map((model) => ({
    model,
    field: 'protocol',
    values: PROTOCOLS,
    upstream: `${CORE} supportedPortProtocols (NetworkPolicy: pkg/apis/networking/validation/validation.go)`,
  })),
  { model: 'V1Taint', field: 'effect', values: TAINT_EFFECTS, upstream: `${CORE} validateTaintEffect` },
  {
    model: 'V1Toleration',
    field: 'operator',
    values: ['Exists', 'Equal', 'Lt', 'Gt'],
    upstream: `${CORE} ValidateTolerations (Lt/Gt: TaintTolerationComparisonOperators)`,
  },
  // An empty effect matches every taint effect.
  {
    model: 'V1Toleration',
    field: 'effect',
    values: ['', ...TAINT_EFFECTS],
    upstream: `${CORE} ValidateTolerations → validateTaintEffect(allowEmpty)`,
  },
  ...['V1PersistentVolumeClaimSpec', 'V1PersistentVolumeSpec'].flatMap((model) => [
    {
      model,
      field: 'accessModes',
      values: ['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod'],
      upstream: `${CORE} ValidatePersistentVolume/validatePersistentVolumeClaimSpec (supportedAccessModes)`,
    },
    { model, field: 'volumeMode', values: ['Block', 'Filesystem'], upstream: `${CORE} supportedVolumeModes` },
  ]),
  {
    model: 'V1PersistentVolumeSpec',
    field: 'persistentVolumeReclaimPolicy',
    values: ['Retain', 'Delete', 'Recycle'],
    upstream: `${CORE} supportedReclaimPolicy`,
  },
  {
    model: 'V1HostPathVolumeSource',
    field: 'type',
    values: ['', 'DirectoryOrCreate', 'Directory', 'FileOrCreate', 'File', 'Socket', 'CharDevice', 'BlockDevice'],
    upstream: `${CORE} validateHostPathType (supportedHostPathTypes)`,
  },
  { model: 'V1SeccompProfile', field: 'type', values: PROFILE_TYPES, upstream: `${CORE} validateSeccompProfileField` },
  { model: 'V1AppArmorProfile', field: 'type', values: PROFILE_TYPES, upstream: `${CORE} ValidateAppArmorProfileField` },
  {
    model: 'V1NodeSelectorRequirement',
    field: 'operator',
    values: [...SELECTOR_OPS, 'Gt', 'Lt'],
    upstream: `${CORE} ValidateNodeSelectorRequirement`,
  },
  {
    model: 'V1LabelSelectorRequirement',
    field: 'operator',
    values: SELECTOR_OPS,
    upstream: 'staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation/validation.go ValidateLabelSelectorRequirement',
  },
  {
    model: 'V1ScopedResourceSelectorRequirement',
    field: 'operator',
    values: SELECTOR_OPS,
    upstream: `${CORE} validateScopedResourceSelectorRequirement`,
  },
  {
    model: 'V1TopologySpreadConstraint',
    field: 'whenUnsatisfiable',
    values: ['DoNotSchedule', 'ScheduleAnyway'],
    upstream: `${CORE} ValidateSpreadConstraintNotRepeat/validateWhenUnsatisfiable (supportedScheduleActions)`,
  },
  ...['nodeAffinityPolicy', 'nodeTaintsPolicy'].map((field) => ({
    model: 'V1TopologySpreadConstraint',
    field,
    values: ['Honor', 'Ignore'],
    upstream: `${CORE} validateNodeInclusionPolicy (supportedPodTopologySpreadNodePolicies)`,
  })),
  {
    model: 'V1PodSecurityContext',
    field: 'fsGroupChangePolicy',
    values: ['OnRootMismatch', 'Always'],
    upstream: `${CORE} validateFSGroupChangePolicy`,
  },
  {
    model: 'V1VolumeMount',
    field: 'mountPropagation',
    values: ['None', 'HostToContainer', 'Bidirectional'],
    upstream: `${CORE} validateMountPropagation`,
  },
  { model: 'V1HTTPGetAction', field: 'scheme', values: ['HTTP', 'HTTPS'], upstream: `${CORE} validateHTTPGetAction (supportedHTTPSchemes)` },
  { model: 'V1DeploymentStrategy', field: 'type', values: ['Recreate', 'RollingUpdate'], upstream: `${APPS} ValidateDeploymentStrategy` },
  {
    model: 'V1StatefulSetSpec',
    field: 'podManagementPolicy',
    values: ['OrderedReady', 'Parallel'],
    upstream: `${APPS} ValidateStatefulSetSpec (podManagementPolicy)`,
  },
  {
    model: 'V1StatefulSetUpdateStrategy',
    field: 'type',
    values: ['RollingUpdate', 'OnDelete'],
    upstream: `${APPS} ValidateStatefulSetUpdateStrategy`,
  },
  ...['whenDeleted', 'whenScaled'].map((field) => ({
    model: 'V1StatefulSetPersistentVolumeClaimRetentionPolicy',
    field,
    values: ['Retain', 'Delete'],
    upstream: `${APPS} ValidatePersistentVolumeClaimRetentionPolicyType`,
  })),
  { model: 'V1DaemonSetUpdateStrategy', field: 'type', values: ['RollingUpdate', 'OnDelete'], upstream: `${APPS} ValidateDaemonSetUpdateStrategy` },
  {
    model: 'V1JobSpec',
    field: 'completionMode',
    values: ['NonIndexed', 'Indexed'],
    upstream: 'pkg/apis/batch/validation/validation.go validateJobSpec (supportedCompletionModes)',
  },
  {
    model: 'V1JobSpec',
    field: 'podReplacementPolicy',
    values: ['TerminatingOrFailed', 'Failed'],
    upstream: 'pkg/apis/batch/validation/validation.go validateJobSpec (supportedPodReplacementPolicy)',
  },
  {
    model: 'V1CronJobSpec',
    field: 'concurrencyPolicy',
    values: ['Allow', 'Forbid', 'Replace'],
    upstream: 'pkg/apis/batch/validation/validation.go validateConcurrencyPolicy',
  },
  {
    model: 'V1HTTPIngressPath',
    field: 'pathType',
    values: ['Exact', 'Prefix', 'ImplementationSpecific'],
    upstream: 'pkg/apis/networking/validation/validation.go validateHTTPIngressPath (supportedPathTypes)',
  },
  {
    model: 'V1NetworkPolicySpec',
    field: 'policyTypes',
    values: ['Ingress', 'Egress'],
    upstream: 'pkg/apis/networking/validation/validation.go ValidateNetworkPolicySpec (allowed policyTypes)',
  },
  {
    model: 'V1PodDisruptionBudgetSpec',
    field: 'unhealthyPodEvictionPolicy',
    values: ['IfHealthyBudget', 'AlwaysAllow'],
    upstream: 'pkg/apis/policy/validation/validation.go ValidatePodDisruptionBudgetSpec (supportedUnhealthyPodEvictionPolicies)',
  },
  {
    model: 'V1StorageClass',
    field: 'reclaimPolicy',
    values: ['Retain', 'Delete'],
    upstream: 'pkg/apis/storage/validation/validation.go validateReclaimPolicy',
  },
  {
    model: 'V1StorageClass',
    field: 'volumeBindingMode',
    values: ['Immediate', 'WaitForFirstConsumer'],
    upstream: 'pkg/apis/storage/validation/validation.go validateVolumeBindingMode',
  },
];

/** `Model.field` → allowed values. */
export const ENUM_INDEX: ReadonlyMap<string, readonly string[]> = new Map(ENUM_FIELDS.map((e) => [`${e.model}.${e.field}`, e.values]));
