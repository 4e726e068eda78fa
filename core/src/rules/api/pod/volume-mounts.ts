import type { KubeObject } from '../../../load/types.js';
import { asObject, asString, getIn, objectItems, type Obj } from '../../../model/fields.js';
import type { ContainerRef } from '../../../model/pod-template.js';
import type { FieldErrors } from '../field-errors.js';
import { podSpecRule } from './pod-spec-rule.js';
import { hasBacksteps, localDescendingPathErrors } from './pod-syntax.js';

const UNIQUE = 'must be unique';

/** ValidateVolumeMounts: upstream names some fields on the list (`volumeMounts.subPath`), and so do these messages. */
function checkMounts(errs: FieldErrors, c: ContainerRef, volumes: ReadonlyMap<string, Obj>, devices: ReadonlyMap<string, string>): void {
  const listPath = [...c.path, 'volumeMounts'];
  const mountPaths = new Set<string>();
  const privileged = asObject(c.container.securityContext)?.privileged === true;
  const devicePaths = new Set(devices.values());
  for (const { item, index } of objectItems(c.container.volumeMounts)) {
    const path = [...c.path, 'volumeMounts', index];
    const name = asString(item.name);
    if (name !== undefined) {
      if (name === '') errs.required([...path, 'name']);
      if (!volumes.has(name)) errs.notFound([...path, 'name'], name);
      if (devices.has(name)) errs.invalid([...path, 'name'], name, 'must not already exist in volumeDevices');
    }
    const mountPath = asString(item.mountPath);
    if (mountPath !== undefined) {
      if (mountPath === '') errs.required([...path, 'mountPath']);
      else if (mountPaths.has(mountPath)) errs.invalid([...path, 'mountPath'], mountPath, UNIQUE);
      mountPaths.add(mountPath);
      if (devicePaths.has(mountPath)) errs.invalid([...path, 'mountPath'], mountPath, 'must not already exist as a path in volumeDevices');
    }
    const subPath = asString(item.subPath) ?? '';
    const subPathExpr = asString(item.subPathExpr) ?? '';
    if (name !== undefined && volumes.get(name)?.image != null) {
      if (subPath !== '') errs.invalid([...path, 'subPath'], subPath, 'not allowed in image volume sources');
      if (subPathExpr !== '') errs.invalid([...path, 'subPathExpr'], subPathExpr, 'not allowed in image volume sources');
    }
    if (subPath !== '') errs.invalidEach([...listPath, 'subPath'], subPath, localDescendingPathErrors(subPath), { at: [...path, 'subPath'] });
    if (subPathExpr !== '') {
      if (subPath !== '') errs.invalid([...path, 'subPathExpr'], subPathExpr, 'subPathExpr and subPath are mutually exclusive');
      errs.invalidEach([...listPath, 'subPathExpr'], subPathExpr, localDescendingPathErrors(subPathExpr), { at: [...path, 'subPathExpr'] });
    }
    const propagation = asString(item.mountPropagation);
    if (propagation === 'Bidirectional' && !privileged) {
      errs.forbidden([...listPath, 'mountPropagation'], 'Bidirectional mount propagation is available only to privileged containers', { at: [...path, 'mountPropagation'] });
    }
    const rro = asString(item.recursiveReadOnly);
    if (rro === undefined || rro === 'Disabled') continue;
    const at = [...path, 'recursiveReadOnly'];
    const msgPath = [...listPath, 'recursiveReadOnly'];
    if (rro !== 'Enabled' && rro !== 'IfPossible') errs.notSupported(msgPath, rro, ['Disabled', 'Enabled', 'IfPossible'], { at });
    else {
      if (item.readOnly !== true) errs.forbidden(msgPath, 'may only be specified when readOnly is true', { at });
      if (propagation !== undefined && propagation !== 'None') errs.forbidden(msgPath, 'may only be specified when mountPropagation is None or not specified', { at });
    }
  }
}

/** ValidateVolumeDevices: raw block devices come from PVC-backed volumes only. */
function checkDevices(errs: FieldErrors, c: ContainerRef, volumes: ReadonlyMap<string, Obj>, mounts: ReadonlyMap<string, string>): void {
  const names = new Set<string>();
  const paths = new Set<string>();
  const mountPaths = new Set(mounts.values());
  for (const { item, index } of objectItems(c.container.volumeDevices)) {
    const path = [...c.path, 'volumeDevices', index];
    const name = asString(item.name);
    if (name !== undefined) {
      const volume = volumes.get(name);
      if (name === '') errs.required([...path, 'name']);
      if (names.has(name)) errs.invalid([...path, 'name'], name, UNIQUE);
      if (volume !== undefined && volume.persistentVolumeClaim == null && volume.ephemeral == null) {
        errs.invalid([...path, 'name'], name, 'can only use volume source type of PersistentVolumeClaim or Ephemeral for block mode');
      }
      if (volume === undefined) errs.notFound([...path, 'name'], name);
      if (mounts.has(name)) errs.invalid([...path, 'name'], name, 'must not already exist in volumeMounts');
      if (name !== '') names.add(name);
    }
    const devicePath = asString(item.devicePath);
    if (devicePath === undefined) continue;
    if (devicePath === '') errs.required([...path, 'devicePath']);
    if (paths.has(devicePath)) errs.invalid([...path, 'devicePath'], devicePath, UNIQUE);
    if (devicePath !== '' && hasBacksteps(devicePath)) errs.invalid([...path, 'devicePath'], devicePath, "can not contain backsteps ('..')");
    else paths.add(devicePath);
    if (mountPaths.has(devicePath)) errs.invalid([...path, 'devicePath'], devicePath, 'must not already exist as a path in volumeMounts');
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
export const volumeMounts = podSpecRule({
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
  check({ ctx, errs, template, pod }) {
    let volumes: Map<string, Obj> | undefined;
    for (const c of pod.allContainers) {
      if (c.container.volumeMounts === undefined && c.container.volumeDevices === undefined) continue;
      volumes ??= podVolumes(ctx.object, template.spec);
      const mounts = pathsByName(c.container.volumeMounts, 'mountPath');
      const devices = pathsByName(c.container.volumeDevices, 'devicePath');
      checkMounts(errs, c, volumes, devices);
      checkDevices(errs, c, volumes, mounts);
    }
  },
});
