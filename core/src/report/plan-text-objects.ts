import type { PlanChange, PlanDocument, PlanObject, PlanPod } from '../plan/plan-document.js';
import { shownDiff, type DiffLine } from './plan-diff-lines.js';
import { isDiffPlan, planBaseText, sourceLocation } from './plan-facts.js';
import { safeText, type Palette, type Style } from './plan-style.js';
import { ACTION_SYMBOL, planObjectKey, planTree, type PlanTreeNode } from './plan-tree.js';

/** Diff lines shown under one object before "… N more lines". */
const MAX_DIFF_LINES = 40;

/**
 * The objects of the plan as a tree (generated objects under their owners, each Pod with its node). Against a
 * base, terraform's resource changes: objects that do not change are left out (unless they own one that does),
 * and under each changed object its `# forces replacement` reason and its field diff; changes to objects the
 * tree does not hold (deletions) follow it.
 */
export function objectsSection(doc: PlanDocument, c: Palette): string[] {
  const diffMode = isDiffPlan(doc);
  const objects = diffMode ? withoutUnchanged(doc.objects) : doc.objects;
  if (!diffMode && objects.length === 0) return [c.bold('Objects: none')];
  const changes = new Map(doc.changes.map((ch) => [ch.object, ch]));
  const pods = new Map(doc.pods.map((p) => [`${p.namespace}/${p.name}`, p]));
  const lines = [c.bold(diffMode ? `Changes against ${safeText(planBaseText(doc.base))}` : 'Objects')];
  const shown = new Set<string>();
  const walk = (nodes: readonly PlanTreeNode[], prefix: string, depth: number): void => {
    nodes.forEach((n, i) => {
      const last = i === nodes.length - 1;
      const branch = depth === 0 ? '' : last ? '└─ ' : '├─ ';
      const childPrefix = depth === 0 ? `${prefix}  ` : `${prefix}${last ? '   ' : '│  '}`;
      const key = planObjectKey(n.object);
      const change = changes.get(key);
      lines.push(`  ${prefix}${branch}${objectLine(n.object, change, pods, c)}`);
      if (change !== undefined) {
        shown.add(key);
        const rail = n.children.length > 0 ? '│ ' : '  ';
        lines.push(...changeDetail(change, c).map((l) => `  ${childPrefix}${rail}  ${l}`));
      }
      walk(n.children, childPrefix, depth + 1);
    });
  };
  walk(planTree(objects), '', 0);
  for (const change of doc.changes) {
    if (shown.has(change.object)) continue;
    lines.push(`  ${objectLine(changedObject(change), change, pods, c)}`, ...changeDetail(change, c).map((l) => `        ${l}`));
  }
  if (lines.length === 1) lines.push(`  ${c.green('No changes.')} The manifests match the base.`);
  return lines;
}

/** Objects that change, and the unchanged workloads that own one of them (the context of a new Pod). */
function withoutUnchanged(objects: readonly PlanObject[]): PlanObject[] {
  const kept = objects.filter((o) => o.action !== 'unchanged');
  const owners = new Set(kept.map((o) => o.owner));
  return objects.filter((o) => o.action !== 'unchanged' || owners.has(planObjectKey(o)));
}

function actionStyle(action: PlanObject['action'], c: Palette): Style {
  if (action === 'rejected' || action === 'delete' || action === 'replace') return c.red;
  if (action === 'update') return c.yellow;
  return action === 'create' ? c.green : c.dim;
}

function objectLine(o: PlanObject, change: PlanChange | undefined, pods: ReadonlyMap<string, PlanPod>, c: Palette): string {
  const action = change?.action ?? o.action;
  const name = safeText(o.namespace !== undefined ? `${o.namespace}/${o.name}` : o.name);
  let line = `${actionStyle(action, c)(ACTION_SYMBOL[action])} ${safeText(o.kind)} ${name}`;
  if (o.action === 'rejected') return `${line}  ${c.red('rejected:')} ${safeText(o.reason ?? 'refused by the API server')}`;
  const pod = o.kind === 'Pod' ? pods.get(`${o.namespace ?? ''}/${o.name}`) : undefined;
  if (pod !== undefined) line += pod.node !== null ? `  → ${safeText(pod.node)}` : `  ${c.yellow(pod.phase)}`;
  const where = sourceLocation(change ?? o);
  if (where !== '') line += `  ${c.dim(safeText(where))}`;
  return line;
}

/** A change whose object is not in the tree (a deletion, mostly) as the object it names. */
function changedObject(ch: PlanChange): PlanObject {
  return { apiVersion: ch.apiVersion, kind: ch.kind, namespace: ch.namespace, name: ch.name, owner: ch.object, action: ch.action, generated: false };
}

const DIFF_STYLE: Readonly<Record<DiffLine['kind'], keyof Palette>> = { hunk: 'cyan', add: 'green', remove: 'red', context: 'dim' };

/** The replacement reason and the field diff of one change, capped; lines without their indent. */
function changeDetail(ch: PlanChange, c: Palette): string[] {
  const out: string[] = [];
  if (ch.action === 'replace') out.push(c.red(`# forces replacement: ${safeText(ch.replaceReason ?? 'an immutable field changes')}`));
  const diff = shownDiff(ch.diff, MAX_DIFF_LINES);
  for (const l of diff.lines) out.push(c[DIFF_STYLE[l.kind]](safeText(l.text)));
  if (diff.omitted > 0) out.push(c.dim(`… ${diff.omitted} more diff lines (kubeplan plan -o json has the whole diff)`));
  return out;
}
