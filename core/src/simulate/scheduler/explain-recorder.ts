/**
 * Builds the SchedulingExplanation of one cycle from what the cycle already has: a node's filter verdicts
 * follow from its status (every filter before the failing plugin passed; a feasible node passed them all),
 * its scores from the score table. Recording costs nothing when no explanation is asked for, and the CLI,
 * the editor hover and the PR comment all render this one record.
 */
import type { NodeState } from './cluster/node-state.js';
import type { FilterPass } from './framework/feasible-nodes.js';
import type { FilterPlugin } from './framework/plugin.js';
import type { ScoreTable } from './framework/prioritize.js';
import type { Status } from './framework/status.js';
import type { FilterVerdict, NodeExplanation, SchedulingExplanation } from './explanation.js';

function failed(s: Status): FilterVerdict {
  const code = s.code === 'Unschedulable' || s.code === 'UnschedulableAndUnresolvable' || s.code === 'Error' ? s.code : undefined;
  return { plugin: s.plugin, passed: false, reasons: [...s.reasons], ...(code === undefined ? {} : { code }) };
}

function passed(plugin: string): FilterVerdict {
  return { plugin, passed: true, reasons: [] };
}

/** Collects one cycle's SchedulingExplanation. */
export class ExplainRecorder {
  private readonly record: SchedulingExplanation;

  constructor(pod: string) {
    this.record = { pod, preFilter: [], nodes: [], chosen: null, victims: [], notes: [] };
  }

  preFilterRejected(status: Status): void {
    this.record.preFilter.push(failed(status));
  }

  /** Verdicts of every scanned node, then of the nodes a PreFilter result left out. */
  filtered(pass: FilterPass, filters: readonly FilterPlugin[], absent: readonly NodeState[], absentStatus: Status | undefined): void {
    for (const node of pass.scanned ?? []) {
      const status = pass.statuses.get(node.name);
      const verdicts: FilterVerdict[] = [];
      for (const f of filters) {
        if (status !== undefined && f.name === status.plugin) {
          verdicts.push(failed(status));
          break;
        }
        verdicts.push(passed(f.name));
      }
      this.record.nodes.push({ node: node.name, filters: verdicts, feasible: status === undefined, scores: [], total: 0 });
    }
    if (absentStatus === undefined) return;
    for (const node of absent) this.record.nodes.push({ node: node.name, filters: [failed(absentStatus)], feasible: false, scores: [], total: 0 });
    this.note(`${absent.length} node(s) left out before filtering: ${absentStatus.reasons.join(', ')}`);
  }

  scored(feasible: readonly NodeState[], table: ScoreTable): void {
    const byName = new Map<string, NodeExplanation>(this.record.nodes.map((n) => [n.node, n]));
    feasible.forEach((node, i) => {
      const entry = byName.get(node.name);
      if (entry === undefined) return;
      entry.total = table.totals[i] as number;
      entry.scores = table.slots.map((slot, s) => {
        const normalized = table.normalized[s]?.[i] as number;
        return { plugin: slot.plugin.name, raw: table.raw?.[s]?.[i] as number, normalized, weight: slot.weight, weighted: normalized * slot.weight };
      });
    });
  }

  chosen(node: string, tied: readonly string[]): void {
    this.record.chosen = node;
    if (tied.length > 1) {
      const total = this.record.nodes.find((n) => n.node === node)?.total ?? 0;
      this.record.tieBreak = `${tied.length} nodes tied at ${total} (${tied.join(', ')}): kubeplan takes the first by name; kube-scheduler picks one of them at random`;
    }
  }

  preempted(node: string, victims: readonly string[]): void {
    this.record.chosen = node;
    this.record.victims.push(...victims);
    this.note(`no node fits as is; evicting ${victims.length} lower-priority pod(s) from ${node} makes room (DefaultPreemption)`);
  }

  pending(message: string): void {
    this.record.message = message;
  }

  note(text: string): void {
    this.record.notes?.push(text);
  }

  build(): SchedulingExplanation {
    const { notes, ...rest } = this.record;
    return notes === undefined || notes.length === 0 ? rest : { ...rest, notes };
  }
}
