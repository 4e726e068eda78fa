import { describe, expect, it } from 'vitest';
import { defaultNamespace } from '../../../src/rules/practices/metadata/default-namespace.js';
import { requiredAnnotations } from '../../../src/rules/practices/metadata/required-annotations.js';
import { requiredLabels } from '../../../src/rules/practices/metadata/required-labels.js';
import { loadText } from '../../../src/load/index.js';
import { runRules } from '../../../src/rules/run-rules.js';
import { findingsOf, summary } from '../helpers.js';

const configMap = (metadata: string): string => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n${metadata.replace(/^/gm, '  ')}\n`;
const on = (id: string, params: Record<string, unknown>) => ({ rules: { [id]: { level: 'warning' as const, params } } });

describe('default-namespace', () => {
  it.each([
    { name: 'an object naming no namespace lands in default', yaml: configMap(''), findings: ['default-namespace 3:1 the object names no namespace: it lands in "default"'] },
    { name: 'namespace: default is reported on the field', yaml: configMap('namespace: default'), findings: ['default-namespace 5:14 the object is in the "default" namespace'] },
    { name: 'another namespace passes', yaml: configMap('namespace: shop'), findings: [] },
    { name: 'cluster-scoped objects have no namespace', yaml: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n', findings: [] },
    { name: 'a cluster-scoped object defined twice is still cluster-scoped', yaml: 'kind: ClusterRole\napiVersion: rbac.authorization.k8s.io/v1\nmetadata: {name: r}\n---\nkind: ClusterRole\napiVersion: rbac.authorization.k8s.io/v1\nmetadata: {name: r}\n', findings: [] },
  ])('$name', ({ yaml, findings }) => {
    expect(summary(findingsOf(defaultNamespace, yaml))).toEqual(findings);
  });

  it('takes the namespace of the run (-n) for objects that name none', () => {
    const { manifests } = loadText(configMap(''), 'test.yaml');
    const settings = { preset: 'strict' as const, rules: {}, assumeComplete: false };
    expect(runRules(manifests, [defaultNamespace], { settings, defaultNamespace: 'shop', isNamespaced: () => true }).diagnostics).toEqual([]);
  });
});

describe('required-labels (opt-in)', () => {
  it.each([
    { name: 'a present label passes', metadata: 'labels: {owner: shop}', params: { labels: ['owner'] }, findings: [] },
    { name: 'a missing label is reported', metadata: 'labels: {team: shop}', params: { labels: ['owner'] }, findings: ['required-labels 5:3 required label "owner" is missing'] },
    {
      name: 'a value must match the whole pattern',
      metadata: 'labels: {owner: shop}',
      params: { labels: ['owner=team-.+'] },
      findings: ['required-labels 5:19 label "owner" is "shop", which does not match team-.+'],
    },
    { name: 'object entries work like key=pattern', metadata: 'labels: {owner: team-shop}', params: { labels: [{ key: 'owner', value: 'team-.+' }] }, findings: [] },
    { name: 'kinds limits which objects are checked', metadata: '', params: { labels: ['owner'], kinds: ['Deployment'] }, findings: [] },
    { name: 'an invalid pattern is reported, not thrown', metadata: 'labels: {owner: x}', params: { labels: ['owner=('] }, findings: ['required-labels 5:3 required-labels: the pattern for "owner" is not a valid regular expression (Invalid regular expression: /^(?:()$/: Unterminated group)'] },
  ])('$name', ({ metadata, params, findings }) => {
    expect(summary(findingsOf(requiredLabels, configMap(metadata), on('required-labels', params)))).toEqual(findings);
  });

  it('requires app.kubernetes.io/name by default and is off unless turned on', () => {
    expect(findingsOf(requiredLabels, configMap(''))).toEqual([]);
    expect(summary(findingsOf(requiredLabels, configMap(''), on('required-labels', {})))).toEqual(['required-labels 3:1 required label "app.kubernetes.io/name" is missing']);
  });
});

describe('required-annotations (opt-in)', () => {
  it('checks annotations like labels', () => {
    const params = { annotations: ['email=[a-zA-Z0-9_.+-]+@[a-zA-Z0-9-]+\\.[a-zA-Z0-9-.]+'] };
    expect(findingsOf(requiredAnnotations, configMap('annotations: {email: dev@example.com}'), on('required-annotations', params))).toEqual([]);
    expect(summary(findingsOf(requiredAnnotations, configMap('annotations: {whois: dev@example.com}'), on('required-annotations', params)))).toEqual([
      'required-annotations 5:3 required annotation "email" is missing',
    ]);
  });
});
