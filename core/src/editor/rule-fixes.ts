/**
 * Quick fixes for findings whose rules carry none: worked out from the finding (its rule and path) and the
 * object, as edits of the file. The editor offers them beside the fixes rules attach themselves.
 */
import type { Diagnostic, Fix } from '../diagnostic.js';
import { parsePath, type PathSegment } from '../load/json-path.js';
import { asObject, getIn } from '../model/fields.js';
import { parseLabelSelector, selectorFromMap } from '../model/label-selector.js';
import { podTemplateOf } from '../model/pod-template.js';
import { parseToleration, TAINT_EFFECTS, toleratesTaint, type Taint, type TaintEffect } from '../model/toleration.js';
import { appendItemEdits, setFieldEdits, type EditTarget } from './yaml-edits.js';

/** What the missing-resource rules get as a starting point: a small, common container size. */
const RESOURCE_DEFAULTS: Readonly<Record<string, { list: 'requests' | 'limits'; name: string; value: string }>> = {
  'cpu-request-missing': { list: 'requests', name: 'cpu', value: '100m' },
  'memory-request-missing': { list: 'requests', name: 'memory', value: '128Mi' },
  'cpu-limit-missing': { list: 'limits', name: 'cpu', value: '500m' },
  'memory-limit-missing': { list: 'limits', name: 'memory', value: '128Mi' },
  'ephemeral-storage-missing': { list: 'limits', name: 'ephemeral-storage', value: '1Gi' },
};

function fix(title: string, edits: Fix['edits'] | undefined): Fix | undefined {
  return edits === undefined || edits.length === 0 ? undefined : { title, edits };
}

/** The selector's labels written into the pod template, where it lacks them or has other values. */
function selectorLabelsFix(t: EditTarget): Fix | undefined {
  const template = podTemplateOf(t.object);
  const raw = getIn(t.object, 'spec', 'selector');
  const selector = t.object.kind === 'ReplicationController' ? selectorFromMap(raw) : parseLabelSelector(raw);
  if (template === undefined || selector === undefined) return undefined;
  const labelsPath = [...template.metadataPath, 'labels'];
  const wanted = Object.entries(selector.matchLabels).filter(([k, v]) => template.labels[k] !== v);
  if (wanted.length === 0) return undefined;
  const edits: Fix['edits'] = [];
  for (const [k, v] of wanted) {
    const e = setFieldEdits(t, [...labelsPath, k], v);
    if (e === undefined) return undefined;
    edits.push(...e);
  }
  return fix(`Add the selector's labels to the pod template (${wanted.map(([k, v]) => `${k}: ${v}`).join(', ')})`, edits);
}

/** A resources block for the container of a missing-request/limit finding: requests cpu and memory, a memory limit. */
function resourcesFix(t: EditTarget, d: Diagnostic): Fix | undefined {
  const wanted = RESOURCE_DEFAULTS[d.rule];
  if (wanted === undefined || d.path === undefined) return undefined;
  const path = parsePath(d.path);
  const at = path.lastIndexOf('resources');
  if (at < 0) return undefined;
  const container: PathSegment[] = path.slice(0, at);
  const block: Record<string, Record<string, string>> = { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '128Mi' } };
  block[wanted.list] = { ...block[wanted.list], [wanted.name]: wanted.value };
  const had = asObject(getIn(t.object, ...container, 'resources'));
  const title = had === undefined ? 'Add a resources block' : `Set resources.${wanted.list}.${wanted.name} (and the other usual requests and limits)`;
  return fix(title, setFieldEdits(t, [...container, 'resources'], block));
}

/** What some fixes need beyond the finding and the object. */
export interface FixContext {
  /** Taints of the cluster's nodes (`key=value:Effect`), for `taints-not-tolerated`. */
  clusterTaints?: readonly string[];
}

/** Fixes an editor can offer for a finding whose rule attaches none. */
export function ruleFixes(d: Diagnostic, t: EditTarget, context: FixContext = {}): Fix[] {
  const out: (Fix | undefined)[] = [];
  if (d.rule === 'selector-matches-template') out.push(selectorLabelsFix(t));
  if (d.rule in RESOURCE_DEFAULTS) out.push(resourcesFix(t, d));
  if (d.rule === 'taints-not-tolerated') out.push(...tolerationFixes(t, context.clusterTaints ?? []));
  return out.filter((f): f is Fix => f !== undefined);
}

/** A taint as the plan writes it: `key=value:Effect` or `key:Effect`. */
function parseTaintText(text: string): Taint | undefined {
  const colon = text.lastIndexOf(':');
  const effect = text.slice(colon + 1);
  if (colon <= 0 || !(TAINT_EFFECTS as readonly string[]).includes(effect)) return undefined;
  const kv = text.slice(0, colon);
  const eq = kv.indexOf('=');
  return eq < 0 ? { key: kv, effect: effect as TaintEffect } : { key: kv.slice(0, eq), value: kv.slice(eq + 1), effect: effect as TaintEffect };
}

/**
 * One fix per taint (of the given nodes) the workload's pods do not tolerate: a toleration appended to the pod
 * spec's `tolerations`, matching that taint exactly.
 */
export function tolerationFixes(t: EditTarget, taints: readonly string[]): Fix[] {
  const template = podTemplateOf(t.object);
  if (template === undefined) return [];
  const have = (Array.isArray(template.spec.tolerations) ? template.spec.tolerations : []).map(parseToleration).filter((x) => x !== undefined);
  const out: Fix[] = [];
  for (const text of [...new Set(taints)]) {
    const taint = parseTaintText(text);
    if (taint === undefined || taint.effect === 'PreferNoSchedule' || have.some((tol) => toleratesTaint(tol, taint))) continue;
    const toleration = taint.value === undefined ? { key: taint.key, operator: 'Exists', effect: taint.effect } : { key: taint.key, operator: 'Equal', value: taint.value, effect: taint.effect };
    const f = fix(`Add a toleration for the taint ${text}`, appendItemEdits(t, [...template.specPath, 'tolerations'], toleration));
    if (f !== undefined) out.push(f);
  }
  return out;
}
