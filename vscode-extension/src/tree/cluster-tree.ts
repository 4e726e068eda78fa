/** The "Cluster" tree's items from a plan: nodes → their pods, then the Pending pods with their reason. */
import type { JsonPlanDocument } from '@kubeplan/core';
import { planView, type SourceLocation } from '../plan-view/view-model.js';

export interface ClusterTreeItem {
  id: string;
  label: string;
  description?: string;
  tooltip?: string;
  kind: 'node' | 'pod' | 'pending-group' | 'pending-pod';
  location?: SourceLocation;
  children: ClusterTreeItem[];
}

const percent = (f: number | undefined): string => `${Math.round((f ?? 0) * 100)}%`;

export function clusterTree(doc: JsonPlanDocument): ClusterTreeItem[] {
  const view = planView(doc);
  const nodes: ClusterTreeItem[] = view.nodes.map((n) => ({
    id: `node:${n.name}`,
    label: n.name,
    description: `${n.pods.length} pods · cpu ${percent(n.bars[0]?.fraction)} · memory ${percent(n.bars[1]?.fraction)}${n.unschedulable ? ' · cordoned' : ''}`,
    tooltip: n.bars.map((b) => b.label).join('\n'),
    kind: 'node',
    children: n.pods.map((p) => ({ id: `pod:${p.id}`, label: p.name, description: p.owner, kind: 'pod', ...(p.location ? { location: p.location } : {}), children: [] })),
  }));
  if (view.pending.length === 0) return nodes;
  const pending: ClusterTreeItem = {
    id: 'pending',
    label: 'Pending',
    description: `${view.pending.length} pods`,
    kind: 'pending-group',
    children: view.pending.map((p) => ({
      id: `pending:${p.pod.id}`,
      label: p.pod.name,
      description: p.reasons.join('; '),
      tooltip: p.message,
      kind: 'pending-pod',
      ...(p.pod.location ? { location: p.pod.location } : {}),
      children: [],
    })),
  };
  return [...nodes, pending];
}
