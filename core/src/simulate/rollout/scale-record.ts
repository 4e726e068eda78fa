/**
 * A Deployment's replica-count change as the plan reports it: the pods it placed (and where) and the pods it
 * removed, each with the ReplicaSet controller's reason for picking it — the first rule of ActivePodsWithRanks
 * (pods-to-delete.ts) that put it ahead of the first pod the ReplicaSet kept.
 */
import { controllerKeyOf, type ClusterState } from '../../cluster/cluster-state.js';
import type { PlanRolloutScale } from '../../plan/plan-document.js';
import { deletionReason, podsToDelete } from '../controllers/pods-to-delete.js';
import type { SimObject } from '../types.js';
import { livePods, samePod, type Measure } from './rollout-measure.js';

export class ScaleRecord {
  private readonly removed: PlanRolloutScale['removed'] = [];
  private readonly created = new Set<string>();

  constructor(
    private readonly workload: SimObject,
    private readonly from: number,
  ) {}

  /** Records the pods that went and came between two snapshots (`prev` is where the victims were chosen). */
  observe(prevState: ClusterState, prev: Measure, cur: Measure): void {
    for (const p of cur.pods.values()) if (!samePod(p, prev.pods.get(p.key))) this.created.add(`${p.key}#${p.seq}`);
    const gone = [...prev.pods.values()].filter((p) => !samePod(p, cur.pods.get(p.key)));
    if (gone.length === 0) return;
    const related = livePods(prevState, this.workload.key);
    const goneKeys = new Set(gone.map((p) => p.key));
    // A victim is looked up where it was chosen; one made again since under its name is not it.
    for (const facts of gone) {
      const victim = prevState.get(facts.key);
      if (victim === undefined || victim.seq !== facts.seq) continue;
      const owner = controllerKeyOf(victim);
      const survivors = related.filter((p) => !goneKeys.has(p.key) && controllerKeyOf(p) === owner);
      const kept = podsToDelete(survivors, 1, related)[0];
      const reason = kept === undefined ? 'its ReplicaSet kept no pod' : deletionReason(victim, kept, related);
      this.removed.push({ pod: `${victim.namespace ?? ''}/${victim.name}`, node: facts.node, reason });
    }
  }

  report(to: number, last: Measure): PlanRolloutScale {
    const added = [...last.pods.values()].filter((p) => this.created.has(`${p.key}#${p.seq}`)).map((p) => ({ pod: `${this.workload.namespace ?? ''}/${p.name}`, node: p.node }));
    return { from: this.from, to, added, removed: [...this.removed] };
  }
}
