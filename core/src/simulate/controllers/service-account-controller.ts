/**
 * The ServiceAccount controller (pkg/controller/serviceaccount/serviceaccounts_controller.go): every active
 * namespace gets a `default` ServiceAccount, so that pods, which admission gives `serviceAccountName: default`,
 * can be created in a namespace the plan itself creates. Terminating namespaces get nothing.
 */
import { getIn } from '../../model/fields.js';
import type { Controller } from '../types.js';
import { createAction } from './sim-object.js';

export const serviceAccountController: Controller = {
  kind: 'Namespace',
  reconcile(ctx, namespace) {
    if (getIn(namespace.object, 'status', 'phase') === 'Terminating') return [];
    if (ctx.state.getObject('ServiceAccount', namespace.name, 'default') !== undefined) return [];
    return [createAction({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: namespace.name } }, namespace)];
  },
};
