/**
 * The Deployment controller (pkg/controller/deployment/deployment_controller.go syncDeployment): finds the new
 * ReplicaSet (template equal to the Deployment's) or creates `<deployment>-<pod-template-hash>`, sizes the
 * ReplicaSets by the strategy, keeps the revision annotations, deletes old empty ReplicaSets beyond
 * revisionHistoryLimit, and writes the Deployment's status. A paused Deployment, or one whose replicas changed,
 * is only scaled (sync.go `sync`); a paused Deployment without a ReplicaSet therefore creates none, as upstream.
 */
import { asNumber, asObject, asStringMap, getIn, type Obj } from '../../model/fields.js';
import type { Action, Controller, ControllerContext, SimObject } from '../types.js';
import { copiedAnnotations, findNewReplicaSet, newReplicaSetObject, ownedReplicaSets, REVISION_ANNOTATION, revisionOf } from './deployment-replica-sets.js';
import { cleanupOldReplicaSets, newRSNewReplicas, recreateMayProceed, rollingSteps } from './deployment-rollout.js';
import { readDeployment, type DeploymentView } from './deployment-spec.js';
import { nextDeploymentStatus } from './deployment-status.js';
import { isScalingEvent, scaleForSync } from './deployment-sync.js';
import { computeHash } from './pod-template-hash.js';
import { ReplicaSetScaling } from './replica-set-scaling.js';
import { generatedObject, generationOf, normalEvent, statusUpdate, updateIfChanged } from './sim-object.js';

/** DeploymentComplete on the stored status: every replica updated and available, nothing old left. */
function isComplete(d: SimObject, view: DeploymentView): boolean {
  const s = asObject(d.object.status) ?? {};
  const observed = asNumber(s.observedGeneration) ?? 0;
  return s.updatedReplicas === view.replicas && s.replicas === view.replicas && s.availableReplicas === view.replicas && observed >= generationOf(d);
}

/** The existing new ReplicaSet as getNewReplicaSet leaves it: the Deployment's annotations, revision and minReadySeconds. */
function syncedNewReplicaSet(d: SimObject, view: DeploymentView, object: Obj, revision: number): Obj {
  const annotations = { ...asStringMap(getIn(object, 'metadata', 'annotations')), ...copiedAnnotations(d), [REVISION_ANNOTATION]: String(revision) };
  return { ...object, metadata: { ...asObject(object.metadata), annotations }, spec: { ...asObject(object.spec), minReadySeconds: view.minReadySeconds } };
}

export const deploymentController: Controller = {
  kind: 'Deployment',
  reconcile(ctx: ControllerContext, d: SimObject): Action[] {
    const view = readDeployment(d);
    const replicaSets = ownedReplicaSets(ctx.state, d);
    const existing = findNewReplicaSet(view, replicaSets);
    const old = replicaSets.filter((rs) => rs !== existing);
    const scaling = new ReplicaSetScaling(d, view);
    const revision = Math.max(Math.max(0, ...old.map(revisionOf)) + 1, existing === undefined ? 0 : revisionOf(existing));
    const actions: Action[] = [];
    let newRS = existing;
    let created = false;
    const rollout = !view.paused && !isScalingEvent(view, replicaSets, scaling);
    if (!rollout) {
      scaleForSync(d, view, existing, old, scaling);
      if (view.paused) actions.push(...cleanupOldReplicaSets(view, old, scaling));
    } else {
      const mayProceed = !view.recreate || recreateMayProceed(ctx.state, old, scaling);
      if (newRS === undefined && mayProceed) {
        const hash = computeHash(view.template, view.collisionCount);
        if (ctx.state.getObject('ReplicaSet', d.namespace, `${d.name}-${hash}`) !== undefined) {
          // A name taken by another template: upstream bumps collisionCount, which changes the hash next time.
          return statusUpdate(d, { ...asObject(d.object.status), collisionCount: (view.collisionCount ?? 0) + 1 });
        }
        const size = newRSNewReplicas(view, old, undefined, scaling);
        newRS = generatedObject(newReplicaSetObject(d, view, hash, size, revision, ctx.names), d);
        created = true;
        if (size > 0) actions.push(normalEvent(d, 'ScalingReplicaSet', `Scaled up replica set ${newRS.name} from 0 to ${size}`));
      }
      if (newRS !== undefined && mayProceed) {
        const changed = view.recreate ? scaling.scale(newRS, view.replicas) : rollingSteps(view, newRS, old, scaling);
        if ((view.recreate || !changed) && isComplete(d, view)) actions.push(...cleanupOldReplicaSets(view, old, scaling));
      }
    }
    if (newRS !== undefined && created) actions.push({ type: 'create', object: { ...newRS, object: scaling.touched(newRS) ? scaling.resizedObject(newRS) : newRS.object } });
    for (const rs of old) if (scaling.touched(rs)) actions.push(...updateIfChanged(rs, scaling.resizedObject(rs)));
    if (newRS !== undefined && !created) {
      const resized = scaling.touched(newRS) ? scaling.resizedObject(newRS) : newRS.object;
      actions.push(...updateIfChanged(newRS, syncedNewReplicaSet(d, view, resized, revision)));
    }
    actions.push(...scaling.recordedEvents());
    const all = newRS === undefined ? old : [...old, newRS];
    const status = nextDeploymentStatus({ d, view, now: ctx.now, newRS, all, scaling, rollout, created });
    const annotations = { ...asStringMap(getIn(d.object, 'metadata', 'annotations')), ...(newRS === undefined ? {} : { [REVISION_ANNOTATION]: String(revision) }) };
    const metadata = Object.keys(annotations).length === 0 ? asObject(d.object.metadata) : { ...asObject(d.object.metadata), annotations };
    actions.push(...statusUpdate(d, status, metadata));
    return actions;
  },
};
