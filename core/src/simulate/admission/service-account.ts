/**
 * ServiceAccount (plugin/pkg/admission/serviceaccount/admission.go): a new Pod without `serviceAccountName`
 * runs as `default`; a Pod naming a ServiceAccount that does not exist is refused (current releases still do);
 * a Pod without image pull secrets gets its ServiceAccount's. The ServiceAccount controller creates `default`
 * in every namespace, so `default` counts as existing in any existing namespace. Mirror pods are left alone.
 */
import { asArray, asObject, asString, getIn } from '../../model/fields.js';
import { isPod, podSpecOf, type AdmissionPlugin, type AdmissionRequest } from './admission-request.js';
import type { Rejection } from './admission-types.js';
import { forbidden } from './status-errors.js';

export const DEFAULT_SERVICE_ACCOUNT = 'default';
const MIRROR_POD_ANNOTATION = 'kubernetes.io/config.mirror';

function admit(request: AdmissionRequest): Rejection | undefined {
  const namespace = request.namespace;
  if (!isPod(request) || request.operation !== 'CREATE' || namespace === undefined) return undefined;
  if (asString(getIn(request.object, 'metadata', 'annotations', MIRROR_POD_ANNOTATION)) !== undefined) return undefined;
  const spec = podSpecOf(request);
  const name = asString(spec.serviceAccountName) || DEFAULT_SERVICE_ACCOUNT;
  spec.serviceAccountName = name;
  const account = request.state.getObject('ServiceAccount', namespace, name);
  if (account === undefined && name !== DEFAULT_SERVICE_ACCOUNT) {
    return forbidden(request.resource, request.name, `error looking up service account ${namespace}/${name}: serviceaccount "${name}" not found`);
  }
  const pullSecrets = asArray(account?.object.imagePullSecrets) ?? [];
  if ((asArray(spec.imagePullSecrets) ?? []).length === 0 && pullSecrets.length > 0) {
    spec.imagePullSecrets = pullSecrets.flatMap((s) => {
      const secretName = asString(asObject(s)?.name);
      return secretName === undefined ? [] : [{ name: secretName }];
    });
  }
  return undefined;
}

export const serviceAccount: AdmissionPlugin = { name: 'ServiceAccount', admit };
