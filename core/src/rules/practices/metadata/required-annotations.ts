import { requiredMetadataRule } from './required-metadata.js';

export const requiredAnnotations = requiredMetadataRule('annotations', {
  id: 'required-annotations',
  summary: 'An object lacks an annotation your organisation requires (parameter `annotations`: `key` or `key=regex`), or its value does not match.',
  rationale: 'Contact, runbook or change-tracking annotations are how on-call engineers find who owns an object and what to do with it.',
  howToFix: 'Add the annotation under metadata.annotations with a value matching the pattern.',
  examples: { invalid: 'metadata:\n  name: web', valid: 'metadata:\n  name: web\n  annotations:\n    example.com/owner: team-shop@example.com' },
  peers: ['kube-linter:required-annotation-email'],
  params: { annotations: [], kinds: [] },
});
