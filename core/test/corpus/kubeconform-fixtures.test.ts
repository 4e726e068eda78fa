// Every fixture of kubeconform's acceptance suite (../shared/corpus/kubeconform-fixtures, EXPECTED.md), run
// through the whole lint pipeline with the flags EXPECTED.md names, each as its own test.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPaths, type LintPathsOptions } from '../../src/index.js';
import { SHARED } from '../cli/spawn-kubeplan.js';

const FIXTURES = path.join(SHARED, 'corpus', 'kubeconform-fixtures');
const present = existsSync(path.join(FIXTURES, 'EXPECTED.md'));
if (!present) console.warn(`skipping kubeconform fixture tests: ${FIXTURES} is absent`);

interface Case {
  file: string;
  /** Why, from EXPECTED.md. */
  why: string;
  options?: LintPathsOptions;
  resources: number;
  invalid: number;
  /** Sorted `severity rule` of every finding. */
  findings: string[];
  skipped?: number;
}

const registryTemplate = (): string => path.join(FIXTURES, 'registry', '{{ .ResourceKind }}{{ .KindSuffix }}.json');

const CASES: Case[] = [
  { file: 'valid.yaml', why: 'ReplicationController bob', resources: 1, invalid: 0, findings: [] },
  { file: 'valid.yaml', why: '--skip ReplicationController skips it', options: { skipKinds: ['ReplicationController'] }, resources: 0, invalid: 0, findings: [], skipped: 1 },
  { file: 'valid.yaml', why: '--skip v1/ReplicationController skips it', options: { skipKinds: ['v1/ReplicationController'] }, resources: 0, invalid: 0, findings: [], skipped: 1 },
  { file: 'valid.yaml', why: '--skip v2/ReplicationController does not', options: { skipKinds: ['v2/ReplicationController'] }, resources: 1, invalid: 0, findings: [] },
  { file: 'valid.yaml', why: '--reject ReplicationController: prohibited resource kind', options: { rejectKinds: ['ReplicationController'] }, resources: 1, invalid: 1, findings: ['error rejected-kind'] },
  { file: 'valid.json', why: 'the same object as JSON, Kubernetes 1.20', options: { kubeVersion: '1.20' }, resources: 1, invalid: 0, findings: [] },
  { file: 'folder', why: 'a directory: 7 resources in 2 files', resources: 7, invalid: 0, findings: [] },
  { file: 'int_or_string.yaml', why: 'targetPort given as an int', resources: 1, invalid: 0, findings: [] },
  { file: 'generate_name.yaml', why: 'generateName and no name; no trailing newline', resources: 1, invalid: 0, findings: [] },
  { file: 'quantity.yaml', why: 'quantities as strings and bare integers', resources: 1, invalid: 0, findings: [] },
  { file: 'null_string.yaml', why: 'creationTimestamp: null and status.loadBalancer: {}', resources: 1, invalid: 0, findings: [] },
  { file: 'null_array.yaml', why: 'args: with only comments under it is null', resources: 1, invalid: 0, findings: [] },
  { file: 'multi_valid.yaml', why: 'six documents, then empty and comment-only ones', resources: 6, invalid: 0, findings: [] },
  { file: 'multi_valid_source.yaml', why: 'six documents with Helm # Source: comments', resources: 6, invalid: 0, findings: [] },
  { file: 'multi_invalid.yaml', why: 'port: sds where an integer is expected', resources: 6, invalid: 1, findings: ['error schema-type'] },
  { file: 'multi_invalid_resources.yaml', why: "five documents that are just `kind:`: missing 'kind' key", resources: 0, invalid: 0, findings: [...Array(5).fill('error missing-api-version'), ...Array(5).fill('error missing-kind')] },
  { file: 'multi_with_list.yaml', why: 'a Service and a List holding a Namespace', resources: 2, invalid: 0, findings: [] },
  { file: 'list_valid.yaml', why: 'a List of six', resources: 6, invalid: 0, findings: [] },
  { file: 'list_empty_valid.yaml', why: 'an empty List: no resources', resources: 0, invalid: 0, findings: [] },
  { file: 'list_invalid.yaml', why: 'a List item with replicas: asd" (and the templates typo)', resources: 2, invalid: 1, findings: ['error schema-type', 'error schema-unknown-field'] },
  { file: 'invalid.yaml', why: 'replicas: asd" and a templates typo', resources: 1, invalid: 1, findings: ['error schema-type', 'error schema-unknown-field'] },
  { file: 'blank.yaml', why: 'a zero-byte file', resources: 0, invalid: 0, findings: [] },
  { file: 'comment.yaml', why: '--- and a comment', resources: 0, invalid: 0, findings: [] },
  { file: 'missing_kind.yaml', why: "key: value: missing 'kind' key", resources: 0, invalid: 0, findings: ['error missing-api-version', 'error missing-kind'] },
  { file: 'missing_kind_value.yaml', why: "kind: with no value: missing 'kind' key", resources: 0, invalid: 0, findings: ['error missing-api-version', 'error missing-kind'] },
  { file: 'missing_apiversion.yaml', why: "an RC without apiVersion: missing 'apiVersion' key", resources: 0, invalid: 0, findings: ['error missing-api-version'] },
  { file: 'extra_property.yaml', why: 'DaemonSet spec.replicas: valid without --strict', options: { strict: false, kubeVersion: '1.20' }, resources: 1, invalid: 0, findings: ['warning schema-unknown-field'] },
  { file: 'extra_property.yaml', why: 'DaemonSet spec.replicas: invalid with --strict', options: { strict: true, kubeVersion: '1.20' }, resources: 1, invalid: 1, findings: ['error schema-unknown-field'] },
  {
    file: 'duplicate_property.yaml',
    why: 'containers twice (and spec.replicas): valid without --strict',
    options: { strict: false, kubeVersion: '1.20' },
    resources: 1,
    invalid: 0,
    findings: ['warning schema-unknown-field', 'warning yaml-duplicate-key'],
  },
  {
    file: 'duplicate_property.yaml',
    why: 'containers twice (and spec.replicas): invalid with --strict',
    options: { strict: true, kubeVersion: '1.20' },
    resources: 1,
    invalid: 1,
    findings: ['error schema-unknown-field', 'error yaml-duplicate-key'],
  },
  { file: 'test_crd.yaml', why: 'a custom resource without a schema', resources: 1, invalid: 0, findings: ['warning schema-missing'] },
  { file: 'test_crd.yaml', why: '--ignore-missing-schemas', options: { ignoreMissingSchemas: true }, resources: 1, invalid: 0, findings: [] },
  { file: 'test_crd.yaml', why: 'valid against the registry folder', options: { schemaLocations: [registryTemplate()] }, resources: 1, invalid: 0, findings: [] },
  { file: 'crd_schema.yaml', why: 'an apiextensions.k8s.io/v1beta1 CRD: removed API', resources: 1, invalid: 1, findings: ['error api-removed'] },
  { file: 'httpproxy.yaml', why: 'Contour HTTPProxy without its schema', resources: 1, invalid: 0, findings: ['warning schema-missing'] },
  { file: 'httpproxy.yaml', why: 'HTTPProxy with --ignore-missing-schemas', options: { ignoreMissingSchemas: true }, resources: 1, invalid: 0, findings: [] },
  {
    file: 'grafana-alert-rule-group-sample.yaml',
    why: 'Go durations in format: duration, with its schema file',
    options: { schemaLocations: [path.join(FIXTURES, 'grafanaalertrulegroup_v1beta1.json')] },
    resources: 1,
    invalid: 0,
    findings: [],
  },
  { file: 'full_domain_group.yaml', why: 'RoleBinding in rbac.authorization.k8s.io/v1', resources: 1, invalid: 0, findings: [] },
  { file: 'valid_version.yaml', why: 'an HPA whose scaleTargetRef names extensions/v1beta1 (just a string)', resources: 1, invalid: 0, findings: [] },
  { file: 'unconventional_keys.yaml', why: 'ConfigMap keys 5, 3.14 and true read as strings', resources: 1, invalid: 0, findings: [] },
  { file: 'same-kind-different-api.yaml', why: 'apps/v1 and the removed apps/v1beta1: not duplicates', resources: 2, invalid: 1, findings: ['error api-removed'] },
  { file: 'same-object-different-namespace.yaml', why: 'one name in namespaces a and b', resources: 2, invalid: 0, findings: [] },
  { file: 'same-object-different-namespace-default.yaml', why: 'namespace a and the-default-namespace', resources: 2, invalid: 0, findings: [] },
  { file: 'duplicates.yaml', why: 'two identical RCs bob', resources: 2, invalid: 1, findings: ['error duplicate-object'] },
  { file: 'duplicates-with-namespace.yaml', why: 'two RCs bob in namespace x', resources: 2, invalid: 1, findings: ['error duplicate-object'] },
  {
    file: 'duplicates-with-namespace-default.yaml',
    why: 'duplicates when the default namespace is the-default-namespace',
    options: { namespace: 'the-default-namespace' },
    resources: 2,
    invalid: 1,
    findings: ['error duplicate-object'],
  },
  { file: 'duplicates-with-namespace-default.yaml', why: 'not duplicates in the default namespace', resources: 2, invalid: 0, findings: [] },
  { file: 'duplicates-non-namespaced.yaml', why: 'two PersistentVolumes pv0003', resources: 2, invalid: 1, findings: ['error duplicate-object'] },
  { file: 'duplicates-skipped-kinds.yaml', why: '--skip SkipThisKind', options: { skipKinds: ['SkipThisKind'] }, resources: 0, invalid: 0, findings: [], skipped: 2 },
  { file: 'duplicates-skipped-kinds.yaml', why: 'v1 has no kind SkipThisKind', resources: 2, invalid: 2, findings: ['error api-unknown', 'error api-unknown'] },
];

// kubeconform validates schemas only: compare with the semantic rules off (the API-validation rules find more,
// e.g. extra_property.yaml's DaemonSet template has no labels for its selector; see the last test).
const SCHEMA_ONLY: LintPathsOptions = { rules: { preset: 'none', rules: {}, assumeComplete: false } };

describe.skipIf(!present)('kubeconform fixtures through the lint pipeline', () => {
  it.each(CASES)('$file: $why', async (c) => {
    const report = await lintPaths([path.join(FIXTURES, c.file)], { ...SCHEMA_ONLY, ...c.options });
    expect(report.diagnostics.map((d) => `${d.severity} ${d.rule}`).sort()).toEqual(c.findings);
    expect(report.summary.resources).toBe(c.resources);
    expect(report.summary.invalid).toBe(c.invalid);
    expect(report.summary.skipped).toBe(c.skipped ?? 0);
  });
});

describe.skipIf(!present)('kubeconform fixtures with the semantic rules on', () => {
  it('extra_property.yaml: the DaemonSet selector matches no template label, which the API server rejects', async () => {
    const report = await lintPaths([path.join(FIXTURES, 'extra_property.yaml')], { strict: false });
    expect(report.diagnostics.map((d) => `${d.severity} ${d.rule}`).sort()).toEqual(['error selector-matches-template', 'warning latest-tag', 'warning schema-unknown-field']);
  });
});
