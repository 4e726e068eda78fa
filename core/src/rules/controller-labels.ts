import { asObject, asStringMap, getIn } from '../model/fields.js';
import { selectorMatches, type LabelSelector } from '../model/label-selector.js';
import { podMetadataPath } from '../model/pod-template.js';
import type { IndexedObject } from './object-index.js';

/**
 * The labels of the pods an object makes: its pod template's, or, for a workload whose template has metadata but
 * no spec (incomplete; schema validation reports it), the labels written there, so that the Services and
 * budgets selecting it are not reported on top. Undefined for objects that make no pods (a `PodTemplate` runs nothing).
 */
export function podLabelsOf(o: IndexedObject): Readonly<Record<string, string>> | undefined {
  if (o.kind === 'PodTemplate') return undefined;
  if (o.podTemplate !== undefined) return o.podTemplate.labels;
  const path = podMetadataPath(o.kind);
  const metadata = path === undefined ? undefined : asObject(getIn(o.object, ...path));
  return metadata === undefined ? undefined : (asStringMap(metadata.labels) ?? {});
}

const JOB_LABELS = ['controller-uid', 'job-name', 'batch.kubernetes.io/controller-uid', 'batch.kubernetes.io/job-name', 'batch.kubernetes.io/job-completion-index'];

/** Labels controllers add to the pods they create, on top of the template's (values known only at runtime). */
const ADDED_LABELS: Readonly<Record<string, readonly string[]>> = {
  Deployment: ['pod-template-hash'],
  StatefulSet: ['statefulset.kubernetes.io/pod-name', 'apps.kubernetes.io/pod-index', 'controller-revision-hash'],
  DaemonSet: ['controller-revision-hash', 'pod-template-generation'],
  Job: JOB_LABELS,
  CronJob: JOB_LABELS,
};

/** Every label key some controller adds; such keys do not narrow a lookup by template labels. */
export const CONTROLLER_LABEL_KEYS: ReadonlySet<string> = new Set(Object.values(ADDED_LABELS).flat());

const ORDINAL = /^\d+$/;

/**
 * True when `selector` selects the pods `o` makes: its template labels plus the labels its controller adds, which
 * match any value (a StatefulSet's `statefulset.kubernetes.io/pod-name` only `<name>-<ordinal>`), so a Service
 * per StatefulSet pod (`pod-name: db-0`) selects its pod.
 */
export function selectsPodsOf(selector: LabelSelector, o: IndexedObject): boolean {
  const labels = podLabelsOf(o) ?? {};
  const added = (ADDED_LABELS[o.kind] ?? []).filter((k) => !Object.hasOwn(labels, k));
  if (added.length === 0) return selectorMatches(selector, labels);
  const podName = selector.matchLabels['statefulset.kubernetes.io/pod-name'];
  if (o.kind === 'StatefulSet' && podName !== undefined && !(podName.startsWith(`${o.name}-`) && ORDINAL.test(podName.slice(o.name.length + 1)))) return false;
  // The added labels exist on every pod: DoesNotExist fails, any other requirement may hold.
  if (selector.matchExpressions.some((r) => added.includes(r.key) && r.operator === 'DoesNotExist')) return false;
  if (!added.some((k) => Object.hasOwn(selector.matchLabels, k)) && !selector.matchExpressions.some((r) => added.includes(r.key))) return selectorMatches(selector, labels);
  const rest: LabelSelector = {
    matchLabels: Object.fromEntries(Object.entries(selector.matchLabels).filter(([k]) => !added.includes(k))),
    matchExpressions: selector.matchExpressions.filter((r) => !added.includes(r.key)),
  };
  return selectorMatches(rest, labels);
}
