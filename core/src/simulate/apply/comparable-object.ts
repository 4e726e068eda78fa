/**
 * Two versions of an object compared as the API server sees them: without what the server and the controllers
 * manage (status, uid, resourceVersion, managedFields, the revision annotations, a Job's generated selector...),
 * with every API default filled in and the zero values (`null`, `{}`, `[]`) gone. `replicas: 1` against an
 * omitted replicas, or a `kubectl get -o yaml` dump against the manifest it came from, compare equal.
 */
import { asObject, asString, asStringMap, type Obj } from '../../model/fields.js';
import { Defaulter, withoutEmpty } from './defaulter.js';
import { objectDefaults } from './object-defaults.js';

const SERVER_METADATA = ['uid', 'resourceVersion', 'creationTimestamp', 'generation', 'managedFields', 'selfLink', 'deletionTimestamp', 'deletionGracePeriodSeconds'];

/** Annotations that tools and controllers write, never the author. */
const SERVER_ANNOTATION_PREFIXES = ['deployment.kubernetes.io/', 'deprecated.daemonset.', 'pv.kubernetes.io/', 'volume.kubernetes.io/', 'volume.beta.kubernetes.io/', 'endpoints.kubernetes.io/'];
export const LAST_APPLIED_ANNOTATION = 'kubectl.kubernetes.io/last-applied-configuration';

/** Finalizers controllers add on their own (kubernetes.io/pvc-protection...). */
const SERVER_FINALIZERS: ReadonlySet<string> = new Set(['kubernetes.io/pvc-protection', 'kubernetes.io/pv-protection', 'batch.kubernetes.io/job-tracking']);

/** The labels and selector a Job gets from generateSelector when it does not set `manualSelector`. */
const JOB_GENERATED_LABELS = ['controller-uid', 'batch.kubernetes.io/controller-uid', 'job-name', 'batch.kubernetes.io/job-name'];

/** True for an annotation the server or a controller owns (it is kept across updates and left out of diffs). */
export function isServerAnnotation(key: string): boolean {
  return key === LAST_APPLIED_ANNOTATION || SERVER_ANNOTATION_PREFIXES.some((p) => key.startsWith(p));
}

function withoutServerMetadata(metadata: Obj, kind: string): Obj {
  const out: Obj = { ...metadata };
  for (const k of SERVER_METADATA) delete out[k];
  const annotations = asStringMap(out.annotations);
  if (annotations !== undefined) out.annotations = Object.fromEntries(Object.entries(annotations).filter(([k]) => !isServerAnnotation(k)));
  if (kind === 'Namespace') {
    const labels = { ...asStringMap(out.labels) };
    if (labels['kubernetes.io/metadata.name'] === asString(out.name)) delete labels['kubernetes.io/metadata.name'];
    out.labels = labels;
  }
  if (Array.isArray(out.finalizers)) out.finalizers = out.finalizers.filter((f) => typeof f !== 'string' || !SERVER_FINALIZERS.has(f));
  return out;
}

/** A Job without the selector and template labels the API server generated for it. */
function withoutGeneratedJobSelector(spec: Obj): Obj {
  if (spec.manualSelector === true) return spec;
  const out: Obj = { ...spec };
  const matchLabels = asStringMap(asObject(spec.selector)?.matchLabels) ?? {};
  const selectorKeys = Object.keys(asObject(spec.selector) ?? {});
  if (selectorKeys.every((k) => k === 'matchLabels') && Object.keys(matchLabels).every((k) => JOB_GENERATED_LABELS.includes(k))) delete out.selector;
  const template = asObject(spec.template);
  const templateMetadata = asObject(template?.metadata);
  const labels = asStringMap(templateMetadata?.labels);
  if (template !== undefined && labels !== undefined) {
    const own = Object.fromEntries(Object.entries(labels).filter(([k]) => !JOB_GENERATED_LABELS.includes(k)));
    out.template = { ...template, metadata: { ...templateMetadata, labels: own } };
  }
  return out;
}

/** `stringData` is write-only: the API server folds it into `data` (base64), overriding keys of `data`. */
function withStringDataFolded(secret: Obj): Obj {
  const stringData = asStringMap(secret.stringData);
  if (stringData === undefined) return secret;
  const data: Obj = { ...asObject(secret.data) };
  for (const [k, v] of Object.entries(stringData)) data[k] = Buffer.from(v, 'utf8').toString('base64');
  const out: Obj = { ...secret, data };
  delete out.stringData;
  return out;
}

/** Without server-managed fields; defaults neither applied nor stripped. */
function authoredFields(object: Readonly<Obj>): Obj {
  const kind = asString(object.kind) ?? '';
  let out: Obj = structuredClone(object) as Obj;
  delete out.status;
  const metadata = asObject(out.metadata);
  if (metadata !== undefined) out.metadata = withoutServerMetadata(metadata, kind);
  const spec = asObject(out.spec);
  if (kind === 'Job' && spec !== undefined) out.spec = withoutGeneratedJobSelector(spec);
  if (kind === 'Namespace' && spec !== undefined && JSON.stringify(spec.finalizers) === '["kubernetes"]') delete spec.finalizers;
  if (kind === 'Secret') out = withStringDataFolded(out);
  return out;
}

/** The object as compared: server-managed fields gone, API defaults applied, zero values gone. */
export function comparableObject(object: Readonly<Obj>): Obj {
  const out = authoredFields(object);
  objectDefaults(Defaulter.apply(), out);
  return withoutEmpty(out) as Obj;
}

/**
 * A comparable object (see {@link comparableObject}) as a diff shows it: values equal to their API default left
 * out, except at `keep` (the changed paths, so that a field set back to its default still shows).
 */
export function displayObject(comparable: Readonly<Obj>, keep: ReadonlySet<string> = new Set()): Obj {
  const out = structuredClone(comparable) as Obj;
  objectDefaults(Defaulter.strip(keep), out);
  return withoutEmpty(out) as Obj;
}
