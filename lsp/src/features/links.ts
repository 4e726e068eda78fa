/**
 * The links between objects that navigation and hovers follow, both ways: a name that refers to an object
 * (`configMapRef.name` → the ConfigMap), and a selector to the workloads whose pods it selects. Resolved in
 * the workspace index with core's reference table and selector matching.
 */
import { objectName, referencesOf, selectorsOf, type Manifest, type ObjectReference, type PathSegment } from '@kubeplan/core';
import type { Workspace } from '../workspace/workspace.js';

/** The objects of `kind` named `name` that a reference from `from` reaches (its namespace, or cluster-scoped). */
export function referenceTargets(ws: Workspace, from: Manifest, kind: string, name: string, namespace?: string): Manifest[] {
  const objects = ws.objects();
  const ns = namespace ?? objects.namespaceOf(from);
  return objects
    .byKind(kind)
    .filter((o) => o.name === name && (o.namespace === '' || o.namespace === ns))
    .map((o) => o.manifest);
}

/** The objects whose pod selectors select the pods `workload` makes (Services, budgets, policies, other workloads). */
export function selectedBy(ws: Workspace, workload: Manifest): Manifest[] {
  const objects = ws.objects();
  const ns = objects.namespaceOf(workload);
  const out: Manifest[] = [];
  for (const o of objects.all()) {
    if (o.manifest === workload || o.namespace !== ns) continue;
    const selects = selectorsOf(o.object).some((s) => objects.podMakersMatching(ns, s.selector).some((m) => m.manifest === workload));
    if (selects) out.push(o.manifest);
  }
  return out;
}

/** The workloads whose pods a selector of `m` (written at `path`) selects. */
export function selectedWorkloads(ws: Workspace, m: Manifest, selectorPath: readonly PathSegment[]): Manifest[] {
  const objects = ws.objects();
  const s = selectorsOf(m.object).find((x) => x.path.length === selectorPath.length && x.path.every((seg, i) => seg === selectorPath[i]));
  if (s === undefined) return [];
  return objects
    .podMakersMatching(objects.namespaceOf(m), s.selector)
    .filter((o) => o.manifest !== m)
    .map((o) => o.manifest);
}

/** A reference found in the workspace: the object that makes it and the reference. */
export interface ReferenceSite {
  from: Manifest;
  ref: ObjectReference;
}

/** Every reference in the workspace to `target` (by kind, name and namespace). */
export function referencesTo(ws: Workspace, target: Manifest): ReferenceSite[] {
  const objects = ws.objects();
  const kind = target.object.kind;
  const name = objectName(target.object);
  const ns = objects.namespaceOf(target);
  const out: ReferenceSite[] = [];
  for (const o of objects.all()) {
    for (const ref of referencesOf(o.object)) {
      if (ref.kind !== kind || ref.name !== name) continue;
      if (ns !== '' && (ref.namespace ?? o.namespace) !== ns) continue;
      out.push({ from: o.manifest, ref });
    }
  }
  return out;
}
