/** Shared shape of the peer-fixture tables: one case per row of a peer's EXPECTED.md that we have an equivalent of. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../../../src/diagnostic.js';
import type { Rule, RuleSettings } from '../../../src/rules/index.js';
import { check } from '../helpers.js';

export interface PeerCase {
  /** Fixture file, relative to the peer's folder. */
  file: string;
  /** The peer's check id. */
  peer: string;
  /** Our equivalent rule(s); their findings are compared together. */
  rules: readonly Rule[];
  /** Parameters or levels that make our rule ask the peer's question (opt-in rules are turned on here). */
  settings?: Partial<RuleSettings>;
  /** What the peer reports, as `Kind/name` (or `Kind/name container` for container-level checks). */
  peerReports: readonly string[];
  /** Set where we deliberately differ: what we report instead. The reason is a comment on the case. */
  ours?: readonly string[];
  /** Compare per container (`container "x"` in our messages, else `containers[i]`) rather than per object. */
  perContainer?: boolean;
}

/** What a finding is about, at the granularity of the case: the container's name, or its path when unnamed in the message. */
function unit(d: Diagnostic, perContainer: boolean): string {
  if (!perContainer) return d.object ?? '';
  const container = /container "([^"]+)"/.exec(d.message)?.[1] ?? /(containers\[\d+\])/.exec(d.path ?? '')?.[1];
  return `${d.object} ${container}`;
}

/** The sorted, distinct units our rules report on the fixture. */
export function ourReports(dir: string, c: PeerCase): string[] {
  const yaml = readFileSync(path.join(dir, c.file), 'utf8');
  const ds = check(yaml, c.rules, { preset: 'strict', ...c.settings });
  return [...new Set(ds.map((d) => unit(d, c.perContainer === true)))].sort();
}

export function fixturesPresent(dir: string, what: string): boolean {
  const present = existsSync(dir);
  if (!present) console.warn(`skipping the ${what} peer-fixture tests: ${dir} is absent`);
  return present;
}

/** Opt-in rules on, with parameters. */
export function enable(id: string, params: Record<string, unknown> = {}, level: 'warning' | 'info' = 'warning'): Partial<RuleSettings> {
  return { rules: { [id]: { level, params } } };
}

/** kube-score's grades; WARNING and CRITICAL mean the check fires. */
export type Grade = 'OK' | 'SKIPPED' | 'WARNING' | 'CRITICAL';

/** A graded row of kube-score's EXPECTED.md and our equivalent rule(s). */
export interface ScoreCase {
  file: string;
  peer: string;
  grade: Grade;
  rules: readonly Rule[];
  settings?: Partial<RuleSettings>;
  /** Set where we deliberately differ: whether we fire. The reason is a comment on the case. */
  oursFires?: boolean;
}

/** `score(peer, rules, settings)(file, grade, oursFires?)`: one row per line in the tables. */
export function score(peer: string, rules: readonly Rule[], settings?: Partial<RuleSettings>) {
  return (file: string, grade: Grade, oursFires?: boolean): ScoreCase => {
    const c: ScoreCase = { file, peer, grade, rules };
    if (settings !== undefined) c.settings = settings;
    if (oursFires !== undefined) c.oursFires = oursFires;
    return c;
  };
}

/** Whether our rules fire on the row's file, and whether kube-score's grade says they should. */
export function scoreOutcome(dir: string, c: ScoreCase): { ours: boolean; expected: boolean } {
  const reports = ourReports(dir, { file: c.file, peer: c.peer, rules: c.rules, settings: c.settings ?? {}, peerReports: [] });
  return { ours: reports.length > 0, expected: c.oursFires ?? (c.grade === 'WARNING' || c.grade === 'CRITICAL') };
}

/** Test names for it.each: file, check, grade and our rules. */
export function scoreCaseName(c: ScoreCase): string {
  return `${c.file} ${c.peer} ${c.grade} (${c.rules.map((r) => r.meta.id).join(', ')})`;
}
