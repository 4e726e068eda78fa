/**
 * DefaultStorageClass (plugin/pkg/admission/storage/storageclass/setdefault/admission.go): a new
 * PersistentVolumeClaim that names no class at all (`""` asks for no class) gets the cluster's default
 * StorageClass. The choice itself (util.GetDefaultClass: the newest default, then by name) is shared with the PV
 * controller, which makes the same choice for claims created before their class.
 */
import { defaultStorageClass as defaultClassFor } from '../controllers/volume-binding-classes.js';
import type { AdmissionPlugin, AdmissionRequest } from './admission-request.js';
import type { Rejection } from './admission-types.js';
import { childObject } from './mutable.js';

function admit(request: AdmissionRequest): Rejection | undefined {
  if (request.kind !== 'PersistentVolumeClaim' || request.operation !== 'CREATE') return undefined;
  const name = defaultClassFor(request.state, request.object);
  if (name !== undefined) childObject(request.object, 'spec').storageClassName = name;
  return undefined;
}

export const defaultStorageClass: AdmissionPlugin = { name: 'DefaultStorageClass', admit };
