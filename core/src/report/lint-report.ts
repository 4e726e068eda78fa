import type { Diagnostic } from '../diagnostic.js';

/** Counts shown in the summary line and the JSON `summary` object. */
export interface LintSummary {
  /** Kubernetes objects checked (List items counted one by one). */
  resources: number;
  /** Files read. */
  files: number;
  /** Objects with no error-level finding. */
  valid: number;
  /** Objects with at least one error-level finding. */
  invalid: number;
  /** Error-level findings in all (objects and unreadable input). */
  errors: number;
  warnings: number;
  infos: number;
  /** Files or documents recognised as not being Kubernetes manifests (kustomize, Helm templates, CI files...). */
  skipped: number;
}

/** Metadata of a rule, used by SARIF (`tool.driver.rules`) and documentation. */
export interface RuleInfo {
  id: string;
  /** One-line description. */
  summary: string;
  defaultSeverity: 'error' | 'warning' | 'info';
  /** Link to the rule's documentation. */
  helpUri?: string;
}

/** One Kubernetes object that was checked, whether or not it has findings (JUnit lists valid ones as passing). */
export interface CheckedObject {
  /** File path as given by the user (or `<stdin>`), as in `Diagnostic.file`. */
  file: string;
  /** `Kind/namespace/name` or `Kind/name`, as in `Diagnostic.object`. */
  ref: string;
  /** 0-based line where the object starts. */
  line: number;
  /** 0-based document index in the file, and item index for items of a List. */
  docIndex?: number;
  itemIndex?: number;
  /** API identity (`group/Kind/namespace/name`), for finding objects defined twice; absent when it has none. */
  identity?: string;
  /** True when the object has an error-level finding. */
  hasError?: boolean;
}

/** Everything a lint renderer needs; renderers are pure: report in, string out. */
export interface LintReport {
  diagnostics: Diagnostic[];
  summary: LintSummary;
  /** Metadata for every rule id that appears in `diagnostics` (and may include more). */
  rules: RuleInfo[];
  /** Kubernetes version the input was checked against, e.g. `1.36`. */
  kubeVersion: string;
  /** kubeplan's version, for SARIF `tool.driver.version`. */
  toolVersion: string;
  /** Every object checked, for renderers that list passing objects too (JUnit). Optional: others ignore it. */
  objects?: CheckedObject[];
}
