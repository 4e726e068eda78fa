import { isHelmTemplate } from './helm-template.js';
import type { PathSegment } from './json-path.js';
import type { LoadRuleId } from './load-rules.js';
import type { KubeObject, SkipReason } from './types.js';

/*
 * What a decoded document is: objects to check, or something to skip. Pure: values in, verdict out; the loader
 * turns findings into positioned diagnostics.
 */

/** A problem with the shape of a document, positioned later through the position map. */
export interface DocFinding {
  rule: Extract<LoadRuleId, 'not-a-mapping' | 'missing-kind' | 'missing-api-version'>;
  message: string;
  /** Path relative to the object (the List item when `itemIndex` is set). */
  path: PathSegment[];
  itemIndex?: number;
}

export type DocVerdict =
  | { type: 'skip'; reason: SkipReason; message: string }
  | { type: 'load'; objects: Array<{ object: KubeObject; itemIndex?: number }>; findings: DocFinding[] };

export interface ClassifyOptions {
  /** Found by a directory scan: what is not a manifest is skipped rather than reported. */
  discovered: boolean;
  /** The document had YAML errors: no shape findings (the syntax error says it), keep only complete objects. */
  partial: boolean;
}

const KUSTOMIZE_GROUP = 'kustomize.config.k8s.io/';

/** Skip messages: what the input is, and how to lint it anyway. */
export const SKIP_MESSAGES: Readonly<Record<SkipReason, string>> = {
  'not-a-manifest': 'not a Kubernetes manifest (no apiVersion or kind): skipped',
  kustomization: 'kustomization file: skipped; lint its output instead, e.g. kubectl kustomize <dir> | kubeplan lint -',
  patch: 'kustomize patch: skipped; lint the rendered output instead, e.g. kubectl kustomize <dir> | kubeplan lint -',
  'helm-template': 'Helm template: skipped; render it first, e.g. helm template <chart> | kubeplan lint -',
  empty: 'empty: skipped',
};

export function isMapping(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function isMissing(v: unknown): boolean {
  return v === undefined || v === null || v === '';
}

function describe(v: unknown): string {
  return Array.isArray(v) ? 'a list' : v === null ? 'null' : `a ${typeof v} scalar`;
}

/** A kustomize JSON6902 patch: a list of `{op, path}` operations. */
function isJson6902Patch(v: unknown): boolean {
  return Array.isArray(v) && v.length > 0 && v.every((op) => isMapping(op) && typeof op.op === 'string' && 'path' in op);
}

/** A List to flatten: a kind ending in `List` and an `items` array (`List`, `PodList`, `kubectl get -o yaml`). */
export function isKubeList(v: Record<string, unknown>): v is Record<string, unknown> & { items: unknown[] } {
  return typeof v.kind === 'string' && v.kind.endsWith('List') && Array.isArray(v.items);
}

function checkObject(obj: Record<string, unknown>, findings: DocFinding[], itemIndex?: number): boolean {
  const at = itemIndex === undefined ? {} : { itemIndex };
  if (isMissing(obj.kind)) findings.push({ rule: 'missing-kind', message: "missing 'kind' key", path: ['kind'], ...at });
  if (isMissing(obj.apiVersion)) {
    findings.push({ rule: 'missing-api-version', message: "missing 'apiVersion' key", path: ['apiVersion'], ...at });
  }
  return !isMissing(obj.kind) && !isMissing(obj.apiVersion);
}

function skip(reason: SkipReason): DocVerdict {
  return { type: 'skip', reason, message: SKIP_MESSAGES[reason] };
}

/** Decides what one decoded document is. */
export function classifyDocument(value: unknown, opts: ClassifyOptions): DocVerdict {
  const objects: Array<{ object: KubeObject; itemIndex?: number }> = [];
  const findings: DocFinding[] = [];
  if (value === null || value === undefined) return { type: 'load', objects, findings }; // `~`: nothing
  if (opts.partial) {
    const complete = isMapping(value) && !isMissing(value.kind) && !isMissing(value.apiVersion) && !isKubeList(value);
    return { type: 'load', objects: complete ? [{ object: value as KubeObject }] : [], findings };
  }
  if (!isMapping(value)) {
    if (opts.discovered) return skip(isJson6902Patch(value) ? 'patch' : 'not-a-manifest');
    const message = `the document is ${describe(value)}, not a Kubernetes object (a mapping with apiVersion and kind)`;
    return { type: 'load', objects, findings: [{ rule: 'not-a-mapping', message, path: [] }] };
  }
  if (opts.discovered) {
    if (typeof value.apiVersion === 'string' && value.apiVersion.startsWith(KUSTOMIZE_GROUP)) return skip('kustomization');
    if (isMissing(value.apiVersion) && isMissing(value.kind)) return skip('not-a-manifest');
  }
  if (!isKubeList(value)) {
    if (checkObject(value, findings)) objects.push({ object: value as KubeObject });
    return { type: 'load', objects, findings };
  }
  if (isMissing(value.apiVersion)) {
    findings.push({ rule: 'missing-api-version', message: "missing 'apiVersion' key", path: ['apiVersion'] });
  }
  value.items.forEach((item, itemIndex) => {
    if (!isMapping(item)) {
      const message = `List item is ${describe(item)}, not a Kubernetes object`;
      findings.push({ rule: 'not-a-mapping', message, path: [], itemIndex });
    } else if (checkObject(item, findings, itemIndex)) objects.push({ object: item as KubeObject, itemIndex });
  });
  return { type: 'load', objects, findings };
}

const KUSTOMIZATION_NAMES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);

/** A whole file recognised as not being manifests. */
export interface FileSkip {
  reason: SkipReason;
  message: string;
}

/** File-level verdict for a discovered file, from its name and text; undefined to read it document by document. */
export function classifyFile(baseName: string, text: string): FileSkip | undefined {
  if (KUSTOMIZATION_NAMES.has(baseName)) return { reason: 'kustomization', message: SKIP_MESSAGES.kustomization };
  if (baseName === 'Chart.yaml' || baseName === 'Chart.yml') {
    return { reason: 'not-a-manifest', message: `Helm chart metadata: skipped; ${SKIP_MESSAGES['helm-template'].split('; ')[1]}` };
  }
  return isHelmTemplate(text) ? { reason: 'helm-template', message: SKIP_MESSAGES['helm-template'] } : undefined;
}
