/**
 * The API server's defaulting of a Pod before admission (pkg/apis/core/v1/defaults.go SetDefaults_Pod,
 * SetDefaults_PodSpec, SetDefaults_Container, SetDefaults_Volume): the fields later plugins and the scheduler
 * read. A container's missing request takes its limit here (on Pods, not on templates), which is why a
 * container with only `limits: {cpu: 1}` requests 1 cpu.
 */
import { asNumber, asObject, asString, objectItems, type Obj } from '../../model/fields.js';
import { aggregateContainerRequests, isPodLevelResource, readResourceList } from '../../model/pod-requests.js';
import { formatQuantity } from '../../model/quantity.js';
import { childObject, defaultField } from './mutable.js';

/** v1.TerminationMessagePathDefault. */
const TERMINATION_MESSAGE_PATH = '/dev/termination-log';
/** v1.DefaultTerminationGracePeriodSeconds. */
const TERMINATION_GRACE_PERIOD_SECONDS = 30;
/** v1.DefaultSchedulerName. */
const DEFAULT_SCHEDULER = 'default-scheduler';

/**
 * The tag of an image reference as parsers.ParseImageName sees it: `latest` when neither tag nor digest is
 * written, `''` when only a digest is (or the reference is empty).
 */
export function imageTag(image: string): string {
  if (image === '') return '';
  const at = image.indexOf('@');
  const name = at < 0 ? image : image.slice(0, at);
  const lastSegment = name.slice(name.lastIndexOf('/') + 1);
  const colon = lastSegment.lastIndexOf(':');
  if (colon >= 0) return lastSegment.slice(colon + 1);
  return at < 0 ? 'latest' : '';
}

/** SetDefaults_Container: pull policy from the tag, termination message path and policy, port protocols. */
function defaultContainer(container: Obj): void {
  if (!asString(container.imagePullPolicy)) {
    container.imagePullPolicy = imageTag(asString(container.image) ?? '') === 'latest' ? 'Always' : 'IfNotPresent';
  }
  defaultField(container, 'terminationMessagePath', TERMINATION_MESSAGE_PATH);
  defaultField(container, 'terminationMessagePolicy', 'File');
  for (const { item: port } of objectItems(container.ports)) defaultField(port, 'protocol', 'TCP');
}

/** SetDefaults_Pod: each resource with a limit and no request requests its limit. */
function defaultRequestsToLimits(container: Obj): void {
  const resources = asObject(container.resources);
  const limits = asObject(resources?.limits);
  if (resources === undefined || limits === undefined) return;
  const requests = childObject(resources, 'requests');
  for (const [name, limit] of Object.entries(limits)) if (requests[name] === undefined) requests[name] = limit;
}

/** defaultHostNetworkPorts: with hostNetwork, a port's unset hostPort is its containerPort. */
function defaultHostNetworkPorts(container: Obj): void {
  for (const { item: port } of objectItems(container.ports)) {
    if ((asNumber(port.hostPort) ?? 0) === 0 && asNumber(port.containerPort) !== undefined) port.hostPort = port.containerPort;
  }
}

/**
 * defaultPodRequests (PodLevelResources): with pod-level limits set, a missing pod-level request takes the
 * containers' aggregate request for cpu and memory when some container requests it, else the pod-level limit.
 */
function defaultPodLevelRequests(spec: Obj): void {
  const resources = asObject(spec.resources);
  const limits = readResourceList(resources?.limits);
  if (resources === undefined || limits.size === 0) return;
  const requests = childObject(resources, 'requests');
  for (const [name, q] of aggregateContainerRequests(spec)) {
    if ((name === 'cpu' || name === 'memory') && requests[name] === undefined) requests[name] = formatQuantity(q);
  }
  for (const [name, q] of limits) {
    if (isPodLevelResource(name) && requests[name] === undefined) requests[name] = formatQuantity(q);
  }
}

/** A volume with no source at all is an emptyDir (SetDefaults_Volume). */
function defaultVolume(volume: Obj): void {
  if (Object.keys(volume).every((k) => k === 'name')) volume.emptyDir = {};
}

/** Applies the Pod defaults to `pod` in place. Idempotent: defaulting a defaulted pod changes nothing. */
export function applyPodDefaults(pod: Obj): void {
  const spec = childObject(pod, 'spec');
  defaultField(spec, 'dnsPolicy', 'ClusterFirst');
  defaultField(spec, 'restartPolicy', 'Always');
  if (asObject(spec.securityContext) === undefined) spec.securityContext = {};
  if (asNumber(spec.terminationGracePeriodSeconds) === undefined) spec.terminationGracePeriodSeconds = TERMINATION_GRACE_PERIOD_SECONDS;
  defaultField(spec, 'schedulerName', DEFAULT_SCHEDULER);
  if (typeof spec.enableServiceLinks !== 'boolean') spec.enableServiceLinks = true;
  const hostNetwork = spec.hostNetwork === true;
  for (const field of ['initContainers', 'containers'] as const) {
    for (const { item } of objectItems(spec[field])) {
      defaultContainer(item);
      defaultRequestsToLimits(item);
      if (hostNetwork) defaultHostNetworkPorts(item);
    }
  }
  for (const { item } of objectItems(spec.ephemeralContainers)) defaultContainer(item);
  defaultPodLevelRequests(spec);
  for (const { item } of objectItems(spec.volumes)) defaultVolume(item);
}
