import { objectItems } from '../../../model/fields.js';
import { podSpecRule } from './pod-spec-rule.js';

const SIDECAR_ONLY = ['lifecycle', 'livenessProbe', 'readinessProbe', 'startupProbe'] as const;

/**
 * Container restart policies (sidecar containers, GA in 1.33): pkg/apis/core/validation/validation.go
 * validateInitContainers (an init container's restartPolicy can only be Always, which makes it a sidecar; lifecycle
 * hooks and probes only on sidecars) and validateContainers (regular containers take no restartPolicy).
 */
export const sidecars = podSpecRule({
  meta: {
    id: 'sidecars',
    category: 'api-validation',
    defaultSeverity: 'error',
    preset: 'recommended',
    summary: 'A container restartPolicy other than Always on an init container, any restartPolicy on a regular container, or probes/lifecycle hooks on a non-sidecar init container.',
    rationale:
      'kube-apiserver rejects it: pkg/apis/core/validation/validation.go validateInitContainerRestartPolicy, validateInitContainers ' +
      '("may not be set for init containers without restartPolicy=Always") and validateContainers ("may not be set for non-init containers").',
    howToFix: 'Set restartPolicy: Always on init containers meant to keep running (sidecars) and give probes and hooks only to those; remove restartPolicy from regular containers.',
    examples: {
      invalid: 'initContainers:\n  - name: migrate\n    image: app:1.0\n    readinessProbe:\n      exec: {command: [true]}',
      valid: 'initContainers:\n  - name: proxy\n    image: envoy:1.30\n    restartPolicy: Always\n    readinessProbe:\n      tcpSocket: {port: 9901}',
    },
  },
  check({ errs, template: { spec, specPath } }) {
    for (const { item, index } of objectItems(spec.initContainers)) {
      const policy = item.restartPolicy;
      if (typeof policy === 'string' && policy !== 'Always') errs.notSupported([...specPath, 'initContainers', index, 'restartPolicy'], policy, ['Always']);
      if (policy === 'Always') continue;
      for (const field of SIDECAR_ONLY) {
        if (item[field] !== undefined && item[field] !== null) {
          errs.forbidden([...specPath, 'initContainers', index, field], 'may not be set for init containers without restartPolicy=Always', { on: 'key' });
        }
      }
    }
    for (const { item, index } of objectItems(spec.containers)) {
      if (item.restartPolicy !== undefined && item.restartPolicy !== null) {
        errs.forbidden([...specPath, 'containers', index, 'restartPolicy'], 'may not be set for non-init containers', { on: 'key' });
      }
    }
  },
});
