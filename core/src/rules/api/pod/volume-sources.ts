/**
 * Per-source volume checks of pkg/apis/core/validation/validation.go validateVolumeSource: the sources manifests
 * use (emptyDir, hostPath, secret, configMap, persistentVolumeClaim, nfs, downwardAPI, projected). Legacy in-tree
 * plugins (iscsi, rbd, cinder...) are only counted, not checked field by field.
 */
import type { PathSegment } from '../../../load/json-path.js';
import { asNumber, asObject, asString, objectItems, type Obj } from '../../../model/fields.js';
import { parseQuantity } from '../../../model/quantity.js';
import type { RuleContext } from '../../rule.js';
import { checkFieldRef, checkResourceFieldRef, VOLUME_FIELD_PATHS } from './env-var-sources.js';
import { fail, failEach, forbidden, goPath, invalid, required } from './field-errors.js';
import { hasBacksteps, localNonReservedPathErrors } from './pod-syntax.js';

/** VolumeSource fields in validateVolumeSource's order, with the name its "more than 1 volume type" error uses. */
export const VOLUME_SOURCES: readonly (readonly [field: string, errorName: string])[] = [
  ['emptyDir', 'emptyDir'], ['hostPath', 'hostPath'], ['gitRepo', 'gitRepo'], ['gcePersistentDisk', 'gcePersistentDisk'],
  ['awsElasticBlockStore', 'awsElasticBlockStore'], ['secret', 'secret'], ['nfs', 'nfs'], ['iscsi', 'iscsi'], ['glusterfs', 'glusterfs'],
  ['flocker', 'flocker'], ['persistentVolumeClaim', 'persistentVolumeClaim'], ['rbd', 'rbd'], ['cinder', 'cinder'],
  // Upstream spells these two differently in its messages.
  ['cephfs', 'cephFS'], ['quobyte', 'quobyte'], ['downwardAPI', 'downwarAPI'],
  ['fc', 'fc'], ['flexVolume', 'flexVolume'], ['configMap', 'configMap'], ['azureFile', 'azureFile'], ['vsphereVolume', 'vsphereVolume'],
  ['photonPersistentDisk', 'photonPersistentDisk'], ['portworxVolume', 'portworxVolume'], ['azureDisk', 'azureDisk'],
  ['storageos', 'storageos'], ['projected', 'projected'], ['scaleIO', 'scaleIO'], ['csi', 'csi'], ['ephemeral', 'ephemeral'], ['image', 'image'],
];

const FILE_MODE = 'must be a number between 0 and 0777 (octal), both inclusive';
const PROJECTION_SOURCES = ['secret', 'configMap', 'downwardAPI', 'serviceAccountToken', 'clusterTrustBundle', 'podCertificate'] as const;

function checkMode(ctx: RuleContext, path: readonly PathSegment[], field: 'mode' | 'defaultMode', mode: unknown): void {
  const m = asNumber(mode);
  if (m !== undefined && (m < 0 || m > 0o777)) fail(ctx, [...path, field], invalid(m, FILE_MODE));
}

/** A required string that is written but empty (absent ones are schema-required or defaulted elsewhere). */
function requireNonEmpty(ctx: RuleContext, src: Obj, path: readonly PathSegment[], field: string, evenIfAbsent = false): boolean {
  const v = src[field];
  if (v === '' || (evenIfAbsent && (v === undefined || v === null))) {
    fail(ctx, [...path, field], required());
    return false;
  }
  return typeof v === 'string';
}

/** validateKeyToPath for each item of a secret/configMap source. */
function checkItems(ctx: RuleContext, path: readonly PathSegment[], items: unknown): void {
  for (const { item, index } of objectItems(items)) {
    const at = [...path, 'items', index];
    requireNonEmpty(ctx, item, at, 'key');
    requireNonEmpty(ctx, item, at, 'path');
    const p = asString(item.path);
    if (p !== undefined && p !== '') failEach(ctx, [...at, 'path'], p, localNonReservedPathErrors(p));
    checkMode(ctx, at, 'mode', item.mode);
  }
}

/** validateDownwardAPIVolumeFile (upstream names the source, not the item; kubeplan names the item). */
function checkDownwardFiles(ctx: RuleContext, path: readonly PathSegment[], items: unknown): void {
  for (const { item, index } of objectItems(items)) {
    const at = [...path, 'items', index];
    if (requireNonEmpty(ctx, item, at, 'path')) failEach(ctx, [...at, 'path'], item.path as string, localNonReservedPathErrors(item.path as string));
    const fieldRef = asObject(item.fieldRef);
    const resourceFieldRef = asObject(item.resourceFieldRef);
    if (fieldRef !== undefined) {
      checkFieldRef(ctx, [...at, 'fieldRef'], fieldRef, VOLUME_FIELD_PATHS);
      if (resourceFieldRef !== undefined) fail(ctx, at, invalid('resource', 'fieldRef and resourceFieldRef can not be specified simultaneously'));
    } else if (resourceFieldRef !== undefined) checkResourceFieldRef(ctx, [...at, 'resourceFieldRef'], resourceFieldRef, true);
    else fail(ctx, at, required('one of fieldRef and resourceFieldRef is required'));
    checkMode(ctx, at, 'mode', item.mode);
  }
}

/** validateProjectedVolumeSource / validateProjectionSources. */
function checkProjected(ctx: RuleContext, path: readonly PathSegment[], src: Obj): void {
  checkMode(ctx, path, 'defaultMode', src.defaultMode);
  for (const { item, index } of objectItems(src.sources)) {
    const at = [...path, 'sources', index];
    const present = PROJECTION_SOURCES.filter((k) => item[k] !== undefined && item[k] !== null);
    if (present.length > 1) fail(ctx, at, forbidden('may not specify more than 1 volume type per source'));
    for (const kind of ['secret', 'configMap'] as const) {
      const s = asObject(item[kind]);
      if (s === undefined) continue;
      requireNonEmpty(ctx, s, [...at, kind], 'name', true);
      checkItems(ctx, [...at, kind], s.items);
    }
    const downward = asObject(item.downwardAPI);
    if (downward !== undefined) checkDownwardFiles(ctx, [...at, 'downwardAPI'], downward.items);
    const token = asObject(item.serviceAccountToken);
    if (token === undefined) continue;
    const expiration = asNumber(token.expirationSeconds) ?? 3600; // SetDefaults_ServiceAccountTokenProjection
    if (expiration < 600) fail(ctx, [...at, 'serviceAccountToken', 'expirationSeconds'], invalid(expiration, 'may not specify a duration less than 10 minutes'));
    if (expiration > 2 ** 32) fail(ctx, [...at, 'serviceAccountToken', 'expirationSeconds'], invalid(expiration, 'may not specify a duration larger than 2^32 seconds'));
    // Upstream names `projected.path` for the token's path.
    const msgPath = goPath([...path, 'path']);
    const p = token.path;
    if (p === '') fail(ctx, [...at, 'serviceAccountToken', 'path'], required(), { msgPath });
    else if (typeof p === 'string') failEach(ctx, [...at, 'serviceAccountToken', 'path'], p, localNonReservedPathErrors(p), { msgPath });
  }
}

/** The checks of the one source a volume has (`path` is the source field's path). */
export function checkVolumeSource(ctx: RuleContext, path: readonly PathSegment[], field: string, src: Obj): void {
  switch (field) {
    case 'emptyDir': {
      const limit = typeof src.sizeLimit === 'string' || typeof src.sizeLimit === 'number' ? parseQuantity(src.sizeLimit) : undefined;
      if (limit !== undefined && limit.mantissa < 0n) fail(ctx, [...path, 'sizeLimit'], forbidden('SizeLimit field must be a valid resource quantity'));
      return;
    }
    case 'hostPath':
      if (requireNonEmpty(ctx, src, path, 'path') && hasBacksteps(src.path as string)) fail(ctx, [...path, 'path'], invalid(src.path as string, "must not contain '..'"));
      return;
    case 'secret':
    case 'configMap':
      requireNonEmpty(ctx, src, path, field === 'secret' ? 'secretName' : 'name', true);
      checkMode(ctx, path, 'defaultMode', src.defaultMode);
      checkItems(ctx, path, src.items);
      return;
    case 'persistentVolumeClaim':
      requireNonEmpty(ctx, src, path, 'claimName');
      return;
    case 'nfs':
      requireNonEmpty(ctx, src, path, 'server');
      requireNonEmpty(ctx, src, path, 'path');
      if (typeof src.path === 'string' && !src.path.startsWith('/')) fail(ctx, [...path, 'path'], invalid(src.path, 'must be an absolute path'));
      return;
    case 'downwardAPI':
      checkMode(ctx, path, 'defaultMode', src.defaultMode);
      checkDownwardFiles(ctx, path, src.items);
      return;
    case 'projected':
      checkProjected(ctx, path, src);
      return;
  }
}
