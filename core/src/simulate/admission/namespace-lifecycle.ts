/**
 * NamespaceLifecycle (staging/src/k8s.io/apiserver/pkg/admission/plugin/namespace/lifecycle/admission.go):
 * a namespaced object needs an existing namespace, and nothing new may be created in one that is terminating.
 * Namespaces themselves and cluster-scoped objects are always let through. The namespace is looked up in the
 * snapshot, so a Namespace created earlier in the same plan counts.
 */
import { getIn } from '../../model/fields.js';
import type { AdmissionPlugin, AdmissionRequest } from './admission-request.js';
import type { Rejection } from './admission-types.js';
import { forbidden, notFound } from './status-errors.js';

function admit(request: AdmissionRequest): Rejection | undefined {
  const namespace = request.namespace;
  if (namespace === undefined || request.kind === 'Namespace') return undefined;
  const ns = request.state.getObject('Namespace', undefined, namespace);
  if (ns === undefined) return notFound('namespaces', namespace);
  if (request.operation === 'CREATE' && getIn(ns.object, 'status', 'phase') === 'Terminating') {
    return forbidden(request.resource, request.name, `unable to create new content in namespace ${namespace} because it is being terminated`);
  }
  return undefined;
}

export const namespaceLifecycle: AdmissionPlugin = { name: 'NamespaceLifecycle', admit };
