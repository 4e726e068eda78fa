import type { KubeObject } from '../../../load/types.js';
import { asObject, asString, getIn, objectItems, type Obj } from '../../../model/fields.js';
import { containersOf, WORKLOAD_KINDS, type ContainerRef } from '../../../model/pod-template.js';
import type { Rule, RuleContext } from '../../rule.js';
import { fail, failEach, forbidden, goPath, invalid, notFound, notSupported, podSpecContext, required } from './field-errors.js';
import { podSpecOf } from './pod-spec-of.js';
import { hasBacksteps, localDescendingPathErrors } from './pod-syntax.js';

const UNIQUE = 'must be unique';

/** ValidateVolumeMounts: upstream names some fields on the list (`volumeMounts.subPath`), and so do these messages. */
function checkMounts(ctx: RuleContext, c: ContainerRef, volumes: ReadonlyMap<string, Obj>, devices: ReadonlyMap<string, string>): void {
  const listPath = goPath([...c.path, 'volumeMounts']);
  const mountPaths = new Set<string>();
  const privileged = asObject(c.container.securityContext)?.privileged === true;
  const devicePaths = new Set(devices.values());
  for (const { item, index } of objectItems(c.container.volumeMounts)) {
    const path = [...c.path, 'volumeMounts', index];
    const name = asString(item.name);
    if (name !== undefined) {
      if (name === '') fail(ctx, [...path, 'name'], required());
      if (!volumes.has(name)) fail(ctx, [...path, 'name'], notFound(name));
      if (devices.has(name)) fail(ctx, [...path, 'name'], invalid(name, 'must not already exist in volumeDevices'));
    }
    const mountPath = asString(item.mountPath);
    if (mountPath !== undefined) {
      if (mountPath === '') fail(ctx, [...path, 'mountPath'], required());
      else if (mountPaths.has(mountPath)) fail(ctx, [...path, 'mountPath'], invalid(mountPath, UNIQUE));
      mountPaths.add(mountPath);
      if (devicePaths.has(mountPath)) fail(ctx, [...path, 'mountPath'], invalid(mountPath, 'must not already exist as a path in volumeDevices'));
    }
    const subPath = asString(item.subPath) ?? '';
    const subPathExpr = asString(item.subPathExpr) ?? '';
    if (name !== undefined && volumes.get(name)?.image != null) {
      if (subPath !== '') fail(ctx, [...path, 'subPath'], invalid(subPath, 'not allowed in image volume sources'));
      if (subPathExpr !== '') fail(ctx, [...path, 'subPathExpr'], invalid(subPathExpr, 'not allowed in image volume sources'));
    }
    if (subPath !== '') failEach(ctx, [...path, 'subPath'], subPath, localDescendingPathErrors(subPath), { msgPath: `${listPath}.subPath` });
    if (subPathExpr !== '') {
      if (subPath !== '') fail(ctx, [...path, 'subPathExpr'], invalid(subPathExpr, 'subPathExpr and subPath are mutually exclusive'));
      failEach(ctx, [...path, 'subPathExpr'], subPathExpr, localDescendingPathErrors(subPathExpr), { msgPath: `${listPath}.subPathExpr` });
    }
    const propagation = asString(item.mountPropagation);
    if (propagation === 'Bidirectional' && !privileged) {
      fail(ctx, [...path, 'mountPropagation'], forbidden('Bidirectional mount propagation is available only to privileged containers'), { msgPath: `${listPath}.mountPropagation` });
    }
    const rro = asString(item.recursiveReadOnly);
    if (rro === undefined || rro === 'Disabled') continue;
    const at = [...path, 'recursiveReadOnly'];
    const msgPath = `${listPath}.recursiveReadOnly`;
    if (rro !== 'Enabled' && rro !== 'IfPossible') fail(ctx, at, notSupported(rro, ['Disabled', 'Enabled', 'IfPossible']), { msgPath });
    else {
      if (item.readOnly !== true) fail(ctx, at, forbidden('may only be specified when readOnly is true'), { msgPath });
      if (propagation !== undefined && propagation !== 'None') fail(ctx, at, forbidden('may only be specified when mountPropagation is None or not specified'), { msgPath });
    }
  }
}

/** ValidateVolumeDevices: raw block devices come from PVC-backed volumes only. */
function checkDevices(ctx: RuleContext, c: ContainerRef, volumes: ReadonlyMap<string, Obj>, mounts: ReadonlyMap<string, string>): void {
  const names = new Set<string>();
  const paths = new Set<string>();
  const mountPaths = new Set(mounts.values());
  for (const { item, index } of objectItems(c.container.volumeDevices)) {
    const path = [...c.path, 'volumeDevices', index];
    const name = asString(item.name);
    if (name !== undefined) {
      const volume = volumes.get(name);
      if (name === '') fail(ctx, [...path, 'name'], required());
      if (names.has(name)) fail(ctx, [...path, 'name'], invalid(name, UNIQUE));
      if (volume !== undefined && volume.persistentVolumeClaim == null && volume.ephemeral == null) {
        fail(ctx, [...path, 'name'], invalid(name, 'can only use volume source type of PersistentVolumeClaim or Ephemeral for block mode'));
      }
      if (volume === undefined) fail(ctx, [...path, 'name'], notFound(name));
      if (mounts.has(name)) fail(ctx, [...path, 'name'], invalid(name, 'must not already exist in volumeMounts'));
      if (name !== '') names.add(name);
    }
    const devicePath = asString(item.devicePath);
    if (devicePath === undefined) continue;
    if (devicePath === '') fail(ctx, [...path, 'devicePath'], required());
    if (paths.has(devicePath)) fail(ctx, [...path, 'devicePath'], invalid(devicePath, UNIQUE));
    if (devicePath !== '' && hasBacksteps(devicePath)) fail(ctx, [...path, 'devicePath'], invalid(devicePath, "can not contain backsteps ('..')"));
    else paths.add(devicePath);
    if (mountPaths.has(devicePath)) fail(ctx, [...path, 'devicePath'], invalid(devicePath, 'must not already exist as a path in volumeMounts'));
  }
}

/**
 * The pod's volumes by name. A StatefulSet's Pods also get one PVC volume per volumeClaimTemplate (the controller's
 * updateStorage, replacing a template volume of the same name).
 */
function podVolumes(object: KubeObject, spec: Obj): Map<string, Obj> {
  const out = new Map<string, Obj>();
  for (const { item } of objectItems(spec.volumes)) if (typeof item.name === 'string') out.set(item.name, item);
  if (object.kind !== 'StatefulSet') return out;
  for (const { item } of objectItems(getIn(object, 'spec', 'volumeClaimTemplates'))) {
    const name = asString(getIn(item, 'metadata', 'name'));
    if (name !== undefined) out.set(name, { name, persistentVolumeClaim: { claimName: name } });
  }
  return out;
}

/** GetVolumeMountMap / GetVolumeDeviceMap: name → path. */
function pathsByName(list: unknown, field: 'mountPath' | 'devicePath'): Map<string, string> {
  const out = new Map<string, string>();
  for (const { item } of objectItems(list)) {
    const name = asString(item.name);
    if (name !== undefined) out.set(name, asString(item[field]) ?? '');
  }
  return out;
}

/**
 * Volume mounts and devices: pkg/apis/core/validation/validation.go ValidateVolumeMounts (the volume exists, mountPath
 * required and unique, subPath/subPathExpr relative without `..` and not both, Bidirectional propagation only for
 * privileged containers, recursiveReadOnly only on read-only mounts) and ValidateVolumeDevices.
 */
export const volumeMounts: Rule = {
  meta: {
    id: 'volume-mounts',
    category: 'api-validation',
    defaultSeverity: 'error',
    preset: 'recommended',
    summary: 'A volume mount of a volume the pod does not define, a mount path used twice, or a subPath that escapes the volume.',
    rationale:
      'kube-apiserver rejects it: pkg/apis/core/validation/validation.go ValidateVolumeMounts ("Not found", "must be unique", ' +
      "\"must not contain '..'\", mountPropagation and recursiveReadOnly rules) and ValidateVolumeDevices.",
    howToFix: 'Mount only volumes listed in `spec.volumes`, each at its own path; keep subPath relative and inside the volume.',
    examples: {
      invalid: 'containers:\n  - name: web\n    image: nginx:1.27\n    volumeMounts:\n      - {name: config, mountPath: /etc/app}\nvolumes: []',
      valid: 'containers:\n  - name: web\n    image: nginx:1.27\n    volumeMounts:\n      - {name: config, mountPath: /etc/app}\nvolumes:\n  - name: config\n    configMap: {name: app}',
    },
  },
  kinds: WORKLOAD_KINDS,
  check(rawCtx) {
    const ctx = podSpecContext(rawCtx);
    const template = podSpecOf(ctx.object);
    if (template === undefined) return;
    let volumes: Map<string, Obj> | undefined;
    for (const c of containersOf(template)) {
      if (c.container.volumeMounts === undefined && c.container.volumeDevices === undefined) continue;
      volumes ??= podVolumes(ctx.object, template.spec);
      const mounts = pathsByName(c.container.volumeMounts, 'mountPath');
      const devices = pathsByName(c.container.volumeDevices, 'devicePath');
      checkMounts(ctx, c, volumes, devices);
      checkDevices(ctx, c, volumes, mounts);
    }
  },
};
