import type { PlanNode } from '../plan/plan-document.js';
import { humanBytes, humanCpu } from './human-units.js';
import { markdownText as md } from './markdown-escape.js';
import { nodeZone } from './plan-facts.js';
import { MAX_TABLE_ROWS, markdownSection } from './plan-markdown-sections.js';
import { planStyle } from './plan-style.js';
import { usageBar } from './usage-bar.js';

const PLAIN = planStyle(false);

/** `█░░░░░░░░░ 9% (350m of 3.92)`: a plain bar, its percentage and the amounts. */
function usage(used: number, total: number, unit: (n: number) => string): string {
  return `${usageBar(used, total, PLAIN).replace(/ +/, ' ')} (${unit(used)} of ${unit(total)})`;
}

function notes(n: PlanNode): string {
  return md([...(n.unschedulable ? ['cordoned'] : []), ...n.taints].join(', '));
}

function moved(n: PlanNode): boolean {
  const b = n.requestedBefore;
  return b !== undefined && (b.cpu !== n.requested.cpu || b.memory !== n.requested.memory || b.pods !== n.pods.length);
}

/**
 * The node utilization table: requested against allocatable cpu, memory and pods. Against a base (nodes with
 * `requestedBefore`), before and after side by side; on a cluster too big for one table, the nodes whose
 * requests change come first.
 */
export function nodesMarkdown(nodes: readonly PlanNode[]): string[] {
  if (nodes.length === 0) return [];
  if (!nodes.some((n) => n.requestedBefore !== undefined)) {
    const rows = nodes.map((n) => [
      md(n.name),
      md(nodeZone(n)),
      usage(n.requested.cpu, n.allocatable.cpu, humanCpu),
      usage(n.requested.memory, n.allocatable.memory, humanBytes),
      `${n.pods.length}/${n.allocatable.pods}`,
      notes(n),
    ]);
    return markdownSection('Nodes', ['Node', 'Zone', 'CPU requests', 'Memory requests', 'Pods', 'Notes'], rows);
  }
  const ordered = nodes.length > MAX_TABLE_ROWS ? [...nodes.filter(moved), ...nodes.filter((n) => !moved(n))] : nodes;
  const rows = ordered.map((n) => {
    const b = n.requestedBefore ?? n.requested;
    const pods = b.pods !== n.pods.length ? `${b.pods} → ${n.pods.length}/${n.allocatable.pods}` : `${n.pods.length}/${n.allocatable.pods}`;
    return [
      md(n.name),
      md(nodeZone(n)),
      usage(b.cpu, n.allocatable.cpu, humanCpu),
      usage(n.requested.cpu, n.allocatable.cpu, humanCpu),
      usage(b.memory, n.allocatable.memory, humanBytes),
      usage(n.requested.memory, n.allocatable.memory, humanBytes),
      pods,
      notes(n),
    ];
  });
  return markdownSection('Nodes, requests before → after', ['Node', 'Zone', 'CPU before', 'CPU after', 'Memory before', 'Memory after', 'Pods', 'Notes'], rows);
}
