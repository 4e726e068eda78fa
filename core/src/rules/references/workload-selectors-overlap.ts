import { getIn, objectItems } from '../../model/fields.js';
import { formatSelector, isEmptySelector, parseLabelSelector, selectorFromMap, type LabelSelector } from '../../model/label-selector.js';
import { podLabelsOf, selectsPodsOf } from '../controller-labels.js';
import type { IndexedObject } from '../object-index.js';
import type { Rule } from '../rule.js';
import { describeObjects } from './missing.js';

/** Controllers that find their pods (or ReplicaSets) by selector; the same family competes for the same pods. */
const FAMILY: Readonly<Record<string, string>> = {
  Deployment: 'replicaset',
  ReplicaSet: 'replicaset',
  ReplicationController: 'replicationcontroller',
  StatefulSet: 'statefulset',
  DaemonSet: 'daemonset',
};

/** True for objects another controller owns (a Deployment's ReplicaSets in a cluster dump): they are not rivals. */
function isOwned(o: IndexedObject): boolean {
  return objectItems(getIn(o.object, 'metadata', 'ownerReferences')).some(({ item }) => item.controller === true);
}

function selectorOf(o: IndexedObject): LabelSelector | undefined {
  const raw = getIn(o.object, 'spec', 'selector');
  const s = o.kind === 'ReplicationController' ? selectorFromMap(raw) : parseLabelSelector(raw);
  return s === undefined || isEmptySelector(s) ? undefined : s;
}

/** Two workloads of one controller family in one namespace whose selectors each select the other's pod template. */
export const workloadSelectorsOverlap: Rule = {
  meta: {
    id: 'workload-selectors-overlap',
    category: 'references',
    defaultSeverity: 'warning',
    preset: 'recommended',
    summary: "Two workloads of the same kind family in a namespace select each other's pods.",
    rationale:
      'Kubernetes does not stop controllers from overlapping, but warns that controllers with overlapping selectors "might conflict and behave unexpectedly": ' +
      'a Deployment adopts orphaned ReplicaSets and pods its selector matches, rollout status and `kubectl` selectors mix both workloads, and every Service or ' +
      'PodDisruptionBudget that selects one selects the other. Only pairs of the same family (Deployments with ReplicaSets; StatefulSets; DaemonSets; ' +
      'ReplicationControllers) whose selectors both match the other\'s pod template are reported, on each of them; objects defined twice are left to ' +
      'duplicate-object, and objects another controller owns (ownerReferences with controller: true, as in a cluster dump) are not rivals. ' +
      'The severity stays a warning with assume-complete: both workloads are in the set, so completeness changes nothing, and ControllerRef ' +
      'ownership (Kubernetes 1.6+) keeps the controllers from stealing pods they already own.',
    howToFix: 'Give each workload a distinguishing label (e.g. app.kubernetes.io/name or component) in its selector and pod template.',
    examples: {
      invalid: 'kind: Deployment\nmetadata: {name: web}\nspec:\n  selector:\n    matchLabels: {tier: front}\n---\nkind: Deployment\nmetadata: {name: admin}\nspec:\n  selector:\n    matchLabels: {tier: front}',
      valid: 'kind: Deployment\nmetadata: {name: web}\nspec:\n  selector:\n    matchLabels: {tier: front, app: web}\n---\nkind: Deployment\nmetadata: {name: admin}\nspec:\n  selector:\n    matchLabels: {tier: front, app: admin}',
    },
    peers: [],
  },
  kinds: Object.keys(FAMILY),
  check(ctx) {
    const self = ctx.index.entryOf(ctx.manifest);
    if (self === undefined || podLabelsOf(self) === undefined || isOwned(self)) return;
    const selector = selectorOf(self);
    if (selector === undefined) return;
    const others = ctx.index.podMakersMatching(self.namespace, selector).filter((o) => {
      if (FAMILY[o.kind] !== FAMILY[self.kind] || o === self || (o.kind === self.kind && o.name === self.name) || isOwned(o)) return false;
      const theirs = selectorOf(o);
      return theirs !== undefined && selectsPodsOf(theirs, self);
    });
    if (others.length === 0) return;
    // An object defined twice in the set is one object (duplicate-object reports it): name it once.
    const distinct = [...new Map(others.map((o) => [`${o.kind}/${o.name}`, o])).values()];
    ctx.report({
      path: ['spec', 'selector'],
      message: `selector ${formatSelector(selector)} also selects the pods of ${describeObjects(distinct, 'and')}, whose selector selects these pods too: their controllers may fight over the pods`,
    });
  },
};
