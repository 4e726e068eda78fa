import type { Diagnostic, Severity, SourceRange } from '../../src/diagnostic.js';
import type { LintReport, LintSummary } from '../../src/report/index.js';

/** 0-based range; the end defaults to the start. */
export function range(line: number, col: number, endLine = line, endCol = col): SourceRange {
  return { start: { line, col }, end: { line: endLine, col: endCol } };
}

export function diag(d: Partial<Diagnostic>): Diagnostic {
  const base: Diagnostic = {
    rule: 'some-rule',
    severity: 'error',
    message: 'something is wrong',
    file: 'a.yaml',
    range: range(0, 0),
  };
  return { ...base, ...d };
}

export function summary(s: Partial<LintSummary> = {}): LintSummary {
  return { resources: 0, files: 0, valid: 0, invalid: 0, errors: 0, warnings: 0, infos: 0, skipped: 0, ...s };
}

/** A report holding just `diagnostics`, with metadata for their rules. */
export function reportOf(diagnostics: Diagnostic[], extra: Partial<LintReport> = {}): LintReport {
  const ids = [...new Set(diagnostics.map((d) => d.rule))];
  const rules = ids.map((id) => ({ id, summary: `about ${id}`, defaultSeverity: 'error' as Severity }));
  return { diagnostics, summary: summary(), rules, kubeVersion: '1.36', toolVersion: '1.2.3', ...extra };
}

/**
 * The fixed report behind the golden files: five files, every severity, object-level and file-level findings,
 * a fix, a multi-line range and message, a path with a space, and a message full of characters that XML,
 * JSON and workflow commands must escape. Diagnostics are deliberately out of order.
 */
export function sampleReport(): LintReport {
  return {
    diagnostics: [
      diag({
        file: 'deploy/web.yaml',
        range: range(20, 8, 20, 12),
        severity: 'warning',
        rule: 'no-resource-requests',
        message: 'container "web" has no CPU or memory requests',
        object: 'Deployment/shop/web',
        path: 'spec.template.spec.containers[0]',
      }),
      diag({
        file: 'broken.yaml',
        range: range(3, 2, 3, 3),
        rule: 'yaml-syntax',
        message: 'bad indentation of a mapping entry\n 4 |   replicas: 3\n------^',
      }),
      diag({
        file: 'deploy/db.yaml',
        range: range(6, 4, 6, 40),
        severity: 'warning',
        rule: 'annotation-key',
        message: `annotation "a&b<c>" = "50%, tier: 'x'" is not a valid key`,
        object: 'StatefulSet/shop/db',
        path: 'metadata.annotations["a&b<c>"]',
      }),
      diag({
        file: 'deploy/web.yaml',
        range: range(11, 4, 11, 11),
        rule: 'schema-unknown-field',
        message: 'unknown field "replica" (did you mean "replicas"?)',
        object: 'Deployment/shop/web',
        path: 'spec.replica',
      }),
      diag({
        file: 'deploy/web.yaml',
        range: range(0, 12, 0, 24),
        rule: 'deprecated-api-version',
        message: 'apps/v1beta1 Deployment was removed in Kubernetes 1.16; use apps/v1',
        object: 'Deployment/shop/web',
        path: 'apiVersion',
        fix: { title: 'Change apiVersion to apps/v1', edits: [{ range: range(0, 12, 0, 24), newText: 'apps/v1' }] },
      }),
      diag({
        file: 'deploy/db.yaml',
        range: range(18, 10, 22, 0),
        severity: 'warning',
        rule: 'no-resource-limits',
        message: 'container "db" has no memory limit',
        object: 'StatefulSet/shop/db',
        path: 'spec.template.spec.containers[0].resources',
      }),
      diag({
        file: 'cluster/my namespace.yaml',
        range: range(3, 2, 3, 12),
        severity: 'info',
        rule: 'namespace-without-quota',
        message: 'no ResourceQuota in namespace "shop"',
        object: 'Namespace/shop',
      }),
      diag({
        file: 'ci/workflow.yaml',
        range: range(0, 0),
        severity: 'info',
        rule: 'not-a-manifest',
        message: 'not a Kubernetes manifest (no apiVersion or kind): skipped',
      }),
    ],
    summary: summary({ resources: 5, files: 5, valid: 4, invalid: 1, errors: 3, warnings: 3, infos: 2, skipped: 1 }),
    rules: [
      { id: 'yaml-syntax', summary: 'The file is valid YAML', defaultSeverity: 'error' },
      { id: 'schema-unknown-field', summary: 'Fields exist in the schema', defaultSeverity: 'error' },
      { id: 'deprecated-api-version', summary: 'apiVersion is served by the target Kubernetes', defaultSeverity: 'error' },
      { id: 'no-resource-requests', summary: 'Containers set CPU and memory requests', defaultSeverity: 'warning' },
      { id: 'no-resource-limits', summary: 'Containers set a memory limit', defaultSeverity: 'warning' },
      {
        id: 'annotation-key',
        summary: 'Annotation keys are valid qualified names',
        defaultSeverity: 'error',
        helpUri: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations/#syntax-and-character-set',
      },
      { id: 'namespace-without-quota', summary: 'Namespaces have a ResourceQuota', defaultSeverity: 'info' },
      { id: 'not-a-manifest', summary: 'Inputs are Kubernetes manifests', defaultSeverity: 'info' },
    ],
    kubeVersion: '1.36',
    toolVersion: '0.1.0',
    objects: [
      { file: 'deploy/web.yaml', ref: 'Deployment/shop/web', line: 0 },
      { file: 'deploy/web.yaml', ref: 'Service/shop/web', line: 30 },
      { file: 'deploy/db.yaml', ref: 'StatefulSet/shop/db', line: 0 },
      { file: 'deploy/db.yaml', ref: 'ConfigMap/shop/settings', line: 40 },
      { file: 'cluster/my namespace.yaml', ref: 'Namespace/shop', line: 0 },
    ],
  };
}
