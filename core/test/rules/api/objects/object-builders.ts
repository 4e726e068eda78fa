/** Two-line builders for object-rule tests: a manifest of a kind around an indented YAML body. */
import type { Rule } from '../../../../src/rules/rule.js';
import { findingsOf, summary } from '../../helpers.js';

/** `apiVersion`, `kind`, `metadata.name` (unless `name` is null), then `body` as written (top-level keys). */
export function manifest(apiVersion: string, kind: string, body: string, name: string | null = 'demo'): string {
  return `apiVersion: ${apiVersion}\nkind: ${kind}\n${name === null ? '' : `metadata:\n  name: ${name}\n`}${body}`;
}

/** `rule line:col message` of each finding of `rule` on `yaml`. */
export function lint(rule: Rule, yaml: string): string[] {
  return summary(findingsOf(rule, yaml));
}

/** The severities of the findings, in order. */
export function severities(rule: Rule, yaml: string): string[] {
  return findingsOf(rule, yaml).map((d) => d.severity);
}
