import { createHash } from 'node:crypto';
import type { Diagnostic, Fix, Severity, SourceRange } from '../diagnostic.js';
import { displayRange, posixPath, sortDiagnostics, withObject } from './display.js';
import type { LintReport, RuleInfo } from './lint-report.js';
import { PROJECT_URL, ruleDocsUrl } from './links.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

/** Key under `partialFingerprints`; the `/v1` changes if the hashed fields ever change. */
export const SARIF_FINGERPRINT_KEY = 'kubeplan/v1';

type SarifLevel = 'error' | 'warning' | 'note';
const SARIF_LEVEL: Readonly<Record<Severity, SarifLevel>> = { error: 'error', warning: 'warning', info: 'note' };

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, every known rule in `tool.driver.rules`
 * (sorted by id), one result per diagnostic. Results carry a fingerprint that ignores line numbers, so an alert
 * survives edits above it instead of being closed and reopened on every commit.
 */
export function renderSarif(report: LintReport): string {
  const rules = driverRules(report);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const occurrences = new Map<string, number>();
  const results = sortDiagnostics(report.diagnostics).map((d) => {
    // Identical findings in one file (same rule, object, path and message) are told apart by their order,
    // like GitHub's own `primaryLocationLineHash` does with its `:N` suffix.
    const hash = fingerprintHash(d);
    const n = (occurrences.get(hash) ?? 0) + 1;
    occurrences.set(hash, n);
    return sarifResult(d, ruleIndex.get(d.rule) ?? 0, `${hash}:${n}`);
  });
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'kubeplan', version: report.toolVersion, informationUri: PROJECT_URL, rules } },
        // Our columns count UTF-16 code units (as LSP and JavaScript strings do); say so explicitly.
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function driverRules(report: LintReport) {
  const byId = new Map<string, RuleInfo>();
  for (const r of report.rules) if (!byId.has(r.id)) byId.set(r.id, r);
  // The report promises metadata for every rule it uses; should one be missing, still describe it so that
  // every `ruleIndex` points at a real entry.
  for (const d of report.diagnostics) {
    if (!byId.has(d.rule)) byId.set(d.rule, { id: d.rule, summary: d.rule, defaultSeverity: d.severity });
  }
  return [...byId.values()]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((r) => {
      const helpUri = r.helpUri ?? ruleDocsUrl(r.id);
      return {
        id: r.id,
        shortDescription: { text: r.summary },
        helpUri,
        help: { text: `${r.summary}\n\n${helpUri}`, markdown: `${r.summary}\n\n[Documentation](${helpUri})` },
        defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] },
      };
    });
}

function sarifResult(d: Diagnostic, ruleIndex: number, fingerprint: string) {
  const artifact = artifactLocation(d.file);
  const location = {
    physicalLocation: { artifactLocation: artifact, region: region(d.range) },
    ...(d.object !== undefined && {
      logicalLocations: [{ name: d.object.split('/').at(-1), fullyQualifiedName: d.object, kind: 'resource' }],
    }),
  };
  return {
    ruleId: d.rule,
    ruleIndex,
    level: SARIF_LEVEL[d.severity],
    message: { text: withObject(d) },
    locations: [location],
    partialFingerprints: { [SARIF_FINGERPRINT_KEY]: fingerprint },
    ...(d.fix !== undefined && { fixes: [sarifFix(d.fix, artifact)] }),
  };
}

function sarifFix(fix: Fix, artifact: ArtifactLocation) {
  return {
    description: { text: fix.title },
    artifactChanges: [
      {
        artifactLocation: artifact,
        replacements: fix.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })),
      },
    ],
  };
}

function region(range: SourceRange) {
  const r = displayRange(range);
  return { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn };
}

/**
 * Relative paths become URI references against `%SRCROOT%` (the checkout, for GitHub); absolute ones become
 * `file:` URIs. Segments are percent-encoded, so spaces and `#` survive and a `:` cannot pass for a scheme.
 */
function artifactLocation(file: string): ArtifactLocation {
  const p = posixPath(file);
  const encode = (s: string): string => s.split('/').map(encodeURIComponent).join('/');
  const drive = /^([A-Za-z]:)\//.exec(p);
  if (drive !== null) return { uri: `file:///${drive[1]}${encode(p.slice(2))}` };
  if (p.startsWith('/')) return { uri: `file://${encode(p)}` };
  return { uri: encode(p), uriBaseId: '%SRCROOT%' };
}

/** What identifies a finding across commits: everything but its position. */
function fingerprintHash(d: Diagnostic): string {
  const key = JSON.stringify([d.rule, posixPath(d.file), d.object ?? '', d.path ?? '', d.message]);
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}
