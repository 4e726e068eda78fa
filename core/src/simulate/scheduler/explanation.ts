/**
 * `kubeplan explain pod NS/NAME`: how the scheduler decided one pod — every node against every filter plugin
 * and every score plugin — recorded by wrapping the plugins, so the CLI, the editor hover and the PR comment
 * render the same record.
 */

/** One filter plugin's verdict on one node: pass, or the reason it failed (kube-scheduler's wording). */
export interface FilterVerdict {
  plugin: string;
  /** True when the plugin passed the node. */
  passed: boolean;
  /** The failure reasons (empty when passed). */
  reasons: string[];
  /** `Unschedulable` (preemption may help) or `UnschedulableAndUnresolvable` (it cannot). */
  code?: 'Unschedulable' | 'UnschedulableAndUnresolvable' | 'Error';
}

export interface ScoreEntry {
  plugin: string;
  /** The plugin's raw score for the node. */
  raw: number;
  /** After NormalizeScore (0–100). */
  normalized: number;
  weight: number;
  /** normalized × weight. */
  weighted: number;
}

export interface NodeExplanation {
  node: string;
  /** Filters in the profile's order; evaluation stops at the first failure, as kube-scheduler does (later ones absent). */
  filters: FilterVerdict[];
  feasible: boolean;
  /** Scores of a feasible node (empty for infeasible nodes). */
  scores: ScoreEntry[];
  total: number;
}

export interface SchedulingExplanation {
  /** `namespace/name`. */
  pod: string;
  /** PreFilter failures that rejected every node at once (e.g. an unbound PVC), if any. */
  preFilter: FilterVerdict[];
  nodes: NodeExplanation[];
  /** The chosen node, or null when the pod stays Pending. */
  chosen: string | null;
  /** The FitError message when Pending (`0/4 nodes are available: ...`). */
  message?: string;
  /** How ties were broken (by node name) when several nodes had the top score. */
  tieBreak?: string;
  /** Preemption: the victims evicted from the chosen node, `namespace/name`. */
  victims: string[];
  /** What else shaped the decision: nodes left out by a PreFilter result, a single feasible node chosen without scoring, preemption. */
  notes?: string[];
}
