/**
 * The recorder `simulate()` feeds with its snapshots (`SimulationInput.observe`). The last `before` snapshot
 * is the cluster before the change; at the first `after` snapshot (the declared objects just applied) it picks
 * the workloads to follow: every Deployment, StatefulSet and DaemonSet whose pod template differs from the one
 * before (a rollout), and every Deployment whose replica count does (a scaling). Workloads the change creates,
 * deletes or replaces (a new uid: an immutable field changed) are not rollouts. Without a `before` snapshot (the
 * cluster needed no round to settle), a template change is recognised by the pods of another revision the
 * workload still has, and a Deployment's scaling by the `desired-replicas` annotation of its active ReplicaSet.
 */
import type { ClusterState } from '../../cluster/cluster-state.js';
import { asNumber, getIn } from '../../model/fields.js';
import type { PlanRollout } from '../../plan/plan-document.js';
import { canonicalJson } from '../controllers/canonical-json.js';
import { annotationsOf, DESIRED_REPLICAS_ANNOTATION, ownedReplicaSets } from '../controllers/deployment-replica-sets.js';
import type { SimObject } from '../types.js';
import type { RolloutRecorder } from './index.js';
import { livePods } from './rollout-measure.js';
import { RolloutTrack, type TrackStart } from './rollout-track.js';
import { ROLLOUT_KINDS, workloadShape } from './workload-shape.js';

const templateOf = (w: SimObject): string => canonicalJson(getIn(w.object, 'spec', 'template') ?? {});
const replicasOf = (w: SimObject): number => asNumber(getIn(w.object, 'spec', 'replicas')) ?? 1;
const uidOf = (w: SimObject): unknown => getIn(w.object, 'metadata', 'uid');

/** The replica count a Deployment's active ReplicaSets were last sized for, when it is not `spec.replicas`. */
function annotatedReplicas(state: ClusterState, d: SimObject): number | undefined {
  for (const rs of ownedReplicaSets(state, d)) {
    const desired = Number(annotationsOf(rs)[DESIRED_REPLICAS_ANNOTATION]);
    if ((asNumber(getIn(rs.object, 'spec', 'replicas')) ?? 0) > 0 && Number.isInteger(desired) && desired !== replicasOf(d)) return desired;
  }
  return undefined;
}

/** Why `w` is followed, judged against the snapshot before (undefined: it is not). */
function trackStart(baseline: ClusterState | undefined, first: ClusterState, w: SimObject): TrackStart | undefined {
  const before = baseline?.get(w.key);
  if (baseline !== undefined && before === undefined) return undefined;
  // A replacement (an immutable field changed: delete, then create with a new uid) is no rollout either.
  if (before !== undefined && uidOf(before) !== uidOf(w)) return undefined;
  const templateChanged = before === undefined ? livePods(first, w.key).some((p) => !workloadShape(first, w).isNew(p)) : templateOf(before) !== templateOf(w);
  const fromReplicas = w.kind !== 'Deployment' ? undefined : before === undefined ? annotatedReplicas(first, w) : replicasOf(before) !== replicasOf(w) ? replicasOf(before) : undefined;
  if (!templateChanged && fromReplicas === undefined) return undefined;
  return { workload: w, cause: templateChanged ? 'template' : 'replicas', baseline: baseline ?? first, first, ...(fromReplicas === undefined ? {} : { fromReplicas }) };
}

/** A recorder for one simulation; `observe` and `report` are closures, safe to pass unbound. */
export function createRolloutRecorder(): RolloutRecorder {
  let baseline: ClusterState | undefined;
  let tracks: RolloutTrack[] | undefined;
  let last: ClusterState | undefined;
  const observe = (state: ClusterState, phase: 'before' | 'after'): void => {
    if (phase === 'before') {
      baseline = state;
      return;
    }
    if (tracks === undefined) {
      const first = state;
      const starts = ROLLOUT_KINDS.flatMap((kind) => first.list(kind).flatMap((w) => trackStart(baseline, first, w) ?? []));
      tracks = starts.map((s) => new RolloutTrack(s));
    }
    for (const track of tracks) track.observe(state);
    last = state;
  };
  const report = (): PlanRollout[] => {
    if (tracks === undefined || last === undefined) return [];
    const final = last;
    return tracks.flatMap((t) => t.report(final) ?? []).sort((a, b) => (a.object < b.object ? -1 : a.object > b.object ? 1 : 0));
  };
  return { observe, report };
}
