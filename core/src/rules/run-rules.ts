import type { ClusterNodes } from '../cluster/cluster-nodes.js';
import type { Diagnostic } from '../diagnostic.js';
import { formatPath } from '../load/json-path.js';
import type { Manifest } from '../load/types.js';
import { objectRef } from '../model/object-ref.js';
import { ObjectIndex, type ScopeLookup } from './object-index.js';
import type { Finding, Rule } from './rule.js';
import { ruleLevel, ruleParams, type RuleSettings } from './rule-config.js';

export interface RuleResults {
  diagnostics: Diagnostic[];
  /** Manifests with an error-level finding. */
  invalid: Set<Manifest>;
}

export interface RunRulesOptions {
  settings: RuleSettings;
  defaultNamespace: string;
  isNamespaced: ScopeLookup;
  /** The cluster to check scheduling against (`RuleContext.cluster`). */
  cluster?: ClusterNodes;
}

/** Turns a rule's finding into a positioned diagnostic on the manifest it was found in. */
function toDiagnostic(rule: Rule, manifest: Manifest, finding: Finding, severity: Diagnostic['severity']): Diagnostic {
  const path = typeof finding.path === 'string' ? finding.path : formatPath(finding.path);
  const range = manifest.source.positions.locate(path, finding.on ?? (manifest.source.positions.get(path) ? 'value' : 'key'));
  const d: Diagnostic = {
    rule: rule.meta.id,
    severity: finding.severity ?? severity,
    message: finding.message,
    file: manifest.source.file,
    range,
    object: objectRef(manifest.object),
    path,
  };
  if (finding.fix !== undefined) d.fix = finding.fix;
  return d;
}

/**
 * Runs every enabled rule on every manifest it applies to. A rule that throws is our bug: it is reported as
 * an internal finding on that object and the run goes on.
 */
export function runRules(manifests: readonly Manifest[], rules: readonly Rule[], options: RunRulesOptions): RuleResults {
  const enabled = rules
    .map((rule) => ({
      rule,
      level: ruleLevel(rule, options.settings),
      // A level the user configured wins over the severity a rule picks for a finding.
      configured: options.settings.rules[rule.meta.id]?.level !== undefined,
      params: ruleParams(rule, options.settings),
      kinds: rule.kinds ? new Set(rule.kinds) : undefined,
    }))
    .filter((r) => r.level !== 'off');
  const invalid = new Set<Manifest>();
  if (enabled.length === 0) return { diagnostics: [], invalid };
  let index: ObjectIndex | undefined;
  const getIndex = (): ObjectIndex => (index ??= new ObjectIndex(manifests, options.defaultNamespace, options.isNamespaced));
  const out: Diagnostic[] = [];
  for (const manifest of manifests) {
    const kind = manifest.object.kind;
    if (typeof kind !== 'string') continue;
    for (const { rule, level, configured, params, kinds } of enabled) {
      if (kinds !== undefined && !kinds.has(kind)) continue;
      if (level === 'off') continue;
      const ctx = {
        manifest,
        object: manifest.object,
        get index() {
          return getIndex();
        },
        params,
        assumeComplete: options.settings.assumeComplete,
        defaultNamespace: options.defaultNamespace,
        isNamespaced: options.isNamespaced,
        cluster: options.cluster,
        report: (finding: Finding) => {
          const d = toDiagnostic(rule, manifest, configured ? { ...finding, severity: undefined } : finding, level);
          out.push(d);
          if (d.severity === 'error') invalid.add(manifest);
        },
      };
      try {
        rule.check(ctx);
      } catch (err) {
        out.push(toDiagnostic(rule, manifest, { path: [], message: `internal error in rule ${rule.meta.id}: ${err instanceof Error ? err.message : String(err)}`, severity: 'warning' }, level));
      }
    }
  }
  return { diagnostics: out, invalid };
}
