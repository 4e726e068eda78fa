import { objectName, WORKLOAD_KINDS, type Manifest, type PlanDocument } from '@kubeplan/core';
import type { CodeLens } from 'vscode-languageserver';
import { endpointsTitle, placementTitle, planService, workloadPlacement } from '../plan/placement.js';
import { toRange } from '../to-lsp.js';
import type { IndexedFile } from '../workspace/workspace-index.js';
import type { Workspace } from '../workspace/workspace.js';
import { planKey } from './object-places.js';

/** The command a lens runs: the full plan, focused on the object (`Deployment/shop/web`). */
export const PLAN_COMMAND = 'kubeplan.plan';

/** Why the plan refused the object (the API server's error), if it did. */
function rejection(doc: PlanDocument, ws: Workspace, m: Manifest): string | undefined {
  const line = m.source.positions.documentRange.start.line + 1;
  const o = doc.objects.find((x) => x.action === 'rejected' && x.file === m.source.file && x.line === line && x.name === objectName(m.object));
  return o?.reason;
}

function title(ws: Workspace, doc: PlanDocument | undefined, m: Manifest): string | undefined {
  const kind = m.object.kind;
  const isWorkload = typeof kind === 'string' && WORKLOAD_KINDS.includes(kind) && kind !== 'PodTemplate';
  if (!isWorkload && kind !== 'Service') return undefined;
  if (doc === undefined) return 'kubeplan: planning…';
  const refused = rejection(doc, ws, m);
  if (refused !== undefined) return `rejected: ${refused}`;
  if (kind === 'Service') {
    const s = planService(doc, ws.objects().namespaceOf(m), objectName(m.object));
    return s === undefined ? undefined : endpointsTitle(s);
  }
  if (kind === 'CronJob') {
    const c = doc.cronJobs.find((x) => `CronJob/${x.namespace}/${x.name}` === planKey(ws, m));
    return c === undefined ? undefined : c.suspended ? 'suspended' : `next run: ${c.next[0] ?? 'never'}`;
  }
  const placement = workloadPlacement(doc, planKey(ws, m));
  return placement === undefined ? '0 pods' : placementTitle(placement);
}

/**
 * A lens over each workload with where its pods land (`3/3 scheduled: node-a, node-b · 1 Pending: Insufficient
 * cpu`) and over each Service with its ready endpoints, from the latest background plan.
 */
export function codeLenses(ws: Workspace, f: IndexedFile): CodeLens[] {
  if (!f.kubernetes || ws.isExcluded(f.file)) return [];
  const doc = ws.plan?.document;
  const out: CodeLens[] = [];
  for (const m of f.loaded.manifests) {
    const text = title(ws, doc, m);
    if (text === undefined) continue;
    const start = m.source.positions.documentRange.start;
    const range = toRange({ start, end: start });
    out.push({ range, command: { title: text, command: PLAN_COMMAND, arguments: [{ object: planKey(ws, m) }] } });
  }
  return out;
}
