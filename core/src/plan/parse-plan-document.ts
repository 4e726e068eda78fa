/**
 * A saved plan (`kubeplan plan --out plan.json`, or `-o json`) read back for `kubeplan show`: the JSON is
 * checked for the version this kubeplan reads (`schemaVersion: 1`) and the arrays every renderer walks, and
 * its diagnostics are turned back from the document's 1-based lines and columns into kubeplan's 0-based
 * ranges. Fields a newer kubeplan added within version 1 are kept and ignored by the renderers.
 */
import type { Diagnostic, Severity, SourceRange } from '../diagnostic.js';
import { asArray, asNumber, asObject, asString, type Obj } from '../model/fields.js';
import { PLAN_SCHEMA_VERSION, type PlanDocument } from './plan-document.js';

export type ParsedPlan = { readonly ok: true; readonly document: PlanDocument } | { readonly ok: false; readonly message: string };

const ARRAYS = ['objects', 'pods', 'nodes', 'services', 'volumeClaims', 'cronJobs', 'ingresses', 'events', 'diagnostics'] as const;
/** Added within version 1: a plan saved before the diff engine has none of them. */
const ADDED_ARRAYS = ['changes', 'rollouts', 'placements'] as const;

function rangeOf(o: Obj): SourceRange {
  const n = (k: string): number => Math.max(0, (asNumber(o[k]) ?? 1) - 1);
  return { start: { line: n('line'), col: n('column') }, end: { line: n('endLine'), col: n('endColumn') } };
}

/** A `lint -o json` shaped diagnostic as kubeplan holds it. */
function diagnosticOf(d: Obj): Diagnostic {
  const severity = (['error', 'warning', 'info'].includes(asString(d.severity) ?? '') ? d.severity : 'error') as Severity;
  const out: Diagnostic = { rule: asString(d.rule) ?? '', severity, message: asString(d.message) ?? '', file: asString(d.file) ?? '', range: rangeOf(d) };
  const object = asString(d.object);
  const path = asString(d.path);
  if (object !== undefined) out.object = object;
  if (path !== undefined) out.path = path;
  const fix = asObject(d.fix);
  if (fix !== undefined) {
    const edits = (asArray(fix.edits) ?? []).map((e) => asObject(e) ?? {}).map((e) => ({ range: rangeOf(e), newText: asString(e.newText) ?? '' }));
    out.fix = { title: asString(fix.title) ?? '', edits };
  }
  return out;
}

export function parsePlanDocument(text: string): ParsedPlan {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { ok: false, message: `not JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  const doc = asObject(raw);
  if (doc === undefined || doc.schemaVersion === undefined) return { ok: false, message: 'not a kubeplan plan document (no schemaVersion); save one with kubeplan plan --out FILE' };
  if (doc.schemaVersion !== PLAN_SCHEMA_VERSION) {
    return { ok: false, message: `plan schemaVersion ${JSON.stringify(doc.schemaVersion)} is not supported: this kubeplan reads version ${PLAN_SCHEMA_VERSION}` };
  }
  const missing = ARRAYS.find((k) => !Array.isArray(doc[k]));
  if (missing !== undefined || asObject(doc.summary) === undefined) return { ok: false, message: `not a complete plan document: ${missing ?? 'summary'} is missing` };
  const filled: Obj = { ...doc, base: doc.base ?? null };
  for (const k of ADDED_ARRAYS) if (!Array.isArray(filled[k])) filled[k] = [];
  filled.summary = { rollouts: 0, stuckRollouts: 0, ...asObject(doc.summary) };
  filled.diagnostics = (asArray(doc.diagnostics) ?? []).map((d) => diagnosticOf(asObject(d) ?? {}));
  return { ok: true, document: filled as unknown as PlanDocument };
}
