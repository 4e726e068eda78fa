/**
 * What an object charges to quota, by kind (pkg/quota/v1/evaluator/core pods.go, services.go,
 * persistent_volume_claims.go; apiserver quota/v1/generic object_count_evaluator.go): the resource names the
 * evaluator tracks, the usage of one object, whether it supports scopes, and which operations it handles.
 */
import { asNumber, asObject, asString, getIn, objectItems, type Obj } from '../../../model/fields.js';
import { podRequests, readResourceList, type ResourceList } from '../../../model/pod-requests.js';
import { quantityFromParts, type Quantity } from '../../../model/quantity.js';
import { claimClassName } from '../../controllers/volume-binding-classes.js';
import type { AdmissionOperation } from '../admission-types.js';
import { podLimits } from '../pod-limits.js';
import { qualifiedResource } from '../qualified-resource.js';
import { podMatchesScope, type ScopeSelector } from './quota-scopes.js';

export interface QuotaEvaluator {
  /** MatchingResources: the names of a quota's `hard` this evaluator charges. */
  matchingResources(names: readonly string[]): string[];
  /** Usage of one object. */
  usage(object: Readonly<Obj>): ResourceList;
  /** The object matches a scope selector (false for kinds without scopes). */
  matchesScope(selector: ScopeSelector, object: Readonly<Obj>): boolean;
  /** Handles: which operations change usage. */
  handles(operation: AdmissionOperation): boolean;
  /** Pods only: the `must specify` constraint (pods.go Constraints). */
  readonly pods: boolean;
}

const count = (n: number): Quantity => quantityFromParts(BigInt(n), 0, 'DecimalSI');
const ONE = count(1);
const STORAGE_CLASS_SUFFIX = '.storageclass.storage.k8s.io/';

/** v1helper.IsExtendedResourceName for quota: not native, and not already a `requests.` name. */
function isExtendedResource(name: string): boolean {
  return name.includes('/') && !name.includes('kubernetes.io/') && !name.startsWith('requests.');
}

/** podComputeUsageHelper: requests and limits as quota names. */
export function computeUsage(requests: ResourceList, limits: ResourceList): ResourceList {
  const out: ResourceList = new Map([['pods', ONE]]);
  for (const name of ['cpu', 'memory', 'ephemeral-storage']) {
    const req = requests.get(name);
    if (req !== undefined) out.set(name, req).set(`requests.${name}`, req);
    const lim = limits.get(name);
    if (lim !== undefined) out.set(`limits.${name}`, lim);
  }
  for (const [name, q] of requests) {
    if (name.startsWith('hugepages-')) out.set(name, q).set(`requests.${name}`, q);
    if (isExtendedResource(name)) out.set(`requests.${name}`, q);
  }
  return out;
}

const POD_RESOURCES = new Set(['count/pods', 'pods', 'cpu', 'memory', 'ephemeral-storage', 'requests.cpu', 'requests.memory', 'requests.ephemeral-storage', 'limits.cpu', 'limits.memory', 'limits.ephemeral-storage']);

/** PodUsageFunc: a pod in a terminal phase only counts as an object (`count/pods`). */
function podUsage(pod: Readonly<Obj>): ResourceList {
  const usage: ResourceList = new Map([['count/pods', ONE]]);
  const phase = getIn(pod, 'status', 'phase');
  const spec = asObject(pod.spec);
  if (phase === 'Succeeded' || phase === 'Failed' || spec === undefined) return usage;
  for (const [name, q] of computeUsage(podRequests(spec), podLimits(spec))) usage.set(name, q);
  return usage;
}

const podEvaluator: QuotaEvaluator = {
  pods: true,
  matchingResources: (names) => names.filter((n) => POD_RESOURCES.has(n) || n.startsWith('hugepages-') || n.startsWith('requests.hugepages-') || (n.startsWith('requests.') && isExtendedResource(n.slice('requests.'.length)))),
  usage: podUsage,
  matchesScope: (selector, pod) => podMatchesScope(selector, asObject(pod.spec) ?? {}),
  handles: (op) => op === 'CREATE',
};

const SERVICE_RESOURCES = new Set(['count/services', 'services', 'services.loadbalancers', 'services.nodeports']);

/** The service evaluator's usage: node ports count every port of a NodePort or LoadBalancer service. */
function serviceUsage(service: Readonly<Obj>): ResourceList {
  const spec = asObject(service.spec) ?? {};
  const type = asString(spec.type) || 'ClusterIP';
  const ports = objectItems(spec.ports);
  let nodePorts = 0;
  if (type === 'NodePort') nodePorts = ports.length;
  if (type === 'LoadBalancer') nodePorts = spec.allocateLoadBalancerNodePorts === false ? ports.filter(({ item }) => (asNumber(item.nodePort) ?? 0) !== 0).length : ports.length;
  return new Map([
    ['count/services', ONE],
    ['services', ONE],
    ['services.loadbalancers', count(type === 'LoadBalancer' ? 1 : 0)],
    ['services.nodeports', count(nodePorts)],
  ]);
}

const serviceEvaluator: QuotaEvaluator = {
  pods: false,
  matchingResources: (names) => names.filter((n) => SERVICE_RESOURCES.has(n)),
  usage: serviceUsage,
  matchesScope: () => false,
  handles: () => true,
};

function claimUsage(claim: Readonly<Obj>): ResourceList {
  const usage: ResourceList = new Map([
    ['persistentvolumeclaims', ONE],
    ['count/persistentvolumeclaims', ONE],
  ]);
  const sc = claimClassName(claim);
  if (sc !== '') usage.set(`${sc}${STORAGE_CLASS_SUFFIX}persistentvolumeclaims`, ONE);
  const storage = readResourceList(getIn(claim, 'spec', 'resources', 'requests')).get('storage');
  if (storage !== undefined) {
    usage.set('requests.storage', storage);
    if (sc !== '') usage.set(`${sc}${STORAGE_CLASS_SUFFIX}requests.storage`, storage);
  }
  return usage;
}

const claimEvaluator: QuotaEvaluator = {
  pods: false,
  matchingResources: (names) =>
    names.filter((n) => n === 'persistentvolumeclaims' || n === 'count/persistentvolumeclaims' || n === 'requests.storage' || (n.includes(STORAGE_CLASS_SUFFIX) && /\/(requests\.storage|persistentvolumeclaims)$/.test(n))),
  usage: claimUsage,
  matchesScope: () => false,
  handles: () => true,
};

/** Kinds whose object count also has a legacy name (`configmaps` besides `count/configmaps`). */
const LEGACY_COUNT_NAMES: ReadonlySet<string> = new Set(['configmaps', 'secrets', 'replicationcontrollers', 'resourcequotas']);

/** NewObjectCountEvaluator: any other kind counts as `count/<resource>` on create. */
function objectCountEvaluator(apiVersion: string, kind: string): QuotaEvaluator {
  const resource = qualifiedResource(apiVersion, kind);
  const names = [`count/${resource}`, ...(LEGACY_COUNT_NAMES.has(resource) ? [resource] : [])];
  return {
    pods: false,
    matchingResources: (hard) => hard.filter((n) => names.includes(n)),
    usage: () => new Map(names.map((n) => [n, ONE])),
    matchesScope: () => false,
    handles: (op) => op === 'CREATE',
  };
}

/** The evaluator for a kind. */
export function evaluatorFor(apiVersion: string, kind: string): QuotaEvaluator {
  if (apiVersion === 'v1' && kind === 'Pod') return podEvaluator;
  if (apiVersion === 'v1' && kind === 'Service') return serviceEvaluator;
  if (apiVersion === 'v1' && kind === 'PersistentVolumeClaim') return claimEvaluator;
  return objectCountEvaluator(apiVersion, kind);
}

/** `spec.hard` of a ResourceQuota (status.hard mirrors it once the quota controller has synced). */
export function hardOf(quota: Readonly<Obj>): ResourceList {
  return readResourceList(getIn(quota, 'spec', 'hard') ?? getIn(quota, 'status', 'hard'));
}

/** True when the pod sets pod-level cpu, memory or hugepages (IsPodLevelResourcesSet). */
export function hasPodLevelResources(spec: Readonly<Obj>): boolean {
  const resources = asObject(spec.resources);
  return [resources?.requests, resources?.limits].some((l) => Object.keys(asObject(l) ?? {}).some((n) => n === 'cpu' || n === 'memory' || n.startsWith('hugepages-')));
}

