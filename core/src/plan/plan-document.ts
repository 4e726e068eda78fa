/**
 * `kubeplan plan --output json`: a stable, versioned document (`schemaVersion: 1`). Tests, the language server
 * and the GitHub Action read it; change its shape only with a version bump. Documented in docs/plan-json.md.
 */
import type { Diagnostic } from '../diagnostic.js';

export const PLAN_SCHEMA_VERSION = 1;

/** What the plan does with an object. `rejected`: the API server would refuse it (see `reason`); nothing is applied. */
export type PlanAction = 'create' | 'update' | 'delete' | 'replace' | 'unchanged' | 'rejected';

export interface PlanObject {
  apiVersion: string;
  kind: string;
  namespace?: string;
  name: string;
  /** The top-level workload as `Kind/namespace/name` (`Deployment/shop/web` for its ReplicaSets and Pods); itself otherwise. */
  owner: string;
  action: PlanAction;
  /** True for objects the control plane makes (ReplicaSets, Pods, PVCs, PVs, EndpointSlices). */
  generated: boolean;
  /** Why it was rejected (the API server's message). */
  reason?: string;
  /** Where a declared object is written (1-based line). */
  file?: string;
  line?: number;
}

export type PodPhase = 'Pending' | 'Running' | 'Succeeded' | 'Failed';

export interface PlanPod {
  namespace: string;
  name: string;
  owner: string;
  /** The node it is bound to; null while Pending. */
  node: string | null;
  phase: PodPhase;
  /** The scheduler's message for a Pending pod (`0/4 nodes are available: ...`), or why it is not ready. */
  message?: string;
  priority: number;
  /** Effective requests as the scheduler counts them (cpu in millicores, memory in bytes). */
  requests: { cpu: number; memory: number };
  /** A pod preempted (evicted) to make room for this one, or the pod that preempted this one. */
  nominatedNode?: string;
}

/** Resource amounts in scheduler units: cpu in millicores, memory and ephemeral-storage in bytes, pods as a count. */
export interface ResourceAmounts {
  cpu: number;
  memory: number;
  pods: number;
  [resource: string]: number;
}

export interface PlanNode {
  name: string;
  labels: Record<string, string>;
  taints: string[];
  unschedulable: boolean;
  allocatable: ResourceAmounts;
  requested: ResourceAmounts;
  /** Requested before the change (with `--base` or a `--cluster` dump holding pods); absent otherwise. */
  requestedBefore?: ResourceAmounts;
  /** `namespace/name` of the pods bound to it, sorted. */
  pods: string[];
}

export interface PlanServicePort {
  name?: string;
  protocol: string;
  port: number;
  /** As written: a number or a container port name. */
  targetPort: number | string;
  nodePort?: number;
}

export interface PlanEndpoint {
  /** `namespace/name` of the pod. */
  pod: string;
  node: string | null;
  ready: boolean;
  /** The resolved target port (a named targetPort resolved on this pod's container ports). */
  port: number;
}

export interface PlanService {
  namespace: string;
  name: string;
  type: 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName';
  /** `None` for headless; null for ExternalName or when allocation failed. */
  clusterIP: string | null;
  externalName?: string;
  /** LoadBalancer ingress: `<pending>` without a cloud controller. */
  externalIP?: string;
  ports: PlanServicePort[];
  endpoints: PlanEndpoint[];
  /** Cluster DNS names (`web.shop.svc.cluster.local`, and per-pod names for headless StatefulSet services). */
  dns: string[];
}

export interface PlanEvent {
  type: 'Normal' | 'Warning';
  reason: string;
  /** `Kind/namespace/name`. */
  object: string;
  message: string;
}

export interface PlanVolumeClaim {
  namespace: string;
  name: string;
  phase: 'Pending' | 'Bound';
  volume: string | null;
  storageClass: string | null;
  capacity: string | null;
  message?: string;
}

export interface PlanCronJob {
  namespace: string;
  name: string;
  schedule: string;
  timeZone?: string;
  suspended: boolean;
  /** The next schedule times after the plan's clock, ISO 8601 UTC. */
  next: string[];
}

export interface PlanIngressRoute {
  namespace: string;
  ingress: string;
  host: string;
  path: string;
  service: string;
  port: number | string | null;
  /** Ready endpoints behind the backend; 0 also when the Service or port is missing (see `problem`). */
  readyEndpoints: number;
  problem?: string;
}

/** One object the plan changes against the base (or the `--cluster` dump): terraform's resource change. */
export interface PlanChange {
  action: 'create' | 'update' | 'delete' | 'replace';
  /** `Kind/namespace/name` (`Kind/name` for cluster-scoped objects). */
  object: string;
  apiVersion: string;
  kind: string;
  namespace?: string;
  name: string;
  /** JSON paths of the fields that differ (`spec.template.spec.containers[0].image`), server-managed and defaulted fields left out. */
  fields: string[];
  /** A unified diff of the object as YAML (before → after); Secret values show as `(sensitive value)`. */
  diff: string;
  /** For `replace`: the immutable field that forces it, e.g. `spec.selector: field is immutable`. */
  replaceReason?: string;
  /** Where the new (or, for a delete, the old) object is written, 1-based. */
  file?: string;
  line?: number;
}

/** One step of a rollout: the pods of the old and new revisions after the controller's step and the scheduler's binds. */
export interface RolloutStep {
  step: number;
  /** Pods of the old revision(s) and of the new one (not terminated). */
  old: number;
  new: number;
  /** Pods available (Ready for minReadySeconds) across revisions. */
  available: number;
  /** All pods of the workload, Pending ones included. */
  total: number;
  /** What happened in the step, e.g. `scaled web-7d9f up to 2`, `web-7d9f-x2k4p Pending: 0/4 nodes...`. */
  note?: string;
}

export interface PlanRollout {
  /** `Deployment/shop/web`. */
  object: string;
  strategy: 'RollingUpdate' | 'Recreate' | 'OnDelete';
  replicas: number;
  /** Resolved absolute values (percent rounded as upstream: surge up, unavailable down); null where not applicable. */
  maxSurge: number | null;
  maxUnavailable: number | null;
  /** StatefulSet partition, when set. */
  partition?: number;
  steps: RolloutStep[];
  minAvailableDuring: number;
  maxPodsDuring: number;
  /** The most cpu (millicores) and memory (bytes) requested above the steady state at any step. */
  peakExtra: { cpu: number; memory: number };
  /** Services selecting these pods that drop to zero ready endpoints at some step. */
  downtimeServices: string[];
  downtime: boolean;
  completed: boolean;
  stuck: boolean;
  /** Why it is stuck (the scheduler's message for the pod that cannot be placed, or the controller's condition). */
  message?: string;
  /** What set it off: a new pod template (a rollout) or only a new replica count (a scaling). */
  cause?: 'template' | 'replicas';
  /** The revision rolled out (`web-7d9fc8b6d`: the new ReplicaSet, the StatefulSet's update revision, `<daemonset>-<hash>`). */
  newRevision?: string;
  /** The revisions the old pods had, sorted. */
  oldRevisions?: string[];
  /** The first and last step at which no pod of the workload was available (Recreate's downtime window). */
  downtimeWindow?: { fromStep: number; toStep: number };
  /** Deployments: `spec.progressDeadlineSeconds`, after which a stuck rollout reports ProgressDeadlineExceeded. */
  progressDeadlineSeconds?: number;
  /** A replica-count change: pods placed and pods removed (with the ReplicaSet's reason for picking them). */
  scale?: PlanRolloutScale;
}

/** A scale-up's new placements and a scale-down's victims. */
export interface PlanRolloutScale {
  from: number;
  to: number;
  /** `namespace/name` of each new pod and its node (null while Pending). */
  added: { pod: string; node: string | null }[];
  /** `namespace/name` of each deleted pod, its node, and why the ReplicaSet deleted it first (ActivePodsWithRanks). */
  removed: { pod: string; node: string | null; reason: string }[];
}

/** A pod that changes node, or leaves one, because of the change (eviction, scale-down, rescheduling). */
export interface PlanPlacementChange {
  pod: string;
  owner: string;
  from: string | null;
  to: string | null;
  reason: string;
}

export interface PlanSummary {
  add: number;
  change: number;
  destroy: number;
  rejected: number;
  podsScheduled: number;
  podsPending: number;
  rollouts: number;
  stuckRollouts: number;
}

export interface PlanDocument {
  schemaVersion: typeof PLAN_SCHEMA_VERSION;
  kubeplanVersion: string;
  kubeVersion: string;
  /** Where the model cluster came from: the built-in default, `--cluster` files or `--nodes`. */
  cluster: { source: 'default' | 'file' | 'flag'; nodes: number };
  /** The simulation clock (ISO 8601). */
  now: string;
  objects: PlanObject[];
  pods: PlanPod[];
  nodes: PlanNode[];
  services: PlanService[];
  volumeClaims: PlanVolumeClaim[];
  cronJobs: PlanCronJob[];
  ingresses: PlanIngressRoute[];
  events: PlanEvent[];
  diagnostics: Diagnostic[];
  /** Against a base (`--base`) or live objects of a `--cluster` dump: what changes. Without either, every object is a create. */
  changes: PlanChange[];
  rollouts: PlanRollout[];
  placements: PlanPlacementChange[];
  /** What the plan was compared with: `git:<rev>`, a path, `cluster` (the dump's live objects) or null (nothing). */
  base: string | null;
  summary: PlanSummary;
}
