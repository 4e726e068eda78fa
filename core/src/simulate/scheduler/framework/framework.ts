/**
 * The framework runtime (pkg/scheduler/framework/runtime/framework.go): builds each extension point's plugin
 * list from the profile and runs them with upstream's rules — PreFilter Skip switches a plugin's Filter off,
 * an UnschedulableAndUnresolvable PreFilter ends the cycle at once, node-name results are intersected, the
 * first failing Filter decides a node, PreScore Skip drops a plugin from scoring.
 */
import type { NodeState } from '../cluster/node-state.js';
import type { PodInfo } from '../cluster/pod-info.js';
import type { PluginName } from '../names.js';
import type { CycleState } from './cycle-state.js';
import type { Diagnosis } from './diagnosis.js';
import {
  isFilter,
  isNormalizeScore,
  isPostFilter,
  isPreFilter,
  isPreScore,
  isScore,
  type FilterPlugin,
  type FrameworkRunner,
  type NormalizeScorePlugin,
  type Plugin,
  type PluginHandle,
  type PostFilterPlugin,
  type PostFilterResult,
  type PreFilterPlugin,
  type PreScorePlugin,
  type ScorePlugin,
} from './plugin.js';
import type { ProfileEntry } from './profile.js';
import { SUCCESS, isRejected, unresolvable, unschedulable, type Status } from './status.js';

/** Makes a plugin for a scheduler (upstream: PluginFactory with args and a Handle). */
export type PluginFactory = (handle: PluginHandle) => Plugin;
/** Plugin name → factory. */
export type Registry = ReadonlyMap<PluginName, PluginFactory>;

/** A score plugin with its weight and its optional PreScore / NormalizeScore halves. */
export interface ScoreSlot {
  readonly plugin: ScorePlugin;
  readonly weight: number;
  readonly preScore?: PreScorePlugin;
  readonly normalize?: NormalizeScorePlugin;
}

export interface PreFilterOutcome {
  /** SUCCESS, or the status that rejected the pod on every node. */
  readonly status: Status;
  /** The filters to run for this pod: the profile's, minus those whose PreFilter skipped. */
  readonly filters: readonly FilterPlugin[];
  /** Only these nodes are evaluated (NodeAffinity's `metadata.name In` terms). */
  readonly nodeNames?: ReadonlySet<string>;
  /** The plugins that restricted the nodes, for the absent nodes' status. */
  readonly restrictedBy: readonly string[];
}

function intersect(a: ReadonlySet<string> | undefined, b: ReadonlySet<string>): ReadonlySet<string> {
  return a === undefined ? b : new Set([...a].filter((n) => b.has(n)));
}

/** The plugins of one profile, sorted into their extension points, and the rules for running them. */
export class Framework implements FrameworkRunner {
  readonly preFilters: readonly PreFilterPlugin[];
  readonly filters: readonly FilterPlugin[];
  readonly postFilters: readonly PostFilterPlugin[];
  readonly scores: readonly ScoreSlot[];

  constructor(profile: readonly ProfileEntry[], registry: Registry, handle: Omit<PluginHandle, 'framework'>) {
    const full: PluginHandle = { ...handle, framework: () => this };
    const plugins = profile.flatMap((entry) => {
      const factory = registry.get(entry.name);
      return factory === undefined ? [] : [{ plugin: factory(full), weight: entry.weight ?? 0 }];
    });
    this.preFilters = plugins.map((p) => p.plugin).filter(isPreFilter);
    this.filters = plugins.map((p) => p.plugin).filter(isFilter);
    this.postFilters = plugins.map((p) => p.plugin).filter(isPostFilter);
    this.scores = plugins.flatMap(({ plugin, weight }) =>
      isScore(plugin)
        ? [{ plugin, weight, ...(isPreScore(plugin) ? { preScore: plugin } : {}), ...(isNormalizeScore(plugin) ? { normalize: plugin } : {}) }]
        : [],
    );
  }

  /** RunPreFilterPlugins. */
  runPreFilter(state: CycleState, pod: PodInfo): PreFilterOutcome {
    const skipped = new Set<string>();
    const restrictedBy: string[] = [];
    let nodeNames: ReadonlySet<string> | undefined;
    let rejected: Status | undefined;
    for (const p of this.preFilters) {
      const r = p.preFilter(state, pod);
      if (r.status.code === 'Skip') {
        skipped.add(p.name);
        continue;
      }
      // Unresolvable: nothing later can help. Unschedulable: keep going, preemption wants every PreFilter's state.
      if (r.status.code === 'UnschedulableAndUnresolvable' || r.status.code === 'Error') return { status: r.status, filters: [], restrictedBy };
      if (r.status.code === 'Unschedulable') rejected ??= r.status;
      if (r.nodeNames !== undefined) {
        restrictedBy.push(p.name);
        nodeNames = intersect(nodeNames, r.nodeNames);
        if (nodeNames.size === 0) {
          const msg = restrictedBy.length === 1 ? `node(s) didn't satisfy plugin ${restrictedBy[0]}` : `node(s) didn't satisfy plugins [${restrictedBy.join(' ')}] simultaneously`;
          return { status: unresolvable(p.name, msg), filters: [], restrictedBy };
        }
      }
    }
    if (rejected !== undefined) return { status: rejected, filters: [], restrictedBy };
    const filters = skipped.size === 0 ? this.filters : this.filters.filter((f) => !skipped.has(f.name));
    return { status: SUCCESS, filters, ...(nodeNames === undefined ? {} : { nodeNames }), restrictedBy };
  }

  /** The status of nodes a PreFilterResult left out (schedule_one.go findNodesThatFitPod). */
  absentStatus(restrictedBy: readonly string[]): Status {
    return unresolvable('', `node(s) didn't satisfy plugin(s) [${[...restrictedBy].sort().join(' ')}]`);
  }

  /** RunFilterPlugins: the first status that is not SUCCESS decides the node. */
  runFilters(state: CycleState, pod: PodInfo, node: NodeState, filters: readonly FilterPlugin[]): Status {
    for (let i = 0; i < filters.length; i++) {
      const s = (filters[i] as FilterPlugin).filter(state, pod, node);
      if (s !== SUCCESS) return s;
    }
    return SUCCESS;
  }

  /** RunPostFilterPlugins: the first success wins; otherwise every plugin's reasons, joined. */
  runPostFilter(state: CycleState, pod: PodInfo, diagnosis: Diagnosis): PostFilterResult {
    const reasons: string[] = [];
    for (const p of this.postFilters) {
      const r = p.postFilter(state, pod, diagnosis);
      if (r.status.code === 'Success') return r;
      if (!isRejected(r.status)) return r;
      reasons.push(...r.status.reasons);
    }
    return { status: unschedulable('', ...reasons) };
  }

  /** RunPreScorePlugins: the score slots that take part for this pod. */
  runPreScore(state: CycleState, pod: PodInfo, nodes: readonly NodeState[]): ScoreSlot[] {
    const active: ScoreSlot[] = [];
    for (const slot of this.scores) if (slot.preScore === undefined || slot.preScore.preScore(state, pod, nodes).code !== 'Skip') active.push(slot);
    return active;
  }
}
