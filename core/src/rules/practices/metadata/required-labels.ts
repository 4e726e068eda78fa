import { requiredMetadataRule } from './required-metadata.js';

export const requiredLabels = requiredMetadataRule('labels', {
  id: 'required-labels',
  summary: 'An object lacks a label your organisation requires (parameter `labels`: `key` or `key=regex`), or its value does not match.',
  rationale:
    'Ownership, cost and routing tooling (dashboards, alerts, chargeback, policies) find objects by labels; an unlabelled object belongs to nobody.',
  howToFix: 'Add the label under metadata.labels with a value matching the pattern.',
  examples: { invalid: 'metadata:\n  name: web', valid: 'metadata:\n  name: web\n  labels:\n    app.kubernetes.io/name: web' },
  peers: ['kube-linter:required-label-owner'],
  params: { labels: ['app.kubernetes.io/name'], kinds: [] },
});
