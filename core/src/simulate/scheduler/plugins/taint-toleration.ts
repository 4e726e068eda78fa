/**
 * TaintToleration (pkg/scheduler/framework/plugins/tainttoleration/taint_toleration.go). Filter: the first
 * NoSchedule/NoExecute taint no toleration tolerates fails the node; since kubernetes#134740 (1.35, and 1.34
 * patch releases via #135023) the reason no longer names the taint. Score: the number of PreferNoSchedule
 * taints not tolerated by the tolerations whose effect is empty or PreferNoSchedule, reverse-normalised so
 * that the node with the most gets 0 and a node with none gets 100.
 */
import { toleratesTaint, type Taint, type Toleration } from '../../../model/toleration.js';
import { stateKey } from '../framework/cycle-state.js';
import { defaultNormalizeScore } from '../framework/normalize-score.js';
import type { FilterPlugin, NormalizeScorePlugin, PreScorePlugin, ScorePlugin } from '../framework/plugin.js';
import { SUCCESS, unresolvable } from '../framework/status.js';
import { PLUGIN } from '../names.js';

export const ERR_REASON_UNTOLERATED = 'node(s) had untolerated taint(s)';

/** TolerationsTolerateTaint: some toleration tolerates the taint. */
export function tolerated(tolerations: readonly Toleration[], taint: Taint): boolean {
  for (let i = 0; i < tolerations.length; i++) if (toleratesTaint(tolerations[i] as Toleration, taint)) return true;
  return false;
}

const PREFER_TOLERATIONS = stateKey<readonly Toleration[]>('PreScoreTaintToleration');

export function taintToleration(): FilterPlugin & PreScorePlugin & ScorePlugin & NormalizeScorePlugin {
  const rejected = unresolvable(PLUGIN.TaintToleration, ERR_REASON_UNTOLERATED);
  return {
    name: PLUGIN.TaintToleration,
    filter(_state, pod, node) {
      const taints = node.hardTaints;
      for (let i = 0; i < taints.length; i++) if (!tolerated(pod.tolerations, taints[i] as Taint)) return rejected;
      return SUCCESS;
    },
    preScore(state, pod) {
      state.write(
        PREFER_TOLERATIONS,
        pod.tolerations.filter((t) => t.effect === undefined || t.effect === 'PreferNoSchedule'),
      );
      return SUCCESS;
    },
    score(state, _pod, node) {
      if (node.preferTaints.length === 0) return 0;
      const tolerations = state.read(PREFER_TOLERATIONS) ?? [];
      let untolerated = 0;
      for (const taint of node.preferTaints) if (!tolerated(tolerations, taint)) untolerated++;
      return untolerated;
    },
    normalizeScore(_state, _pod, nodes, scores) {
      defaultNormalizeScore(scores, nodes.length, true);
    },
  } satisfies FilterPlugin & PreScorePlugin & ScorePlugin & NormalizeScorePlugin;
}
