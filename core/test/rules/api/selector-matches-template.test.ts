import { describe, expect, it } from 'vitest';
import { selectorMatchesTemplate } from '../../../src/rules/api/selector-matches-template.js';
import { findingsOf, summary } from '../helpers.js';

const deployment = (selector: string, labels: string): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
${selector}
  template:
    metadata:
      labels:
${labels}
    spec:
      containers:
        - name: web
          image: nginx:1.27
`;

// Upstream: pkg/apis/apps/validation/validation.go ValidateDeploymentSpec — selector must match template labels.
describe('selector-matches-template', () => {
  it.each([
    { name: 'matchLabels equal to the template labels pass', selector: '    matchLabels: {app: web}', labels: '        app: web', findings: 0 },
    { name: 'a template with extra labels passes', selector: '    matchLabels: {app: web}', labels: '        app: web\n        tier: front', findings: 0 },
    { name: 'a different label value fails', selector: '    matchLabels: {app: web}', labels: '        app: api', findings: 1 },
    { name: 'an In expression the labels satisfy passes', selector: '    matchExpressions: [{key: app, operator: In, values: [web, api]}]', labels: '        app: api', findings: 0 },
    { name: 'a DoesNotExist expression on a template label fails', selector: '    matchExpressions: [{key: app, operator: DoesNotExist}]', labels: '        app: api', findings: 1 },
  ])('$name', ({ selector, labels, findings }) => {
    expect(findingsOf(selectorMatchesTemplate, deployment(selector, labels))).toHaveLength(findings);
  });

  it('is positioned on the template labels with the API server wording', () => {
    expect(summary(findingsOf(selectorMatchesTemplate, deployment('    matchLabels: {app: web}', '        app: api')))).toEqual([
      'selector-matches-template 11:9 spec.template.metadata.labels: Invalid value: map[app:api]: `selector` (app=web) does not match template `labels`',
    ]);
  });
});
